#include "BreachTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace creditdesk {

BreachTableModel::BreachTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreachTableModel::setRecords(const QList<BreachRecord> &records, const QList<RepairApplication> &repairs,
                                  const QDate &today)
{
    beginResetModel();
    m_records = records;
    m_repairs = repairs;
    m_today = today;
    endResetModel();
}

int BreachTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int BreachTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreachTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const BreachRecord &record = m_records.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StateColumn && record.state != BreachState::Published)
        return QBrush(QColor(0x55, 0x55, 0x55));
    if (role == Qt::ForegroundRole && index.column() == MaximumColumn && record.state == BreachState::Published
        && record.maximumUntil <= m_today)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TierColumn:
        return breachTierText(record.tier);
    case DecisionDateColumn:
        return locale.toString(record.decisionDate, QLocale::ShortFormat);
    case AuthorityColumn:
        return record.authority;
    case DocumentColumn:
        return role == Qt::ToolTipRole ? record.behaviour : record.documentNumber;
    case StateColumn:
        return record.stoppedOn.isValid() ? tr("%1 (%2)").arg(breachStateText(record.state),
                                                              locale.toString(record.stoppedOn, QLocale::ShortFormat))
                                          : breachStateText(record.state);
    case MaximumColumn:
        return locale.toString(record.maximumUntil, QLocale::ShortFormat);
    case RepairColumn:
        for (const RepairApplication &application : m_repairs) {
            if (application.breachId == record.id)
                return tr("No. %1: %2").arg(application.id).arg(repairStateText(application.state));
        }
        return tr("none");
    default:
        return {};
    }
}

QVariant BreachTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TierColumn:
        return tr("Tier");
    case DecisionDateColumn:
        return tr("Decided");
    case AuthorityColumn:
        return tr("Authority");
    case DocumentColumn:
        return tr("Decision number");
    case StateColumn:
        return tr("Publication");
    case MaximumColumn:
        return tr("Stops at the latest");
    case RepairColumn:
        return tr("Repair application");
    default:
        return {};
    }
}

} // namespace creditdesk
