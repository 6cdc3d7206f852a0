#pragma once

#include "domain/BreachRecord.h"
#include "domain/RepairApplication.h"

#include <QAbstractTableModel>
#include <QDate>

namespace creditdesk {

/// A subject's administrative breach information, one row each: tier, decision, authority,
/// publication state, the day publication stops at the latest, and the latest repair
/// application on it.
class BreachTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TierColumn,
        DecisionDateColumn,
        AuthorityColumn,
        DocumentColumn,
        StateColumn,
        MaximumColumn,
        RepairColumn,
        ColumnCount
    };

    explicit BreachTableModel(QObject *parent = nullptr);

    void setRecords(const QList<BreachRecord> &records, const QList<RepairApplication> &repairs, const QDate &today);
    const BreachRecord &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BreachRecord> m_records;
    QList<RepairApplication> m_repairs;
    QDate m_today;
};

} // namespace creditdesk
