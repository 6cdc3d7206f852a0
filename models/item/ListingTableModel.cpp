#include "ListingTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace creditdesk {

ListingTableModel::ListingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ListingTableModel::setListings(const QList<Listing> &listings, const QDate &today)
{
    beginResetModel();
    m_listings = listings;
    m_today = today;
    endResetModel();
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_listings.size());
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Listing &listing = m_listings[index.row()];
    const QLocale locale;
    auto date = [&](const QDate &value) {
        return value.isValid() ? locale.toString(value, QLocale::ShortFormat) : QString();
    };
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case GroundColumn:
            return tr("SPC rules Art. 1, ground %1").arg(static_cast<int>(listing.ground));
        case ObligationColumn:
            return QString(listing.basisIssuer + u' ' + listing.basisDocument);
        case StateColumn: {
            QStringList lines;
            if (listing.deletionEvent != DeletionEvent::None)
                lines.append(deletionEventText(listing.deletionEvent));
            if (listing.underObjection)
                lines.append(tr("An objection against this listing is under review (异议中)."));
            if (!listing.objectionAnnotation.isEmpty())
                lines.append(listing.objectionAnnotation);
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        const EffectiveState state = listing.effectiveState(m_today);
        if (state == EffectiveState::Active)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseNumberColumn:
        return listing.caseNumber;
    case CourtColumn:
        return listing.courtName.isEmpty() ? listing.courtCode : listing.courtName;
    case GroundColumn:
        return listingGroundText(listing.ground);
    case DecisionDateColumn:
        return date(listing.decisionDate);
    case PeriodColumn:
        if (listing.periodMonths == 0)
            return tr("No fixed period");
        if (listing.extensionMonths > 0)
            return tr("%1 months, extended by %2").arg(listing.periodMonths).arg(listing.extensionMonths);
        return tr("%1 months").arg(listing.periodMonths);
    case PeriodEndColumn:
        return date(listing.periodEnd());
    case StateColumn: {
        QString state = effectiveStateText(listing.effectiveState(m_today));
        if (listing.underObjection)
            state = tr("%1 · under objection").arg(state);
        if (!listing.objectionAnnotation.isEmpty())
            state = tr("%1 · annotated").arg(state);
        return state;
    }
    case StateDateColumn:
        return date(listing.stateDate);
    case ObligationColumn:
        return QString(listing.obligation + QStringLiteral(" · ") + performanceText(listing.performance));
    default:
        return {};
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumberColumn:
        return tr("Case number");
    case CourtColumn:
        return tr("Enforcing court");
    case GroundColumn:
        return tr("Listing ground");
    case DecisionDateColumn:
        return tr("Decision date");
    case PeriodColumn:
        return tr("Listing period");
    case PeriodEndColumn:
        return tr("Period ends");
    case StateColumn:
        return tr("State");
    case StateDateColumn:
        return tr("State since");
    case ObligationColumn:
        return tr("Obligation and performance");
    default:
        return {};
    }
}

} // namespace creditdesk
