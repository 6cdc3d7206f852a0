#include "ListingExitRepository.h"

#include "ListingSql.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace creditdesk {

using sql::dateOf;
using sql::dateOrNull;
using sql::textOf;

ListingExitRepository::ListingExitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<Listing> ListingExitRepository::findListing(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM listing l WHERE l.id = ?").arg(sql::listingColumns()));
    query.addBindValue(listingId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sql::readListing(query);
}

Result<qint64> ListingExitRepository::insertListing(const Listing &listing, const QString &creditor)
{
    const QString now = sql::nowUtc();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO listing (subject_id, court_code, case_number, basis_document, "
                                 "basis_issuer, obligation, performance, ground, filing_date, decision_date, "
                                 "period_months, extension_months, state, created_at, updated_at, creditor) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?, ?)"));
    query.addBindValue(listing.subjectId);
    query.addBindValue(listing.courtCode);
    query.addBindValue(listing.caseNumber);
    query.addBindValue(listing.basisDocument);
    query.addBindValue(listing.basisIssuer);
    query.addBindValue(listing.obligation);
    query.addBindValue(listing.performance);
    query.addBindValue(static_cast<int>(listing.ground));
    query.addBindValue(dateOrNull(listing.filingDate));
    query.addBindValue(listing.decisionDate.toString(Qt::ISODate));
    query.addBindValue(listing.periodMonths);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(creditor.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(creditor));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a listing")); !status)
        return Error{status.error()};
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery event(m_db);
    event.prepare(
        QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state) VALUES (?, ?, 1, 1)"));
    event.addBindValue(id);
    event.addBindValue(listing.decisionDate.toString(Qt::ISODate));
    if (const Status status = sql::exec(event, QT_TRANSLATE_NOOP("Database", "record the listing in its history"));
        !status)
        return Error{status.error()};
    return id;
}

Result<bool> ListingExitRepository::courtExists(const QString &courtCode) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM court WHERE code = ?"));
    query.addBindValue(courtCode);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find a court")); !status)
        return Error{status.error()};
    return query.next();
}

Result<bool> ListingExitRepository::caseListed(qint64 subjectId, const QString &caseNumber) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM listing WHERE case_number = ? AND subject_id = ?"));
    query.addBindValue(caseNumber);
    query.addBindValue(subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find a listing by case number")); !status)
        return Error{status.error()};
    return query.next();
}

Result<bool> ListingExitRepository::leaveList(qint64 listingId, qint64 expectedVersion, PublicationState state,
                                              DeletionEvent event, const QDate &on, const QString &note)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET state = ?, state_date = ?, deletion_event = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND state IN (1, 2)"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(static_cast<int>(event));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(listingId);
    query.addBindValue(expectedVersion);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "take a listing off the list")); !status)
        return Error{status.error()};
    if (query.numRowsAffected() != 1)
        return false;
    QSqlQuery history(m_db);
    history.prepare(QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, "
                                   "note) VALUES (?, ?, ?, ?, ?, ?)"));
    history.addBindValue(listingId);
    history.addBindValue(on.toString(Qt::ISODate));
    history.addBindValue(state == PublicationState::Revoked ? 4 : 5); // listing event kinds: 4 revoked, 5 deleted
    history.addBindValue(static_cast<int>(state));
    history.addBindValue(static_cast<int>(event));
    history.addBindValue(note);
    if (const Status status =
            sql::exec(history, QT_TRANSLATE_NOOP("Database", "record the change in the listing history"));
        !status)
        return Error{status.error()};
    return true;
}

Result<qint64> ListingExitRepository::insertExit(const ListingExit &exit, const QString &creditorKey, int stateBefore,
                                                 const QJsonArray &lifted)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO listing_exit (listing_id, kind, deletion_event, court_decided_on, "
                                 "due_on, mirrored_on, document_number, creditor, creditor_key, reason, recorded_by, "
                                 "recorded_at, from_desk, state_before, lifted) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(exit.listingId);
    query.addBindValue(static_cast<int>(exit.kind));
    query.addBindValue(static_cast<int>(exit.event));
    query.addBindValue(exit.courtDecidedOn.toString(Qt::ISODate));
    query.addBindValue(exit.dueOn.toString(Qt::ISODate));
    query.addBindValue(exit.mirroredOn.toString(Qt::ISODate));
    query.addBindValue(textOf(exit.documentNumber));
    query.addBindValue(textOf(exit.creditor));
    query.addBindValue(textOf(creditorKey));
    query.addBindValue(textOf(exit.reason));
    query.addBindValue(exit.recordedBy);
    query.addBindValue(exit.recordedAt.isEmpty() ? sql::nowUtc() : exit.recordedAt);
    query.addBindValue(exit.fromDesk.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(exit.fromDesk));
    query.addBindValue(stateBefore > 0 ? QVariant(stateBefore) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(lifted).toJson(QJsonDocument::Compact)));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the court's decision")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

namespace {

const QString exitColumns =
    QStringLiteral("e.id, e.listing_id, l.case_number, e.kind, e.deletion_event, e.court_decided_on, e.due_on, "
                   "e.mirrored_on, e.document_number, e.creditor, e.reason, e.recorded_by, e.recorded_at, "
                   "e.from_desk, e.refused_at, e.state_before, e.lifted");
const QString exitFrom = QStringLiteral(" FROM listing_exit e JOIN listing l ON l.id = e.listing_id ");

ListingExit readExit(const QSqlQuery &query)
{
    ListingExit exit;
    exit.id = query.value(0).toLongLong();
    exit.listingId = query.value(1).toLongLong();
    exit.caseNumber = query.value(2).toString();
    exit.kind = static_cast<ListingExitKind>(query.value(3).toInt());
    exit.event = static_cast<DeletionEvent>(query.value(4).toInt());
    exit.courtDecidedOn = dateOf(query.value(5));
    exit.dueOn = dateOf(query.value(6));
    exit.mirroredOn = dateOf(query.value(7));
    exit.documentNumber = query.value(8).toString();
    exit.creditor = query.value(9).toString();
    exit.reason = query.value(10).toString();
    exit.recordedBy = query.value(11).toString();
    exit.recordedAt = query.value(12).toString();
    exit.fromDesk = query.value(13).toString();
    exit.refusedAt = query.value(14).toString();
    return exit;
}

} // namespace

Result<QList<ListingExit>> ListingExitRepository::exitsOf(qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + exitColumns + exitFrom
                  + QStringLiteral("WHERE l.subject_id = ? ORDER BY e.mirrored_on DESC, e.id DESC"));
    query.addBindValue(subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the court's decisions")); !status)
        return Error{status.error()};
    QList<ListingExit> exits;
    while (query.next())
        exits.append(readExit(query));
    return exits;
}

Result<std::optional<ListingExitRepository::StoredExit>> ListingExitRepository::findExit(qint64 exitId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + exitColumns + exitFrom + QStringLiteral("WHERE e.id = ?"));
    query.addBindValue(exitId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a mirror of the court's decision"));
        !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<StoredExit>();
    return std::optional<StoredExit>(StoredExit{readExit(query), query.value(15).toInt(),
                                                QJsonDocument::fromJson(query.value(16).toByteArray()).array()});
}

Result<std::optional<ListingExit>> ListingExitRepository::exitFromAnotherDesk(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + exitColumns + exitFrom
                  + QStringLiteral("WHERE e.listing_id = ? AND e.from_desk IS NOT NULL AND e.refused_at IS NULL "
                                   "ORDER BY e.id DESC LIMIT 1"));
    query.addBindValue(listingId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find another desk's mirror")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<ListingExit>();
    return std::optional<ListingExit>(readExit(query));
}

Result<bool> ListingExitRepository::refuseExit(qint64 exitId, const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing_exit SET refused_at = ? WHERE id = ? AND refused_at IS NULL"));
    query.addBindValue(at);
    query.addBindValue(exitId);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "mark a mirror refused by the central server"));
        !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<bool> ListingExitRepository::returnToList(qint64 listingId, PublicationState offState, PublicationState state,
                                                 const QDate &on, const QString &note)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET state = ?, state_date = ?, deletion_event = 0, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND state = ?"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(listingId);
    query.addBindValue(static_cast<int>(offState));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "put a listing back on the list"));
        !status)
        return Error{status.error()};
    if (query.numRowsAffected() != 1)
        return false;
    QSqlQuery history(m_db);
    history.prepare(QStringLiteral(
        "INSERT INTO listing_event (listing_id, occurred_on, kind, state, note) VALUES (?, ?, ?, ?, ?)"));
    history.addBindValue(listingId);
    history.addBindValue(on.toString(Qt::ISODate));
    history.addBindValue(state == PublicationState::Masked ? 2 : 3); // listing event kinds: 2 masked, 3 restored
    history.addBindValue(static_cast<int>(state));
    history.addBindValue(note);
    if (const Status status =
            sql::exec(history, QT_TRANSLATE_NOOP("Database", "record the listing's return in its history"));
        !status)
        return Error{status.error()};
    return true;
}

Result<std::optional<QDate>> ListingExitRepository::lastDeletionOnRequestOf(qint64 subjectId,
                                                                            const QString &creditorKey,
                                                                            const QDate &onOrBefore) const
{
    QSqlQuery query(m_db);
    if (const Status prepared = sql::prepare(query, sql::lastCreditorDeletionQuery()); !prepared)
        return Error{prepared.error()};
    return sql::findLastCreditorDeletion(query, subjectId, creditorKey, onOrBefore);
}

Result<QList<ListingExitRepository::Expired>> ListingExitRepository::periodEnded(const QDate &today, int limit) const
{
    // The partial index holds published fixed-period listings by decision date; the shortest
    // period is 24 months, so only listings decided at least that long ago are read. SQLite's
    // month arithmetic differs from the civil-law rule at month ends, so a few days' margin is
    // read and the exact end is computed here.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1, s.name FROM listing l INDEXED BY listing_fixed_period_in_force "
                                 "JOIN subject s ON s.id = l.subject_id "
                                 "WHERE l.state IN (1, 2) AND l.period_months > 0 "
                                 "AND l.decision_date <= date(:today, '-24 months', '+3 days') "
                                 "AND l.decision_date <= date(:today, '-' || (l.period_months + l.extension_months) "
                                 "|| ' months', '+3 days') ORDER BY l.decision_date, l.id")
                      .arg(sql::listingColumns()));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find listings whose period ended"));
        !status)
        return Error{status.error()};
    QList<Expired> result;
    while (query.next() && result.size() < limit) {
        Expired entry{sql::readListing(query), query.value(12).toString()};
        const QDate end = entry.listing.periodEnd();
        if (end.isValid() && end < today)
            result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const Expired &a, const Expired &b) { return a.listing.periodEnd() < b.listing.periodEnd(); });
    return result;
}

} // namespace creditdesk
