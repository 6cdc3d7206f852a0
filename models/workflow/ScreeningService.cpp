#include "ScreeningService.h"

#include "Authorization.h"
#include "ScreeningPipeline.h"
#include "domain/IdNumber.h"
#include "search/NameKey.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/OfficeKeyRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

#include <future>

namespace creditdesk {

namespace {

/// lupdate files these strings under the class they are used in.
QString tr(const char *source, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("creditdesk::ScreeningService", source, disambiguation, count);
}

constexpr int maximumReportedErrors = 1000;

QJsonObject mappingJson(const ColumnMapping &mapping)
{
    QJsonObject json;
    for (const ApplicantField field : {ApplicantField::Reference, ApplicantField::Name, ApplicantField::IdNumber,
                                       ApplicantField::CreditCode, ApplicantField::LegalRepresentative})
        json.insert(applicantFieldName(field), mapping.column(field) + 1);
    return json;
}

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("creditdesk::ScreeningService", "%1 cannot be read: %2")
                         .arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{QCoreApplication::translate("creditdesk::ScreeningService", "%1 cannot be read: %2")
                         .arg(path, file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ScreeningService::ScreeningService(Database &database) : m_database(database) {}

Result<ScreeningPreview> ScreeningService::preview(const QString &path, int rows)
{
    auto reader = TableReader::open(path);
    if (!reader)
        return Error{reader.error()};
    ScreeningPreview preview;
    preview.description = reader.value()->description();
    auto header = reader.value()->header();
    if (!header)
        return Error{header.error()};
    preview.header = header.value();
    auto mapping = ColumnMapping::recognise(preview.header);
    if (mapping)
        preview.mapping = mapping.value();
    else
        preview.mappingError = mapping.error();
    while (preview.rows.size() < rows) {
        auto row = reader.value()->next();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            break;
        preview.rows.append(*row.value());
    }
    return preview;
}

Result<ScreeningService::Summary> ScreeningService::screenFile(const Actor &actor, const QString &path,
                                                               const ScreeningOptions &options, const RowSink &sink,
                                                               const Progress &progress)
{
    if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
        return Error{allowed.error()};
    if (options.thresholds.review > options.thresholds.hit || options.thresholds.review <= 0
        || options.thresholds.hit > 1.0)
        return Error{tr("Thresholds: 0 < review ≤ hit ≤ 1.")};
    Summary summary;
    auto hash = fileSha256(path);
    if (!hash)
        return Error{hash.error()};
    summary.fileSha256 = hash.value();
    const qint64 fileSize = QFileInfo(path).size();

    // The workers' name keys: their ICU rules are built while the first pass reads the file
    // (about 0.3 s), and each worker gets a copy.
    auto keys = std::async(std::launch::async, [] { return std::make_shared<const NameKeyBuilder>(); });
    // Pass 1: every row checked before anything is screened.
    ColumnMapping mapping;
    QStringList header;
    qint64 screenable = 0;
    {
        auto reader = TableReader::open(path);
        if (!reader)
            return Error{reader.error()};
        summary.description = reader.value()->description();
        auto read = reader.value()->header();
        if (!read)
            return Error{read.error()};
        header = read.value();
        if (options.mapping) {
            mapping = *options.mapping;
            if (const Status checked = mapping.check(header); !checked)
                return Error{checked.error()};
        } else {
            auto recognised = ColumnMapping::recognise(header);
            if (!recognised)
                return Error{recognised.error()};
            mapping = recognised.value();
        }
        for (;;) {
            auto row = reader.value()->next();
            if (!row)
                return Error{row.error()}; // an unreadable file is never screened in part
            if (!row.value())
                break;
            auto applicant = Applicant::fromRow(*row.value(), mapping, nullptr);
            if (!applicant) {
                ++summary.skipped;
                if (summary.rowErrors.size() < maximumReportedErrors)
                    summary.rowErrors.append(QFileInfo(path).fileName() + QStringLiteral(", ") + applicant.error());
            } else if (applicant.value()) { // a blank row is no applicant
                ++screenable;
            }
            if (progress && (row.value()->line % 4096) == 0 && !progress(reader.value()->position(), 2 * fileSize))
                return Error{tr("Cancelled; nothing was recorded.")};
        }
    }
    if (summary.skipped > 0 && !options.skipBadRows)
        return Error{tr("%n row(s) cannot be screened; nothing was screened or recorded. Correct the file, or "
                        "choose to skip the bad rows.\n%1",
                        nullptr, static_cast<int>(summary.skipped))
                         .arg(summary.rowErrors.mid(0, 20).join(u'\n'))};
    // A batch of nobody would read as "no hits": a header alone, or rows all skipped.
    if (screenable == 0)
        return Error{tr("%1 has no applicant to screen below its header; nothing was screened or recorded.")
                         .arg(QFileInfo(path).fileName())
                     + (summary.rowErrors.isEmpty() ? QString() : u'\n' + summary.rowErrors.mid(0, 20).join(u'\n'))};

    // Pass 2: screen and record, in one transaction; matching on the workers of the pipeline.
    ScreeningIndex index(m_database.connection(), options.today);
    ScreeningRepository repository(m_database.connection());
    const QJsonObject thresholds{{QStringLiteral("hit"), options.thresholds.hit},
                                 {QStringLiteral("review"), options.thresholds.review}};
    bool cancelled = false;
    const Status recorded = m_database.transaction([&]() -> Status {
        auto snapshot = index.snapshot(); // inside the transaction: the list as screened
        if (!snapshot)
            return Error{snapshot.error()};
        // The whitelist as keyed in this transaction (setting the office key keys its entries).
        auto officeKey = OfficeKeyRepository(m_database.connection()).key();
        if (!officeKey)
            return Error{officeKey.error()};
        ScreeningPipeline pipeline({m_database.path(), options.today, options.thresholds, mapping,
                                    options.workers < 0 ? ScreeningPipeline::workersForThisMachine() : options.workers,
                                    keys.get(), officeKey.value()});
        ScreeningRepository::Batch batch;
        batch.fileName = QFileInfo(path).fileName();
        batch.fileSha256 = summary.fileSha256;
        batch.fileDescription = summary.description;
        batch.mapping = QString::fromUtf8(QJsonDocument(mappingJson(mapping)).toJson(QJsonDocument::Compact));
        batch.listSnapshot = snapshot.value();
        batch.thresholds = QString::fromUtf8(QJsonDocument(thresholds).toJson(QJsonDocument::Compact));
        batch.algorithmVersion = ScreeningMatcher::algorithmVersion;
        batch.screenedOn = options.today;
        batch.createdBy = actor.userName;
        auto inserted = repository.insertBatch(batch);
        if (!inserted)
            return Error{inserted.error()};
        summary.batchId = inserted.value();
        auto reader = TableReader::open(path);
        if (!reader)
            return Error{reader.error()};
        if (auto read = reader.value()->header(); !read)
            return Error{read.error()};
        // Results are written in groups (ScreeningRepository::rowsPerStatement rows a statement).
        QList<ScreeningRepository::Row> pendingRows;
        QList<ScreeningRepository::StoredMatch> pendingMatches;
        auto writePending = [&]() -> Status {
            if (const Status status = repository.insertRows(summary.batchId, pendingRows); !status)
                return status;
            if (const Status status = repository.insertMatches(summary.batchId, pendingMatches); !status)
                return status;
            pendingRows.clear();
            pendingMatches.clear();
            return {};
        };
        auto record = [&](const Applicant &applicant, const ScreeningResult &result) -> Status {
            ++summary.rows;
            summary.hits += result.outcome == ScreeningOutcome::Hit ? 1 : 0;
            summary.possible += result.outcome == ScreeningOutcome::Possible ? 1 : 0;
            summary.history += result.outcome == ScreeningOutcome::History ? 1 : 0;
            const bool cleared = std::any_of(result.matches.cbegin(), result.matches.cend(),
                                             [](const ScreeningMatch &match) { return match.whitelistId > 0; });
            summary.cleared += cleared && result.outcome == ScreeningOutcome::NoHit ? 1 : 0;
            ScreeningRepository::Row stored;
            stored.line = applicant.line;
            stored.reference = applicant.reference;
            stored.name = applicant.name;
            stored.identifierMasked = maskedIdentifier(applicant);
            stored.applicantKey = applicantKey(applicant);
            stored.outcome = static_cast<int>(result.outcome);
            stored.warning = applicant.warning;
            stored.legalRepresentative = applicant.legalRepresentative;
            if (!result.matches.isEmpty() && result.matches.first().whitelistId == 0) {
                const ScreeningMatch &best = result.matches.first();
                stored.score = best.score;
                stored.subjectId = best.subjectId;
                stored.listingId = best.listingId;
                stored.matchKeys = best.keys.join(u',');
                stored.explanation = best.explanation;
            }
            pendingRows.append(std::move(stored));
            for (int rank = 0; rank < result.matches.size(); ++rank) {
                const ScreeningMatch &match = result.matches.at(rank);
                pendingMatches.append({applicant.line, rank + 1, match.subjectId, match.listingId, match.caseNumber,
                                       match.inForce, match.score, match.keys.join(u','), match.explanation,
                                       match.whitelistId, match.subjectName});
            }
            if (pendingRows.size() >= 8 * ScreeningRepository::rowsPerStatement) {
                if (const Status status = writePending(); !status)
                    return status;
            }
            if (sink)
                return sink(applicant, result);
            return {};
        };
        auto keepGoing = [&](qint64 position) {
            cancelled = progress && !progress(fileSize + position, 2 * fileSize);
            return !cancelled;
        };
        if (const Status status = pipeline.run(*reader.value(), m_database.connection(), record, keepGoing); !status)
            return cancelled ? Error{tr("Cancelled; nothing was recorded.")} : status;
        if (const Status status = writePending(); !status)
            return status;
        // The record is of the file as screened: it must not have changed since it was hashed.
        auto hashedAgain = fileSha256(path);
        if (!hashedAgain)
            return Error{hashedAgain.error()};
        if (hashedAgain.value() != summary.fileSha256)
            return Error{
                tr("%1 changed while it was being screened; nothing was recorded.").arg(QFileInfo(path).fileName())};
        ScreeningRepository::Batch counts;
        counts.rowsScreened = summary.rows;
        counts.rowsSkipped = summary.skipped;
        counts.hits = summary.hits;
        counts.possible = summary.possible;
        counts.history = summary.history;
        if (const Status status = repository.updateCounts(summary.batchId, counts); !status)
            return status;
        auto previous = repository.previousOf(summary.fileSha256, summary.batchId);
        if (!previous)
            return Error{previous.error()};
        summary.previousBatch = previous.value().value_or(0);
        return audit(m_database, actor,
                     {QStringLiteral("screening.batch"), QStringLiteral("screening_batch"),
                      QString::number(summary.batchId), tr("Applicants screened: %1").arg(batch.fileName),
                      QJsonObject{{QStringLiteral("file"), batch.fileName},
                                  {QStringLiteral("sha256"), summary.fileSha256},
                                  {QStringLiteral("rows"), summary.rows},
                                  {QStringLiteral("skipped"), summary.skipped},
                                  {QStringLiteral("hits"), summary.hits},
                                  {QStringLiteral("possible"), summary.possible},
                                  {QStringLiteral("cleared"), summary.cleared},
                                  {QStringLiteral("listSnapshot"), batch.listSnapshot},
                                  {QStringLiteral("thresholds"), thresholds},
                                  {QStringLiteral("algorithmVersion"), batch.algorithmVersion}}});
    });
    if (!recorded)
        return Error{recorded.error()};
    if (summary.previousBatch > 0) {
        auto changed =
            ScreeningRepository(m_database.connection()).countChangedRows(summary.batchId, summary.previousBatch);
        if (changed)
            summary.changedSincePrevious = changed.value();
    }
    return summary;
}

Result<QList<std::pair<ScreeningRepository::Row, ScreeningRepository::Row>>>
ScreeningService::changes(const Actor &actor, qint64 batchId, qint64 previousBatch) const
{
    if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
        return Error{allowed.error()};
    return ScreeningRepository(m_database.connection()).changedRows(batchId, previousBatch);
}

} // namespace creditdesk
