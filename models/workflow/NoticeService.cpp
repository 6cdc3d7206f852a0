#include "NoticeService.h"

#include "Authorization.h"
#include "NoticeDrafter.h"
#include "PolicyService.h"
#include "notices/NoticeRenderer.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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

Status NoticeService::record(const Actor &actor, Notice &notice, const QString &reason)
{
    NoticeRepository repository(m_database.connection());
    return m_database.transaction([&]() -> Status {
        if (notice.number == 0) {
            auto number = repository.takeNumber(notice.office, notice.year, notice.type);
            if (!number)
                return Error{number.error()};
            notice.number = number.value();
            const auto type = noticeTypeFromName(notice.type);
            if (!type)
                return Error{tr("There is no notice type %1.").arg(notice.type)};
            notice.serialText = noticeSerialText(notice.office, *type, notice.year, notice.number);
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

Result<Notice> NoticeService::issue(const Actor &actor, NoticeType type, const NoticeTarget &target,
                                    const QString &language, const QDate &today)
{
    if (const Status allowed = requirePermission(actor, Action::IssueNotice); !allowed)
        return Error{allowed.error()};
    auto notice = NoticeDrafter(m_database).draft(type, target, language, today);
    if (!notice)
        return notice;
    notice->office = officeAbbreviation();
    notice->officeName = officeName();
    notice->issuedBy = actor.userName;
    if (const Status recorded = record(actor, notice.value(), tr("Notice issued")); !recorded)
        return Error{recorded.error()};
    return notice;
}

Result<Notice> NoticeService::issueListingNotice(const Actor &actor, qint64 listingId, const QString &language,
                                                 const QDate &today)
{
    return issue(actor, NoticeType::Listing, NoticeTarget{listingId, 0, 0}, language, today);
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
    const auto type = noticeTypeFromName(earlier->type);
    if (!type)
        return Error{tr("Notice %1 has an unknown type: %2.").arg(noticeId).arg(earlier->type)};
    auto versions = repository.versionsOf(earlier->serialText);
    if (!versions)
        return Error{versions.error()};
    auto notice = NoticeDrafter(m_database)
                      .draft(*type, NoticeTarget{earlier->listingId, earlier->caseId, earlier->departmentId},
                             earlier->language, today);
    if (!notice)
        return notice;
    // The same serial number and year; the next version.
    notice->office = earlier->office;
    notice->officeName = officeName();
    notice->issuedBy = actor.userName;
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
    if (!QDir().mkpath(folder))
        return Error{tr("The folder %1 cannot be created.").arg(folder)};
    auto targets = NoticeRepository(m_database.connection()).targetsWithoutNotice(type, today, limit);
    if (!targets)
        return Error{targets.error()};
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
    const int total = static_cast<int>(targets->size());
    for (const NoticeTarget &target : targets.value()) {
        if (cancel && cancel->load())
            break;
        {
            std::lock_guard lock(mutex);
            if (!failure.isEmpty())
                break;
        }
        auto notice = issue(actor, type, target, language, today);
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

Result<QList<Notice>> NoticeService::search(const Actor &actor, const NoticeSearch &search) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewNotices); !allowed)
        return Error{allowed.error()};
    return NoticeRepository(m_database.connection()).search(search);
}

Result<QList<Notice>> NoticeService::versions(const Actor &actor, qint64 noticeId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewNotices); !allowed)
        return Error{allowed.error()};
    NoticeRepository repository(m_database.connection());
    const auto notice = repository.findById(noticeId);
    if (!notice)
        return Error{tr("Notice %1 is not in the register.").arg(noticeId)};
    return repository.versionsOf(notice->serialText);
}

Result<int> NoticeService::dueCount(const Actor &actor, NoticeType type, const QDate &today, int limit) const
{
    if (const Status allowed = requirePermission(actor, Action::IssueNotice); !allowed)
        return Error{allowed.error()};
    auto targets = NoticeRepository(m_database.connection()).targetsWithoutNotice(type, today, limit);
    if (!targets)
        return Error{targets.error()};
    return static_cast<int>(targets->size());
}

Result<QList<NoticeTemplate>> NoticeService::templateVersions(const Actor &actor, NoticeType type,
                                                              const QString &language) const
{
    if (const Status allowed = requirePermission(actor, Action::EditNoticeTemplates); !allowed)
        return Error{allowed.error()};
    return NoticeRepository(m_database.connection()).templateVersions(noticeTypeName(type), language);
}

Result<int> NoticeService::saveTemplate(const Actor &actor, const NoticeTemplate &wording, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditNoticeTemplates); !allowed)
        return Error{allowed.error()};
    const auto type = noticeTypeFromName(wording.type);
    if (!type)
        return Error{tr("There is no notice type %1.").arg(wording.type)};
    if (wording.language != QLatin1String("zh_CN") && wording.language != QLatin1String("en"))
        return Error{tr("Notices are written in zh_CN or en, not %1.").arg(wording.language)};
    if (wording.title.trimmed().isEmpty() || wording.title.contains(u'\n'))
        return Error{tr("The title is one line and cannot be empty.")};
    if (wording.body.trimmed().isEmpty())
        return Error{tr("The wording cannot be empty.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the wording changes.")};
    // Every {{name}} must be one the type fills in, or the notice would print it as it stands.
    const QStringList allowedNames = noticePlaceholders(*type);
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    QStringList unknown;
    for (const QString &text : {wording.title, wording.body}) {
        for (auto match = placeholder.globalMatch(text); match.hasNext();) {
            const QString name = match.next().captured(1).trimmed();
            if (!allowedNames.contains(name) && !unknown.contains(name))
                unknown.append(name);
        }
    }
    if (!unknown.isEmpty())
        return Error{tr("Unknown placeholders: %1. This notice can use: %2.")
                         .arg(unknown.join(QLatin1String(", ")), allowedNames.join(QLatin1String(", ")))};
    const int opened = wording.body.count(QLatin1String("{{"));
    if (opened != wording.body.count(QLatin1String("}}")))
        return Error{tr("A placeholder is not closed: each {{ needs its }}.")};
    NoticeRepository repository(m_database.connection());
    Result<int> saved = 0;
    const Status written = m_database.transaction([&]() -> Status {
        NoticeTemplate cleaned = wording;
        cleaned.title = wording.title.trimmed();
        cleaned.body = wording.body.trimmed();
        saved = repository.addTemplateVersion(cleaned, actor.userName, reason.trimmed());
        if (!saved)
            return Error{saved.error()};
        AuditRecord entry;
        entry.action = QStringLiteral("notice.template");
        entry.entityType = QStringLiteral("notice_template");
        entry.entityId = wording.type + u'.' + wording.language;
        entry.reason = reason.trimmed();
        entry.details = QJsonObject{
            {QStringLiteral("version"), saved.value()},
            {QStringLiteral("title"), cleaned.title},
            {QStringLiteral("body_sha256"),
             QString::fromLatin1(QCryptographicHash::hash(cleaned.body.toUtf8(), QCryptographicHash::Sha256).toHex())}};
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
    if (!written)
        return Error{written.error()};
    return saved;
}

Status NoticeService::setOffice(const Actor &actor, const QString &abbreviation, const QString &name,
                                const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditNoticeTemplates); !allowed)
        return allowed;
    const QString shortName = abbreviation.trimmed();
    const QString fullName = name.trimmed();
    if (shortName.isEmpty() || shortName.size() > 12)
        return Error{tr("The office's abbreviation for serial numbers has 1 to 12 characters.")};
    if (shortName.contains(u'〔') || shortName.contains(u'〕') || shortName.contains(u'号'))
        return Error{tr("The abbreviation is the part before the year: without 〔, 〕 or 号.")};
    if (fullName.isEmpty())
        return Error{tr("Enter the office's full name as it signs notices.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the issuing office changes.")};
    const QString before = officeAbbreviation();
    const QString beforeName = officeName();
    return m_database.transaction([&]() -> Status {
        if (const Status stored = m_database.setMetaValue(officeKey, shortName); !stored)
            return stored;
        if (const Status stored = m_database.setMetaValue(officeNameKey, fullName); !stored)
            return stored;
        AuditRecord entry;
        entry.action = QStringLiteral("notice.office");
        entry.entityType = QStringLiteral("setting");
        entry.entityId = officeKey;
        entry.reason = reason.trimmed();
        entry.details = QJsonObject{{QStringLiteral("from"), before},
                                    {QStringLiteral("to"), shortName},
                                    {QStringLiteral("name_from"), beforeName},
                                    {QStringLiteral("name_to"), fullName}};
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
}

} // namespace creditdesk
