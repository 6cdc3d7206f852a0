#include "UserService.h"

#include "AuthenticationService.h"
#include "Authorization.h"
#include "security/PasswordHasher.h"
#include "store/AuditJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace creditdesk {

namespace {

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("UserService", "Give a reason: it goes into the audit journal.")};
    return {};
}

} // namespace

UserService::UserService(Database &database, const PasswordHasher &hasher) : m_database(database), m_hasher(hasher) {}

Result<QList<UserAccount>> UserService::list(const Actor &actor) const
{
    if (const Status allowed = requirePermission(actor, Action::ManageUsers); !allowed)
        return Error{allowed.error()};
    return UserRepository(m_database.connection()).all();
}

Status UserService::create(const Actor &actor, const QString &userName, const QString &displayName, Roles roles,
                           const QString &initialPassword, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ManageUsers); !allowed)
        return allowed;
    if (const Status s = requireReason(reason); !s)
        return s;
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!validName.match(userName).hasMatch()) {
        return Error{QCoreApplication::translate(
            "UserService", "A user name has 2 to 32 letters, digits, dots, hyphens or underscores.")};
    }
    if (roles == Roles())
        return Error{QCoreApplication::translate("UserService", "Give the user at least one role.")};
    if (const QString problem = AuthenticationService::passwordProblem(initialPassword); !problem.isEmpty())
        return Error{problem};
    UserRepository users(m_database.connection());
    if (users.exists(userName))
        return Error{QCoreApplication::translate("UserService", "The user %1 already exists.").arg(userName)};
    const QString hash = m_hasher.hash(initialPassword);
    return m_database.transaction([&]() -> Status {
        auto id = users.create(userName, displayName.isEmpty() ? userName : displayName, roles, hash, true);
        if (!id)
            return Error{id.error()};
        return audit(m_database, actor,
                     {QStringLiteral("user.create"), QStringLiteral("user"), userName, reason,
                      QJsonObject{{QStringLiteral("roles"), roleNames(roles).join(u',')}}});
    });
}

Status UserService::setRoles(const Actor &actor, const QString &userName, Roles roles, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ManageUsers); !allowed)
        return allowed;
    if (const Status s = requireReason(reason); !s)
        return s;
    UserRepository users(m_database.connection());
    const std::optional<UserAccount> account = users.find(userName);
    if (!account)
        return Error{QCoreApplication::translate("UserService", "There is no user %1.").arg(userName)};
    return m_database.transaction([&]() -> Status {
        if (const Status s = users.setRoles(account->id, roles); !s)
            return s;
        return audit(m_database, actor,
                     {QStringLiteral("user.roles"), QStringLiteral("user"), userName, reason,
                      QJsonObject{{QStringLiteral("before"), roleNames(account->roles).join(u',')},
                                  {QStringLiteral("after"), roleNames(roles).join(u',')}}});
    });
}

Status UserService::resetPassword(const Actor &actor, const QString &userName, const QString &temporaryPassword,
                                  const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ManageUsers); !allowed)
        return allowed;
    if (const Status s = requireReason(reason); !s)
        return s;
    if (const QString problem = AuthenticationService::passwordProblem(temporaryPassword); !problem.isEmpty())
        return Error{problem};
    UserRepository users(m_database.connection());
    const std::optional<UserAccount> account = users.find(userName);
    if (!account)
        return Error{QCoreApplication::translate("UserService", "There is no user %1.").arg(userName)};
    const QString hash = m_hasher.hash(temporaryPassword);
    return m_database.transaction([&]() -> Status {
        if (const Status s = users.setPassword(account->id, hash, true); !s)
            return s;
        return audit(m_database, actor,
                     {QStringLiteral("user.password.reset"), QStringLiteral("user"), userName, reason, {}});
    });
}

} // namespace creditdesk
