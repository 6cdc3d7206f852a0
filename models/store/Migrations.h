#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace creditdesk {

/// The numbered schema migrations (resources/sql/NNN_*.sql). Each runs in its own transaction
/// and sets PRAGMA user_version to its number, so a database is always at a whole version.
class Migrations
{
public:
    /// Applies every migration after the stored version up to \a targetVersion.
    static Status migrate(QSqlDatabase &db, int targetVersion);

    /// The statements of one migration script, split at the ends of statements.
    static QStringList statements(const QString &script);

    static int latestVersion();
};

} // namespace creditdesk
