#pragma once

#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>

namespace creditdesk {

/// Small helpers that turn Qt SQL failures into Result errors with the statement's purpose.
namespace sql {

/// Executes a prepared query; on failure returns an Error naming \a purpose and the driver text.
Status exec(QSqlQuery &query, const char *purpose);

/// Prepares and executes \a statement without bound values.
Status run(const QSqlDatabase &db, const QString &statement, const char *purpose);

/// Prepares \a statement; on failure returns an Error.
Status prepare(QSqlQuery &query, const QString &statement);

/// The current UTC time as ISO-8601 with milliseconds.
QString nowUtc();

} // namespace sql
} // namespace creditdesk
