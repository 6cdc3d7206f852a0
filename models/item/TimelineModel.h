#pragma once

#include "domain/Dossier.h"

#include <QAbstractTableModel>

namespace creditdesk {

/// A subject's dated history, newest first: listings and their changes, measures applied and
/// lifted, departments' feedback.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);
    void setEntries(const QList<TimelineEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
};

} // namespace creditdesk
