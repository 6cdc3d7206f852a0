#include "UserRepository.h"

#include "Sql.h"

#include <QVariant>

namespace creditdesk {

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> UserRepository::create(const QString &userName, const QString &displayName, const QStringList &roles)
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO user_account (user_name, display_name, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(userName);
    insert.addBindValue(displayName);
    insert.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(insert, "create a user"); !status)
        return Error{status.error()};
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery role(m_db);
    role.prepare(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"));
    for (const QString &name : roles) {
        role.addBindValue(id);
        role.addBindValue(name);
        if (const Status status = sql::exec(role, "assign a role"); !status)
            return Error{status.error()};
    }
    return id;
}

bool UserRepository::exists(const QString &userName) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM user_account WHERE user_name = ?"));
    query.addBindValue(userName);
    return query.exec() && query.next();
}

} // namespace creditdesk
