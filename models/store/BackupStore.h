#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace creditdesk {

/// File-level database operations: a consistent online copy (VACUUM INTO, readers and writers
/// may go on), and integrity checks of a database file without changing it.
namespace BackupStore {

/// Writes a compacted, consistent copy of the open database \a db to \a outPath (must not exist).
Status writeCopy(const QSqlDatabase &db, const QString &outPath);

/// Checks a file read-only: a CreditDesk database this version can open, and PRAGMA
/// integrity_check (or quick_check when \a quick) reports "ok".
Status checkFile(const QString &path, bool quick = false);

} // namespace BackupStore
} // namespace creditdesk
