#include "ExchangeRepository.h"

#include "ListingSql.h"
#include "Sql.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QVariant>

namespace creditdesk {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

/// The platform's key of a local row of \a kind, or local:ID when the row came from elsewhere.
QString keyOf(const char *kind, const char *column)
{
    return QStringLiteral("coalesce((SELECT k.key FROM exchange_key k WHERE k.kind = '%1' AND k.local_id = %2 "
                          "LIMIT 1), 'local:' || %2)")
        .arg(QLatin1String(kind), QLatin1String(column));
}

/// The id in the first column of the first row of the bound, prepared \a query, if any; the
/// statement is reset for its next use.
std::optional<qint64> firstId(QSqlQuery &query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace

struct ExchangeRepository::Statements
{
    QSqlQuery localId;
    QSqlQuery byIdentifier;
    QSqlQuery byCase;
    QSqlQuery mapKey;
    QSqlQuery insertSubject;
    QSqlQuery updateSubject;
    QSqlQuery insertIdentifier;
    QSqlQuery insertListing;
    QSqlQuery updateListing;
    QSqlQuery changeState;
    QSqlQuery insertEvent;
    QSqlQuery insertApplication;
    QSqlQuery lastCreditorDeletion;
};

ExchangeRepository::ExchangeRepository(QSqlDatabase db) : m_db(std::move(db)) {}
ExchangeRepository::~ExchangeRepository() = default;

std::optional<ExchangePackageRow> ExchangeRepository::package(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, direction, source, sequence, state, body_sha256, records, content, "
                                 "coalesce(watermark, ''), actor FROM exchange_package WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ExchangePackageRow{query.value(0).toString(),   query.value(1).toString(),    query.value(2).toString(),
                              query.value(3).toLongLong(), query.value(4).toString(),    query.value(5).toString(),
                              query.value(6).toLongLong(), query.value(7).toByteArray(), query.value(8).toString(),
                              query.value(9).toString()};
}

Result<qint64> ExchangeRepository::lastSequence(const QString &direction, const QString &source) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) FROM exchange_package WHERE direction = ? AND "
                                 "source = ? AND state <> 'waiting'"));
    query.addBindValue(direction);
    query.addBindValue(source);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the exchange state")); !status)
        return Error{status.error()};
    query.next();
    return query.value(0).toLongLong();
}

std::optional<ExchangePackageRow> ExchangeRepository::waitingPackage(const QString &source, qint64 sequence) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM exchange_package WHERE direction = 'in' AND source = ? AND "
                                 "sequence = ? AND state = 'waiting'"));
    query.addBindValue(source);
    query.addBindValue(sequence);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return package(query.value(0).toString());
}

Status ExchangeRepository::recordPackage(const ExchangePackageRow &row)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO exchange_package (id, direction, source, sequence, state, body_sha256, records, content, "
        "watermark, received_at, applied_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = sql::nowUtc();
    for (const QVariant &value :
         {QVariant(row.id), QVariant(row.direction), QVariant(row.source), QVariant(row.sequence), QVariant(row.state),
          QVariant(row.bodySha256), QVariant(row.records),
          row.content.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(row.content),
          textOrNull(row.watermark), QVariant(now),
          row.state == QLatin1String("waiting") ? QVariant(QMetaType(QMetaType::QString)) : QVariant(now),
          QVariant(row.actor)})
        query.addBindValue(value);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the package"));
}

Status ExchangeRepository::markApplied(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE exchange_package SET state = 'applied', content = NULL, applied_at = ? WHERE id = ?"));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(id);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the package as applied"));
}

Result<QSet<QString>> ExchangeRepository::courtCodes() const
{
    QSqlQuery query(m_db);
    QSet<QString> codes;
    if (!query.exec(QStringLiteral("SELECT code FROM court")))
        return Error{QCoreApplication::translate("Database", "The courts cannot be read.")};
    while (query.next())
        codes.insert(query.value(0).toString());
    return codes;
}

Result<QSet<QString>> ExchangeRepository::regionCodes() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT code FROM region")))
        return Error{QCoreApplication::translate("Database", "The regions cannot be read.")};
    QSet<QString> codes;
    while (query.next())
        codes.insert(query.value(0).toString());
    return codes;
}

Result<QHash<QString, qint64>> ExchangeRepository::departmentsByName() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, id FROM department")))
        return Error{QCoreApplication::translate("Database", "The departments cannot be read.")};
    QHash<QString, qint64> departments;
    while (query.next())
        departments.insert(query.value(0).toString(), query.value(1).toLongLong());
    return departments;
}

Result<QHash<QString, qint64>> ExchangeRepository::measuresByItem() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT s.code || '/' || m.category_number || '/' || m.item_number, m.id FROM "
                                   "measure m JOIN measure_source s ON s.id = m.source_id ORDER BY "
                                   "m.catalogue_version")))
        return Error{QCoreApplication::translate("Database", "The measure catalogue cannot be read.")};
    QHash<QString, qint64> measures;
    while (query.next())
        measures.insert(query.value(0).toString(), query.value(1).toLongLong()); // the latest version wins
    return measures;
}

Status ExchangeRepository::prepareWrites()
{
    m_statements = std::make_unique<Statements>();
    Statements &s = *m_statements;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&s.localId, QStringLiteral("SELECT local_id FROM exchange_key WHERE source = ? AND kind = ? AND key = ?")},
        {&s.byIdentifier, QStringLiteral("SELECT subject_id FROM subject_identifier WHERE type = ? AND value = ?")},
        {&s.byCase, QStringLiteral("SELECT id FROM listing WHERE case_number = ? AND subject_id = ?")},
        {&s.mapKey,
         QStringLiteral("INSERT OR REPLACE INTO exchange_key (source, kind, key, local_id) VALUES (?, ?, ?, ?)")},
        {&s.insertSubject,
         QStringLiteral(
             "INSERT INTO subject (kind, name, name_key, sex, birth_date, region_code, legal_representative, "
             "legal_representative_key, created_at, updated_at, pinyin_key, initials_key) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.updateSubject,
         QStringLiteral("UPDATE subject SET name = ?, name_key = ?, sex = CASE WHEN ? THEN sex ELSE ? END, "
                        "birth_date = CASE WHEN ? THEN birth_date ELSE ? END, region_code = ?, "
                        "legal_representative = ?, legal_representative_key = ?, pinyin_key = ?, initials_key = ?, "
                        "updated_at = ?, row_version = row_version + 1 WHERE id = ?")},
        {&s.insertIdentifier,
         QStringLiteral("INSERT OR IGNORE INTO subject_identifier (subject_id, type, value) VALUES (?, ?, ?)")},
        {&s.insertListing,
         QStringLiteral(
             "INSERT INTO listing (subject_id, court_code, case_number, basis_document, ground, filing_date, "
             "decision_date, period_months, state, state_date, created_at, updated_at, creditor) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)")},
        {&s.updateListing,
         QStringLiteral("UPDATE listing SET subject_id = ?, court_code = ?, case_number = ?, basis_document = ?, "
                        "ground = ?, filing_date = ?, decision_date = ?, period_months = ?, updated_at = ?, "
                        "creditor = coalesce(?, creditor), row_version = row_version + 1 WHERE id = ?")},
        {&s.changeState, QStringLiteral("UPDATE listing SET state = ?, state_date = ?, deletion_event = ?, "
                                        "updated_at = ?, row_version = row_version + 1 WHERE id = ?")},
        {&s.insertEvent, QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, "
                                        "deletion_event, note, creditor, creditor_key) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                        "?)")},
        {&s.insertApplication, QStringLiteral("INSERT INTO measure_application (listing_id, measure_id, "
                                              "department_id, started_on) VALUES (?, ?, ?, ?)")},
        {&s.lastCreditorDeletion, sql::lastCreditorDeletionQuery()},
    };
    for (const auto &[query, text] : statements) {
        *query = QSqlQuery(m_db);
        if (const Status status = sql::prepareNumbered(*query, text); !status)
            return status;
    }
    return {};
}

std::optional<qint64> ExchangeRepository::localId(const QString &source, const QString &kind, const QString &key)
{
    QSqlQuery &query = m_statements->localId;
    sql::bindAt(query, 0, source);
    sql::bindAt(query, 1, kind);
    sql::bindAt(query, 2, key);
    return firstId(query);
}

Result<qint64> ExchangeRepository::lastSubjectId() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM subject"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the last subject id")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<bool> ExchangeRepository::sourceHasKeys(const QString &source) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM exchange_key WHERE source = ? LIMIT 1"));
    query.addBindValue(source);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look up the platform's keys")); !status)
        return Error{status.error()};
    return query.next();
}

std::optional<qint64> ExchangeRepository::subjectByIdentifier(IdentifierType type, const QString &value)
{
    QSqlQuery &query = m_statements->byIdentifier;
    sql::bindAt(query, 0, static_cast<int>(type));
    sql::bindAt(query, 1, value);
    return firstId(query);
}

Result<QDate> ExchangeRepository::personBornOn(qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT s.birth_date, (SELECT value FROM subject_identifier WHERE subject_id = s.id "
                                 "AND type = ? ORDER BY id LIMIT 1) FROM subject s WHERE s.id = ? AND s.kind = ?"));
    query.addBindValue(static_cast<int>(IdentifierType::ResidentId));
    query.addBindValue(subjectId);
    query.addBindValue(static_cast<int>(SubjectKind::Person));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a subject's birth date")); !status)
        return Error{status.error()};
    if (!query.next())
        return QDate();
    if (const IdNumber::Validation id = IdNumber::validate(query.value(1).toString()); id.valid)
        return id.birthDate;
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

Result<std::optional<Listing>> ExchangeRepository::listingTerms(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM listing l WHERE l.id = ?").arg(sql::listingColumns()));
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a listing's terms")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<Listing>();
    return std::optional<Listing>(sql::readListing(query));
}

std::optional<qint64> ExchangeRepository::listingByCase(qint64 subjectId, const QString &caseNumber)
{
    QSqlQuery &query = m_statements->byCase;
    sql::bindAt(query, 0, caseNumber);
    sql::bindAt(query, 1, subjectId);
    return firstId(query);
}

Status ExchangeRepository::dropWaiting(const QString &id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM exchange_package WHERE id = ? AND state = 'waiting'"));
    query.addBindValue(id);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "drop the waiting package"));
}

Status ExchangeRepository::mapKey(const QString &source, const QString &kind, const QString &key, qint64 localId)
{
    QSqlQuery &query = m_statements->mapKey;
    sql::bindAt(query, 0, source);
    sql::bindAt(query, 1, kind);
    sql::bindAt(query, 2, key);
    sql::bindAt(query, 3, localId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "map the platform's key"));
}

Result<qint64> ExchangeRepository::upsertDepartment(const DepartmentRecord &department)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO department (name, region_code) VALUES (?, ?) ON CONFLICT (name) DO "
                                 "UPDATE SET region_code = coalesce(excluded.region_code, region_code) RETURNING id"));
    query.addBindValue(department.name);
    query.addBindValue(textOrNull(department.regionCode));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a department")); !status)
        return Error{status.error()};
    query.next();
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<qint64> ExchangeRepository::insertSubject(const SubjectRecordIn &subject, const QString &nameKey,
                                                 const QString &legalRepresentativeKey, const PhoneticKeys &phonetic)
{
    const QString now = sql::nowUtc();
    QSqlQuery &query = m_statements->insertSubject;
    const QVariant values[] = {static_cast<int>(subject.kind),
                               subject.name,
                               nameKey,
                               textOrNull(subject.sex),
                               sql::dateOrNull(subject.birthDate),
                               textOrNull(subject.regionCode),
                               textOrNull(subject.legalRepresentative),
                               textOrNull(legalRepresentativeKey),
                               now,
                               now,
                               phonetic.pinyin,
                               phonetic.initials};
    for (int index = 0; index < static_cast<int>(std::size(values)); ++index)
        sql::bindAt(query, index, values[index]);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a subject")); !status)
        return Error{status.error()};
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery &identifier = m_statements->insertIdentifier;
    sql::bindAt(identifier, 0, id);
    sql::bindAt(identifier, 1,
                static_cast<int>(subject.kind == SubjectKind::Person ? IdentifierType::ResidentId
                                                                     : IdentifierType::CreditCode));
    sql::bindAt(identifier, 2, subject.kind == SubjectKind::Person ? subject.residentId : subject.creditCode);
    if (const Status status = sql::exec(identifier, QT_TRANSLATE_NOOP("Database", "store an identifier")); !status)
        return Error{status.error()};
    return id;
}

Status ExchangeRepository::updateSubject(qint64 id, const SubjectRecordIn &subject, const QString &nameKey,
                                         const QString &legalRepresentativeKey, const PhoneticKeys &phonetic,
                                         bool keepIdentity)
{
    QSqlQuery &query = m_statements->updateSubject;
    const QVariant values[] = {subject.name,
                               nameKey,
                               keepIdentity ? 1 : 0,
                               textOrNull(subject.sex),
                               keepIdentity ? 1 : 0,
                               sql::dateOrNull(subject.birthDate),
                               textOrNull(subject.regionCode),
                               textOrNull(subject.legalRepresentative),
                               textOrNull(legalRepresentativeKey),
                               phonetic.pinyin,
                               phonetic.initials,
                               sql::nowUtc(),
                               id};
    for (int index = 0; index < static_cast<int>(std::size(values)); ++index)
        sql::bindAt(query, index, values[index]);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "update a subject"));
}

Result<qint64> ExchangeRepository::insertListing(qint64 subjectId, const ListingRecordIn &listing)
{
    const QString now = sql::nowUtc();
    QSqlQuery &query = m_statements->insertListing;
    const QVariant values[] = {subjectId,
                               listing.courtCode,
                               listing.caseNumber,
                               textOrNull(listing.basisDocument),
                               listing.ground,
                               sql::dateOrNull(listing.filingDate),
                               sql::dateOrNull(listing.decisionDate),
                               listing.periodMonths,
                               sql::dateOrNull(listing.decisionDate),
                               now,
                               now,
                               textOrNull(listing.creditor)};
    for (int index = 0; index < static_cast<int>(std::size(values)); ++index)
        sql::bindAt(query, index, values[index]);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a listing")); !status)
        return Error{status.error()};
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery &event = m_statements->insertEvent;
    const QVariant eventValues[] = {
        id, sql::dateOrNull(listing.decisionDate), 1, 1, 0, QStringLiteral("exchange"), textOrNull({}), textOrNull({})};
    for (int index = 0; index < static_cast<int>(std::size(eventValues)); ++index)
        sql::bindAt(event, index, eventValues[index]);
    if (const Status status = sql::exec(event, QT_TRANSLATE_NOOP("Database", "store a listing event")); !status)
        return Error{status.error()};
    return id;
}

Status ExchangeRepository::updateListing(qint64 id, qint64 subjectId, const ListingRecordIn &listing)
{
    QSqlQuery &query = m_statements->updateListing;
    const QVariant values[] = {subjectId,
                               listing.courtCode,
                               listing.caseNumber,
                               textOrNull(listing.basisDocument),
                               listing.ground,
                               sql::dateOrNull(listing.filingDate),
                               sql::dateOrNull(listing.decisionDate),
                               listing.periodMonths,
                               sql::nowUtc(),
                               textOrNull(listing.creditor),
                               id};
    for (int index = 0; index < static_cast<int>(std::size(values)); ++index)
        sql::bindAt(query, index, values[index]);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "update a listing"));
}

Status ExchangeRepository::changeListingState(qint64 id, const ListingStateRecord &change)
{
    QSqlQuery &query = m_statements->changeState;
    sql::bindAt(query, 0, change.state);
    sql::bindAt(query, 1, sql::dateOrNull(change.on));
    sql::bindAt(query, 2, change.deletionEvent);
    sql::bindAt(query, 3, sql::nowUtc());
    sql::bindAt(query, 4, id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "change a listing's state")); !status)
        return status;
    // The listing's history: masked 2, published again 3, revoked 4, deleted 5.
    static const int eventKinds[] = {0, 3, 2, 4, 5};
    QSqlQuery &event = m_statements->insertEvent;
    const QVariant values[] = {id,
                               sql::dateOrNull(change.on),
                               eventKinds[change.state],
                               change.state,
                               change.deletionEvent,
                               QStringLiteral("exchange"),
                               textOrNull(change.creditor),
                               textOrNull(change.creditorKey)};
    for (int index = 0; index < static_cast<int>(std::size(values)); ++index)
        sql::bindAt(event, index, values[index]);
    return sql::exec(event, QT_TRANSLATE_NOOP("Database", "store a listing event"));
}

Status ExchangeRepository::extendListing(qint64 id, const ListingExtensionRecord &extension)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET extension_months = extension_months + ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(extension.months);
    query.addBindValue(sql::nowUtc());
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "extend a listing's period")); !status)
        return status;
    // The history's "period extended" (7) carries the months as the dossier's timeline reads them.
    QSqlQuery event(m_db);
    event.prepare(QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, "
                                 "note) SELECT id, ?, 7, state, 0, ? FROM listing WHERE id = ?"));
    event.addBindValue(sql::dateOrNull(extension.on));
    event.addBindValue(QStringLiteral("+%1").arg(extension.months));
    event.addBindValue(id);
    return sql::exec(event, QT_TRANSLATE_NOOP("Database", "store a listing event"));
}

Result<bool> ExchangeRepository::hasExtension(qint64 id, const QDate &on, int months) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM listing_event WHERE listing_id = ? AND kind = 7 AND occurred_on = ? "
                                 "AND note = ? LIMIT 1"));
    query.addBindValue(id);
    query.addBindValue(sql::dateOrNull(on));
    query.addBindValue(QStringLiteral("+%1").arg(months));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look for an earlier extension")); !status)
        return Error{status.error()};
    return query.next();
}

Result<qint64> ExchangeRepository::subjectOfListing(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT subject_id FROM listing WHERE id = ?"));
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a listing's subject")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<std::optional<QDate>> ExchangeRepository::lastDeletionOnRequestOf(qint64 subjectId, const QString &creditorKey,
                                                                         const QDate &onOrBefore) const
{
    return sql::findLastCreditorDeletion(m_statements->lastCreditorDeletion, subjectId, creditorKey, onOrBefore);
}

Result<QDate> ExchangeRepository::firstExtensionOn(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT min(occurred_on) FROM listing_event WHERE listing_id = ? AND kind = 7"));
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a listing's extensions")); !status)
        return Error{status.error()};
    return query.next() ? sql::dateOf(query.value(0)) : QDate();
}

Result<qint64> ExchangeRepository::insertApplication(qint64 listingId, qint64 measureId, qint64 departmentId,
                                                     const QDate &startedOn)
{
    QSqlQuery &query = m_statements->insertApplication;
    sql::bindAt(query, 0, listingId);
    sql::bindAt(query, 1, measureId);
    sql::bindAt(query, 2, departmentId);
    sql::bindAt(query, 3, sql::dateOrNull(startedOn));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a measure application")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<QList<QJsonObject>> ExchangeRepository::outgoingRecords(Watermark &after) const
{
    // Each kind of record: its statement (the row's id first, then one column per field, in the
    // order named) and where the previous package stopped.
    struct Kind
    {
        const char *type;
        QString statement;
        QStringList fields;
        qint64 *after;
    };
    const QList<Kind> kinds = {
        // Departments' feedback recorded here (an entry from another desk is reported by that desk).
        {"feedback",
         QStringLiteral("SELECT f.id, %1, %2, f.handling_type, f.result, coalesce(f.action, ''), f.occurred_on, "
                        "f.reported_by FROM measure_feedback f JOIN measure_application a ON a.id = f.application_id "
                        "WHERE f.id > ? AND f.from_desk IS NULL ORDER BY f.id")
             .arg(keyOf("application", "a.id"), keyOf("listing", "a.listing_id")),
         {QStringLiteral("application"), QStringLiteral("listing"), QStringLiteral("handling_type"),
          QStringLiteral("result"), QStringLiteral("action"), QStringLiteral("occurred_on"),
          QStringLiteral("reported_by")},
         &after.feedback},
        // Objections decided, or refused at intake, with their outcome.
        {"objection_outcome",
         QStringLiteral("SELECT e.id, 'local:' || o.id, %1, CASE e.to_state WHEN 3 THEN 'not-accepted' WHEN 5 THEN "
                        "'corrected' WHEN 6 THEN 'upheld' WHEN 7 THEN 'undetermined' WHEN 9 THEN 'court-decided' "
                        "ELSE 'reconsideration-decided' END, e.acted_on, e.reason FROM objection_event e JOIN "
                        "objection o ON o.id = e.objection_id WHERE e.id > ? AND e.to_state IN (3, 5, 6, 7, 9, 11) "
                        // Only steps taken here, and not refused by the central server.
                        "AND e.from_desk IS NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox b WHERE b.entity_type = "
                        "'objection' AND b.event_id = e.id AND b.state = 2) ORDER BY e.id")
             .arg(keyOf("listing", "o.listing_id")),
         {QStringLiteral("objection"), QStringLiteral("listing"), QStringLiteral("outcome"),
          QStringLiteral("decided_on"), QStringLiteral("reason")},
         &after.objectionEvent},
        {"repair_outcome",
         QStringLiteral("SELECT e.id, 'local:' || r.id, b.document_number, CASE e.to_state WHEN 4 THEN 'repaired' "
                        "ELSE 'refused' END, e.acted_on, e.reason FROM repair_event e JOIN repair_application r ON "
                        "r.id = e.application_id JOIN breach_record b ON b.id = r.breach_id WHERE e.id > ? AND "
                        "e.to_state IN (4, 5) "
                        // Only decisions taken here, and not refused by the central server.
                        "AND e.from_desk IS NULL AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity_type = "
                        "'repair' AND o.local_id = r.id AND o.action <> 'repair.evidence' AND o.event_id = e.id AND "
                        "o.state = 2) ORDER BY e.id"),
         {QStringLiteral("application"), QStringLiteral("breach_document"), QStringLiteral("outcome"),
          QStringLiteral("decided_on"), QStringLiteral("reason")},
         &after.repairEvent},
        {"measure_lifting",
         QStringLiteral("SELECT n.id, d.name, CASE WHEN n.listing_id IS NULL THEN '' ELSE %1 END, n.reason, "
                        "n.details, n.created_on FROM outgoing_notification n JOIN department d ON d.id = "
                        "n.department_id WHERE n.id > ? AND n.from_desk IS NULL AND n.withdrawn_at IS NULL ORDER BY "
                        "n.id")
             .arg(keyOf("listing", "n.listing_id")),
         {QStringLiteral("department"), QStringLiteral("listing"), QStringLiteral("reason"), QStringLiteral("details"),
          QStringLiteral("created_on")},
         &after.notification},
    };
    QList<QJsonObject> records;
    for (const Kind &kind : kinds) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(kind.statement);
        query.addBindValue(*kind.after);
        if (const Status status =
                sql::exec(query, QT_TRANSLATE_NOOP("Database", "read what the outgoing package carries"));
            !status)
            return Error{status.error()};
        while (query.next()) {
            *kind.after = query.value(0).toLongLong();
            QJsonObject record{{QStringLiteral("type"), QLatin1String(kind.type)}};
            for (int index = 0; index < kind.fields.size(); ++index)
                record.insert(kind.fields.at(index), QJsonValue::fromVariant(query.value(index + 1)));
            records.append(record);
        }
    }
    return records;
}

Result<ExchangeRepository::Watermark> ExchangeRepository::outgoingWatermark(const QString &source,
                                                                            qint64 sequence) const
{
    Watermark watermark;
    if (sequence <= 0)
        return watermark;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT watermark FROM exchange_package WHERE direction = 'out' AND source = ? AND "
                                 "sequence = ?"));
    query.addBindValue(source);
    query.addBindValue(sequence);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the outgoing packages")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "There is no outgoing package %1.").arg(sequence)};
    const QJsonObject stored = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    watermark.feedback = stored.value(QStringLiteral("feedback")).toInteger();
    watermark.objectionEvent = stored.value(QStringLiteral("objection_event")).toInteger();
    watermark.repairEvent = stored.value(QStringLiteral("repair_event")).toInteger();
    watermark.notification = stored.value(QStringLiteral("notification")).toInteger();
    return watermark;
}

Status ExchangeRepository::markNotificationsSent(qint64 upTo, const QString &packageId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE outgoing_notification SET package_id = ? WHERE id <= ? AND package_id IS NULL AND "
                       "from_desk IS NULL AND withdrawn_at IS NULL"));
    query.addBindValue(packageId);
    query.addBindValue(upTo);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "mark the notifications sent"));
}

} // namespace creditdesk
