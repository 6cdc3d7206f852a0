#include "BulkListingWriter.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace creditdesk {

namespace {

constexpr size_t rowsPerStatement = 32;
constexpr size_t buffered = 256; ///< rows kept before a flush
const char *const statisticsTrigger = "statistics_listing_inserted";

/// "INSERT ... VALUES (?, ...), (?, ...)" with \a rows rows of \a columns values each.
QByteArray insertStatement(const char *head, int columns, int rows, const char *tail = "")
{
    QByteArray row = "(";
    for (int column = 0; column < columns; ++column)
        row += column == 0 ? "?" : ", ?";
    row += ")";
    QByteArray statement = head;
    statement += " VALUES ";
    for (int index = 0; index < rows; ++index) {
        if (index > 0)
            statement += ", ";
        statement += row;
    }
    return statement + tail;
}

/// The day a listing of a fixed period stops counting (the day after its expiry), as the
/// listing table's generated statistics_expiry column computes it for a new listing: the same
/// day of the month period_months later, or that month's last day, plus one day.
QDate expiryMonth(const QDate &decided, int months)
{
    const QDate firstOfMonth(decided.year(), decided.month(), 1);
    const QDate sameDay = firstOfMonth.addMonths(months).addDays(decided.day() - 1);
    const QDate lastOfMonth = firstOfMonth.addMonths(months + 1).addDays(-1);
    return std::min(sameDay, lastOfMonth).addDays(1);
}

/// A court's or an area's index, a month (year × 12 + month − 1) and a ground in one number,
/// ordered as the statistics table is when the areas are numbered in their order.
quint64 statisticsKey(qint64 index, int month, int ground)
{
    return (static_cast<quint64>(index) << 32) | (static_cast<quint64>(month) << 3) | static_cast<quint64>(ground);
}

} // namespace

/// The prepared statements: each insert for a full chunk of rows and for one row.
struct BulkListingWriter::Statements
{
    native::Statement keyId;
    native::Statement byIdentifier;
    native::Statement byCase;
    native::Statement subjects;
    native::Statement subject;
    native::Statement identifiers;
    native::Statement identifier;
    native::Statement keys;
    native::Statement key;
    native::Statement listings;
    native::Statement listing;
    native::Statement events;
    native::Statement event;
};

BulkListingWriter::BulkListingWriter(sqlite3 *db, QString source)
    : m_db(db), m_source(std::move(source)), m_now(sql::nowUtc().toUtf8())
{}

BulkListingWriter::~BulkListingWriter() = default;

Status BulkListingWriter::begin()
{
    m_statements = std::make_unique<Statements>();
    Statements &s = *m_statements;
    native::Statement read;
    auto scalar = [&](const char *statement, qint64 &into) -> Status {
        if (const Status prepared = read.prepare(m_db, statement); !prepared)
            return prepared;
        auto value = read.firstInteger(QT_TRANSLATE_NOOP("Database", "read the last ids"));
        if (!value)
            return Error{value.error()};
        into = value->value_or(0);
        return {};
    };
    qint64 lastListing = 0;
    if (const Status status = scalar("SELECT coalesce(max(id), 0) FROM subject", m_lastSubjectBefore); !status)
        return status;
    if (const Status status = scalar("SELECT coalesce(max(id), 0) FROM listing", lastListing); !status)
        return status;
    m_nextSubjectId = m_lastSubjectBefore + 1;
    m_nextListingId = lastListing + 1;

    const char *subjectHead = "INSERT INTO subject (id, kind, name, name_key, sex, birth_date, region_code, "
                              "legal_representative, legal_representative_key, created_at, updated_at, pinyin_key, "
                              "initials_key, latest_decision)";
    const char *identifierHead = "INSERT OR IGNORE INTO subject_identifier (subject_id, type, value)";
    const char *keyHead = "INSERT OR REPLACE INTO exchange_key (source, kind, key, local_id)";
    const char *listingHead =
        "INSERT INTO listing (id, subject_id, court_code, case_number, basis_document, ground, "
        "filing_date, decision_date, period_months, state, state_date, created_at, updated_at, creditor)";
    const char *eventHead = "INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, note)";
    const std::pair<native::Statement *, QByteArray> statements[] = {
        {&s.keyId, "SELECT local_id FROM exchange_key WHERE source = ? AND kind = ? AND key = ?"},
        {&s.byIdentifier, "SELECT subject_id FROM subject_identifier WHERE type = ? AND value = ?"},
        {&s.byCase, "SELECT id FROM listing WHERE case_number = ? AND subject_id = ?"},
        {&s.subjects, insertStatement(subjectHead, 14, rowsPerStatement)},
        {&s.subject, insertStatement(subjectHead, 14, 1)},
        {&s.identifiers, insertStatement(identifierHead, 3, rowsPerStatement)},
        {&s.identifier, insertStatement(identifierHead, 3, 1)},
        {&s.keys, insertStatement(keyHead, 4, rowsPerStatement)},
        {&s.key, insertStatement(keyHead, 4, 1)},
        {&s.listings, insertStatement(listingHead, 14, rowsPerStatement)},
        {&s.listing, insertStatement(listingHead, 14, 1)},
        {&s.events, insertStatement(eventHead, 6, rowsPerStatement)},
        {&s.event, insertStatement(eventHead, 6, 1)},
    };
    for (const auto &[statement, text] : statements)
        if (const Status prepared = statement->prepare(m_db, text); !prepared)
            return prepared;

    // Areas numbered in their order, and the areas of each court.
    if (const Status prepared = read.prepare(m_db, "SELECT court_code, area FROM statistics_area ORDER BY area");
        !prepared)
        return prepared;
    for (;;) {
        auto row = read.nextRow(QT_TRANSLATE_NOOP("Database", "read the statistics areas"));
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        const QString court = read.text(0);
        const QString area = read.text(1);
        if (m_areas.isEmpty() || m_areas.constLast() != area)
            m_areas.append(area);
        auto known = m_courtIndex.constFind(court);
        if (known == m_courtIndex.cend()) {
            known = m_courtIndex.insert(court, static_cast<int>(m_areasOfCourt.size()));
            m_areasOfCourt.append(QList<int>());
        }
        m_areasOfCourt[*known].append(static_cast<int>(m_areas.size() - 1));
    }
    // The trigger's definition, to restore it in finish(); none in an older schema.
    if (const Status prepared = read.prepare(m_db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        !prepared)
        return prepared;
    read.bindText(1, QByteArray(statisticsTrigger));
    auto definition = read.nextRow(QT_TRANSLATE_NOOP("Database", "read a trigger definition"));
    if (!definition)
        return Error{definition.error()};
    if (*definition) {
        m_triggerDefinition = read.text(0).toUtf8();
        read.reset();
        native::Statement drop;
        if (const Status prepared = drop.prepare(m_db, QByteArray("DROP TRIGGER ") + statisticsTrigger); !prepared)
            return prepared;
        if (const Status dropped =
                drop.run(QT_TRANSLATE_NOOP("Database", "suspend the statistics trigger for a large write"));
            !dropped)
            return dropped;
    }
    return {};
}

BulkListingWriter::LookUp BulkListingWriter::keyId(const QString &kind, const QString &key)
{
    native::Statement &statement = m_statements->keyId;
    statement.bindText(1, m_source);
    statement.bindText(2, kind);
    statement.bindText(3, key);
    return statement.firstInteger(QT_TRANSLATE_NOOP("Database", "look up the platform's key"));
}

BulkListingWriter::LookUp BulkListingWriter::subjectByIdentifier(IdentifierType type, const QString &value)
{
    native::Statement &statement = m_statements->byIdentifier;
    statement.bindInteger(1, static_cast<int>(type));
    statement.bindText(2, value);
    return statement.firstInteger(QT_TRANSLATE_NOOP("Database", "look up an identifier"));
}

BulkListingWriter::LookUp BulkListingWriter::listingByCase(qint64 subjectId, const QString &caseNumber)
{
    native::Statement &statement = m_statements->byCase;
    statement.bindText(1, caseNumber);
    statement.bindInteger(2, subjectId);
    return statement.firstInteger(QT_TRANSLATE_NOOP("Database", "look up a listing by its case"));
}

Result<qint64> BulkListingWriter::addSubject(const SubjectRecordIn &subject, const QString &nameKey,
                                             const QString &representativeKey, const PhoneticKeys &phonetic, int line)
{
    const qint64 id = m_nextSubjectId++;
    m_subjects.push_back({id, line, subject, nameKey, representativeKey, phonetic, QDate()});
    if (m_subjects.size() >= buffered)
        if (const Status flushed = flush(); !flushed)
            return Error{flushed.error()};
    return id;
}

Result<qint64> BulkListingWriter::addListing(qint64 subjectId, const ListingRecordIn &listing, int line)
{
    const qint64 id = m_nextListingId++;
    m_listings.push_back({id, line, subjectId, listing});
    if (!m_subjects.empty() && subjectId >= m_subjects.front().id) {
        QDate &latest = m_subjects[static_cast<size_t>(subjectId - m_subjects.front().id)].latestDecision;
        latest = std::max(latest, listing.decisionDate);
    } else {
        QDate &latest = m_laterDecisions[subjectId];
        latest = std::max(latest, listing.decisionDate);
    }
    count(listing);
    if (m_listings.size() >= buffered)
        if (const Status flushed = flush(); !flushed)
            return Error{flushed.error()};
    return id;
}

void BulkListingWriter::count(const ListingRecordIn &listing)
{
    const auto court = m_courtIndex.constFind(listing.courtCode);
    if (court == m_courtIndex.cend())
        return; // a court in no statistics area: the trigger counts it nowhere either
    const auto key = [&](const QDate &month) {
        return statisticsKey(*court, month.year() * 12 + month.month() - 1, listing.ground);
    };
    ++m_statistics[key(listing.decisionDate)].first;
    if (listing.periodMonths > 0)
        ++m_statistics[key(expiryMonth(listing.decisionDate, listing.periodMonths))].second;
}

Status BulkListingWriter::flush()
{
    if (const Status written = writeSubjects(); !written)
        return written;
    return writeListings();
}

template<typename Row, typename Write>
Status BulkListingWriter::inChunks(std::vector<Row> &rows, const Write &write)
{
    for (size_t first = 0; first < rows.size();) {
        const size_t count = rows.size() - first >= rowsPerStatement ? rowsPerStatement : 1;
        if (const Status status = write(first, count); !status)
            return refused(status, rows[first].line, rows[first + count - 1].line);
        first += count;
    }
    rows.clear();
    return {};
}

Status BulkListingWriter::writeSubjects()
{
    // Subjects, then their identifiers, then their keys, a chunk at a time.
    Statements &s = *m_statements;
    return inChunks(m_subjects, [&](size_t first, size_t count) {
        const bool full = count > 1;
        native::Statement &subjects = full ? s.subjects : s.subject;
        native::Statement &identifiers = full ? s.identifiers : s.identifier;
        native::Statement &keys = full ? s.keys : s.key;
        for (size_t index = 0; index < count; ++index) {
            const SubjectRow &row = m_subjects[first + index];
            const int at = static_cast<int>(index) * 14;
            const bool person = row.subject.kind == SubjectKind::Person;
            subjects.bindInteger(at + 1, row.id);
            subjects.bindInteger(at + 2, static_cast<int>(row.subject.kind));
            subjects.bindText(at + 3, row.subject.name);
            subjects.bindText(at + 4, row.nameKey);
            subjects.bindTextOrNull(at + 5, row.subject.sex);
            if (row.subject.birthDate.isValid())
                subjects.bindText(at + 6, row.subject.birthDate.toString(Qt::ISODate));
            else
                subjects.bindNull(at + 6);
            subjects.bindTextOrNull(at + 7, row.subject.regionCode);
            subjects.bindTextOrNull(at + 8, row.subject.legalRepresentative);
            subjects.bindTextOrNull(at + 9, row.representativeKey);
            subjects.bindText(at + 10, m_now);
            subjects.bindText(at + 11, m_now);
            subjects.bindText(at + 12, row.phonetic.pinyin);
            subjects.bindText(at + 13, row.phonetic.initials);
            subjects.bindText(at + 14,
                              row.latestDecision.isValid() ? row.latestDecision.toString(Qt::ISODate) : QString());
            const int identifierAt = static_cast<int>(index) * 3;
            identifiers.bindInteger(identifierAt + 1, row.id);
            identifiers.bindInteger(identifierAt + 2,
                                    static_cast<int>(person ? IdentifierType::ResidentId : IdentifierType::CreditCode));
            identifiers.bindText(identifierAt + 3, person ? row.subject.residentId : row.subject.creditCode);
            bindKey(keys, static_cast<int>(index) * 4, QByteArrayLiteral("subject"), row.subject.key, row.id);
        }
        return runInOrder({{&subjects, QT_TRANSLATE_NOOP("Database", "store subjects")},
                           {&identifiers, QT_TRANSLATE_NOOP("Database", "store identifiers")},
                           {&keys, QT_TRANSLATE_NOOP("Database", "map the platform's keys")}});
    });
}

Status BulkListingWriter::writeListings()
{
    Statements &s = *m_statements;
    return inChunks(m_listings, [&](size_t first, size_t count) {
        const bool full = count > 1;
        native::Statement &listings = full ? s.listings : s.listing;
        native::Statement &events = full ? s.events : s.event;
        native::Statement &keys = full ? s.keys : s.key;
        for (size_t index = 0; index < count; ++index) {
            const ListingRow &row = m_listings[first + index];
            const QByteArray decided = row.listing.decisionDate.toString(Qt::ISODate).toUtf8();
            const int at = static_cast<int>(index) * 14;
            listings.bindInteger(at + 1, row.id);
            listings.bindInteger(at + 2, row.subjectId);
            listings.bindText(at + 3, row.listing.courtCode);
            listings.bindText(at + 4, row.listing.caseNumber);
            listings.bindTextOrNull(at + 5, row.listing.basisDocument);
            listings.bindInteger(at + 6, row.listing.ground);
            if (row.listing.filingDate.isValid())
                listings.bindText(at + 7, row.listing.filingDate.toString(Qt::ISODate));
            else
                listings.bindNull(at + 7);
            listings.bindText(at + 8, decided);
            listings.bindInteger(at + 9, row.listing.periodMonths);
            listings.bindInteger(at + 10, 1); // published
            listings.bindText(at + 11, decided);
            listings.bindText(at + 12, m_now);
            listings.bindText(at + 13, m_now);
            listings.bindTextOrNull(at + 14, row.listing.creditor);
            const int eventAt = static_cast<int>(index) * 6;
            events.bindInteger(eventAt + 1, row.id);
            events.bindText(eventAt + 2, decided);
            events.bindInteger(eventAt + 3, 1); // listed
            events.bindInteger(eventAt + 4, 1);
            events.bindInteger(eventAt + 5, 0);
            events.bindText(eventAt + 6, QByteArrayLiteral("exchange"));
            bindKey(keys, static_cast<int>(index) * 4, QByteArrayLiteral("listing"), row.listing.key, row.id);
        }
        return runInOrder({{&listings, QT_TRANSLATE_NOOP("Database", "store listings")},
                           {&events, QT_TRANSLATE_NOOP("Database", "store listing events")},
                           {&keys, QT_TRANSLATE_NOOP("Database", "map the platform's keys")}});
    });
}

void BulkListingWriter::bindKey(native::Statement &keys, int at, const QByteArray &kind, const QString &key, qint64 id)
{
    keys.bindText(at + 1, m_source);
    keys.bindText(at + 2, kind);
    keys.bindText(at + 3, key);
    keys.bindInteger(at + 4, id);
}

Status BulkListingWriter::runInOrder(std::initializer_list<std::pair<native::Statement *, const char *>> statements)
{
    for (const auto &[statement, purpose] : statements)
        if (const Status status = statement->run(purpose); !status)
            return status;
    return {};
}

Status BulkListingWriter::refused(const Status &status, int firstLine, int lastLine)
{
    m_failedLine = firstLine;
    if (firstLine == lastLine)
        return status;
    return Error{
        QCoreApplication::translate("creditdesk::BulkListingWriter", "%1 (one of the records on lines %2 to %3)")
            .arg(status.error())
            .arg(firstLine)
            .arg(lastLine)};
}

Status BulkListingWriter::finish()
{
    if (const Status flushed = flush(); !flushed)
        return flushed;
    native::Statement later;
    if (const Status prepared = later.prepare(m_db, "UPDATE subject SET latest_decision = ?2 WHERE id = ?1 AND "
                                                    "latest_decision < ?2");
        !prepared)
        return prepared;
    for (auto decided = m_laterDecisions.cbegin(); decided != m_laterDecisions.cend(); ++decided) {
        later.bindInteger(1, decided.key());
        later.bindText(2, decided.value().toString(Qt::ISODate));
        if (const Status status = later.run(QT_TRANSLATE_NOOP("Database", "update the latest decision dates")); !status)
            return status;
    }
    m_laterDecisions.clear();
    // Summed per court as they came, per area here (a court counts in several), written in the
    // table's order.
    QHash<quint64, std::pair<qint64, qint64>> byArea;
    for (auto counted = m_statistics.cbegin(); counted != m_statistics.cend(); ++counted) {
        const quint64 monthAndGround = counted.key() & 0xffffffffU;
        for (const int area : m_areasOfCourt.at(static_cast<qsizetype>(counted.key() >> 32))) {
            auto &sum = byArea[(static_cast<quint64>(area) << 32) | monthAndGround];
            sum.first += counted.value().first;
            sum.second += counted.value().second;
        }
    }
    std::vector<quint64> keys;
    keys.reserve(static_cast<size_t>(byArea.size()));
    for (auto sum = byArea.cbegin(); sum != byArea.cend(); ++sum)
        keys.push_back(sum.key());
    std::sort(keys.begin(), keys.end());
    native::Statement add;
    if (const Status prepared = add.prepare(
            m_db, "INSERT INTO statistics_listing (area, month, ground, listed, expired) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT (area, month, ground) DO UPDATE SET listed = listed + excluded.listed, "
                  "expired = expired + excluded.expired");
        !prepared)
        return prepared;
    for (const quint64 key : keys) {
        const int month = static_cast<int>((key & 0xffffffffU) >> 3);
        const auto &sum = byArea.value(key);
        add.bindText(1, m_areas.at(static_cast<qsizetype>(key >> 32)));
        add.bindText(2, QStringLiteral("%1-%2")
                            .arg(month / 12, 4, 10, QLatin1Char('0'))
                            .arg(month % 12 + 1, 2, 10, QLatin1Char('0')));
        add.bindInteger(3, static_cast<qint64>(key & 7U));
        add.bindInteger(4, sum.first);
        add.bindInteger(5, sum.second);
        if (const Status status = add.run(QT_TRANSLATE_NOOP("Database", "count the new listings")); !status)
            return status;
    }
    m_statistics.clear();
    if (!m_triggerDefinition.isEmpty()) {
        native::Statement restore;
        if (const Status prepared = restore.prepare(m_db, m_triggerDefinition); !prepared)
            return prepared;
        if (const Status restored = restore.run(QT_TRANSLATE_NOOP("Database", "restore the statistics trigger"));
            !restored)
            return restored;
        m_triggerDefinition.clear();
    }
    return {};
}

} // namespace creditdesk
