#include "Listing.h"

#include "Subject.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Domain", text);
}
} // namespace

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
        return tr("Able to perform but refuses");
    case ListingGround::ObstructsWithForgeryOrViolence:
        return tr("Obstructs enforcement by forgery, violence or threats");
    case ListingGround::EvadesBySham:
        return tr("Evades enforcement by sham litigation or hiding assets");
    case ListingGround::BreachesAssetReporting:
        return tr("Breaches the asset-reporting duty");
    case ListingGround::BreachesConsumptionRestriction:
        return tr("Breaches a consumption-restriction order");
    case ListingGround::RefusesSettlement:
        return tr("Refuses to perform a settlement agreement");
    }
    return {};
}

QString publicationStateText(PublicationState state)
{
    switch (state) {
    case PublicationState::Published:
        return tr("Published");
    case PublicationState::Masked:
        return tr("Masked");
    case PublicationState::Revoked:
        return tr("Revoked");
    case PublicationState::Deleted:
        return tr("Deleted");
    }
    return {};
}

QString effectiveStateText(EffectiveState state)
{
    switch (state) {
    case EffectiveState::Active:
        return tr("Active");
    case EffectiveState::Masked:
        return tr("Masked");
    case EffectiveState::Revoked:
        return tr("Revoked");
    case EffectiveState::Deleted:
        return tr("Deleted");
    case EffectiveState::Expired:
        return tr("Expired");
    }
    return {};
}

QString deletionEventText(DeletionEvent event)
{
    switch (event) {
    case DeletionEvent::None:
        return {};
    case DeletionEvent::ObligationPerformed:
        return tr("Obligation performed");
    case DeletionEvent::SettlementPerformed:
        return tr("Settlement agreement performed");
    case DeletionEvent::CreditorApplied:
        return tr("Creditor applied and the court agreed");
    case DeletionEvent::RoundTerminated:
        return tr("Enforcement round terminated after two empty asset searches");
    case DeletionEvent::SuspendedForRetrialOrBankruptcy:
        return tr("Enforcement suspended for retrial or bankruptcy");
    case DeletionEvent::EnforcementRefused:
        return tr("Enforcement refused");
    case DeletionEvent::EnforcementTerminated:
        return tr("Enforcement terminated");
    case DeletionEvent::PeriodEnded:
        return tr("Listing period ended");
    }
    return {};
}

QString performanceText(int performance)
{
    return performance == 1 ? tr("Partly performed") : tr("Not performed");
}

QString subjectKindText(SubjectKind kind)
{
    return kind == SubjectKind::Person ? tr("Natural person") : tr("Organisation");
}

QString identifierTypeText(IdentifierType type)
{
    switch (type) {
    case IdentifierType::ResidentId:
        return tr("Resident ID number");
    case IdentifierType::CreditCode:
        return tr("Unified social credit code");
    case IdentifierType::Passport:
        return tr("Passport");
    case IdentifierType::Other:
        return tr("Other identifier");
    }
    return {};
}

} // namespace creditdesk
