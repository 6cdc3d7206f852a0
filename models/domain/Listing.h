#pragma once

#include <QDate>
#include <QString>

namespace creditdesk {

/// The six listing grounds of SPC Art. 1. Stored as these numbers.
enum class ListingGround {
    RefusesDespiteAbility = 1,
    ObstructsWithForgeryOrViolence = 2,
    EvadesBySham = 3,
    BreachesAssetReporting = 4,
    BreachesConsumptionRestriction = 5,
    RefusesSettlement = 6,
};

/// Publication state stored for a listing. "Expired" is not stored: it follows from the period.
enum class PublicationState { Published = 1, Masked = 2, Revoked = 3, Deleted = 4 };

/// The Art. 10 events on which a listing is deleted. Stored as these numbers.
enum class DeletionEvent {
    None = 0,
    ObligationPerformed = 1,
    SettlementPerformed = 2,
    CreditorApplied = 3,
    RoundTerminated = 4,
    SuspendedForRetrialOrBankruptcy = 5,
    EnforcementRefused = 6,
    EnforcementTerminated = 7,
    PeriodEnded = 8,
};

/// Effective state as shown to officers: derived from the stored state and the period.
enum class EffectiveState { Active, Masked, Revoked, Deleted, Expired };

/// One entry of the defaulter list (名单记录).
struct Listing
{
    qint64 id = 0;
    qint64 subjectId = 0;
    QString courtCode;
    QString courtName;
    QString caseNumber;
    QString basisDocument;
    QString basisIssuer;
    QString obligation;
    int performance = 0; ///< 0 none performed, 1 partly performed
    ListingGround ground = ListingGround::RefusesDespiteAbility;
    QDate filingDate;
    QDate decisionDate;
    int periodMonths = 0; ///< 0 = no fixed period (ground 1)
    int extensionMonths = 0;
    PublicationState state = PublicationState::Published;
    QDate stateDate;
    DeletionEvent deletionEvent = DeletionEvent::None;
    bool underObjection = false; ///< an objection against it is under review (异议中)
    QString objectionAnnotation; ///< left by an objection decided "undetermined"
    qint64 rowVersion = 0;

    /// The last day of the fixed period, or a null date when there is none. As in Civil Code
    /// Art. 202: the corresponding day of the final month, or that month's last day.
    QDate periodEnd() const;
    EffectiveState effectiveState(const QDate &today) const;
    /// Whether the listing is in force on \a today: published or masked, period not over.
    bool isEffective(const QDate &today) const;
};

QString listingGroundText(ListingGround ground);
QString publicationStateText(PublicationState state);
QString effectiveStateText(EffectiveState state);
QString deletionEventText(DeletionEvent event);
QString performanceText(int performance);

} // namespace creditdesk
