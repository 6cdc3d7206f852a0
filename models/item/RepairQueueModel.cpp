#include "RepairQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace creditdesk {

RepairQueueModel::RepairQueueModel(RepairService &service, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{}

void RepairQueueModel::reload()
{
    auto cases = m_service.queue(m_actor, m_openOnly, m_today);
    beginResetModel();
    if (cases) {
        m_cases = cases.value();
        m_error.clear();
    } else {
        m_cases.clear();
        m_error = cases.error();
    }
    endResetModel();
    Q_EMIT reloaded(static_cast<int>(m_cases.size()));
}

const RepairCase *RepairQueueModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int RepairQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int RepairQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairQueueModel::data(const QModelIndex &index, int role) const
{
    const RepairCase *entry = caseAt(index.row());
    if (!entry)
        return {};
    const RepairApplication &application = entry->application;
    if (role == ApplicationIdRole)
        return application.id;
    if (role == Qt::ForegroundRole && index.column() == DaysLeftColumn && application.isOpen()
        && entry->clockError.isEmpty()) {
        if (entry->daysLeft < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (entry->daysLeft <= 2)
            return QBrush(QColor(0x9a, 0x60, 0x00));
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return application.id;
        case ReceivedColumn:
            return application.receivedOn;
        case DueColumn:
            return application.dueOn;
        case DaysLeftColumn:
            return application.isOpen() ? entry->daysLeft : 1 << 20;
        case StateColumn:
            return static_cast<int>(application.state);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == DaysLeftColumn && !entry->clockError.isEmpty())
        return entry->clockError;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return application.id;
    case SubjectColumn:
        return application.subjectName;
    case ApplicantColumn:
        return application.applicantName;
    case StateColumn:
        return repairStateText(application.state);
    case ReceivedColumn:
        return locale.toString(application.receivedOn, QLocale::ShortFormat);
    case DueColumn:
        return locale.toString(application.dueOn, QLocale::ShortFormat);
    case DaysLeftColumn:
        if (!application.isOpen())
            return QString();
        if (!entry->clockError.isEmpty())
            return tr("calendar missing");
        return entry->daysLeft < 0 ? tr("%n working day(s) overdue", nullptr, -entry->daysLeft)
                                   : tr("%n working day(s)", nullptr, entry->daysLeft);
    case RuleSetColumn:
        return application.ruleSet;
    case RegisteredByColumn:
        return application.registeredBy;
    default:
        return {};
    }
}

QVariant RepairQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case SubjectColumn:
        return tr("Subject");
    case ApplicantColumn:
        return tr("Applicant");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Days left");
    case RuleSetColumn:
        return tr("Rule set");
    case RegisteredByColumn:
        return tr("Registered by");
    default:
        return {};
    }
}

} // namespace creditdesk
