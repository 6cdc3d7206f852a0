#pragma once

#include "ParsedRecordStream.h"
#include "domain/Result.h"

#include <QHash>
#include <QSet>

namespace creditdesk {

class BulkListingWriter;
class ExchangeRepository;

/// Checks and writes the records of one incoming package in a single pass, in the caller's
/// transaction: each record against the package so far and the cache (keys, identifiers,
/// courts, regions, catalogue), written while no record had a problem. After the first problem
/// it only checks, so that every problem is reported; the caller then rolls back.
/// New subjects and listings go through \a bulk when given (SQLite's own interface), the rest
/// through the repository (Qt SQL).
class PackageApplier
{
public:
    /// After as many problems, records are no longer checked (only counted, for the header).
    static constexpr qsizetype problemsChecked = 1000;

    PackageApplier(ExchangeRepository &repository, BulkListingWriter *bulk, QString source);

    /// Reads the reference data and whether the source sent keys before; makes room for the
    /// keys of \a records records.
    Status begin(qint64 records);
    /// Checks \a item and, while nothing failed, writes it. An error is a failed write (the
    /// import stops); problems of the record are added to problems().
    Status take(const ParsedRecordStream::Item &item);
    /// Writes what is buffered.
    Status finish();

    QList<PackageProblem> &problems() { return m_problems; }
    /// What the package said that was not taken, though the package was applied: a subject
    /// found by its key with another identifier than the one it is stored with.
    const QList<PackageProblem> &notTaken() const { return m_notTaken; }
    /// After a failed write of buffered rows: the line of the first of their records (else 0).
    int failedLine() const;
    bool writing() const { return m_problems.isEmpty(); }

private:
    struct Known
    {
        int line = 0;
        qint64 id = 0; ///< 0 while only checking
        QDate bornOn;  ///< a person's, when known
        /// A subject only checked: the cache's subject it is (by key, else identifier), or 0.
        qint64 cachedId = 0;
    };
    using LookUp = Result<std::optional<qint64>>;
    /// A listing's terms as the records so far left them: what an extension is checked against.
    struct ListingTerms
    {
        QDate decisionDate;
        QDate stateDate;
        int ground = 0;
        int periodMonths = 0;
        int extensionMonths = 0;
        QDate firstExtensionOn; ///< the day of its first extension (invalid: none)
        int state = 1;          ///< PublicationState
        qint64 storedId = 0;    ///< the cache's listing they are of (0: only in this package)
        bool known = false;     ///< false for a listing only checked with faults of its own
        QString subjectKey;     ///< of a listing of this package only checked
    };

    Status takeDepartment(int line, const DepartmentRecord &department);
    Status takeSubject(const ParsedRecordStream::Item &item, const SubjectRecordIn &subject);
    Status takeListing(int line, const ListingRecordIn &listing);
    Status takeStateChange(int line, const ListingStateRecord &change);
    Status takeExtension(int line, const ListingExtensionRecord &extension);
    /// A listing record while only checking (a record before had a fault): its terms are kept
    /// for the records after it, and a listing of the cache sent again is checked against its
    /// extensions.
    Status checkListingOnly(int line, const ListingRecordIn &listing, qint64 subjectId, std::optional<qint64> existing);
    /// Updates listing \a id of the cache, sent again as \a listing, when it keeps room for the
    /// extensions recorded since (else a problem, and false).
    Result<bool> updateListing(int line, qint64 id, qint64 subjectId, const ListingRecordIn &listing);
    /// Whether \a listing, sent again, keeps the extensions recorded since (SPC rules Art. 2): their
    /// months, and their days no earlier than its decision date; else a problem, and false.
    bool leavesRoomFor(int line, const ListingRecordIn &listing, int extensionMonths, const QDate &firstExtensionOn);
    /// A problem when \a day (of \a field) is before the decision date of the listing in \a terms.
    void requireAfterDecision(int line, const char *field, const QDate &day, const ListingTerms &terms);
    /// The terms of the listing with \a key (\a id when written): as this package left them while
    /// only checking, else as stored; not known for a listing only checked with faults of its own.
    Result<ListingTerms> termsOf(const QString &key, qint64 id);
    Status takeApplication(int line, const ApplicationRecordIn &application);
    /// A subject as the creditor rule names it: by its id where it has one (in the cache, or
    /// written by this package), else by its key in this package.
    struct SubjectRef
    {
        qint64 id = 0;
        QString text; ///< "id:N" or "key:K"; empty: unknown
    };
    Result<SubjectRef> subjectRefOf(qint64 subjectId, const QString &subjectKey);
    /// The latest deletion on or before \a day of a listing of \a subject on the application of
    /// the creditor with name key \a creditorKey: earlier in this package or in the cache.
    Result<std::optional<QDate>> creditorDeletionBefore(const SubjectRef &subject, const QString &creditorKey,
                                                        const QDate &day);
    /// SPC rules Art. 10: a listing on the application of a creditor within six months of a
    /// deletion on that creditor's application is a problem.
    Status requireCreditorMayApply(int line, qint64 subjectId, const ListingRecordIn &listing);
    /// Remembers a deletion on a creditor's application for the listings after it.
    Status noteCreditorDeletion(qint64 listingId, const ListingStateRecord &change);
    /// A subject or listing with faults found while parsing: its key is known from here on.
    void takeFaulty(int line, const FaultyRecordIn &record);

    LookUp cachedKey(const QString &kind, const QString &key);
    LookUp cachedIdentifier(IdentifierType type, const QString &value);
    /// The id of a subject or listing by its key: of this package, else of the cache.
    LookUp idOf(const QHash<QString, Known> &inPackage, const QString &kind, const QString &key);
    /// The id of the listing a state change or extension names; a problem when there is none.
    LookUp listingToChange(int line, const QString &key);
    /// The listing of \a subjectId in \a caseNumber: written by this package, else in the cache.
    LookUp listingOfCase(qint64 subjectId, const QString &caseNumber, bool subjectIsNew);
    /// The birth date of the listing's subject: of this package's record, else of the cache.
    Result<QDate> bornOn(const QString &subjectKey, qint64 subjectId);
    Status flush();

    ExchangeRepository &m_repository;
    BulkListingWriter *m_bulk;
    QString m_source;
    bool m_sourceHadKeys = true;
    QSet<QString> m_courts;
    QSet<QString> m_regions;
    QHash<QString, qint64> m_departments;
    QHash<QString, qint64> m_measures;
    QSet<QString> m_newDepartments;
    QHash<QString, Known> m_subjects;  ///< by key
    QHash<QString, int> m_identifiers; ///< identifier → line
    QHash<QString, Known> m_listings;  ///< by key
    QHash<QString, int> m_applications;
    /// While only checking: the terms of listings as the records not written left them, by key.
    QHash<QString, ListingTerms> m_unwrittenTerms;
    /// Extensions of this package (listing, day, months) → line.
    QHash<QString, int> m_extensions;
    /// Days of deletions on a creditor's application in this package, by subject and creditor.
    QHash<QString, QList<QDate>> m_creditorDeletions;
    qint64 m_lastSubjectBefore = 0;        ///< subjects after it are this package's
    QHash<quint64, qint64> m_casesWritten; ///< hash of subject and case → listing written
    QList<PackageProblem> m_problems;
    QList<PackageProblem> m_notTaken;
};

} // namespace creditdesk
