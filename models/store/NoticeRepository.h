#pragma once

#include "domain/Result.h"
#include "notices/Notice.h"

#include <QSqlDatabase>

#include <optional>

namespace creditdesk {

/// What a listing notice says about its listing: the subject, the court's decision and period.
struct ListingNoticeFacts
{
    qint64 listingId = 0;
    qint64 subjectId = 0;
    int subjectKind = 1;
    QString name;
    QString residentId;
    QString creditCode;
    QString courtName;
    QString caseNumber;
    QString basisDocument;
    int ground = 0;
    QDate decisionDate;
    int periodMonths = 0; ///< with the extension; 0 for no fixed period
};

/// A measure a department applies, as a notice lists it.
struct NoticeMeasure
{
    QString category;
    QString title;
};

/// What the notices beyond the listing notice say: the case they answer (an objection or a
/// repair application), the department they go to and its measures, the listing's exit.
struct NoticeFacts
{
    ListingNoticeFacts listing; ///< for a repair decision only the subject's part
    qint64 caseId = 0;
    QString applicantName;
    bool applicantIsAgent = false; ///< an objection raised by an agent; otherwise by the subject
    QDate receivedOn;
    QDate acceptedOn;
    QDate decidedOn;
    QString decisionReason;
    int objectionGround = 0;
    int objectionOutcome = 0; ///< ObjectionOutcome; 0 with a court decision
    QString courtDecision;    ///< court route: the court's decision as recorded
    int repairState = 0;      ///< RepairState: 4 repaired, 5 refused
    QString breachAuthority;
    QString breachDocument;
    QString breachBehaviour;
    QDate breachDecisionDate;
    qint64 departmentId = 0;
    QString departmentName;
    QList<NoticeMeasure> measures; ///< the department's measures on the listing
    int exitKind = 0;              ///< ListingExitKind: 1 revoked, 2 deleted; 0 still on the list
    int deletionEvent = 0;
    QDate exitDate; ///< the court's decision or the end of the period
    QString exitDocument;
};

/// A page of the notice register: what the officer searched for.
struct NoticeSearch
{
    QString text; ///< part of a serial number, a recipient or a verification code
    QString type; ///< a notice type name; empty for all
    QDate issuedFrom;
    QDate issuedTo;
    int limit = 1000;
};

/// The notice register (文书登记): templates by version, gapless serial numbers per office,
/// year and type, the issued notices and their lookup by serial number or verification code.
/// The caller owns the transaction and the audit entry.
class NoticeRepository
{
public:
    explicit NoticeRepository(QSqlDatabase db);

    /// The templates shipped with the application, as version 1 (the migration installs them).
    Status installBundled();
    std::optional<NoticeTemplate> latestTemplate(const QString &type, const QString &language) const;
    /// The next number for \a office, \a year and \a type; taken in the caller's transaction, so
    /// a notice that is not recorded gives its number back.
    Result<int> takeNumber(const QString &office, int year, const QString &type);
    Result<qint64> insert(const Notice &notice);
    std::optional<Notice> findByVerificationCode(const QString &code) const;
    std::optional<Notice> findById(qint64 id) const;
    /// Every version under \a serialText, oldest first.
    Result<QList<Notice>> versionsOf(const QString &serialText) const;
    Result<ListingNoticeFacts> listingFacts(qint64 listingId) const;
    /// Listings in force on \a today without a notice of \a type yet, by id.
    Result<QList<qint64>> listingsWithoutNotice(const QString &type, const QDate &today, int limit) const;
    /// What \a type's notices are due for and have none yet, oldest first: listings in force,
    /// objections accepted / not accepted / decided, repair applications decided, each
    /// department with measures on a listing revoked or deleted (deletion) or in force (push).
    Result<QList<NoticeTarget>> targetsWithoutNotice(NoticeType type, const QDate &today, int limit) const;
    Result<NoticeFacts> objectionFacts(qint64 objectionId) const;
    Result<NoticeFacts> repairFacts(qint64 applicationId) const;
    /// The department's measures on the listing (\a openOnly: those not ended) and its exit.
    Result<NoticeFacts> departmentFacts(qint64 listingId, qint64 departmentId, bool openOnly) const;

    /// Adds a version of \a type's wording in \a language; returns its number.
    Result<int> addTemplateVersion(const NoticeTemplate &wording, const QString &by, const QString &reason);
    /// Every version of \a type's wording in \a language, newest first.
    Result<QList<NoticeTemplate>> templateVersions(const QString &type, const QString &language) const;
    /// Issued notices matching \a search, newest first.
    Result<QList<Notice>> search(const NoticeSearch &search) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
