#include "SearchIndexSuspension.h"

#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace creditdesk {

namespace {

/// The search indexes of subjects, identifiers and listings: used by search, screening and the
/// statistics pages, never by an import's own look-ups (those use the unique indexes and
/// listing_by_subject, measure_application_by_listing, which stay). Indexes whose entries for
/// new rows all come last (subject_identifier_by_subject, exchange_key_by_local: by the new,
/// rising ids) stay too: appending to them costs less than sorting them again.
const char *const suspendedIndexes[] = {
    "subject_by_name_key",
    "subject_by_name_first_character",
    "subject_by_name_first_two_characters",
    "subject_by_pinyin_key",
    "subject_by_initials_key",
    "subject_by_latest_decision",
    "subject_by_region",
    "subject_by_legal_representative_key",
    "subject_identifier_by_suffix",
    "subject_identifier_by_organisation_code",
    "subject_identifier_resident_by_suffix",
    "listing_by_court",
    "listing_by_decision_date",
    "listing_fixed_period_in_force",
    "listing_under_objection",
};

/// Per-row insert triggers whose work restore() does once for all new rows.
const char *const suspendedTriggers[] = {"subject_name_search_insert", "subject_latest_decision_insert"};

Result<qint64> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return Error{QStringLiteral("%1: %2").arg(statement, sql::reasonOf(query.lastError()))};
    return query.value(0).toLongLong();
}

} // namespace

SearchIndexSuspension::SearchIndexSuspension(QSqlDatabase db) : m_db(std::move(db)) {}

bool SearchIndexSuspension::worthwhile(qint64 records, qint64 subjectsInCache)
{
    return records >= 20000 && records >= subjectsInCache;
}

Result<qint64> SearchIndexSuspension::subjectCount() const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM subject"));
}

Status SearchIndexSuspension::suspend()
{
    auto lastSubject = scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM subject"));
    auto lastListing = scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM listing"));
    if (!lastSubject || !lastListing)
        return Error{!lastSubject ? lastSubject.error() : lastListing.error()};
    m_lastSubjectBefore = lastSubject.value();
    m_lastListingBefore = lastListing.value();
    QSqlQuery definition(m_db);
    if (const Status prepared =
            sql::prepare(definition, QStringLiteral("SELECT type, sql FROM sqlite_master WHERE name = ?"));
        !prepared)
        return prepared;
    auto drop = [&](const char *name) -> Status {
        definition.bindValue(0, QString::fromLatin1(name));
        if (const Status status = sql::exec(definition, QT_TRANSLATE_NOOP("Database", "read an index definition"));
            !status)
            return status;
        if (!definition.next())
            return {}; // not in this schema version
        const QString type = definition.value(0).toString();
        m_definitions.append(definition.value(1).toString());
        definition.finish();
        return sql::run(m_db, QStringLiteral("DROP %1 %2").arg(type, QString::fromLatin1(name)),
                        QT_TRANSLATE_NOOP("Database", "suspend an index for a large write"));
    };
    for (const char *trigger : suspendedTriggers)
        if (const Status status = drop(trigger); !status)
            return status;
    for (const char *index : suspendedIndexes)
        if (const Status status = drop(index); !status)
            return status;
    m_suspended = true;
    return {};
}

Status SearchIndexSuspension::restore(bool latestDecisionsSet)
{
    if (!m_suspended)
        return {};
    // What the two triggers would have done row by row, for the rows after the last before. This
    // holds because an import never updates a subject it inserted (a package names each subject
    // once): the kept update trigger of the name search would otherwise delete an entry that was
    // never added.
    const struct
    {
        const char *statement;
        qint64 lastBefore;
        const char *purpose;
        bool needed;
    } catchUps[] = {
        {"INSERT INTO subject_name_search(rowid, name_key, legal_representative_key) SELECT id, name_key, "
         "legal_representative_key FROM subject WHERE id > ?",
         m_lastSubjectBefore, QT_TRANSLATE_NOOP("Database", "add the name-search entries of new subjects"), true},
        {"UPDATE subject SET latest_decision = added.latest FROM (SELECT subject_id, max(decision_date) AS latest "
         "FROM listing WHERE id > ? GROUP BY subject_id) AS added WHERE subject.id = added.subject_id AND "
         "subject.latest_decision < added.latest",
         m_lastListingBefore, QT_TRANSLATE_NOOP("Database", "update the latest decision dates"), !latestDecisionsSet},
    };
    for (const auto &catchUp : catchUps) {
        if (!catchUp.needed)
            continue;
        QSqlQuery query(m_db);
        if (const Status prepared = sql::prepare(query, QString::fromLatin1(catchUp.statement)); !prepared)
            return prepared;
        query.bindValue(0, catchUp.lastBefore);
        if (const Status status = sql::exec(query, catchUp.purpose); !status)
            return status;
    }
    // SQLite sorts the entries of each index on as many threads as there are cores; the
    // connection's setting is put back on every path (a rollback would not undo it).
    const auto threadsBefore = scalar(m_db, QStringLiteral("PRAGMA threads"));
    if (!threadsBefore)
        return Error{threadsBefore.error()};
    const auto setThreads = [this](qint64 threads) {
        return sql::run(m_db, QStringLiteral("PRAGMA threads = %1").arg(threads),
                        QT_TRANSLATE_NOOP("Database", "set the sorting threads"));
    };
    if (const Status status = setThreads(std::max<qint64>(threadsBefore.value(), QThread::idealThreadCount())); !status)
        return status;
    Status rebuilt;
    for (const QString &statement : std::as_const(m_definitions))
        if (rebuilt = sql::run(m_db, statement, QT_TRANSLATE_NOOP("Database", "rebuild an index after a large write"));
            !rebuilt)
            break;
    const Status reset = setThreads(threadsBefore.value());
    if (!rebuilt)
        return rebuilt;
    if (!reset)
        return reset;
    m_definitions.clear();
    m_suspended = false;
    return {};
}

} // namespace creditdesk
