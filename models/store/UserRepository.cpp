#include "UserRepository.h"

#include "Sql.h"

#include <QVariant>

namespace creditdesk {

namespace {

QVariant utcOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

UserAccount accountFrom(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.userName = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.passwordHash = query.value(3).toString();
    account.mustChangePassword = query.value(4).toBool();
    account.failedAttempts = query.value(5).toInt();
    account.lockedUntil = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    account.disabled = query.value(7).toBool();
    account.roles = rolesFromNames(query.value(8).toString().split(u',', Qt::SkipEmptyParts));
    return account;
}

const QString selectAccount =
    QStringLiteral("SELECT u.id, u.user_name, u.display_name, coalesce(u.password_hash, ''), u.must_change_password, "
                   "u.failed_attempts, u.locked_until, u.disabled, "
                   "(SELECT group_concat(role) FROM user_role r WHERE r.user_id = u.id) FROM user_account u ");

} // namespace

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> UserRepository::create(const QString &userName, const QString &displayName, Roles roles,
                                      const QString &passwordHash, bool mustChangePassword)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO user_account (user_name, display_name, password_hash, "
                                  "must_change_password, created_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(userName);
    insert.addBindValue(displayName);
    insert.addBindValue(passwordHash);
    insert.addBindValue(mustChangePassword ? 1 : 0);
    insert.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "create a user")); !status)
        return Error{status.error()};
    const qint64 id = insert.lastInsertId().toLongLong();
    if (const Status status = setRoles(id, roles); !status)
        return Error{status.error()};
    return id;
}

bool UserRepository::exists(const QString &userName) const
{
    return find(userName).has_value();
}

int UserRepository::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM user_account")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<UserAccount> UserRepository::find(const QString &userName) const
{
    QSqlQuery query(m_db);
    query.prepare(selectAccount + QStringLiteral("WHERE u.user_name = ?"));
    query.addBindValue(userName);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

QList<UserAccount> UserRepository::all() const
{
    QList<UserAccount> accounts;
    QSqlQuery query(m_db);
    if (query.exec(selectAccount + QStringLiteral("ORDER BY u.user_name"))) {
        while (query.next())
            accounts.append(accountFrom(query));
    }
    return accounts;
}

Status UserRepository::recordFailedAttempt(qint64 userId, int failedAttempts, const QDateTime &lockedUntil)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE user_account SET failed_attempts = ?, locked_until = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(failedAttempts);
    query.addBindValue(utcOrNull(lockedUntil));
    query.addBindValue(userId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a failed sign-in"));
}

Status UserRepository::recordSuccessfulSignIn(qint64 userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    query.addBindValue(userId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a sign-in"));
}

Status UserRepository::setPassword(qint64 userId, const QString &passwordHash, bool mustChangePassword)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE user_account SET password_hash = ?, must_change_password = ?, "
                       "failed_attempts = 0, locked_until = NULL, row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(mustChangePassword ? 1 : 0);
    query.addBindValue(userId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a password"));
}

Status UserRepository::setRoles(qint64 userId, Roles roles)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM user_role WHERE user_id = ?"));
    remove.addBindValue(userId);
    if (const Status status = sql::exec(remove, QT_TRANSLATE_NOOP("Database", "change roles")); !status)
        return status;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"));
    for (const QString &name : roleNames(roles)) {
        insert.addBindValue(userId);
        insert.addBindValue(name);
        if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "assign a role")); !status)
            return status;
    }
    return {};
}

} // namespace creditdesk
