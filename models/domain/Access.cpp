#include "Access.h"

#include <QCoreApplication>

namespace creditdesk {

Roles PermissionMatrix::rolesFor(Action action)
{
    const Roles everyone = Role::Officer | Role::Reviewer | Role::Auditor | Role::Admin;
    switch (action) {
    case Action::SearchSubjects:
    case Action::ViewDossier:
        return everyone;
    case Action::RevealIdentifier:
        return Role::Officer | Role::Reviewer | Role::Auditor;
    case Action::RegisterCorrection:
    case Action::RecordFeedback:
    case Action::HandleObjection:
    case Action::RecordListEntry:
    case Action::MirrorCourtDecision:
    case Action::ConfirmExpiry:
    case Action::HandleRepair:
    case Action::ScreenApplicants:
    case Action::IssueNotice:
        return Role::Officer;
    case Action::ExchangePackages:
        return Role::Officer | Role::Admin;
    case Action::DecideCorrection:
    case Action::DecideObjection:
    case Action::DecideRepair:
    case Action::ConfirmScreeningHit:
        return Role::Reviewer;
    case Action::ViewObjections:
    case Action::ViewRepairs:
    case Action::ViewScreening:
    case Action::ViewStatistics:
    case Action::ViewNotices:
        return Role::Officer | Role::Reviewer | Role::Auditor;
    case Action::ViewAuditJournal:
    case Action::VerifyAuditJournal:
    case Action::ExportAuditJournal:
        return Role::Auditor | Role::Admin;
    case Action::ManageUsers:
    case Action::EditMaskingPolicy:
    case Action::EditReferenceData:
    case Action::MakeBackup:
    case Action::RestoreBackup:
    case Action::EditNoticeTemplates:
        return Role::Admin;
    }
    return {};
}

bool PermissionMatrix::allows(Roles roles, Action action)
{
    return (roles & rolesFor(action)) != Roles();
}

QList<Action> PermissionMatrix::allActions()
{
    return {Action::SearchSubjects,      Action::ViewDossier,        Action::RevealIdentifier,
            Action::RegisterCorrection,  Action::DecideCorrection,   Action::RecordFeedback,
            Action::ViewAuditJournal,    Action::VerifyAuditJournal, Action::ExportAuditJournal,
            Action::ManageUsers,         Action::EditMaskingPolicy,  Action::EditReferenceData,
            Action::MakeBackup,          Action::RestoreBackup,      Action::HandleObjection,
            Action::DecideObjection,     Action::ViewObjections,     Action::RecordListEntry,
            Action::MirrorCourtDecision, Action::ConfirmExpiry,      Action::HandleRepair,
            Action::DecideRepair,        Action::ViewRepairs,        Action::ScreenApplicants,
            Action::ConfirmScreeningHit, Action::ViewScreening,      Action::ViewStatistics,
            Action::IssueNotice,         Action::ViewNotices,        Action::EditNoticeTemplates,
            Action::ExchangePackages};
}

QList<Role> PermissionMatrix::allRoles()
{
    return {Role::Officer, Role::Reviewer, Role::Auditor, Role::Admin};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Officer:
        return QCoreApplication::translate("Access", "Officer");
    case Role::Reviewer:
        return QCoreApplication::translate("Access", "Reviewer");
    case Role::Auditor:
        return QCoreApplication::translate("Access", "Auditor");
    case Role::Admin:
        return QCoreApplication::translate("Access", "Administrator");
    }
    return {};
}

QString actionText(Action action)
{
    switch (action) {
    case Action::SearchSubjects:
        return QCoreApplication::translate("Access", "search subjects");
    case Action::ViewDossier:
        return QCoreApplication::translate("Access", "open a dossier");
    case Action::RevealIdentifier:
        return QCoreApplication::translate("Access", "reveal a full identifier");
    case Action::RegisterCorrection:
        return QCoreApplication::translate("Access", "register a listing correction");
    case Action::DecideCorrection:
        return QCoreApplication::translate("Access", "decide a listing correction");
    case Action::RecordFeedback:
        return QCoreApplication::translate("Access", "record departments' feedback");
    case Action::ViewAuditJournal:
        return QCoreApplication::translate("Access", "read the audit journal");
    case Action::VerifyAuditJournal:
        return QCoreApplication::translate("Access", "verify the audit journal");
    case Action::ExportAuditJournal:
        return QCoreApplication::translate("Access", "export the audit journal");
    case Action::ManageUsers:
        return QCoreApplication::translate("Access", "manage users");
    case Action::EditMaskingPolicy:
        return QCoreApplication::translate("Access", "change the masking policy");
    case Action::EditReferenceData:
        return QCoreApplication::translate("Access", "change reference data");
    case Action::MakeBackup:
        return QCoreApplication::translate("Access", "make a backup");
    case Action::RestoreBackup:
        return QCoreApplication::translate("Access", "restore a backup");
    case Action::HandleObjection:
        return QCoreApplication::translate("Access", "handle an objection");
    case Action::DecideObjection:
        return QCoreApplication::translate("Access", "decide an objection");
    case Action::ViewObjections:
        return QCoreApplication::translate("Access", "view objections");
    case Action::RecordListEntry:
        return QCoreApplication::translate("Access", "record a listing or breach information");
    case Action::MirrorCourtDecision:
        return QCoreApplication::translate("Access", "mirror the court's revocation or deletion");
    case Action::ConfirmExpiry:
        return QCoreApplication::translate("Access", "confirm the end of publication periods");
    case Action::HandleRepair:
        return QCoreApplication::translate("Access", "handle a credit repair application");
    case Action::DecideRepair:
        return QCoreApplication::translate("Access", "decide a credit repair application");
    case Action::ViewRepairs:
        return QCoreApplication::translate("Access", "view credit repair applications");
    case Action::ScreenApplicants:
        return QCoreApplication::translate("Access", "screen applicants against the list");
    case Action::ConfirmScreeningHit:
        return QCoreApplication::translate("Access", "confirm a screening hit (second officer)");
    case Action::ViewScreening:
        return QCoreApplication::translate("Access", "view screening batches");
    case Action::ViewStatistics:
        return QCoreApplication::translate("Access", "view the statistics dashboard");
    case Action::IssueNotice:
        return QCoreApplication::translate("Access", "issue notices");
    case Action::ViewNotices:
        return QCoreApplication::translate("Access", "view the notice register");
    case Action::EditNoticeTemplates:
        return QCoreApplication::translate("Access", "edit notice templates and the issuing office");
    case Action::ExchangePackages:
        return QCoreApplication::translate("Access", "import and export exchange packages");
    }
    return {};
}

Roles rolesFromNames(const QStringList &names)
{
    Roles roles;
    for (const Role role : PermissionMatrix::allRoles()) {
        if (names.contains(roleName(role)))
            roles |= role;
    }
    return roles;
}

QStringList roleNames(Roles roles)
{
    QStringList names;
    for (const Role role : PermissionMatrix::allRoles()) {
        if (roles.testFlag(role))
            names.append(roleName(role));
    }
    return names;
}

QString rolesText(Roles roles, const QString &separator)
{
    QStringList texts;
    for (const Role role : PermissionMatrix::allRoles()) {
        if (roles.testFlag(role))
            texts.append(roleText(role));
    }
    return texts.join(separator);
}

} // namespace creditdesk
