#include "ScreeningIndex.h"

#include "store/ListingSql.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace creditdesk {

namespace {

enum Slot {
    IdentifierSlot,
    OrganisationCodeSlot,
    NameKeySlot,
    IdentifierSuffixSlot,
    IdentifierPrefixSlot,
    LegalRepresentativeSlot,
    SubjectSlot,
};

constexpr std::size_t maximumCachedCandidates = 50000;

} // namespace

ScreeningIndex::ScreeningIndex(QSqlDatabase db, const QDate &today) : m_db(std::move(db)), m_today(today) {}

ScreeningIndex::~ScreeningIndex() = default;

Result<QSqlQuery *> ScreeningIndex::prepared(int slot, const QString &statement)
{
    auto found = m_statements.find(slot);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return Error{sql::failure(QT_TRANSLATE_NOOP("Database", "prepare a screening look-up"),
                                      sql::reasonOf(query->lastError()))};
        found = m_statements.emplace(slot, std::move(query)).first;
    }
    return found->second.get();
}

Result<QList<qint64>> ScreeningIndex::ids(QSqlQuery *query)
{
    if (const Status status = sql::exec(*query, QT_TRANSLATE_NOOP("Database", "screening lookup")); !status)
        return Error{status.error()};
    QList<qint64> result;
    while (query->next())
        result.append(query->value(0).toLongLong());
    query->finish();
    return result;
}

Result<QList<qint64>> ScreeningIndex::byIdentifier(IdentifierType type, const QString &value)
{
    auto query = prepared(IdentifierSlot,
                          QStringLiteral("SELECT subject_id FROM subject_identifier WHERE type = ? AND value = ?"));
    if (!query)
        return Error{query.error()};
    query.value()->bindValue(0, static_cast<int>(type));
    query.value()->bindValue(1, value);
    return ids(query.value());
}

Result<QList<qint64>> ScreeningIndex::byOrganisationCode(const QString &organisationCode)
{
    auto query =
        prepared(OrganisationCodeSlot, QStringLiteral("SELECT subject_id FROM subject_identifier WHERE type = 2 AND "
                                                      "substr(value, 9, 9) = ? LIMIT 20"));
    if (!query)
        return Error{query.error()};
    query.value()->bindValue(0, organisationCode);
    return ids(query.value());
}

Result<QList<NamedCandidate>> ScreeningIndex::named(QSqlQuery *query)
{
    if (const Status status = sql::exec(*query, QT_TRANSLATE_NOOP("Database", "screening lookup")); !status)
        return Error{status.error()};
    QList<NamedCandidate> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), static_cast<SubjectKind>(query->value(1).toInt()),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString()});
    query->finish();
    return result;
}

Result<QList<NamedCandidate>> ScreeningIndex::byNameKey(const QString &nameKey, int limit)
{
    auto query = prepared(
        NameKeySlot,
        QStringLiteral("SELECT s.id, s.kind, s.name_key, coalesce(i.value, ''), coalesce(s.legal_representative_key, "
                       "'') FROM (SELECT id FROM (SELECT id FROM subject WHERE name_key = :key LIMIT :limit) UNION "
                       "SELECT subject_id FROM (SELECT subject_id FROM subject_alias WHERE name_key = :key LIMIT "
                       ":limit)) found JOIN subject s ON s.id = found.id LEFT JOIN subject_identifier i ON "
                       "i.subject_id = s.id AND i.type = 1"));
    if (!query)
        return Error{query.error()};
    query.value()->bindValue(QStringLiteral(":key"), nameKey);
    query.value()->bindValue(QStringLiteral(":limit"), limit);
    return named(query.value());
}

Result<QList<std::pair<qint64, QString>>> ScreeningIndex::nearIdentifiers(const QString &idNumber,
                                                                          const QString &nameKey)
{
    QList<std::pair<qint64, QString>> result;
    if (nameKey.isEmpty() || idNumber.size() != 18)
        return result; // the matcher takes a near ID only with the name
    auto collect = [&](QSqlQuery *query) -> Status {
        if (const Status status = sql::exec(*query, QT_TRANSLATE_NOOP("Database", "screening lookup")); !status)
            return status;
        while (query->next())
            result.append({query->value(0).toLongLong(), query->value(1).toString()});
        query->finish();
        return {};
    };
    // An ID is region (6), birth date (8), sequence and check (4). A slip or a mask leaves at
    // least two of the three parts whole: the same last four with the same region or the same
    // birth date (checked on the covering suffix index, inside SQLite), or the same first
    // fourteen.
    const QString last4 = idNumber.right(4);
    const QString region = idNumber.left(6);
    const QString birth = idNumber.mid(6, 8);
    if (!last4.contains(u'*')) {
        auto bySuffix = prepared(IdentifierSuffixSlot,
                                 QStringLiteral("SELECT subject_id, value FROM subject_identifier WHERE substr(value, "
                                                "-4) = :last4 AND type = 1 AND ((value >= :region AND value < "
                                                ":regionEnd) OR substr(value, 7, 8) = :birth) LIMIT 200"));
        if (!bySuffix)
            return Error{bySuffix.error()};
        bySuffix.value()->bindValue(QStringLiteral(":last4"), last4);
        // A masked part binds a value nothing equals (NULL).
        bySuffix.value()->bindValue(QStringLiteral(":region"), region.contains(u'*') ? QVariant() : QVariant(region));
        bySuffix.value()->bindValue(QStringLiteral(":regionEnd"),
                                    region.contains(u'*') ? QVariant() : QVariant(QString(region + u'~')));
        bySuffix.value()->bindValue(QStringLiteral(":birth"), birth.contains(u'*') ? QVariant() : QVariant(birth));
        if (const Status status = collect(bySuffix.value()); !status)
            return Error{status.error()};
    }
    const QString first14 = idNumber.left(14);
    if (!first14.contains(u'*')) {
        auto byPrefix =
            prepared(IdentifierPrefixSlot, QStringLiteral("SELECT subject_id, value FROM subject_identifier "
                                                          "WHERE type = 1 AND value >= :low AND value < :high "
                                                          "LIMIT 200"));
        if (!byPrefix)
            return Error{byPrefix.error()};
        byPrefix.value()->bindValue(QStringLiteral(":low"), first14);
        byPrefix.value()->bindValue(QStringLiteral(":high"), QString(first14 + u'~'));
        if (const Status status = collect(byPrefix.value()); !status)
            return Error{status.error()};
    }
    return result;
}

Result<QList<std::pair<qint64, QString>>> ScreeningIndex::byLegalRepresentativeKey(const QString &key,
                                                                                   const QString &nameKey, int limit)
{
    auto query = prepared(
        LegalRepresentativeSlot,
        QStringLiteral("SELECT id, name_key FROM subject WHERE legal_representative_key = :key AND (name_key = :name "
                       "OR instr(name_key, :name) > 0 OR instr(:name, name_key) > 0 OR (length(:name) >= 4 AND "
                       "substr(name_key, 1, 4) = substr(:name, 1, 4))) LIMIT :limit"));
    if (!query)
        return Error{query.error()};
    query.value()->bindValue(QStringLiteral(":key"), key);
    query.value()->bindValue(QStringLiteral(":name"), nameKey);
    query.value()->bindValue(QStringLiteral(":limit"), limit);
    if (const Status status = sql::exec(*query.value(), QT_TRANSLATE_NOOP("Database", "screening lookup")); !status)
        return Error{status.error()};
    QList<std::pair<qint64, QString>> result;
    while (query.value()->next())
        result.append({query.value()->value(0).toLongLong(), query.value()->value(1).toString()});
    query.value()->finish();
    return result;
}

Result<ScreeningCandidate> ScreeningIndex::candidate(qint64 subjectId)
{
    if (const auto found = m_candidates.find(subjectId); found != m_candidates.end())
        return found->second;
    // One statement: the subject with each of its listings (one index range), whether it is in
    // force, and its date; the newest listing (in force first) is picked here.
    auto subject = prepared(
        SubjectSlot,
        QStringLiteral(
            "SELECT s.kind, s.name, s.name_key, s.legal_representative, s.legal_representative_key, "
            "s.pinyin_key, l.id, l.case_number, l.decision_date, CASE WHEN l.id IS NULL THEN 0 WHEN %1 "
            "THEN 1 ELSE 0 END FROM subject s LEFT JOIN listing l ON l.subject_id = s.id WHERE s.id = :subject")
            .arg(sql::listingInForceCondition()));
    if (!subject)
        return Error{subject.error()};
    QSqlQuery &query = *subject.value();
    query.bindValue(QStringLiteral(":today"), m_today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":subject"), subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a candidate")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "Subject %1 is not in the database.").arg(subjectId)};
    ScreeningCandidate candidate;
    candidate.subjectId = subjectId;
    candidate.kind = static_cast<SubjectKind>(query.value(0).toInt());
    candidate.name = query.value(1).toString();
    candidate.nameKey = query.value(2).toString();
    candidate.legalRepresentative = query.value(3).toString();
    candidate.legalRepresentativeKey = query.value(4).toString();
    candidate.pinyinKey = query.value(5).toString();
    QString newestDate;
    bool newestInForce = false;
    do {
        if (query.value(6).isNull())
            continue;
        const qint64 listingId = query.value(6).toLongLong();
        const bool inForce = query.value(9).toInt() == 1;
        const QString decided = query.value(8).toString();
        ++candidate.listingsInAll;
        candidate.listingsInForce += inForce ? 1 : 0;
        const bool newer = candidate.listingId == 0 || (inForce && !newestInForce)
                           || (inForce == newestInForce
                               && (decided > newestDate || (decided == newestDate && listingId > candidate.listingId)));
        if (newer) {
            candidate.listingId = listingId;
            candidate.caseNumber = query.value(7).toString();
            newestDate = decided;
            newestInForce = inForce;
        }
    } while (query.next());
    query.finish();
    if (m_candidates.size() >= maximumCachedCandidates)
        m_candidates.clear();
    m_candidates.emplace(subjectId, candidate);
    return candidate;
}

Result<QString> ScreeningIndex::snapshot() const
{
    // Every change of a listing is audited, so the journal's head and the newest listing say
    // which list was screened without reading all listings.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM listing), "
                                   "(SELECT coalesce(max(sequence), 0) FROM audit_entry)"))
        || !query.next())
        return Error{
            sql::failure(QT_TRANSLATE_NOOP("Database", "read the list's snapshot"), sql::reasonOf(query.lastError()))};
    return QStringLiteral("listing=%1;audit=%2").arg(query.value(0).toLongLong()).arg(query.value(1).toLongLong());
}

} // namespace creditdesk
