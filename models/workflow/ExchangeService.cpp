#include "ExchangeService.h"

#include "Authorization.h"
#include "exchange/ExchangeRecord.h"
#include "search/NameKey.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/ExchangeRepository.h"
#include "store/SearchIndexSuspension.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ExchangeService", source);
}

const QString sourceKey = QStringLiteral("exchange.source");
const QString subjectKind = QStringLiteral("subject");
const QString listingKind = QStringLiteral("listing");
const QString applicationKind = QStringLiteral("application");

} // namespace

ExchangeService::ExchangeService(Database &database) : m_database(database), m_keys(std::make_unique<NameKeyBuilder>())
{}

ExchangeService::~ExchangeService() = default;

QString ExchangeService::officeSource() const
{
    const QString stored = m_database.metaValue(sourceKey);
    return stored.isEmpty() ? QStringLiteral("creditdesk-office") : stored;
}

Status ExchangeService::setOfficeSource(const Actor &actor, const QString &source)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return allowed;
    const QString name = source.trimmed();
    if (name.isEmpty() || name.size() > 100)
        return Error{tr("The office's source name has 1 to 100 characters.")};
    const QString before = officeSource();
    if (name == before)
        return {};
    return m_database.transaction([&]() -> Status {
        if (const Status stored = m_database.setMetaValue(sourceKey, name); !stored)
            return stored;
        AuditRecord entry{QStringLiteral("exchange.source"), QStringLiteral("setting"), sourceKey,
                          tr("Source name of outgoing packages"),
                          QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), name}}};
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
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
    // A package applied may fill the gap before packages that wait: apply those in order.
    while (report.outcome == ImportReport::Outcome::Applied) {
        const qint64 next = report.header.sequence + static_cast<qint64>(report.alsoApplied.size()) + 1;
        const auto waiting = ExchangeRepository(m_database.connection()).waitingPackage(report.header.source, next);
        if (!waiting)
            break;
        const QByteArray content = waiting->content;
        const QString name = tr("waiting package %1").arg(waiting->id);
        ImportReport later = apply(
            actor, [&] { return PackageReader::openBytes(content, name); }, {}, true);
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
        if (!stored)
            report.problems.append({1, QString(), stored.error()});
        else
            report.outcome = ImportReport::Outcome::Waiting;
        return report;
    }

    bool cancelled = false;
    report.problems = validate(*reader.value(), repository, report.records, progress, cancelled);
    if (cancelled) {
        report.outcome = ImportReport::Outcome::Cancelled;
        return report;
    }
    if (!report.problems.isEmpty())
        return report;

    auto again = open();
    if (!again) {
        report.problems.append({1, QString(), again.error()});
        return report;
    }
    bool cancelledWriting = false;
    int failedLine = 1;
    const Status written = m_database.transaction([&]() -> Status {
        // A package as large as the cache is written with the search indexes suspended.
        SearchIndexSuspension suspension(m_database.connection());
        const auto subjects = suspension.subjectCount();
        if (!subjects)
            return Error{subjects.error()};
        report.searchIndexesRebuilt = SearchIndexSuspension::worthwhile(report.records, subjects.value());
        if (report.searchIndexesRebuilt)
            if (const Status suspended = suspension.suspend(); !suspended)
                return suspended;
        if (const Status status = write(*again.value(), repository, progress, cancelledWriting, failedLine); !status)
            return status;
        if (const Status restored = suspension.restore(); !restored) {
            failedLine = 1;
            return restored;
        }
        // The bytes written are the bytes checked.
        if (again.value()->bodySha256() != header.bodySha256) {
            failedLine = 1;
            return Error{tr("the package changed while it was applied")};
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
        auto appended = AuditJournal(m_database.connection()).append(actor, entry);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
    if (!written) {
        if (cancelledWriting)
            report.outcome = ImportReport::Outcome::Cancelled; // the transaction rolled back
        else
            report.problems.append({failedLine, QString(), written.error()});
        return report;
    }
    report.outcome = ImportReport::Outcome::Applied;
    return report;
}

QList<PackageProblem> ExchangeService::validate(PackageReader &reader, ExchangeRepository &repository, qint64 &records,
                                                const Progress &progress, bool &cancelled)
{
    QList<PackageProblem> problems;
    auto courts = repository.courtCodes();
    auto regions = repository.regionCodes();
    auto departments = repository.departmentsByName();
    auto measures = repository.measuresByItem();
    if (!courts || !regions || !departments || !measures) {
        problems.append({1, QString(), tr("The reference data cannot be read.")});
        return problems;
    }
    const QString source = reader.header().source;
    QHash<QString, int> subjectKeys; ///< key → line, in this package
    QHash<QString, int> identifiers; ///< identifier → line
    QHash<QString, int> listingKeys; ///< key → line
    QHash<QString, int> applicationKeys;
    QSet<QString> newDepartments;
    auto known = [&](const QHash<QString, int> &inPackage, const QString &kind, const QString &key) {
        return inPackage.contains(key) || repository.localId(source, kind, key).has_value();
    };
    qint64 count = 0;
    while (auto record = reader.next(problems)) {
        ++count;
        if (progress && count % 4096 == 0 && !progress(reader.position(), reader.size() * 2)) {
            cancelled = true;
            return problems;
        }
        if (problems.size() > 1000)
            continue; // enough to read; still hash and count to the end
        const auto parsed = parseExchangeRecord(record.value(), problems);
        if (!parsed)
            continue;
        const int line = record->line;
        auto fail = [&](const char *field, const QString &reason) {
            problems.append({line, QString::fromLatin1(field), reason});
        };
        if (const auto *department = std::get_if<DepartmentRecord>(&*parsed)) {
            if (!department->regionCode.isEmpty() && !regions->contains(department->regionCode))
                fail("region", tr("no region %1 in the region codes").arg(department->regionCode));
            newDepartments.insert(department->name);
        } else if (const auto *subject = std::get_if<SubjectRecordIn>(&*parsed)) {
            if (const int earlier = subjectKeys.value(subject->key); earlier > 0)
                fail("key", tr("subject %1 is already on line %2").arg(subject->key).arg(earlier));
            const QString identifier = subject->residentId + subject->creditCode;
            if (const int earlier = identifiers.value(identifier); earlier > 0)
                fail(subject->kind == SubjectKind::Person ? "id_number" : "credit_code",
                     tr("the same identifier as the subject on line %1").arg(earlier));
            if (!subject->regionCode.isEmpty() && !regions->contains(subject->regionCode))
                fail("region", tr("no region %1 in the region codes").arg(subject->regionCode));
            const auto byKey = repository.localId(source, subjectKind, subject->key);
            const auto byIdentifier =
                subject->kind == SubjectKind::Person
                    ? repository.subjectByIdentifier(IdentifierType::ResidentId, subject->residentId)
                    : repository.subjectByIdentifier(IdentifierType::CreditCode, subject->creditCode);
            if (byKey && byIdentifier && *byKey != *byIdentifier)
                fail(subject->kind == SubjectKind::Person ? "id_number" : "credit_code",
                     tr("belongs to another subject than %1 in the cache").arg(subject->key));
            subjectKeys.insert(subject->key, line);
            identifiers.insert(identifier, line);
        } else if (const auto *listing = std::get_if<ListingRecordIn>(&*parsed)) {
            if (const int earlier = listingKeys.value(listing->key); earlier > 0)
                fail("key", tr("listing %1 is already on line %2").arg(listing->key).arg(earlier));
            if (!known(subjectKeys, subjectKind, listing->subjectKey))
                fail("subject", tr("no subject %1 in this package or before").arg(listing->subjectKey));
            if (!courts->contains(listing->courtCode))
                fail("court", tr("no court %1 in the court list").arg(listing->courtCode));
            listingKeys.insert(listing->key, line);
        } else if (const auto *change = std::get_if<ListingStateRecord>(&*parsed)) {
            if (!known(listingKeys, listingKind, change->listingKey))
                fail("listing", tr("no listing %1 in this package or before").arg(change->listingKey));
        } else if (const auto *application = std::get_if<ApplicationRecordIn>(&*parsed)) {
            if (const int earlier = applicationKeys.value(application->key); earlier > 0)
                fail("key", tr("measure application %1 is already on line %2").arg(application->key).arg(earlier));
            else if (repository.localId(source, applicationKind, application->key))
                fail("key", tr("measure application %1 was received before").arg(application->key));
            if (!known(listingKeys, listingKind, application->listingKey))
                fail("listing", tr("no listing %1 in this package or before").arg(application->listingKey));
            const QString measure = QStringLiteral("%1/%2/%3")
                                        .arg(application->measureSource)
                                        .arg(application->measureCategory)
                                        .arg(application->measureItem);
            if (!measures->contains(measure))
                fail("measure", tr("no measure %1 in the catalogue").arg(measure));
            if (!departments->contains(application->department) && !newDepartments.contains(application->department))
                fail("department",
                     tr("no department \"%1\"; a department record must come first").arg(application->department));
            applicationKeys.insert(application->key, line);
        }
    }
    records = count;
    if (reader.bodySha256() != reader.header().bodySha256)
        problems.prepend({1, QStringLiteral("body_sha256"),
                          tr("the body does not match its hash: the package is damaged or incomplete")});
    else if (count != reader.header().records)
        problems.prepend(
            {1, QStringLiteral("records"),
             tr("the header announces %1 records; the body has %2").arg(reader.header().records).arg(count)});
    return problems;
}

Status ExchangeService::write(PackageReader &reader, ExchangeRepository &repository, const Progress &progress,
                              bool &cancelled, int &line)
{
    auto departments = repository.departmentsByName();
    auto measures = repository.measuresByItem();
    if (!departments || !measures)
        return Error{tr("The reference data cannot be read.")};
    const QString source = reader.header().source;
    QList<PackageProblem> problems;
    qint64 count = 0;
    while (auto record = reader.next(problems)) {
        if (progress && ++count % 4096 == 0 && !progress(reader.size() + reader.position(), reader.size() * 2)) {
            cancelled = true;
            return Error{tr("Cancelled: nothing was written.")};
        }
        line = record->line;
        const auto parsed = parseExchangeRecord(record.value(), problems);
        if (!parsed)
            return Error{tr("changed between the check and the writing")};
        if (const auto *department = std::get_if<DepartmentRecord>(&*parsed)) {
            auto id = repository.upsertDepartment(*department);
            if (!id)
                return Error{id.error()};
            departments->insert(department->name, id.value());
        } else if (const auto *subject = std::get_if<SubjectRecordIn>(&*parsed)) {
            const QString nameKey = m_keys->key(subject->name);
            const QString representativeKey =
                subject->legalRepresentative.isEmpty() ? QString() : m_keys->key(subject->legalRepresentative);
            const PhoneticKeys phonetic = m_keys->phonetic(nameKey, subject->kind == SubjectKind::Person);
            // The platform's key, else the identifier, finds a subject the cache holds already.
            auto existing = repository.localId(source, subjectKind, subject->key);
            if (!existing)
                existing = subject->kind == SubjectKind::Person
                               ? repository.subjectByIdentifier(IdentifierType::ResidentId, subject->residentId)
                               : repository.subjectByIdentifier(IdentifierType::CreditCode, subject->creditCode);
            qint64 id = 0;
            if (existing) {
                id = *existing;
                if (const Status updated = repository.updateSubject(id, *subject, nameKey, representativeKey, phonetic);
                    !updated)
                    return updated;
            } else {
                auto inserted = repository.insertSubject(*subject, nameKey, representativeKey, phonetic);
                if (!inserted)
                    return Error{inserted.error()};
                id = inserted.value();
            }
            if (const Status mapped = repository.mapKey(source, subjectKind, subject->key, id); !mapped)
                return mapped;
        } else if (const auto *listing = std::get_if<ListingRecordIn>(&*parsed)) {
            const auto subjectId = repository.localId(source, subjectKind, listing->subjectKey);
            if (!subjectId)
                return Error{tr("subject %1 is missing").arg(listing->subjectKey)};
            if (const auto existing = repository.localId(source, listingKind, listing->key)) {
                if (const Status updated = repository.updateListing(*existing, *subjectId, *listing); !updated)
                    return updated;
            } else if (const auto sameCase = repository.listingByCase(*subjectId, listing->caseNumber)) {
                // The subject's listing in this case, recorded before under no key: the same one.
                if (const Status updated = repository.updateListing(*sameCase, *subjectId, *listing); !updated)
                    return updated;
                if (const Status mapped = repository.mapKey(source, listingKind, listing->key, *sameCase); !mapped)
                    return mapped;
            } else {
                auto inserted = repository.insertListing(*subjectId, *listing);
                if (!inserted)
                    return Error{inserted.error()};
                if (const Status mapped = repository.mapKey(source, listingKind, listing->key, inserted.value());
                    !mapped)
                    return mapped;
            }
        } else if (const auto *change = std::get_if<ListingStateRecord>(&*parsed)) {
            const auto listingId = repository.localId(source, listingKind, change->listingKey);
            if (!listingId)
                return Error{tr("listing %1 is missing").arg(change->listingKey)};
            if (const Status changed = repository.changeListingState(*listingId, *change); !changed)
                return changed;
        } else if (const auto *application = std::get_if<ApplicationRecordIn>(&*parsed)) {
            const auto listingId = repository.localId(source, listingKind, application->listingKey);
            if (!listingId)
                return Error{tr("listing %1 is missing").arg(application->listingKey)};
            const qint64 measureId = measures->value(QStringLiteral("%1/%2/%3")
                                                         .arg(application->measureSource)
                                                         .arg(application->measureCategory)
                                                         .arg(application->measureItem));
            auto inserted = repository.insertApplication(
                *listingId, measureId, departments->value(application->department), application->startedOn);
            if (!inserted)
                return Error{inserted.error()};
            if (const Status mapped = repository.mapKey(source, applicationKind, application->key, inserted.value());
                !mapped)
                return mapped;
        }
    }
    if (!problems.isEmpty())
        return Error{problems.first().text()};
    return {};
}

Result<ExchangeService::ExportReport> ExchangeService::exportFeedback(const Actor &actor, qint64 sinceSequence,
                                                                      const QString &path)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return Error{allowed.error()};
    ExchangeRepository repository(m_database.connection());
    const QString source = officeSource();
    ExchangeRepository::Watermark watermark;
    if (sinceSequence > 0) {
        // Start after what outgoing package sinceSequence carried.
        auto last = repository.lastSequence(QStringLiteral("out"), source);
        if (!last)
            return Error{last.error()};
        if (sinceSequence > last.value())
            return Error{tr("There is no outgoing package %1; the last is %2.").arg(sinceSequence).arg(last.value())};
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
    PackageHeader header;
    header.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.source = source;
    header.sequence = last.value() + 1;
    header.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    PackageWriter writer;
    if (const Status opened = writer.open(path); !opened)
        return Error{opened.error()};
    for (const QJsonObject &record : records.value()) {
        if (const Status written = writer.write(record); !written)
            return Error{written.error()};
    }
    // The file is written within the transaction that records the package; if the record fails,
    // the file is removed again.
    const QString watermarkText =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("feedback"), watermark.feedback},
                                                    {QStringLiteral("objection_event"), watermark.objectionEvent},
                                                    {QStringLiteral("repair_event"), watermark.repairEvent},
                                                    {QStringLiteral("notification"), watermark.notification}})
                              .toJson(QJsonDocument::Compact));
    bool fileWritten = false;
    const Status recorded = m_database.transaction([&]() -> Status {
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
