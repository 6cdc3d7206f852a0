#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// The roles of the design: officer (经办人), reviewer (审核人), auditor (审计员), admin (管理员).
/// One user may hold several.
enum class Role : unsigned {
    Officer = 0x1,
    Reviewer = 0x2,
    Auditor = 0x4,
    Admin = 0x8,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

/// Everything a user can be allowed or refused. Workflow services check these before they act.
enum class Action {
    SearchSubjects,
    ViewDossier,
    RevealIdentifier,
    RegisterCorrection,
    DecideCorrection,
    RecordFeedback,
    ViewAuditJournal,
    VerifyAuditJournal,
    ExportAuditJournal,
    ManageUsers,
    EditMaskingPolicy,
    EditReferenceData,
    MakeBackup,
    RestoreBackup,
    HandleObjection, ///< register an objection, add evidence, take the officer's steps
    DecideObjection, ///< accept or refuse, decide, record the court's decision (four eyes)
    ViewObjections,
    RecordListEntry,     ///< record a new listing as the court decided it, or breach information
    MirrorCourtDecision, ///< mirror the court's revocation or deletion of a listing
    ConfirmExpiry,       ///< confirm the batch of entries whose period or maximum has ended
    HandleRepair,        ///< register a repair application, add evidence, accept or not
    DecideRepair,        ///< decide a repair application (four eyes)
    ViewRepairs,
    ScreenApplicants,    ///< screen a batch of applicants, decide on matches, keep the whitelist
    ConfirmScreeningHit, ///< confirm or reject an officer's "confirmed hit" (four eyes)
    ViewScreening,       ///< read screening batches, their results and decisions
    ViewStatistics,      ///< the statistics dashboard and its exports
    IssueNotice,         ///< issue (and reissue) notices: they take serial numbers
    ViewNotices,         ///< the notice register and the check of a notice's genuineness
    EditNoticeTemplates, ///< edit notice wording (a new version) and the issuing office
    ExchangePackages,    ///< import packages from the credit platform, write feedback packages
};

/// The one permission matrix: which roles may perform which action.
class PermissionMatrix
{
public:
    static bool allows(Roles roles, Action action);
    /// The roles that may perform \a action.
    static Roles rolesFor(Action action);
    static QList<Action> allActions();
    static QList<Role> allRoles();
};

QString roleName(Role role); ///< stored name: officer, reviewer, auditor, admin
QString roleText(Role role); ///< translated: 经办人 ...
QString actionText(Action action);
/// Parses stored role names; unknown names are ignored.
Roles rolesFromNames(const QStringList &names);
QStringList roleNames(Roles roles);
/// The translated names of \a roles joined with \a separator, e.g. "经办人, 审计员".
QString rolesText(Roles roles, const QString &separator = QStringLiteral(", "));

} // namespace creditdesk
