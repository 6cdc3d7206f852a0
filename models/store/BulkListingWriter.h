#pragma once

#include "NativeSqlite.h"
#include "domain/Result.h"
#include "exchange/ExchangeRecord.h"
#include "search/NameKey.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace creditdesk {

/// Writes an incoming package's new subjects and listings through SQLite's own interface,
/// 32 rows a statement, with ids it assigns itself (the caller holds the write transaction):
/// a subject with its identifier and key mapping, a listing with its first history event and
/// key mapping. Looks up the platform's keys, identifiers and cases on the same connection.
///
/// Each new subject's latest decision date is written with it (or set in finish() when its
/// listing came after the subject was written), so that a caller that suspended the per-row
/// trigger of it has nothing to catch up.
///
/// The per-row statistics trigger of new listings is suspended while it writes: it evaluates
/// the listing's generated end-of-listing columns three times a row (~20 µs). The writer adds
/// what the trigger would have added, summed per court, month and ground, in finish(); the
/// trigger is restored there. Updates by the caller between (other statements on the same
/// connection, after flush()) keep their own triggers: the sums are additive.
class BulkListingWriter
{
public:
    BulkListingWriter(sqlite3 *db, QString source);
    ~BulkListingWriter();

    /// Reads the last ids and the courts' statistics areas, prepares the statements and
    /// suspends the statistics trigger of new listings.
    Status begin();

    using LookUp = Result<std::optional<qint64>>;
    LookUp keyId(const QString &kind, const QString &key);
    LookUp subjectByIdentifier(IdentifierType type, const QString &value);
    LookUp listingByCase(qint64 subjectId, const QString &caseNumber);

    /// A new subject's id; written with the next flush (at the latest after 256 rows).
    Result<qint64> addSubject(const SubjectRecordIn &subject, const QString &nameKey, const QString &representativeKey,
                              const PhoneticKeys &phonetic, int line);
    Result<qint64> addListing(qint64 subjectId, const ListingRecordIn &listing, int line);

    /// Writes what is buffered; before any other statement that reads or changes these tables.
    Status flush();
    /// flush(), the statistics of the new listings, the trigger restored.
    Status finish();
    /// After a failed write: the first line of the records whose rows SQLite refused.
    int failedLine() const { return m_failedLine; }

private:
    struct SubjectRow
    {
        qint64 id;
        int line;
        SubjectRecordIn subject;
        QString nameKey;
        QString representativeKey;
        PhoneticKeys phonetic;
        QDate latestDecision; ///< of its listings added while it is buffered
    };
    struct ListingRow
    {
        qint64 id;
        int line;
        qint64 subjectId;
        ListingRecordIn listing;
    };
    struct Statements;

    Status writeSubjects();
    Status writeListings();
    /// Writes \a rows a chunk at a time (\a write binds and runs rows [first, first + count)),
    /// and empties it; a refused chunk is reported with the lines of its records.
    template<typename Row, typename Write>
    Status inChunks(std::vector<Row> &rows, const Write &write);
    void bindKey(native::Statement &keys, int at, const QByteArray &kind, const QString &key, qint64 id);
    static Status runInOrder(std::initializer_list<std::pair<native::Statement *, const char *>> statements);
    /// A refused chunk of rows: the lines of its records, and SQLite's reason.
    Status refused(const Status &status, int firstLine, int lastLine);
    void count(const ListingRecordIn &listing);

    sqlite3 *m_db;
    QString m_source;
    QByteArray m_now;
    std::unique_ptr<Statements> m_statements;
    std::vector<SubjectRow> m_subjects;
    std::vector<ListingRow> m_listings;
    qint64 m_nextSubjectId = 1;
    qint64 m_nextListingId = 1;
    qint64 m_lastSubjectBefore = 0;
    int m_failedLine = 0;
    QStringList m_areas;              ///< in their order
    QHash<QString, int> m_courtIndex; ///< court → its index in m_areasOfCourt
    QList<QList<int>> m_areasOfCourt; ///< indexes in m_areas
    /// Subjects written before a listing of theirs came: the latest decision date to set.
    QHash<qint64, QDate> m_laterDecisions;
    /// Court, month and ground (statisticsKey) → new listings listed in it, and expiring in it.
    QHash<quint64, std::pair<qint64, qint64>> m_statistics;
    QByteArray m_triggerDefinition;
};

} // namespace creditdesk
