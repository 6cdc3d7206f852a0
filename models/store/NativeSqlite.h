#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace creditdesk {

/// SQLite's own interface on the connection Qt's driver opened, for the bulk import, where Qt's
/// handling of each bound value (a placeholder lookup, a QVariant, UTF-16 text SQLite converts
/// back) costs more than SQLite's writing. Statements run in the caller's transaction, on the
/// caller's thread, exactly as Qt's would.
namespace native {

/// The sqlite3 connection behind \a db, or null when CreditDesk cannot use it safely: not the
/// QSQLITE driver, or a driver carrying its own copy of SQLite rather than the library
/// CreditDesk links (two copies must never share a connection). Checked at run time: on Debian
/// and Ubuntu Qt's driver uses the system's libsqlite3, which CreditDesk links too.
sqlite3 *sharedHandle(const QSqlDatabase &db);

/// One prepared statement: bind by position (from 1), run, reset for the next use.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Status prepare(sqlite3 *db, const QByteArray &sql);
    void bindInteger(int index, qint64 value);
    void bindText(int index, const QByteArray &utf8);
    void bindText(int index, const QString &text) { bindText(index, text.toUtf8()); }
    /// NULL for an empty text, as the Qt path stores it.
    void bindTextOrNull(int index, const QString &text);
    void bindNull(int index);
    /// Steps to the end and resets; an error names \a purpose and SQLite's message.
    Status run(const char *purpose);
    /// The first column of the first row as an integer, if there is a row; resets.
    Result<std::optional<qint64>> firstInteger(const char *purpose);
    /// Steps to the next row: true on a row (read it with text()), false at the end.
    Result<bool> nextRow(const char *purpose);
    QString text(int column) const;
    void reset();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace native
} // namespace creditdesk
