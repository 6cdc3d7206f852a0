#include "SearchEngine.h"

#include "NameKey.h"
#include "store/ListingSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace creditdesk {

namespace {

QString sortExpression(SearchSort sort)
{
    switch (sort) {
    case SearchSort::Name:
        return QStringLiteral("s.name_key");
    case SearchSort::Kind:
        return QStringLiteral("s.kind");
    case SearchSort::Identifier:
        return QStringLiteral("coalesce((SELECT value FROM subject_identifier i WHERE i.subject_id = s.id "
                              "ORDER BY i.type LIMIT 1), '')");
    case SearchSort::Region:
        return QStringLiteral("coalesce(s.region_code, '')");
    case SearchSort::Active:
        return QStringLiteral("EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND ")
               + sql::listingInForceCondition() + u')';
    case SearchSort::ListingCount:
        return QStringLiteral("(SELECT count(*) FROM listing l WHERE l.subject_id = s.id)");
    case SearchSort::LatestDecision:
        return QStringLiteral("coalesce((SELECT max(decision_date) FROM listing l WHERE l.subject_id = s.id), '')");
    }
    return QStringLiteral("s.name_key");
}

/// The WHERE condition that selects the matching subjects, by an indexed path only.
QString matchCondition(const ClassifiedQuery &query)
{
    switch (query.kind) {
    case ClassifiedQuery::Kind::Identifier:
        return QStringLiteral("s.id IN (SELECT subject_id FROM subject_identifier "
                              "WHERE type IN (1, 2, 3, 4) AND value = :value)");
    case ClassifiedQuery::Kind::IdentifierPrefix:
        return QStringLiteral("s.id IN (SELECT subject_id FROM subject_identifier "
                              "WHERE type IN (1, 2, 3, 4) AND value >= :value AND value < :upper)");
    case ClassifiedQuery::Kind::CaseNumber:
        return QStringLiteral("s.id IN (SELECT subject_id FROM listing WHERE case_number = :value)");
    case ClassifiedQuery::Kind::Name:
        if (NameKeyBuilder::characterCount(query.value) < 3) {
            // The trigram index cannot answer 1-2 characters: use the B-tree range on the key.
            return QStringLiteral("s.name_key >= :value AND s.name_key < :upper");
        }
        return QStringLiteral(
            "s.id IN (SELECT rowid FROM subject_name_search WHERE name_key LIKE :pattern "
            "UNION SELECT rowid FROM subject_name_search WHERE legal_representative_key LIKE :pattern)");
    case ClassifiedQuery::Kind::Empty:
    case ClassifiedQuery::Kind::Invalid:
        break;
    }
    return {};
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<SearchRow>> SearchEngine::page(const ClassifiedQuery &query, SearchSort sort, Qt::SortOrder order,
                                            const SearchCursor &after, int limit, const QDate &today) const
{
    QList<SearchRow> rows;
    const QString condition = matchCondition(query);
    if (condition.isEmpty())
        return rows;

    const QString sortValue = sortExpression(sort);
    const bool descending = order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString statement =
        QStringLiteral("SELECT s.id, s.kind, s.name, "
                       "(SELECT type FROM subject_identifier i WHERE i.subject_id = s.id ORDER BY i.type LIMIT 1), "
                       "(SELECT value FROM subject_identifier i WHERE i.subject_id = s.id ORDER BY i.type LIMIT 1), "
                       "r.name, "
                       "EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND ")
        + sql::listingInForceCondition()
        + QStringLiteral("), (SELECT count(*) FROM listing l WHERE l.subject_id = s.id), "
                         "(SELECT max(decision_date) FROM listing l WHERE l.subject_id = s.id), "
                         "s.legal_representative, ")
        + sortValue
        + QStringLiteral(" AS sort_value FROM subject s LEFT JOIN region r ON r.code = s.region_code WHERE ")
        + condition;
    if (after.valid)
        statement += QStringLiteral(" AND (sort_value, s.id) ") + (descending ? u'<' : u'>')
                     + QStringLiteral(" (:after_value, :after_id)");
    statement += QStringLiteral(" ORDER BY sort_value") + direction + QStringLiteral(", s.id") + direction
                 + QStringLiteral(" LIMIT :limit");

    QSqlQuery sqlQuery(m_db);
    sqlQuery.setForwardOnly(true);
    if (!sqlQuery.prepare(statement))
        return Error{
            QCoreApplication::translate("Search", "The search could not run: %1").arg(sqlQuery.lastError().text())};
    sqlQuery.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (statement.contains(QLatin1String(":value")))
        sqlQuery.bindValue(QStringLiteral(":value"), query.value);
    if (statement.contains(QLatin1String(":upper")))
        sqlQuery.bindValue(QStringLiteral(":upper"), QString(query.value + QString::fromUcs4(U"\U0010FFFF")));
    if (statement.contains(QLatin1String(":pattern")))
        sqlQuery.bindValue(QStringLiteral(":pattern"), QString(u'%' + query.value + u'%'));
    if (after.valid) {
        sqlQuery.bindValue(QStringLiteral(":after_value"), after.sortValue);
        sqlQuery.bindValue(QStringLiteral(":after_id"), after.subjectId);
    }
    sqlQuery.bindValue(QStringLiteral(":limit"), limit);
    if (!sqlQuery.exec())
        return Error{
            QCoreApplication::translate("Search", "The search could not run: %1").arg(sqlQuery.lastError().text())};
    while (sqlQuery.next()) {
        SearchRow row;
        row.subjectId = sqlQuery.value(0).toLongLong();
        row.kind = static_cast<SubjectKind>(sqlQuery.value(1).toInt());
        row.name = sqlQuery.value(2).toString();
        row.identifierType = static_cast<IdentifierType>(sqlQuery.value(3).toInt());
        row.identifier = sqlQuery.value(4).toString();
        row.regionName = sqlQuery.value(5).toString();
        row.active = sqlQuery.value(6).toBool();
        row.listingCount = sqlQuery.value(7).toInt();
        row.latestDecision = QDate::fromString(sqlQuery.value(8).toString(), Qt::ISODate);
        row.legalRepresentative = sqlQuery.value(9).toString();
        row.sortValue = sqlQuery.value(10);
        rows.append(row);
    }
    return rows;
}

} // namespace creditdesk
