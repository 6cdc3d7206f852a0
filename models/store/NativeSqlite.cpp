#include "NativeSqlite.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace creditdesk::native {

namespace {

/// Whether the shared object holding \a driver's code finds SQLite in the very library
/// CreditDesk links: then Qt's connection handle means the same thing to both.
bool driverUsesOurSqlite([[maybe_unused]] const QSqlDriver *driver)
{
#if defined(Q_OS_UNIX)
    // The driver's virtual table lies in the plug-in that made it.
    const void *virtualTable = *reinterpret_cast<const void *const *>(driver);
    Dl_info plugin{};
    if (dladdr(virtualTable, &plugin) == 0 || plugin.dli_fname == nullptr)
        return false;
    void *loaded = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (loaded == nullptr)
        return false;
    // Searched in the plug-in and what it links: a copy of its own (or none) answers otherwise.
    void *theirs = dlsym(loaded, "sqlite3_libversion_number");
    dlclose(loaded);
    return theirs != nullptr && theirs == reinterpret_cast<void *>(&sqlite3_libversion_number);
#else
    // Qt's Windows and macOS builds carry their own SQLite: use Qt's interface there.
    return false;
#endif
}

Error failure(sqlite3 *db, const char *purpose)
{
    return Error{
        sql::failure(purpose, sql::sqliteReason(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))))};
}

} // namespace

sqlite3 *sharedHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || db.driver() == nullptr)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (!driverUsesOurSqlite(db.driver()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Status Statement::prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (sqlite3_prepare_v3(db, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr)
        != SQLITE_OK)
        return Error{QCoreApplication::translate("Database", "Could not prepare a statement: %1")
                         .arg(sql::sqliteReason(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))))};
    return {};
}

void Statement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindTextOrNull(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bindText(index, text.toUtf8());
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Status Statement::run(const char *purpose)
{
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        return failure(m_db, purpose);
    return {};
}

Result<std::optional<qint64>> Statement::firstInteger(const char *purpose)
{
    const int stepped = sqlite3_step(m_statement);
    std::optional<qint64> value;
    if (stepped == SQLITE_ROW)
        value = sqlite3_column_int64(m_statement, 0);
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
        return failure(m_db, purpose);
    return value;
}

Result<bool> Statement::nextRow(const char *purpose)
{
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    if (stepped != SQLITE_DONE)
        return failure(m_db, purpose);
    return false;
}

QString Statement::text(int column) const
{
    const auto *characters = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(characters, sqlite3_column_bytes(m_statement, column));
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

} // namespace creditdesk::native
