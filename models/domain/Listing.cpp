#include "Listing.h"

#include "Subject.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {} // namespace

QDate Listing::periodEnd() const
{
    if (periodMonths <= 0 || !decisionDate.isValid())
        return {};
    return decisionDate.addMonths(periodMonths + extensionMonths);
}

EffectiveState Listing::effectiveState(const QDate &today) const
{
    const QDate end = periodEnd();
    const bool periodOver = end.isValid() && today > end;
    switch (state) {
    case PublicationState::Masked:
        return periodOver ? EffectiveState::Expired : EffectiveState::Masked;
    case PublicationState::Revoked:
        return EffectiveState::Revoked;
    case PublicationState::Deleted:
        return EffectiveState::Deleted;
    case PublicationState::Published:
        break;
    }
    return periodOver ? EffectiveState::Expired : EffectiveState::Active;
}

bool Listing::isEffective(const QDate &today) const
{
    const EffectiveState effective = effectiveState(today);
    return effective == EffectiveState::Active || effective == EffectiveState::Masked;
}

QString listingGroundText(ListingGround ground)
{
    switch (ground) {
    case ListingGround::RefusesDespiteAbility:
        return QCoreApplication::translate("Domain", "Able to perform but refuses");
    case ListingGround::ObstructsWithForgeryOrViolence:
        return QCoreApplication::translate("Domain", "Obstructs enforcement by forgery, violence or threats");
    case ListingGround::EvadesBySham:
        return QCoreApplication::translate("Domain", "Evades enforcement by sham litigation or hiding assets");
    case ListingGround::BreachesAssetReporting:
        return QCoreApplication::translate("Domain", "Breaches the asset-reporting duty");
    case ListingGround::BreachesConsumptionRestriction:
        return QCoreApplication::translate("Domain", "Breaches a consumption-restriction order");
    case ListingGround::RefusesSettlement:
        return QCoreApplication::translate("Domain", "Refuses to perform a settlement agreement");
    }
    return {};
}

QString publicationStateText(PublicationState state)
{
    switch (state) {
    case PublicationState::Published:
        return QCoreApplication::translate("Domain", "Published");
    case PublicationState::Masked:
        return QCoreApplication::translate("Domain", "Masked");
    case PublicationState::Revoked:
        return QCoreApplication::translate("Domain", "Revoked");
    case PublicationState::Deleted:
        return QCoreApplication::translate("Domain", "Deleted");
    }
    return {};
}

QString effectiveStateText(EffectiveState state)
{
    switch (state) {
    case EffectiveState::Active:
        return QCoreApplication::translate("Domain", "Active");
    case EffectiveState::Masked:
        return QCoreApplication::translate("Domain", "Masked");
    case EffectiveState::Revoked:
        return QCoreApplication::translate("Domain", "Revoked");
    case EffectiveState::Deleted:
        return QCoreApplication::translate("Domain", "Deleted");
    case EffectiveState::Expired:
        return QCoreApplication::translate("Domain", "Expired");
    }
    return {};
}

QString deletionEventText(DeletionEvent event)
{
    switch (event) {
    case DeletionEvent::None:
        return {};
    case DeletionEvent::ObligationPerformed:
        return QCoreApplication::translate("Domain", "Obligation performed");
    case DeletionEvent::SettlementPerformed:
        return QCoreApplication::translate("Domain", "Settlement agreement performed");
    case DeletionEvent::CreditorApplied:
        return QCoreApplication::translate("Domain", "Creditor applied and the court agreed");
    case DeletionEvent::RoundTerminated:
        return QCoreApplication::translate("Domain", "Enforcement round terminated after two empty asset searches");
    case DeletionEvent::SuspendedForRetrialOrBankruptcy:
        return QCoreApplication::translate("Domain", "Enforcement suspended for retrial or bankruptcy");
    case DeletionEvent::EnforcementRefused:
        return QCoreApplication::translate("Domain", "Enforcement refused");
    case DeletionEvent::EnforcementTerminated:
        return QCoreApplication::translate("Domain", "Enforcement terminated");
    case DeletionEvent::PeriodEnded:
        return QCoreApplication::translate("Domain", "Listing period ended");
    }
    return {};
}

QString performanceText(int performance)
{
    return performance == 1 ? QCoreApplication::translate("Domain", "Partly performed")
                            : QCoreApplication::translate("Domain", "Not performed");
}

QString subjectKindText(SubjectKind kind)
{
    return kind == SubjectKind::Person ? QCoreApplication::translate("Domain", "Natural person")
                                       : QCoreApplication::translate("Domain", "Organisation");
}

QString identifierTypeText(IdentifierType type)
{
    switch (type) {
    case IdentifierType::ResidentId:
        return QCoreApplication::translate("Domain", "Resident ID number");
    case IdentifierType::CreditCode:
        return QCoreApplication::translate("Domain", "Unified social credit code");
    case IdentifierType::Passport:
        return QCoreApplication::translate("Domain", "Passport");
    case IdentifierType::Other:
        return QCoreApplication::translate("Domain", "Other identifier");
    }
    return {};
}

} // namespace creditdesk
