#include "NoticeService.h"

#include "Authorization.h"
#include "PolicyService.h"
#include "notices/NoticeRenderer.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/NoticeRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <QThreadPool>

#include <mutex>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::NoticeService", source);
}

const QString officeKey = QStringLiteral("notice.office");
const QString officeNameKey = QStringLiteral("notice.office_name");

/// The listing's ground as the notice's sentence needs it, in the notice's language (SPC
/// Provisions Art. 1), whatever the language of the officer's screen.
QString groundPhrase(int ground, bool chinese)
{
    static const QStringList zh = {
        QStringLiteral("有履行能力而拒不履行生效法律文书确定义务"),
        QStringLiteral("以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
        QStringLiteral("以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
        QStringLiteral("违反财产报告制度"),
        QStringLiteral("违反限制消费令"),
        QStringLiteral("无正当理由拒不履行执行和解协议"),
    };
    static const QStringList en = {
        QStringLiteral("were able to perform the obligations but refused to"),
        QStringLiteral("obstructed enforcement by forgery, violence or threats"),
        QStringLiteral("evaded enforcement by sham litigation or arbitration or by hiding assets"),
        QStringLiteral("breached the asset-reporting duty"),
        QStringLiteral("breached a consumption-restriction order"),
        QStringLiteral("refused without good reason to perform a settlement agreement"),
    };
    return (chinese ? zh : en).value(ground - 1);
}

} // namespace

NoticeService::NoticeService(Database &database) : m_database(database) {}

QString NoticeService::officeAbbreviation() const
{
    const QString stored = m_database.metaValue(officeKey);
    return stored.isEmpty() ? QStringLiteral("某信") : stored;
}

QString NoticeService::officeName() const
{
    const QString stored = m_database.metaValue(officeNameKey);
    return stored.isEmpty() ? QStringLiteral("某市社会信用体系建设领导小组办公室") : stored;
}

QString NoticeService::fileNameFor(const Notice &notice)
{
    return QStringLiteral("%1-%2-%3-v%4.pdf")
        .arg(notice.type)
        .arg(notice.year)
        .arg(notice.number, 6, 10, QLatin1Char('0'))
        .arg(notice.version);
}

Result<Notice> NoticeService::draftListingNotice(const Actor &actor, qint64 listingId, const QString &language,
                                                 const QDate &today) const
{
    NoticeRepository repository(m_database.connection());
    const QString type = noticeTypeName(NoticeType::Listing);
    const auto wording = repository.latestTemplate(type, language);
    if (!wording)
        return Error{tr("There is no %1 template in %2.").arg(type, language)};
    auto facts = repository.listingFacts(listingId);
    if (!facts)
        return Error{facts.error()};
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const MaskingPolicy masking = PolicyService(m_database).load().masking;
    const QString identifier = !facts->residentId.isEmpty()
                                   ? masking.apply(IdentifierType::ResidentId, facts->residentId)
                                   : masking.apply(IdentifierType::CreditCode, facts->creditCode);
    const QLocale english(QLocale::English);
    QString period;
    if (facts->periodMonths > 0)
        period = chinese ? QStringLiteral("名单公布期限为%1个月。").arg(facts->periodMonths)
                         : QStringLiteral("The listing is published for %1 months.").arg(facts->periodMonths);
    const QString noBasis = chinese ? QStringLiteral("见执行案卷") : QStringLiteral("see the enforcement file");
    const QHash<QString, QString> values = {
        {QStringLiteral("recipient"), facts->name},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("court"), facts->courtName},
        {QStringLiteral("caseNumber"), facts->caseNumber},
        {QStringLiteral("basisDocument"), facts->basisDocument.isEmpty() ? noBasis : facts->basisDocument},
        {QStringLiteral("ground"), groundPhrase(facts->ground, chinese)},
        {QStringLiteral("decisionDate"), chinese
                                             ? chineseDate(facts->decisionDate)
                                             : english.toString(facts->decisionDate, QStringLiteral("d MMMM yyyy"))},
        {QStringLiteral("period"), period},
    };
    Notice notice;
    notice.type = type;
    notice.office = officeAbbreviation();
    notice.officeName = officeName();
    notice.year = today.year();
    notice.language = language;
    notice.templateVersion = wording->version;
    notice.subjectId = facts->subjectId;
    notice.listingId = facts->listingId;
    notice.recipient = facts->name;
    notice.title = wording->title;
    notice.content = fillNoticeTemplate(wording->body, values);
    notice.issuedOn = today;
    notice.issuedBy = actor.userName;
    return notice;
}

Status NoticeService::record(const Actor &actor, Notice &notice, const QString &reason)
{
    NoticeRepository repository(m_database.connection());
    return m_database.transaction([&]() -> Status {
        if (notice.number == 0) {
            auto number = repository.takeNumber(notice.office, notice.year, notice.type);
            if (!number)
                return Error{number.error()};
            notice.number = number.value();
            notice.serialText = noticeSerialText(notice.office, notice.year, notice.number);
        }
        notice.contentSha256 = noticeContentSha256(notice);
        notice.verificationCode = noticeVerificationCode(notice.contentSha256);
        notice.issuedAt = sql::nowUtc();
        auto inserted = repository.insert(notice);
        if (!inserted)
            return Error{inserted.error()};
        notice.id = inserted.value();
        AuditRecord entry;
        entry.action = notice.version > 1 ? QStringLiteral("notice.reissue") : QStringLiteral("notice.issue");
        entry.entityType = QStringLiteral("notice");
        entry.entityId = QString::number(notice.id);
        entry.reason = reason;
        entry.details = QJsonObject{
            {QStringLiteral("type"), notice.type},           {QStringLiteral("serial"), notice.serialText},
            {QStringLiteral("version"), notice.version},     {QStringLiteral("listing"), notice.listingId},
            {QStringLiteral("subject"), notice.subjectId},   {QStringLiteral("template"), notice.templateVersion},
            {QStringLiteral("sha256"), notice.contentSha256}};
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
}

Result<Notice> NoticeService::issueListingNotice(const Actor &actor, qint64 listingId, const QString &language,
                                                 const QDate &today)
{
    if (const Status allowed = requirePermission(actor, Action::IssueNotice); !allowed)
        return Error{allowed.error()};
    auto notice = draftListingNotice(actor, listingId, language, today);
    if (!notice)
        return notice;
    if (const Status recorded = record(actor, notice.value(), tr("Notice issued")); !recorded)
        return Error{recorded.error()};
    return notice;
}

Result<Notice> NoticeService::reissue(const Actor &actor, qint64 noticeId, const QString &reason, const QDate &today)
{
    if (const Status allowed = requirePermission(actor, Action::IssueNotice); !allowed)
        return Error{allowed.error()};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the notice is issued again.")};
    NoticeRepository repository(m_database.connection());
    auto earlier = repository.findById(noticeId);
    if (!earlier)
        return Error{tr("Notice %1 is not in the register.").arg(noticeId)};
    auto versions = repository.versionsOf(earlier->serialText);
    if (!versions)
        return Error{versions.error()};
    auto notice = draftListingNotice(actor, earlier->listingId, earlier->language, today);
    if (!notice)
        return notice;
    // The same serial number and year; the next version.
    notice->office = earlier->office;
    notice->year = earlier->year;
    notice->number = earlier->number;
    notice->serialText = earlier->serialText;
    notice->version = versions->last().version + 1;
    if (const Status recorded = record(actor, notice.value(), reason.trimmed()); !recorded)
        return Error{recorded.error()};
    return notice;
}

Result<NoticeService::BatchSummary> NoticeService::batch(const Actor &actor, NoticeType type, const QString &folder,
                                                         int limit, const QString &language, const QDate &today,
                                                         const std::function<void(int, int)> &progress,
                                                         const std::atomic<bool> *cancel)
{
    if (const Status allowed = requirePermission(actor, Action::IssueNotice); !allowed)
        return Error{allowed.error()};
    if (type != NoticeType::Listing)
        return Error{tr("Batches of this notice type are not available yet: %1.").arg(noticeTypeName(type))};
    if (!QDir().mkpath(folder))
        return Error{tr("The folder %1 cannot be created.").arg(folder)};
    auto listings = NoticeRepository(m_database.connection()).listingsWithoutNotice(noticeTypeName(type), today, limit);
    if (!listings)
        return Error{listings.error()};
    BatchSummary summary;
    QElapsedTimer timer;
    timer.start();
    // Notices are recorded one after another on this thread (serial numbers, audit chain) and
    // drawn on the pool's threads meanwhile: drawing a PDF with its fonts is most of the work.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::mutex mutex;
    QString failure;
    int drawn = 0;
    const int total = static_cast<int>(listings->size());
    for (const qint64 listingId : listings.value()) {
        if (cancel && cancel->load())
            break;
        {
            std::lock_guard lock(mutex);
            if (!failure.isEmpty())
                break;
        }
        auto notice = issueListingNotice(actor, listingId, language, today);
        if (!notice) {
            pool.waitForDone();
            return Error{notice.error()};
        }
        const QString path = QDir(folder).filePath(fileNameFor(notice.value()));
        summary.files.append(path);
        pool.start([notice = notice.value(), path, &mutex, &failure, &drawn, &progress, total] {
            const Status written = NoticeRenderer::writePdf(notice, path);
            std::lock_guard lock(mutex);
            if (!written && failure.isEmpty())
                failure = written.error();
            ++drawn;
            if (progress)
                progress(drawn, total);
        });
    }
    pool.waitForDone();
    if (!failure.isEmpty())
        return Error{failure};
    summary.written = static_cast<int>(summary.files.size());
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

Result<NoticeService::Verification> NoticeService::verify(const Actor &actor, const QString &codeOrSerial) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewNotices); !allowed)
        return Error{allowed.error()};
    NoticeRepository repository(m_database.connection());
    Verification verification;
    QString serial = codeOrSerial.trimmed();
    if (auto byCode = repository.findByVerificationCode(serial)) {
        verification.found = true;
        verification.notice = byCode.value();
        serial = byCode->serialText;
    }
    auto versions = repository.versionsOf(serial);
    if (!versions)
        return Error{versions.error()};
    if (versions->isEmpty())
        return verification;
    if (!verification.found) {
        verification.found = true;
        verification.notice = versions->last();
    }
    verification.latestVersion = versions->last().version;
    verification.current = verification.notice.version == verification.latestVersion;
    // The record itself must still give its hash: a changed row is not genuine.
    if (noticeContentSha256(verification.notice) != verification.notice.contentSha256)
        verification.found = false;
    return verification;
}

} // namespace creditdesk
