#include "Authorization.h"

#include "store/AuditJournal.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace creditdesk {

Status requirePermission(const Actor &actor, Action action)
{
    if (actor.may(action))
        return {};
    return Error{
        QCoreApplication::translate("Authorization", "%1 may not %2: this needs the role %3.")
            .arg(actor.userName.isEmpty() ? QCoreApplication::translate("Authorization", "Nobody signed in")
                                          : actor.userName,
                 actionText(action),
                 rolesText(PermissionMatrix::rolesFor(action), QCoreApplication::translate("Authorization", " or ")))};
}

Status audit(Database &database, const Actor &actor, const AuditRecord &record)
{
    auto appended = AuditJournal(database.connection()).append(actor, record);
    if (!appended)
        return Error{appended.error()};
    return {};
}

} // namespace creditdesk
