#include "Objection.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace creditdesk {

namespace {

using Step = std::pair<ObjectionState, ObjectionState>;
using S = ObjectionState;

constexpr std::array<Step, 10> platformSteps = {{
    {S::Submitted, S::Accepted},
    {S::Submitted, S::NotAccepted},
    {S::Accepted, S::UnderReview},
    {S::UnderReview, S::Corrected},
    {S::UnderReview, S::Upheld},
    {S::UnderReview, S::Undetermined},
    {S::NotAccepted, S::ApplicantNotified},
    {S::Corrected, S::ApplicantNotified},
    {S::Upheld, S::ApplicantNotified},
    {S::ApplicantNotified, S::Closed},
}};
// Undetermined also leads to the applicant's notice.
constexpr Step platformUndeterminedNotice{S::Undetermined, S::ApplicantNotified};

constexpr std::array<Step, 10> courtSteps = {{
    {S::Submitted, S::Accepted},
    {S::Submitted, S::NotAccepted},
    {S::Accepted, S::ForwardedToCourt},
    {S::ForwardedToCourt, S::CourtDecided},
    {S::CourtDecided, S::ApplicantNotified},
    {S::NotAccepted, S::ApplicantNotified},
    {S::ApplicantNotified, S::ReconsiderationFiled},
    {S::ApplicantNotified, S::Closed},
    {S::ReconsiderationFiled, S::ReconsiderationDecided},
    {S::ReconsiderationDecided, S::Closed},
}};

const char *const stateNames[] = {"",
                                  "submitted",
                                  "accepted",
                                  "not-accepted",
                                  "under-review",
                                  "corrected",
                                  "upheld",
                                  "undetermined",
                                  "forwarded-to-court",
                                  "court-decided",
                                  "reconsideration-filed",
                                  "reconsideration-decided",
                                  "applicant-notified",
                                  "closed"};

} // namespace

bool Objection::isUnderReview(ObjectionState state)
{
    return state == S::UnderReview || state == S::ForwardedToCourt || state == S::ReconsiderationFiled;
}

bool ObjectionStateMachine::allows(ObjectionRoute route, ObjectionState from, ObjectionState to)
{
    const Step step{from, to};
    if (route == ObjectionRoute::CreditPlatform) {
        if (step == platformUndeterminedNotice)
            return true;
        for (const Step &allowed : platformSteps) {
            if (allowed == step)
                return true;
        }
        return false;
    }
    for (const Step &allowed : courtSteps) {
        if (allowed == step)
            return true;
    }
    return false;
}

QList<ObjectionState> ObjectionStateMachine::next(ObjectionRoute route, ObjectionState from)
{
    QList<ObjectionState> states;
    for (const ObjectionState to : allStates()) {
        if (allows(route, from, to))
            states.append(to);
    }
    return states;
}

QList<ObjectionState> ObjectionStateMachine::allStates()
{
    QList<ObjectionState> states;
    for (int state = 1; state <= static_cast<int>(S::Closed); ++state)
        states.append(static_cast<ObjectionState>(state));
    return states;
}

bool ObjectionStateMachine::isDecision(ObjectionState to)
{
    return to == S::NotAccepted || to == S::Corrected || to == S::Upheld || to == S::Undetermined
           || to == S::CourtDecided || to == S::ReconsiderationDecided;
}

QString objectionRouteText(ObjectionRoute route)
{
    return route == ObjectionRoute::CourtList
               ? QCoreApplication::translate("Objection", "Court list correction (SPC rules Art. 11–12)")
               : QCoreApplication::translate("Objection", "Credit platform information");
}

QString objectionStateText(ObjectionState state)
{
    switch (state) {
    case S::Submitted:
        return QCoreApplication::translate("Objection", "Submitted");
    case S::Accepted:
        return QCoreApplication::translate("Objection", "Accepted");
    case S::NotAccepted:
        return QCoreApplication::translate("Objection", "Not accepted");
    case S::UnderReview:
        return QCoreApplication::translate("Objection", "Under review");
    case S::Corrected:
        return QCoreApplication::translate("Objection", "Corrected");
    case S::Upheld:
        return QCoreApplication::translate("Objection", "Upheld (no error)");
    case S::Undetermined:
        return QCoreApplication::translate("Objection", "Undetermined");
    case S::ForwardedToCourt:
        return QCoreApplication::translate("Objection", "Forwarded to the court");
    case S::CourtDecided:
        return QCoreApplication::translate("Objection", "Court decided");
    case S::ReconsiderationFiled:
        return QCoreApplication::translate("Objection", "Reconsideration filed");
    case S::ReconsiderationDecided:
        return QCoreApplication::translate("Objection", "Reconsideration decided");
    case S::ApplicantNotified:
        return QCoreApplication::translate("Objection", "Applicant notified");
    case S::Closed:
        return QCoreApplication::translate("Objection", "Closed");
    }
    return {};
}

QString objectionStepText(ObjectionState state)
{
    switch (state) {
    case S::Submitted:
        return QCoreApplication::translate("Objection", "Register");
    case S::Accepted:
        return QCoreApplication::translate("Objection", "Accept");
    case S::NotAccepted:
        return QCoreApplication::translate("Objection", "Refuse to accept");
    case S::UnderReview:
        return QCoreApplication::translate("Objection", "Start the review");
    case S::Corrected:
        return QCoreApplication::translate("Objection", "Decide: correct the record");
    case S::Upheld:
        return QCoreApplication::translate("Objection", "Decide: no error");
    case S::Undetermined:
        return QCoreApplication::translate("Objection", "Decide: undetermined");
    case S::ForwardedToCourt:
        return QCoreApplication::translate("Objection", "Forward to the court");
    case S::CourtDecided:
        return QCoreApplication::translate("Objection", "Record the court's decision");
    case S::ReconsiderationFiled:
        return QCoreApplication::translate("Objection", "Record a reconsideration application");
    case S::ReconsiderationDecided:
        return QCoreApplication::translate("Objection", "Record the reconsideration decision");
    case S::ApplicantNotified:
        return QCoreApplication::translate("Objection", "Record the notice to the applicant");
    case S::Closed:
        return QCoreApplication::translate("Objection", "Close the case");
    }
    return {};
}

QString objectionGroundText(ObjectionGround ground)
{
    switch (ground) {
    case ObjectionGround::ShouldNotBeListed:
        return QCoreApplication::translate("Objection", "Should not have been listed");
    case ObjectionGround::Inaccurate:
        return QCoreApplication::translate("Objection", "The record is inaccurate");
    case ObjectionGround::ShouldHaveBeenDeleted:
        return QCoreApplication::translate("Objection", "Should have been deleted");
    case ObjectionGround::Other:
        return QCoreApplication::translate("Objection", "Other grounds");
    }
    return {};
}

QString objectionChannelText(ObjectionChannel channel)
{
    switch (channel) {
    case ObjectionChannel::Counter:
        return QCoreApplication::translate("Objection", "At the counter");
    case ObjectionChannel::Post:
        return QCoreApplication::translate("Objection", "By post");
    case ObjectionChannel::Online:
        return QCoreApplication::translate("Objection", "Online");
    case ObjectionChannel::Telephone:
        return QCoreApplication::translate("Objection", "By telephone");
    case ObjectionChannel::FromCourt:
        return QCoreApplication::translate("Objection", "Transferred by a court");
    }
    return {};
}

QString objectionOutcomeText(ObjectionOutcome outcome)
{
    switch (outcome) {
    case ObjectionOutcome::None:
        return {};
    case ObjectionOutcome::Corrected:
        return QCoreApplication::translate("Objection", "Corrected");
    case ObjectionOutcome::Upheld:
        return QCoreApplication::translate("Objection", "No error");
    case ObjectionOutcome::Undetermined:
        return QCoreApplication::translate("Objection", "Undetermined");
    }
    return {};
}

QString objectionStateName(ObjectionState state)
{
    return QString::fromLatin1(stateNames[static_cast<int>(state)]);
}

bool objectionStateFromName(const QString &name, ObjectionState &state)
{
    for (int i = 1; i <= static_cast<int>(S::Closed); ++i) {
        if (name == QLatin1String(stateNames[i])) {
            state = static_cast<ObjectionState>(i);
            return true;
        }
    }
    return false;
}

} // namespace creditdesk
