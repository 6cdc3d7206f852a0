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
    };
    using LookUp = Result<std::optional<qint64>>;

    Status takeDepartment(int line, const DepartmentRecord &department);
    Status takeSubject(const ParsedRecordStream::Item &item, const SubjectRecordIn &subject);
    Status takeListing(int line, const ListingRecordIn &listing);
    Status takeStateChange(int line, const ListingStateRecord &change);
    Status takeExtension(int line, const ListingExtensionRecord &extension);
    Status takeApplication(int line, const ApplicationRecordIn &application);

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
    /// Listings of the cache whose state or period an earlier record of this package changed:
    /// while only checking, their stored terms are not what the package made of them.
    QSet<QString> m_listingsChanged;
    qint64 m_lastSubjectBefore = 0;        ///< subjects after it are this package's
    QHash<quint64, qint64> m_casesWritten; ///< hash of subject and case → listing written
    QList<PackageProblem> m_problems;
    QList<PackageProblem> m_notTaken;
};

} // namespace creditdesk
