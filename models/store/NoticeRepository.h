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

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
