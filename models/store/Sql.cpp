#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

namespace creditdesk::sql {

QString sqliteReason(int code, const QString &text)
{
    const auto said = [&text](const char *sentence) {
        return QCoreApplication::translate("Database", "%1 (%2)")
            .arg(QCoreApplication::translate("Database", sentence), text);
    };
    // The primary result code is the low byte of an extended one (sqlite.org/rescode.html).
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
        return said(QT_TRANSLATE_NOOP("Database", "another program or CreditDesk window is writing to the database; "
                                                  "try again in a moment"));
    case 6: // SQLITE_LOCKED: within this connection
        return said(QT_TRANSLATE_NOOP("Database", "a table is in use by other work of this window; try again when "
                                                  "it has finished"));
    case 7: // SQLITE_NOMEM
        return said(QT_TRANSLATE_NOOP("Database", "there is not enough memory"));
    case 8: // SQLITE_READONLY
        return said(QT_TRANSLATE_NOOP("Database", "the database file cannot be written: it or its folder is read-only, "
                                                  "or this user may not change it"));
    case 9: // SQLITE_INTERRUPT
        return said(QT_TRANSLATE_NOOP("Database", "the work was stopped"));
    case 10: // SQLITE_IOERR
        return said(QT_TRANSLATE_NOOP("Database", "the disk could not be read or written"));
    case 11: // SQLITE_CORRUPT
        return said(QT_TRANSLATE_NOOP("Database", "the database file is damaged; restore it from a backup"));
    case 13: // SQLITE_FULL
        return said(QT_TRANSLATE_NOOP("Database", "the disk is full"));
    case 14: // SQLITE_CANTOPEN
        return said(QT_TRANSLATE_NOOP("Database", "the database file cannot be opened"));
    case 19: // SQLITE_CONSTRAINT
        return said(QT_TRANSLATE_NOOP("Database", "the change does not fit what is stored (a value already taken, a "
                                                  "value not allowed, or a required or referred-to value missing)"));
    case 26: // SQLITE_NOTADB
        return said(QT_TRANSLATE_NOOP("Database", "the file is not a database"));
    default:
        return text;
    }
}

QString reasonOf(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? sqliteReason(code, error.text()) : error.text();
}

QString reasonOf(const QSqlQuery &query)
{
    // Other drivers' codes mean other things (PostgreSQL's are SQLSTATEs): their text alone.
    const bool sqlite = query.driver() != nullptr && query.driver()->dbmsType() == QSqlDriver::SQLite;
    return sqlite ? reasonOf(query.lastError()) : query.lastError().text();
}

QString failure(const char *purpose, const QString &reason)
{
    return QCoreApplication::translate("Database", "Could not %1: %2")
        .arg(QCoreApplication::translate("Database", purpose), reason);
}

Status exec(QSqlQuery &query, const char *purpose)
{
    if (query.exec())
        return {};
    return Error{failure(purpose, reasonOf(query))};
}

Status run(const QSqlDatabase &db, const QString &statement, const char *purpose)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Error{failure(purpose, reasonOf(query))};
    return {};
}

Status prepare(QSqlQuery &query, const QString &statement)
{
    if (query.prepare(statement))
        return {};
    return Error{QCoreApplication::translate("Database", "Could not prepare a statement: %1").arg(reasonOf(query))};
}

Status prepareNumbered(QSqlQuery &query, const QString &statement)
{
    QString numbered;
    numbered.reserve(statement.size() + 64);
    int next = 0;
    for (const QChar character : statement) {
        if (character == u'?')
            numbered += QStringLiteral(":v") + QString::number(next++);
        else
            numbered += character;
    }
    return prepare(query, numbered);
}

void bindAt(QSqlQuery &query, int index, const QVariant &value)
{
    static const QStringList names = [] {
        QStringList list;
        for (int number = 0; number < 512; ++number)
            list.append(QStringLiteral(":v") + QString::number(number));
        return list;
    }();
    query.bindValue(index < names.size() ? names.at(index) : QStringLiteral(":v") + QString::number(index), value);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString textOf(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace creditdesk::sql
