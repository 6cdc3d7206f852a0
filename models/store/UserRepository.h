#pragma once

#include "domain/Access.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace creditdesk {

/// A user account as stored.
struct UserAccount
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    QString passwordHash;
    Roles roles;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< UTC; invalid when not locked
    bool disabled = false;
};

/// Stores user accounts and their roles. Called by workflow services inside their transaction.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    Result<qint64> create(const QString &userName, const QString &displayName, Roles roles, const QString &passwordHash,
                          bool mustChangePassword);
    bool exists(const QString &userName) const;
    int count() const;
    std::optional<UserAccount> find(const QString &userName) const;
    QList<UserAccount> all() const;

    Status recordFailedAttempt(qint64 userId, int failedAttempts, const QDateTime &lockedUntil);
    Status recordSuccessfulSignIn(qint64 userId);
    Status setPassword(qint64 userId, const QString &passwordHash, bool mustChangePassword);
    Status setRoles(qint64 userId, Roles roles);

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
