#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// The two ways an objection runs (../shared/docs/DOMAIN.md section 4).
enum class ObjectionRoute {
    CourtList = 1,      ///< correction of the court's list, SPC rules Art. 11–12: the court decides
    CreditPlatform = 2, ///< information the credit platform holds (征信业管理条例 Art. 25): the office decides
};

enum class ObjectionState {
    Submitted = 1,
    Accepted = 2,
    NotAccepted = 3,
    UnderReview = 4,           ///< the record shows 异议中
    Corrected = 5,             ///< decided: the record was wrong and is corrected
    Upheld = 6,                ///< decided: no error, the record stays
    Undetermined = 7,          ///< decided: cannot be established; the record is annotated
    ForwardedToCourt = 8,      ///< court route: with the court for its review (异议中)
    CourtDecided = 9,          ///< court route: the court's decision is recorded
    ReconsiderationFiled = 10, ///< court route: reconsideration at the next-higher court (异议中)
    ReconsiderationDecided = 11,
    ApplicantNotified = 12,
    Closed = 13,
};

/// What the applicant says is wrong (SPC rules Art. 11's three grounds, or anything else).
enum class ObjectionGround { ShouldNotBeListed = 1, Inaccurate = 2, ShouldHaveBeenDeleted = 3, Other = 4 };

/// How the objection reached the office.
enum class ObjectionChannel { Counter = 1, Post = 2, Online = 3, Telephone = 4, FromCourt = 5 };

/// The result of a decision: the office's on the credit-platform route, the court's on the
/// court route.
enum class ObjectionOutcome { None = 0, Corrected = 1, Upheld = 2, Undetermined = 3 };

/// One objection case.
struct Objection
{
    qint64 id = 0;
    qint64 listingId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString caseNumber;
    ObjectionRoute route = ObjectionRoute::CreditPlatform;
    ObjectionState state = ObjectionState::Submitted;
    QString applicantName;
    bool applicantIsAgent = false;
    QString applicantContact;
    ObjectionChannel channel = ObjectionChannel::Counter;
    QDate receivedOn;
    ObjectionGround ground = ObjectionGround::Inaccurate;
    QString groundsText;
    QStringList fields;     ///< listing fields the applicant disputes
    qint64 duplicateOf = 0; ///< an open objection on the same listing registered earlier
    ObjectionOutcome outcome = ObjectionOutcome::None;
    QString decisionReason;
    QString decidedBy;
    QDate decidedOn;
    QDate acceptedOn;
    QDate forwardedOn;
    QString courtDecision;
    QDate courtDecidedOn;
    QDate notifiedOn;
    QDate reconsiderationFiledOn;
    QString reconsiderationDecision;
    QDate reconsiderationDecidedOn;
    QString registeredBy;
    QDateTime registeredAt;
    QDate stateSince;
    qint64 rowVersion = 0;

    bool isOpen() const { return state != ObjectionState::Closed; }
    /// Whether the record shows 异议中 while the case is in this state.
    static bool isUnderReview(ObjectionState state);
};

/// Which state may follow which, per route. The one place the workflow's shape is defined.
class ObjectionStateMachine
{
public:
    static bool allows(ObjectionRoute route, ObjectionState from, ObjectionState to);
    static QList<ObjectionState> next(ObjectionRoute route, ObjectionState from);
    static QList<ObjectionState> allStates();
    /// States that need a reviewer's decision (four eyes) rather than an officer's step.
    static bool isDecision(ObjectionState to);
};

/// Time limits per route and step, in calendar or working days. Defaults from DOMAIN.md
/// section 4; an administrator changes them per route.
struct ObjectionTimeLimits
{
    struct Limit
    {
        int days = 0;
        bool workingDays = false;
        bool operator==(const Limit &) const = default;
    };
    Limit acceptance{2, true};                ///< accept or refuse, from receipt
    Limit selfCheck{2, true};                 ///< platform: start the review, from acceptance
    Limit answer{20, false};                  ///< platform: written answer, from receipt (条例 Art. 25)
    Limit forwarding{2, true};                ///< court: forward to the court, from acceptance
    Limit courtReview{15, false};             ///< court: the court reviews, from its receipt: the forwarding (Art. 12)
    Limit correction{3, true};                ///< court: correct the record, from the court's decision (Art. 12)
    Limit reconsiderationFiling{10, false};   ///< court: applicant may file, from service (Art. 12)
    Limit reconsiderationDecision{15, false}; ///< court: next-higher court decides, from filing
    bool operator==(const ObjectionTimeLimits &) const = default;

    static ObjectionTimeLimits defaults() { return {}; }
};

QString objectionRouteText(ObjectionRoute route);
QString objectionStateText(ObjectionState state);
/// The act that moves a case into \a state, for buttons: "Accept", "Forward to the court", ...
QString objectionStepText(ObjectionState state);
QString objectionGroundText(ObjectionGround ground);
QString objectionChannelText(ObjectionChannel channel);
QString objectionOutcomeText(ObjectionOutcome outcome);
/// The stored name of a state, for the CLI and the audit journal: "under-review".
QString objectionStateName(ObjectionState state);
bool objectionStateFromName(const QString &name, ObjectionState &state);

} // namespace creditdesk
