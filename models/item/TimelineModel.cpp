#include "TimelineModel.h"

#include <QLocale>

namespace creditdesk {

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void TimelineModel::setEntries(const QList<TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const TimelineEntry &entry = m_entries[index.row()];
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(entry.date, QLocale::ShortFormat);
    case EventColumn:
        return entry.what;
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EventColumn:
        return tr("Event");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace creditdesk
