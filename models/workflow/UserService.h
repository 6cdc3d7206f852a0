#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "store/UserRepository.h"

namespace creditdesk {

class Database;
class PasswordHasher;

/// What an admin does with accounts: add users with roles, change roles, reset a password (the
/// user must change it at the next sign-in). Each action audited with the admin's reason.
class UserService
{
public:
    UserService(Database &database, const PasswordHasher &hasher);

    Result<QList<UserAccount>> list(const Actor &actor) const;
    Status create(const Actor &actor, const QString &userName, const QString &displayName, Roles roles,
                  const QString &initialPassword, const QString &reason);
    Status setRoles(const Actor &actor, const QString &userName, Roles roles, const QString &reason);
    Status resetPassword(const Actor &actor, const QString &userName, const QString &temporaryPassword,
                         const QString &reason);

private:
    Database &m_database;
    const PasswordHasher &m_hasher;
};

} // namespace creditdesk
