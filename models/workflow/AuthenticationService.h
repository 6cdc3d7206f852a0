#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>

namespace creditdesk {

class Database;
class PasswordHasher;

/// Sign-in, password changes and the first admin of a new database. Failed attempts lock an
/// account for a while (policy: 5 attempts, 15 minutes); the demo password "demo" is accepted
/// on the demo database only. Every sign-in, failure, lock and password change is audited.
class AuthenticationService
{
public:
    struct SignedIn
    {
        Actor actor;
        bool mustChangePassword = false;
    };

    AuthenticationService(Database &database, const PasswordHasher &hasher);

    bool needsFirstAdmin() const;
    bool isDemoDatabase() const;

    Result<SignedIn> signIn(const QString &userName, const QString &password, const QString &origin,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Creates the first account of a new database: an admin. Refused once any account exists.
    Result<SignedIn> createFirstAdmin(const QString &userName, const QString &displayName, const QString &password,
                                      const QString &origin);
    Status changePassword(const Actor &actor, const QString &currentPassword, const QString &newPassword);

    /// Checks a new password against the rules; empty when acceptable.
    static QString passwordProblem(const QString &password);

private:
    Database &m_database;
    const PasswordHasher &m_hasher;
};

} // namespace creditdesk
