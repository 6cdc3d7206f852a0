#include "ObjectionQueueModel.h"

#include "exchange/CsvWriter.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace creditdesk {

ObjectionQueueModel::ObjectionQueueModel(ObjectionService &service, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{}

void ObjectionQueueModel::setQueue(ObjectionService::Queue queue)
{
    m_queue = queue;
    reload();
}

void ObjectionQueueModel::reload()
{
    beginResetModel();
    auto loaded = m_service.queue(m_actor, m_queue, m_today);
    m_cases.clear();
    if (loaded) {
        for (const ObjectionCase &entry : loaded.value()) {
            if ((m_route == 0 || static_cast<int>(entry.objection.route) == m_route)
                && (m_state == 0 || static_cast<int>(entry.objection.state) == m_state))
                m_cases.append(entry);
        }
    }
    m_error = loaded ? QString() : loaded.error();
    endResetModel();
    Q_EMIT reloaded(static_cast<int>(m_cases.size()));
}

void ObjectionQueueModel::setRouteFilter(int route)
{
    m_route = route;
    reload();
}

void ObjectionQueueModel::setStateFilter(int state)
{
    m_state = state;
    reload();
}

const ObjectionCase *ObjectionQueueModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases[row] : nullptr;
}

int ObjectionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int ObjectionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectionCase &entry = m_cases[index.row()];
    const Objection &o = entry.objection;
    const bool clocked = entry.hasClock();
    if (role == ObjectionIdRole)
        return o.id;
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn:
            return o.id;
        case ReceivedColumn:
            return o.receivedOn;
        case DueColumn:
            return clocked ? QVariant(entry.deadline.due) : QVariant(QDate(9999, 12, 31));
        case DaysLeftColumn:
            return clocked ? entry.daysLeft : 1000000;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == DaysLeftColumn && clocked) {
        if (entry.daysLeft < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (entry.daysLeft <= 2)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
    }
    if (role == Qt::ToolTipRole) {
        if (!entry.clockError.isEmpty())
            return entry.clockError;
        if (o.duplicateOf > 0)
            return tr("Another objection on this listing was open when this one arrived: %1.").arg(o.duplicateOf);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return o.duplicateOf > 0 ? tr("%1 (duplicate)").arg(o.id) : QString::number(o.id);
    case SubjectColumn:
        return o.subjectName;
    case CaseNumberColumn:
        return o.caseNumber;
    case RouteColumn:
        return o.route == ObjectionRoute::CourtList ? tr("Court list") : tr("Credit platform");
    case StateColumn:
        return objectionStateText(o.state);
    case ReceivedColumn:
        return locale.toString(o.receivedOn, QLocale::ShortFormat);
    case NextStepColumn:
        return entry.clockError.isEmpty() ? entry.deadline.step : tr("No deadline: calendar year missing");
    case DueColumn:
        return clocked ? locale.toString(entry.deadline.due, QLocale::ShortFormat) : QString();
    case DaysLeftColumn:
        if (!clocked)
            return QString();
        if (entry.daysLeft < 0)
            return entry.deadline.workingDays ? tr("%n working day(s) overdue", nullptr, -entry.daysLeft)
                                              : tr("%n day(s) overdue", nullptr, -entry.daysLeft);
        return entry.deadline.workingDays ? tr("%n working day(s) left", nullptr, entry.daysLeft)
                                          : tr("%n day(s) left", nullptr, entry.daysLeft);
    case RegisteredByColumn:
        return o.registeredBy;
    default:
        return {};
    }
}

QVariant ObjectionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("No.");
    case SubjectColumn:
        return tr("Subject");
    case CaseNumberColumn:
        return tr("Case number");
    case RouteColumn:
        return tr("Route");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case NextStepColumn:
        return tr("Next step");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Days left");
    case RegisteredByColumn:
        return tr("Registered by");
    default:
        return {};
    }
}

Status ObjectionQueueModel::exportCsv(const QString &path) const
{
    CsvWriter writer;
    if (const Status opened = writer.open(path); !opened)
        return opened;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    if (const Status written = writer.writeRow(header); !written)
        return written;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < ColumnCount; ++column)
            values.append(data(index(row, column)).toString());
        if (const Status written = writer.writeRow(values); !written)
            return written;
    }
    return writer.close();
}

} // namespace creditdesk
