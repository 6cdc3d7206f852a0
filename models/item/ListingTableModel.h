#pragma once

#include "domain/Listing.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace creditdesk {

/// A subject's listings (名单记录): case, court, ground, dates, period and effective state.
class ListingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNumberColumn,
        CourtColumn,
        GroundColumn,
        DecisionDateColumn,
        PeriodColumn,
        PeriodEndColumn,
        StateColumn,
        StateDateColumn,
        ObligationColumn,
        ColumnCount
    };

    explicit ListingTableModel(QObject *parent = nullptr);

    void setListings(const QList<Listing> &listings, const QDate &today);
    const Listing &listingAt(int row) const { return m_listings[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Listing> m_listings;
    QDate m_today;
};

} // namespace creditdesk
