#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace creditdesk {

/// Stores user accounts and their roles. Called by workflow services inside their transaction.
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    /// Creates an account with \a roles; returns its id.
    Result<qint64> create(const QString &userName, const QString &displayName, const QStringList &roles);
    bool exists(const QString &userName) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
