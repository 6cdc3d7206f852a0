#include "Migrations.h"

#include "CalendarRepository.h"
#include "NoticeRepository.h"
#include "RepairRepository.h"
#include "Sql.h"
#include "StatisticsRepository.h"
#include "search/PhoneticKeyBackfill.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace creditdesk {

namespace {

// Index i holds the script that brings the schema to version i + 1. Never edit a shipped
// script: add a new one.
constexpr std::array<const char *, 20> scripts = {
    ":/sql/001_core.sql",
    ":/sql/002_search_keys.sql",
    ":/sql/003_access.sql",
    ":/sql/004_ranked_search.sql",
    ":/sql/005_objections.sql",
    ":/sql/006_repair.sql",
    ":/sql/007_screening.sql",
    ":/sql/008_screening_review.sql",
    ":/sql/009_statistics.sql",
    ":/sql/010_notices.sql",
    ":/sql/011_notice_cases.sql",
    ":/sql/012_exchange.sql",
    ":/sql/013_sync.sql",
    ":/sql/014_feedback_sync.sql",
    ":/sql/015_repair_sync.sql",
    ":/sql/016_exit_sync.sql",
    ":/sql/017_correction_sync.sql",
    ":/sql/018_whitelist_sync.sql",
    ":/sql/019_creditor_deletions.sql",
    ":/sql/020_office_key.sql",
};

/// Work a migration needs beyond SQL, run after its script in the same transaction.
Status afterScript(int version, QSqlDatabase &db)
{
    if (version == 4)
        return PhoneticKeyBackfill::fill(db);
    if (version == 5)
        return CalendarRepository(db).installBundled();
    if (version == 6)
        return RepairRepository(db).installBundled();
    if (version == 9)
        return StatisticsRepository(db).rebuild();
    if (version == 10 || version == 11)
        return NoticeRepository(db).installBundled();
    return {};
}

/// The database's schema version, or -1 with the reason in \a failure.
int storedVersion(const QSqlDatabase &db, QString &failure)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    failure = sql::reasonOf(query.lastError());
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
    // Each step takes the write lock first and reads the version under it, so two processes
    // opening the same new file never apply a migration twice.
    for (;;) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error{QCoreApplication::translate("Database", "Could not start the migration: %1")
                             .arg(sql::reasonOf(begin.lastError()))};
        auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        QString failure;
        const int version = storedVersion(db, failure) + 1;
        if (version <= 0) {
            rollback();
            return Error{QCoreApplication::translate("Database", "Could not read the schema version: %1").arg(failure)};
        }
        if (version > targetVersion) {
            rollback();
            return {};
        }
        QFile file(QString::fromLatin1(scripts[static_cast<size_t>(version - 1)]));
        if (!file.open(QIODevice::ReadOnly)) {
            rollback();
            return Error{QCoreApplication::translate("Database",
                                                     "The migration script for version %1 is missing from this build.")
                             .arg(version)};
        }
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : statements(script)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString message =
                    QCoreApplication::translate("Database", "Migration to schema version %1 failed: %2\nStatement: %3")
                        .arg(version)
                        .arg(sql::reasonOf(query.lastError()), statement.left(200));
                query.finish();
                rollback();
                return Error{message};
            }
        }
        if (const Status extra = afterScript(version, db); !extra) {
            rollback();
            return Error{QCoreApplication::translate("Database", "Migration to schema version %1 failed: %2")
                             .arg(version)
                             .arg(extra.error())};
        }
        QSqlQuery setVersion(db);
        QSqlQuery commit(db);
        const bool versionSet = setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!versionSet || !commit.exec(QStringLiteral("COMMIT"))) {
            const QString message = QCoreApplication::translate("Database", "Could not record schema version %1: %2")
                                        .arg(version)
                                        .arg(sql::reasonOf(versionSet ? commit.lastError() : setVersion.lastError()));
            rollback();
            return Error{message};
        }
    }
}

} // namespace creditdesk
