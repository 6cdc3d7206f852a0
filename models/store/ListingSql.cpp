#include "ListingSql.h"

#include "Sql.h"

#include <QVariant>

namespace creditdesk::sql {

QString listingInForceCondition()
{
    return QStringLiteral(
        "(l.state IN (1, 2) AND (l.period_months = 0 OR :today <= min("
        "date(l.decision_date, 'start of month', '+' || (l.period_months + l.extension_months) || ' months', "
        "'+' || (CAST(substr(l.decision_date, 9, 2) AS INTEGER) - 1) || ' days'), "
        "date(l.decision_date, 'start of month', '+' || (l.period_months + l.extension_months + 1) || ' months', "
        "'-1 day'))))");
}

QString lastCreditorDeletionQuery()
{
    // Deletions (kind 2 of an exit, event kind 5 of the history) on the creditor's application (3).
    return QStringLiteral(
        "SELECT max(day) FROM (SELECT e.court_decided_on AS day FROM listing_exit e JOIN listing l ON "
        "l.id = e.listing_id WHERE l.subject_id = ? AND e.kind = 2 AND e.deletion_event = 3 AND "
        "e.creditor_key = ? AND e.refused_at IS NULL AND e.court_decided_on <= ? UNION ALL SELECT "
        "v.occurred_on FROM listing_event v JOIN listing l ON l.id = v.listing_id WHERE "
        "l.subject_id = ? AND v.kind = 5 AND v.deletion_event = 3 AND v.creditor_key = ? AND "
        "v.occurred_on <= ?)");
}

Result<std::optional<QDate>> findLastCreditorDeletion(QSqlQuery &query, qint64 subjectId, const QString &creditorKey,
                                                      const QDate &onOrBefore)
{
    for (int part = 0; part < 2; ++part) {
        query.bindValue(part * 3, subjectId);
        query.bindValue(part * 3 + 1, creditorKey);
        query.bindValue(part * 3 + 2, onOrBefore.toString(Qt::ISODate));
    }
    if (const Status status = exec(query, QT_TRANSLATE_NOOP("Database", "find deletions on a creditor's request"));
        !status)
        return Error{status.error()};
    if (query.next() && !query.value(0).isNull())
        return std::optional<QDate>(dateOf(query.value(0)));
    return std::optional<QDate>();
}

QString listingColumns()
{
    return QStringLiteral("l.id, l.subject_id, l.court_code, l.case_number, l.ground, l.decision_date, "
                          "l.period_months, l.extension_months, l.state, l.state_date, l.deletion_event, "
                          "l.row_version");
}

Listing readListing(const QSqlQuery &query)
{
    Listing listing;
    listing.id = query.value(0).toLongLong();
    listing.subjectId = query.value(1).toLongLong();
    listing.courtCode = query.value(2).toString();
    listing.caseNumber = query.value(3).toString();
    listing.ground = static_cast<ListingGround>(query.value(4).toInt());
    listing.decisionDate = dateOf(query.value(5));
    listing.periodMonths = query.value(6).toInt();
    listing.extensionMonths = query.value(7).toInt();
    listing.state = static_cast<PublicationState>(query.value(8).toInt());
    listing.stateDate = dateOf(query.value(9));
    listing.deletionEvent = static_cast<DeletionEvent>(query.value(10).toInt());
    listing.rowVersion = query.value(11).toLongLong();
    return listing;
}

} // namespace creditdesk::sql
