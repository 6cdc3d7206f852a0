#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "notices/Notice.h"
#include "store/NoticeRepository.h"

#include <atomic>
#include <functional>

namespace creditdesk {

class Database;

/// Issues notices (文书) and answers whether one is genuine. A notice takes the next serial
/// number of its office, year and type, the latest version of its template, and is recorded
/// with its content hash, verification code and audit entry in one transaction; its PDF can be
/// rendered again from the register at any time and gives the same content hash.
class NoticeService
{
public:
    /// What the register says about a serial number or verification code.
    struct Verification
    {
        bool found = false;
        bool current = false; ///< the latest version under its serial number
        Notice notice;
        int latestVersion = 0;
    };
    struct BatchSummary
    {
        int written = 0;
        double seconds = 0;
        QStringList files;
    };

    explicit NoticeService(Database &database);

    /// The issuing office (its abbreviation goes into serial numbers), from the settings.
    QString officeAbbreviation() const;
    QString officeName() const;

    /// Issues a notice of \a type about \a target (see NoticeTarget for what each type needs).
    Result<Notice> issue(const Actor &actor, NoticeType type, const NoticeTarget &target, const QString &language,
                         const QDate &today);
    Result<Notice> issueListingNotice(const Actor &actor, qint64 listingId, const QString &language,
                                      const QDate &today);
    /// Issues notice \a noticeId again as a new version under the same serial number, with the
    /// current facts and template; the earlier versions stay in the register, no longer current.
    Result<Notice> reissue(const Actor &actor, qint64 noticeId, const QString &reason, const QDate &today);
    /// Notices of \a type for the first \a limit targets due one (NoticeRepository::
    /// targetsWithoutNotice; for listing notices the listings in force), each written to
    /// \a folder as its serial number's PDF; stops between notices when \a cancel is set (the
    /// notices recorded by then are drawn). \a progress is called from the drawing threads.
    Result<BatchSummary> batch(const Actor &actor, NoticeType type, const QString &folder, int limit,
                               const QString &language, const QDate &today,
                               const std::function<void(int done, int total)> &progress = {},
                               const std::atomic<bool> *cancel = nullptr);
    /// Looks a notice up by its verification code or its serial number (the latest version).
    Result<Verification> verify(const Actor &actor, const QString &codeOrSerial) const;
    /// The register: issued notices matching \a search, newest first.
    Result<QList<Notice>> search(const Actor &actor, const NoticeSearch &search) const;
    /// Every version under the serial number of notice \a noticeId, oldest first.
    Result<QList<Notice>> versions(const Actor &actor, qint64 noticeId) const;
    /// How many targets of \a type are due a notice (at most \a limit).
    Result<int> dueCount(const Actor &actor, NoticeType type, const QDate &today, int limit) const;
    static QString fileNameFor(const Notice &notice);

    /// The wording of \a type in \a language, newest version first (admin).
    Result<QList<NoticeTemplate>> templateVersions(const Actor &actor, NoticeType type, const QString &language) const;
    /// Saves \a wording as the next version of its type and language; notices issued before keep
    /// the version they used. Refused when it uses a placeholder its type does not have.
    Result<int> saveTemplate(const Actor &actor, const NoticeTemplate &wording, const QString &reason);
    /// Sets the issuing office: \a abbreviation goes into serial numbers, \a name signs notices.
    Status setOffice(const Actor &actor, const QString &abbreviation, const QString &name, const QString &reason);

private:
    /// Records \a notice (serial number, hash, code) with its audit entry in one transaction.
    Status record(const Actor &actor, Notice &notice, const QString &reason);

    Database &m_database;
};

} // namespace creditdesk
