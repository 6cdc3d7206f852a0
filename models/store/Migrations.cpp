#include "Migrations.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace creditdesk {

namespace {

// Index i holds the script that brings the schema to version i + 1. Never edit a shipped
// script: add a new one.
constexpr std::array<const char *, 2> scripts = {
    ":/sql/001_core.sql",
    ":/sql/002_search_keys.sql",
};

int storedVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(scripts.size());
}

QStringList Migrations::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool insideTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            insideTrigger = true;
        if (insideTrigger) {
            if (line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0) {
                insideTrigger = false;
                result.append(current.trimmed());
                current.clear();
            }
        } else if (line.endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

Status Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    const int from = storedVersion(db);
    if (from < 0)
        return Error{QCoreApplication::translate("Database", "Could not read the schema version: %1")
                         .arg(db.lastError().text())};
    for (int version = from + 1; version <= targetVersion; ++version) {
        QFile file(QString::fromLatin1(scripts[static_cast<size_t>(version - 1)]));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("Database",
                                                     "The migration script for version %1 is missing from this build.")
                             .arg(version)};
        const QString script = QString::fromUtf8(file.readAll());

        if (!db.transaction())
            return Error{QCoreApplication::translate("Database", "Could not start the migration to version %1: %2")
                             .arg(version)
                             .arg(db.lastError().text())};
        for (const QString &statement : statements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString message =
                    QCoreApplication::translate("Database", "Migration to schema version %1 failed: %2\nStatement: %3")
                        .arg(version)
                        .arg(query.lastError().text(), statement.left(200));
                query.finish();
                db.rollback();
                return Error{message};
            }
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString message = QCoreApplication::translate("Database", "Could not record schema version %1: %2")
                                        .arg(version)
                                        .arg(db.lastError().text());
            db.rollback();
            return Error{message};
        }
    }
    return {};
}

} // namespace creditdesk
