#pragma once

#include "domain/Listing.h"
#include "domain/Result.h"
#include "exchange/ExchangeRecord.h"
#include "search/NameKey.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace creditdesk {

/// A package the office received or sent, as the exchange state keeps it.
struct ExchangePackageRow
{
    QString id;
    QString direction; ///< in or out
    QString source;
    qint64 sequence = 0;
    QString state; ///< applied, waiting (in); written (out)
    QString bodySha256;
    qint64 records = 0;
    QByteArray content; ///< a waiting package's bytes
    QString watermark;  ///< an outgoing package's last rows, as JSON
    QString actor;
};

/// The exchange state and the writes of an incoming package: packages received and sent with
/// their sequence numbers, the platform's keys mapped to local ids, subjects, listings, their
/// states and measure applications written with prepared statements; and the rows an outgoing
/// feedback package carries. The caller owns the transaction and the audit entry.
class ExchangeRepository
{
public:
    explicit ExchangeRepository(QSqlDatabase db);
    ~ExchangeRepository();

    std::optional<ExchangePackageRow> package(const QString &id) const;
    /// The highest sequence number of \a direction and \a source that is applied (in) or
    /// written (out); 0 for none.
    Result<qint64> lastSequence(const QString &direction, const QString &source) const;
    std::optional<ExchangePackageRow> waitingPackage(const QString &source, qint64 sequence) const;
    Status recordPackage(const ExchangePackageRow &row);
    Status markApplied(const QString &id);

    /// Reference data an incoming package refers to, read once per import.
    Result<QSet<QString>> courtCodes() const;
    Result<QSet<QString>> regionCodes() const;
    Result<QHash<QString, qint64>> departmentsByName() const;
    /// Measures by "SOURCE/CATEGORY/ITEM", the latest catalogue version of each.
    Result<QHash<QString, qint64>> measuresByItem() const;

    Status prepareWrites();
    std::optional<qint64> localId(const QString &source, const QString &kind, const QString &key);
    /// The highest subject id (0 for none): subjects written later have higher ones.
    Result<qint64> lastSubjectId() const;
    /// Whether the cache maps any key of \a source (else look-ups of its keys find nothing).
    Result<bool> sourceHasKeys(const QString &source) const;
    std::optional<qint64> subjectByIdentifier(IdentifierType type, const QString &value);
    /// A person's birth date: the one the resident ID number carries, else the one recorded
    /// (null for an organisation or when neither is known).
    Result<QDate> personBornOn(qint64 subjectId) const;
    /// A listing's terms as stored: ground, decision date, period and extension, state and its
    /// date (nothing when there is no such listing).
    Result<std::optional<Listing>> listingTerms(qint64 id) const;
    /// The listing of \a subjectId under \a caseNumber (one per subject and case).
    std::optional<qint64> listingByCase(qint64 subjectId, const QString &caseNumber);
    /// Drops a package that waited and could not be applied at its turn: its sequence is free.
    Status dropWaiting(const QString &id);
    Status mapKey(const QString &source, const QString &kind, const QString &key, qint64 localId);
    Result<qint64> upsertDepartment(const DepartmentRecord &department);
    Result<qint64> insertSubject(const SubjectRecordIn &subject, const QString &nameKey,
                                 const QString &legalRepresentativeKey, const PhoneticKeys &phonetic);
    /// With \a keepIdentity the stored sex and birth date stay (they go with the stored
    /// identifier, which a package does not change).
    Status updateSubject(qint64 id, const SubjectRecordIn &subject, const QString &nameKey,
                         const QString &legalRepresentativeKey, const PhoneticKeys &phonetic, bool keepIdentity);
    Result<qint64> insertListing(qint64 subjectId, const ListingRecordIn &listing);
    Status updateListing(qint64 id, qint64 subjectId, const ListingRecordIn &listing);
    Status changeListingState(qint64 id, const ListingStateRecord &change);
    /// Adds the extension to the listing's period and to its history (event "period extended",
    /// in the state the listing is in).
    Status extendListing(qint64 id, const ListingExtensionRecord &extension);
    /// Whether listing \a id was extended by \a months on \a on already.
    Result<bool> hasExtension(qint64 id, const QDate &on, int months) const;
    /// The subject of listing \a id.
    Result<qint64> subjectOfListing(qint64 id) const;
    /// The latest deletion on or before \a onOrBefore of one of the subject's listings on the
    /// application of the creditor with name key \a creditorKey (ListingExitRepository).
    Result<std::optional<QDate>> lastDeletionOnRequestOf(qint64 subjectId, const QString &creditorKey,
                                                         const QDate &onOrBefore) const;
    /// The day of listing \a id's first recorded extension (invalid: none).
    Result<QDate> firstExtensionOn(qint64 id) const;
    Result<qint64> insertApplication(qint64 listingId, qint64 measureId, qint64 departmentId, const QDate &startedOn);

    /// The rows an outgoing package carries after \a after (the last ids of the previous one):
    /// departments' feedback, objection and repair outcomes, measure liftings. \a after is
    /// moved to the last rows returned.
    struct Watermark
    {
        qint64 feedback = 0;
        qint64 objectionEvent = 0;
        qint64 repairEvent = 0;
        qint64 notification = 0;
    };
    Result<QList<QJsonObject>> outgoingRecords(Watermark &after) const;
    /// The last rows outgoing package \a sequence of \a source carried; nothing for 0.
    Result<Watermark> outgoingWatermark(const QString &source, qint64 sequence) const;
    Status markNotificationsSent(qint64 upTo, const QString &packageId);

private:
    struct Statements;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace creditdesk
