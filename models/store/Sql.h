#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace creditdesk {

/// Small helpers that turn Qt SQL failures into Result errors with the statement's purpose.
namespace sql {

/// What went wrong in SQLite's result code \a code (primary or extended), in the user's language,
/// followed by SQLite's own \a text in brackets; \a text alone for a code without a sentence.
QString sqliteReason(int code, const QString &text);
/// sqliteReason() of a Qt SQL error of the SQLite driver.
QString reasonOf(const QSqlError &error);
/// Why \a query failed: sqliteReason() on SQLite, the driver's text on another database.
QString reasonOf(const QSqlQuery &query);
/// "Could not <purpose>: <reason>", the purpose translated (purposes are marked with
/// QT_TRANSLATE_NOOP("Database", ...) where they are written).
QString failure(const char *purpose, const QString &reason);

/// Executes a prepared query; on failure returns an Error naming \a purpose and the driver text.
Status exec(QSqlQuery &query, const char *purpose);

/// Prepares and executes \a statement without bound values.
Status run(const QSqlDatabase &db, const QString &statement, const char *purpose);

/// Prepares \a statement; on failure returns an Error.
Status prepare(QSqlQuery &query, const QString &statement);

/// Prepares \a statement with its ? placeholders named :v0, :v1, ... in order, for statements run
/// very many times: Qt 6.4 formats a placeholder name for every value bound by position, and
/// binds named values without that. Bind with bindAt().
Status prepareNumbered(QSqlQuery &query, const QString &statement);
/// Binds \a value to placeholder :v\a index of a statement from prepareNumbered().
void bindAt(QSqlQuery &query, int index, const QVariant &value);

/// The current UTC time as ISO-8601 with milliseconds.
QString nowUtc();

/// A stored YYYY-MM-DD date, or a null date when the column is empty.
QDate dateOf(const QVariant &value);
/// \a date as YYYY-MM-DD, or NULL when it is not valid.
QVariant dateOrNull(const QDate &date);
/// \a text, or '' for a null string: SQLite stores a null QString as NULL.
QString textOf(const QString &text);

} // namespace sql
} // namespace creditdesk
