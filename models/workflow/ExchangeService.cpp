#include "ExchangeService.h"

#include "Authorization.h"
#include "PackageApplier.h"
#include "ParsedRecordStream.h"
#include "exchange/ExchangeRecord.h"
#include "search/NameKey.h"
#include "store/AuditJournal.h"
#include "store/BulkListingWriter.h"
#include "store/Database.h"
#include "store/ExchangeRepository.h"
#include "store/NativeSqlite.h"
#include "store/SearchIndexSuspension.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <limits>

namespace creditdesk {

namespace {

QString tr(const char *source, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("creditdesk::ExchangeService", source, disambiguation, count);
}

const QString sourceKey = QStringLiteral("exchange.source");

} // namespace

ExchangeService::ExchangeService(Database &database) : m_database(database) {}

const NameKeyBuilder &ExchangeService::keys()
{
    if (!m_keys)
        m_keys = std::make_unique<NameKeyBuilder>();
    return *m_keys;
}

ExchangeService::~ExchangeService() = default;

QString ExchangeService::officeSource() const
{
    const QString stored = m_database.metaValue(sourceKey);
    return stored.isEmpty() ? QStringLiteral("creditdesk-office") : stored;
}

Result<qint64> ExchangeService::lastOutgoingSequence(const QString &source) const
{
    const QString name = source.trimmed().isEmpty() ? officeSource() : source.trimmed();
    return ExchangeRepository(m_database.connection()).lastSequence(QStringLiteral("out"), name);
}

Status ExchangeService::setOfficeSource(const Actor &actor, const QString &source)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return allowed;
    return m_database.transaction([&]() -> Status { return storeOfficeSource(actor, source); });
}

QString ExchangeService::sourceNameProblem(const QString &source)
{
    const QString name = source.trimmed();
    return name.isEmpty() || name.size() > 100 ? tr("The office's source name has 1 to 100 characters.") : QString();
}

Status ExchangeService::storeOfficeSource(const Actor &actor, const QString &source)
{
    if (const QString problem = sourceNameProblem(source); !problem.isEmpty())
        return Error{problem};
    const QString name = source.trimmed();
    const QString before = officeSource();
    if (name == before)
        return {};
    if (const Status stored = m_database.setMetaValue(sourceKey, name); !stored)
        return stored;
    AuditRecord entry{QStringLiteral("exchange.source"), QStringLiteral("setting"), sourceKey,
                      tr("Source name of outgoing packages"),
                      QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), name}}};
    auto appended = AuditJournal(m_database.connection()).append(actor, entry);
    return appended ? Status{} : Status{Error{appended.error()}};
}

Result<ExchangeService::ImportReport> ExchangeService::importPackage(const Actor &actor, const QString &path,
                                                                     const Progress &progress)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return Error{allowed.error()};
    QElapsedTimer timer;
    timer.start();
    ImportReport report = apply(
        actor, [&path] { return PackageReader::openFile(path); }, progress, false);
    // A package applied may fill the gap before packages that wait: apply those in order (the
    // package asked for is in: a cancel no longer applies).
    while (report.outcome == ImportReport::Outcome::Applied) {
        const qint64 next = report.header.sequence + static_cast<qint64>(report.alsoApplied.size()) + 1;
        const auto waiting = ExchangeRepository(m_database.connection()).waitingPackage(report.header.source, next);
        if (!waiting)
            break;
        const QByteArray content = waiting->content;
        const QString name = tr("waiting package %1").arg(waiting->id);
        ImportReport later = apply(
            actor, [&] { return PackageReader::openBytes(content, name); }, {}, true);
        if (later.failedHere) {
            // The desk failed, not the package: it stays waiting; sending it again applies it.
            for (const PackageProblem &problem : later.problems)
                report.problems.append({problem.line, problem.field, name + QStringLiteral(": ") + problem.reason});
            report.problems.append({1, QString(), tr("%1 was kept; import it again to apply it.").arg(name)});
            break;
        }
        if (later.outcome != ImportReport::Outcome::Applied) {
            // It cannot be applied at its turn: drop it, so that a corrected package can take
            // its sequence number, and say why.
            for (const PackageProblem &problem : later.problems)
                report.problems.append({problem.line, problem.field, name + QStringLiteral(": ") + problem.reason});
            const Status dropped = ExchangeRepository(m_database.connection()).dropWaiting(waiting->id);
            report.problems.append(
                {1, QString(), dropped ? tr("%1 was dropped; send it again, corrected.").arg(name) : dropped.error()});
            break;
        }
        report.alsoApplied.append(waiting->id);
        for (const PackageProblem &kept : std::as_const(later.notTaken))
            report.notTaken.append({kept.line, kept.field, name + QStringLiteral(": ") + kept.reason});
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

ExchangeService::ImportReport
ExchangeService::apply(const Actor &actor, const std::function<Result<std::unique_ptr<PackageReader>>()> &open,
                       const Progress &progress, bool waited)
{
    ImportReport report;
    auto reader = open();
    if (!reader) {
        report.problems.append({1, QString(), reader.error()});
        return report;
    }
    report.header = reader.value()->header();
    const PackageHeader &header = report.header;
    ExchangeRepository repository(m_database.connection());
    auto last = repository.lastSequence(QStringLiteral("in"), header.source);
    if (!last) {
        report.problems.append({1, QString(), last.error()});
        report.failedHere = true;
        return report;
    }
    if (const auto known = waited ? std::nullopt : repository.package(header.packageId)) {
        if (known->direction != QLatin1String("in")) {
            report.problems.append({1, QStringLiteral("package"),
                                    tr("%1 is a package this office sent, not one to apply").arg(header.packageId)});
            return report;
        }
        if (known->bodySha256 != header.bodySha256) {
            report.problems.append({1, QStringLiteral("package"),
                                    tr("package %1 was received before with other content").arg(header.packageId)});
            return report;
        }
        if (known->state != QLatin1String("waiting")) {
            report.outcome = ImportReport::Outcome::AlreadyApplied;
            return report;
        }
        if (header.sequence != last.value() + 1) {
            report.outcome = ImportReport::Outcome::Waiting;
            return report;
        }
        waited = true; // sent again when its turn has come: apply it now
    }
    if (header.sequence <= last.value()) {
        report.problems.append({1, QStringLiteral("sequence"),
                                tr("%1 of %2 is already applied (another package); the next is %3")
                                    .arg(header.sequence)
                                    .arg(header.source)
                                    .arg(last.value() + 1)});
        return report;
    }
    if (const Status prepared = repository.prepareWrites(); !prepared) {
        report.problems.append({1, QString(), prepared.error()});
        report.failedHere = true;
        return report;
    }
    if (header.sequence > last.value() + 1) {
        // Ahead of its turn: read it once, check those bytes are whole, and keep them until the
        // packages before it came.
        QFile file(reader.value()->name());
        QByteArray content;
        if (file.open(QIODevice::ReadOnly))
            content = file.readAll();
        auto kept = PackageReader::openBytes(content, file.fileName());
        QList<PackageProblem> problems;
        while (kept && kept.value()->next(problems)) {
        }
        if (!kept || kept.value()->bodySha256() != header.bodySha256) {
            report.problems.append({1, QStringLiteral("body_sha256"),
                                    tr("the body does not match its hash: the package is damaged or incomplete")});
            return report;
        }
        if (progress && !progress(reader.value()->size(), reader.value()->size())) {
            report.outcome = ImportReport::Outcome::Cancelled; // nothing kept
            return report;
        }
        ExchangePackageRow row{
            header.packageId,  QStringLiteral("in"), header.source, header.sequence, QStringLiteral("waiting"),
            header.bodySha256, header.records,       content,       QString(),       actor.userName};
        const Status stored = m_database.transaction([&]() -> Status {
            if (const Status recorded = repository.recordPackage(row); !recorded)
                return recorded;
            AuditRecord entry{QStringLiteral("exchange.wait"), QStringLiteral("exchange_package"), header.packageId,
                              tr("Package ahead of its sequence"),
                              QJsonObject{{QStringLiteral("source"), header.source},
                                          {QStringLiteral("sequence"), header.sequence},
                                          {QStringLiteral("waits_for"), last.value() + 1}}};
            auto appended = AuditJournal(m_database.connection()).append(actor, entry);
            return appended ? Status{} : Status{Error{appended.error()}};
        });
        if (!stored) {
            report.problems.append({1, QString(), stored.error()});
            report.failedHere = true;
        } else {
            report.outcome = ImportReport::Outcome::Waiting;
        }
        return report;
    }

    bool cancelled = false;
    int failedLine = 1;
    const Status written = m_database.transaction([&]() -> Status {
        // A package as large as the cache is written with the search indexes suspended.
        SearchIndexSuspension suspension(m_database.connection());
        const auto subjects = suspension.subjectCount();
        if (!subjects)
            return Error{subjects.error()};
        report.searchIndexesRebuilt = SearchIndexSuspension::worthwhile(header.records, subjects.value());
        if (report.searchIndexesRebuilt)
            if (const Status suspended = suspension.suspend(); !suspended)
                return suspended;
        if (const Status status = applyRecords(*reader.value(), repository, report, progress, cancelled, failedLine);
            !status)
            return status;
        failedLine = 1;
        if (const Status restored = suspension.restore(report.writtenDirectly); !restored)
            return restored;
        // A cancel asked for while the last rows and the search indexes were written: still in
        // time, nothing is committed yet.
        if (progress && !progress(reader.value()->size(), reader.value()->size())) {
            cancelled = true;
            return Error{tr("Cancelled: nothing was written.")};
        }

        ExchangePackageRow row{
            header.packageId,  QStringLiteral("in"), header.source, header.sequence, QStringLiteral("applied"),
            header.bodySha256, report.records,       QByteArray(),  QString(),       actor.userName};
        // A package that waited is stored already: it becomes applied and drops its content.
        const Status recorded = repository.package(header.packageId) ? repository.markApplied(header.packageId)
                                                                     : repository.recordPackage(row);
        if (!recorded)
            return recorded;
        AuditRecord entry{QStringLiteral("exchange.import"), QStringLiteral("exchange_package"), header.packageId,
                          tr("Package applied"),
                          QJsonObject{{QStringLiteral("source"), header.source},
                                      {QStringLiteral("sequence"), header.sequence},
                                      {QStringLiteral("records"), report.records},
                                      {QStringLiteral("body_sha256"), header.bodySha256}}};
        if (!report.notTaken.isEmpty()) {
            QJsonArray lines;
            for (const PackageProblem &kept : std::as_const(report.notTaken).mid(0, 100))
                lines.append(QJsonObject{{QStringLiteral("line"), kept.line}, {QStringLiteral("field"), kept.field}});
            entry.details.insert(QStringLiteral("notTaken"), static_cast<int>(report.notTaken.size()));
            entry.details.insert(QStringLiteral("notTakenLines"), lines);
        }
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
    if (cancelled) {
        report.outcome = ImportReport::Outcome::Cancelled; // the transaction rolled back
        return report;
    }
    if (!report.problems.isEmpty())
        return report; // rejected: the transaction rolled back
    if (!written) {
        report.problems.append({failedLine, QString(), written.error()});
        report.failedHere = true;
        return report;
    }
    report.outcome = ImportReport::Outcome::Applied;
    return report;
}

Status ExchangeService::applyRecords(PackageReader &reader, ExchangeRepository &repository, ImportReport &report,
                                     const Progress &progress, bool &cancelled, int &line)
{
    const QString source = reader.header().source;
    sqlite3 *direct = m_directSqlite ? native::sharedHandle(m_database.connection()) : nullptr;
    std::optional<BulkListingWriter> bulk;
    if (direct) {
        bulk.emplace(direct, source);
        if (const Status begun = bulk->begin(); !begun)
            return begun;
        report.writtenDirectly = true;
    }
    PackageApplier applier(repository, bulk ? &*bulk : nullptr, source);
    if (const Status begun = applier.begin(reader.header().records); !begun)
        return begun;
    QList<PackageProblem> &problems = applier.problems();
    qint64 count = 0;
    QString bodySha256;
    const qint64 size = reader.size(); // the reader belongs to the stream's thread while it reads
    {
        ParsedRecordStream stream(reader, keys(), m_today.isValid() ? m_today : QDate::currentDate());
        for (;;) {
            ParsedRecordStream::Batch batch = stream.next();

            count += batch.recordsRead;
            problems.append(batch.problems);
            // It will be rolled back: no search keys are needed, and after enough problems
            // the rest is only counted and hashed.
            if (!applier.writing())
                stream.skipSearchKeys();
            if (problems.size() > PackageApplier::problemsChecked)
                stream.onlyCount();
            for (const ParsedRecordStream::Item &item : batch.items) {
                line = item.line;
                if (const Status taken = applier.take(item); !taken) {
                    if (applier.failedLine() > 0) // a row buffered earlier was refused
                        line = applier.failedLine();
                    return taken;
                }
            }
            if (progress && !progress(batch.position, size)) {
                cancelled = true;
                return Error{tr("Cancelled: nothing was written.")};
            }
            if (batch.last)
                break;
        }
        bodySha256 = stream.bodySha256();
    }
    report.records = count;
    if (bodySha256 != reader.header().bodySha256)
        problems.prepend({1, QStringLiteral("body_sha256"),
                          tr("the body does not match its hash: the package is damaged or incomplete")});
    else if (count != reader.header().records)
        problems.prepend(
            {1, QStringLiteral("records"),
             tr("the header announces %n record(s); the body has %1", nullptr,
                static_cast<int>(std::min<qint64>(reader.header().records, std::numeric_limits<int>::max())))
                 .arg(count)});
    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const PackageProblem &a, const PackageProblem &b) { return a.line < b.line; });
        report.problems = problems;
        return Error{tr("The package was rejected.")};
    }
    line = 1;
    report.notTaken = applier.notTaken();
    Status finished = applier.finish();
    if (finished && bulk)
        finished = bulk->finish();
    if (!finished && applier.failedLine() > 0)
        line = applier.failedLine();
    return finished;
}

Result<ExchangeService::ExportReport> ExchangeService::exportFeedback(const Actor &actor, qint64 sinceSequence,
                                                                      const QString &path, const QString &newSource)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return Error{allowed.error()};
    ExchangeRepository repository(m_database.connection());
    QString source = officeSource();
    ExchangeRepository::Watermark watermark;
    PackageHeader header;
    PackageWriter writer;
    bool fileWritten = false;
    // One transaction from the first read to the record of the package: the package carries the
    // state as it was (a synchronisation cannot withdraw a notification in between).
    const Status recorded = m_database.transaction([&]() -> Status {
        if (!newSource.isEmpty()) {
            if (const Status renamed = storeOfficeSource(actor, newSource); !renamed)
                return renamed;
            source = officeSource();
        }
        if (sinceSequence > 0) {
            // Start after what outgoing package sinceSequence carried.
            auto last = repository.lastSequence(QStringLiteral("out"), source);
            if (!last)
                return Error{last.error()};
            if (sinceSequence > last.value())
                return Error{
                    tr("There is no outgoing package %1; the last is %2.").arg(sinceSequence).arg(last.value())};
        }
        auto previous = repository.outgoingWatermark(source, sinceSequence);
        if (!previous)
            return Error{previous.error()};
        watermark = previous.value();
        auto records = repository.outgoingRecords(watermark);
        if (!records)
            return Error{records.error()};
        auto last = repository.lastSequence(QStringLiteral("out"), source);
        if (!last)
            return Error{last.error()};
        header.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        header.source = source;
        header.sequence = last.value() + 1;
        header.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        if (const Status opened = writer.open(path); !opened)
            return opened;
        for (const QJsonObject &record : records.value()) {
            if (const Status written = writer.write(record); !written)
                return written;
        }
        // The file is written within the transaction that records the package; if the record fails,
        // the file is removed again.
        const QString watermarkText =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("feedback"), watermark.feedback},
                                                        {QStringLiteral("objection_event"), watermark.objectionEvent},
                                                        {QStringLiteral("repair_event"), watermark.repairEvent},
                                                        {QStringLiteral("notification"), watermark.notification}})
                                  .toJson(QJsonDocument::Compact));
        ExchangePackageRow row{
            header.packageId, QStringLiteral("out"), source,       header.sequence, QStringLiteral("written"),
            QString(),        writer.records(),      QByteArray(), watermarkText,   actor.userName};
        if (const Status status = writer.finish(header); !status)
            return status;
        fileWritten = true;
        row.bodySha256 = writer.bodySha256();
        if (const Status status = repository.recordPackage(row); !status)
            return status;
        if (const Status status = repository.markNotificationsSent(watermark.notification, header.packageId); !status)
            return status;
        AuditRecord entry{QStringLiteral("exchange.export"), QStringLiteral("exchange_package"), header.packageId,
                          tr("Feedback package written"),
                          QJsonObject{{QStringLiteral("sequence"), header.sequence},
                                      {QStringLiteral("since"), sinceSequence},
                                      {QStringLiteral("records"), writer.records()}}};
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
    if (!recorded) {
        if (fileWritten) // the state did not take it: the file must not stand for it
            QFile::remove(path);
        return Error{recorded.error()};
    }
    return ExportReport{header, writer.records()};
}

} // namespace creditdesk
