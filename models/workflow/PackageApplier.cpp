#include "PackageApplier.h"

#include "domain/ListingExit.h"
#include "store/BulkListingWriter.h"
#include "store/ExchangeRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::PackageApplier", source);
}

const QString subjectKind = QStringLiteral("subject");
const QString listingKind = QStringLiteral("listing");
const QString applicationKind = QStringLiteral("application");

/// SPC rules Art. 2: two years, extended by at most three.
constexpr int maximumPeriodMonths = 60;

quint64 caseHash(qint64 subjectId, const QString &caseNumber)
{
    return (static_cast<quint64>(qHash(caseNumber, 0x9e3779b9U)) << 32) ^ static_cast<quint64>(subjectId);
}

} // namespace

PackageApplier::PackageApplier(ExchangeRepository &repository, BulkListingWriter *bulk, QString source)
    : m_repository(repository), m_bulk(bulk), m_source(std::move(source))
{}

Status PackageApplier::begin(qint64 records)
{
    // Rehashing tables of a million keys as they grow costs more than reserving them once.
    const qsizetype expected = static_cast<qsizetype>(std::clamp<qint64>(records / 2, 0, 10'000'000));
    m_subjects.reserve(expected);
    m_identifiers.reserve(expected);
    m_listings.reserve(expected);
    m_casesWritten.reserve(expected);
    auto courts = m_repository.courtCodes();
    auto regions = m_repository.regionCodes();
    auto departments = m_repository.departmentsByName();
    auto measures = m_repository.measuresByItem();
    if (!courts || !regions || !departments || !measures)
        return Error{tr("The reference data cannot be read.")};
    m_courts = courts.value();
    m_regions = regions.value();
    m_departments = departments.value();
    m_measures = measures.value();
    auto hadKeys = m_repository.sourceHasKeys(m_source);
    if (!hadKeys)
        return Error{hadKeys.error()};
    m_sourceHadKeys = hadKeys.value();
    auto lastSubject = m_repository.lastSubjectId();
    if (!lastSubject)
        return Error{lastSubject.error()};
    m_lastSubjectBefore = lastSubject.value();
    return {};
}

Status PackageApplier::take(const ParsedRecordStream::Item &item)
{
    if (m_problems.size() > problemsChecked)
        return {};
    if (const auto *department = std::get_if<DepartmentRecord>(&item.record))
        return takeDepartment(item.line, *department);
    if (const auto *subject = std::get_if<SubjectRecordIn>(&item.record))
        return takeSubject(item, *subject);
    if (const auto *listing = std::get_if<ListingRecordIn>(&item.record))
        return takeListing(item.line, *listing);
    if (const auto *change = std::get_if<ListingStateRecord>(&item.record))
        return takeStateChange(item.line, *change);
    if (const auto *extension = std::get_if<ListingExtensionRecord>(&item.record))
        return takeExtension(item.line, *extension);
    if (const auto *application = std::get_if<ApplicationRecordIn>(&item.record))
        return takeApplication(item.line, *application);
    if (const auto *faulty = std::get_if<FaultyRecordIn>(&item.record))
        takeFaulty(item.line, *faulty);
    return {};
}

Status PackageApplier::finish()
{
    return flush();
}

int PackageApplier::failedLine() const
{
    return m_bulk ? m_bulk->failedLine() : 0;
}

Status PackageApplier::flush()
{
    return m_bulk ? m_bulk->flush() : Status{};
}

PackageApplier::LookUp PackageApplier::cachedKey(const QString &kind, const QString &key)
{
    if (!m_sourceHadKeys)
        return std::optional<qint64>();
    if (m_bulk)
        return m_bulk->keyId(kind, key);
    return m_repository.localId(m_source, kind, key);
}

PackageApplier::LookUp PackageApplier::cachedIdentifier(IdentifierType type, const QString &value)
{
    if (m_bulk)
        return m_bulk->subjectByIdentifier(type, value);
    return m_repository.subjectByIdentifier(type, value);
}

PackageApplier::LookUp PackageApplier::idOf(const QHash<QString, Known> &inPackage, const QString &kind,
                                            const QString &key)
{
    if (const auto found = inPackage.constFind(key); found != inPackage.cend())
        return std::optional<qint64>(found->id);
    return cachedKey(kind, key);
}

PackageApplier::LookUp PackageApplier::listingOfCase(qint64 subjectId, const QString &caseNumber, bool subjectIsNew)
{
    const bool writtenBefore = m_casesWritten.contains(caseHash(subjectId, caseNumber));
    // A subject this package added has only the listings it wrote; a hash seen before is
    // confirmed (or not: a collision) by the cache, once what is buffered is written.
    if (subjectIsNew && !writtenBefore)
        return std::optional<qint64>();
    if (writtenBefore)
        if (const Status flushed = flush(); !flushed)
            return Error{flushed.error()};
    if (m_bulk)
        return m_bulk->listingByCase(subjectId, caseNumber);
    return m_repository.listingByCase(subjectId, caseNumber);
}

Status PackageApplier::takeDepartment(int line, const DepartmentRecord &department)
{
    if (!department.regionCode.isEmpty() && !m_regions.contains(department.regionCode))
        m_problems.append(
            {line, QStringLiteral("region"), tr("no region %1 in the region codes").arg(department.regionCode)});
    m_newDepartments.insert(department.name);
    if (!writing())
        return {};
    auto id = m_repository.upsertDepartment(department);
    if (!id)
        return Error{id.error()};
    m_departments.insert(department.name, id.value());
    return {};
}

Status PackageApplier::takeSubject(const ParsedRecordStream::Item &item, const SubjectRecordIn &subject)
{
    const int line = item.line;
    const bool person = subject.kind == SubjectKind::Person;
    const QString identifierField = person ? QStringLiteral("id_number") : QStringLiteral("credit_code");
    const qsizetype before = m_problems.size();
    if (const auto earlier = m_subjects.constFind(subject.key); earlier != m_subjects.cend())
        m_problems.append(
            {line, QStringLiteral("key"), tr("subject %1 is already on line %2").arg(subject.key).arg(earlier->line)});
    const QString identifier = subject.residentId + subject.creditCode;
    if (const int earlier = m_identifiers.value(identifier); earlier > 0)
        m_problems.append({line, identifierField, tr("the same identifier as the subject on line %1").arg(earlier)});
    if (!subject.regionCode.isEmpty() && !m_regions.contains(subject.regionCode))
        m_problems.append(
            {line, QStringLiteral("region"), tr("no region %1 in the region codes").arg(subject.regionCode)});
    const auto byKey = cachedKey(subjectKind, subject.key);
    const auto byIdentifier = cachedIdentifier(person ? IdentifierType::ResidentId : IdentifierType::CreditCode,
                                               person ? subject.residentId : subject.creditCode);
    if (!byKey || !byIdentifier)
        return Error{!byKey ? byKey.error() : byIdentifier.error()};
    if (*byKey && *byIdentifier && **byKey != **byIdentifier)
        m_problems.append(
            {line, identifierField, tr("belongs to another subject than %1 in the cache").arg(subject.key)});
    m_identifiers.insert(identifier, line);
    // A subject found by its key with another identifier keeps its stored one (below), and so the
    // birth date that one carries decides whether its listings are a minor's.
    const bool identifierNotTaken = *byKey && !*byIdentifier;
    QDate born = subject.bornOn;
    if (identifierNotTaken) {
        auto stored = m_repository.personBornOn(**byKey);
        if (!stored)
            return Error{stored.error()};
        born = stored.value();
    }
    if (m_problems.size() > before || !writing()) {
        m_subjects.insert(subject.key, {line, 0, born, *byKey ? **byKey : byIdentifier->value_or(0)});
        return {};
    }
    // The platform's key, else the identifier, finds a subject the cache holds already.
    const std::optional<qint64> existing = *byKey ? *byKey : *byIdentifier;
    qint64 id = 0;
    if (existing) {
        id = *existing;
        // The identifier is the subject's identity (searches, screening and the central server's
        // keys rest on it): a package does not change it, but says so.
        if (identifierNotTaken)
            m_notTaken.append({line, identifierField,
                               tr("subject %1 keeps the identifier it is stored with, and the sex and birth date "
                                  "that go with it; this package has another identifier, which a package does not "
                                  "change")
                                   .arg(subject.key)});
        if (const Status flushed = flush(); !flushed)
            return flushed;
        if (const Status updated = m_repository.updateSubject(id, subject, item.nameKey, item.representativeKey,
                                                              item.phonetic, identifierNotTaken);
            !updated)
            return updated;
        if (const Status mapped = m_repository.mapKey(m_source, subjectKind, subject.key, id); !mapped)
            return mapped;
    } else if (m_bulk) {
        auto added = m_bulk->addSubject(subject, item.nameKey, item.representativeKey, item.phonetic, line);
        if (!added)
            return Error{added.error()};
        id = added.value();
    } else {
        auto inserted = m_repository.insertSubject(subject, item.nameKey, item.representativeKey, item.phonetic);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        if (const Status mapped = m_repository.mapKey(m_source, subjectKind, subject.key, id); !mapped)
            return mapped;
    }
    m_subjects.insert(subject.key, {line, id, born});
    return {};
}

Result<QDate> PackageApplier::bornOn(const QString &subjectKey, qint64 subjectId)
{
    if (const auto found = m_subjects.constFind(subjectKey); found != m_subjects.cend())
        return found->bornOn;
    return m_repository.personBornOn(subjectId);
}

Status PackageApplier::takeListing(int line, const ListingRecordIn &listing)
{
    const qsizetype before = m_problems.size();
    if (const auto earlier = m_listings.constFind(listing.key); earlier != m_listings.cend())
        m_problems.append(
            {line, QStringLiteral("key"), tr("listing %1 is already on line %2").arg(listing.key).arg(earlier->line)});
    const auto subjectId = idOf(m_subjects, subjectKind, listing.subjectKey);
    if (!subjectId)
        return Error{subjectId.error()};
    if (!*subjectId)
        m_problems.append(
            {line, QStringLiteral("subject"), tr("no subject %1 in this package or before").arg(listing.subjectKey)});
    if (!m_courts.contains(listing.courtCode))
        m_problems.append({line, QStringLiteral("court"), tr("no court %1 in the court list").arg(listing.courtCode)});
    if (*subjectId) {
        // SPC rules Art. 3: a minor is never listed.
        auto born = bornOn(listing.subjectKey, **subjectId);
        if (!born)
            return Error{born.error()};
        if (born->isValid() && listing.decisionDate.isValid() && listing.decisionDate < born->addYears(18))
            m_problems.append({line, QStringLiteral("decision_date"),
                               tr("subject %1, born %2, was a minor on %3: minors are never listed (SPC rules "
                                  "Art. 3)")
                                   .arg(listing.subjectKey, born->toString(Qt::ISODate),
                                        listing.decisionDate.toString(Qt::ISODate))});
        if (const Status checked = requireCreditorMayApply(line, **subjectId, listing); !checked)
            return checked;
    }
    if (m_problems.size() > before) {
        m_listings.insert(listing.key, {line, 0, {}});
        ListingTerms faulty;
        faulty.subjectKey = listing.subjectKey;
        m_unwrittenTerms.insert(listing.key, faulty);
        return {};
    }
    const qint64 subject = **subjectId;
    auto existing = cachedKey(listingKind, listing.key);
    if (!existing)
        return Error{existing.error()};
    if (!writing())
        return checkListingOnly(line, listing, subject, *existing);
    qint64 id = 0;
    if (*existing) {
        id = **existing;
        if (const Status flushed = flush(); !flushed)
            return flushed;
        // One listing a subject and case: a key moved onto a case the subject has under another
        // key is named, not left to the unique index.
        auto sameCase = listingOfCase(subject, listing.caseNumber, false);
        if (!sameCase)
            return Error{sameCase.error()};
        if (*sameCase && **sameCase != id) {
            m_problems.append({line, QStringLiteral("case_number"),
                               tr("the subject has this case already as another listing; listing %1 cannot take it")
                                   .arg(listing.key)});
            m_listings.insert(listing.key, {line, 0, {}});
            return {};
        }
        auto updated = updateListing(line, id, subject, listing);
        if (!updated)
            return Error{updated.error()};
        if (!*updated)
            return {};
        m_casesWritten.insert(caseHash(subject, listing.caseNumber), id);
    } else {
        auto sameCase = listingOfCase(subject, listing.caseNumber, subject > m_lastSubjectBefore);
        if (!sameCase)
            return Error{sameCase.error()};
        if (*sameCase) {
            // The subject's listing in this case, recorded before under no key: the same one.
            id = **sameCase;
            if (const Status flushed = flush(); !flushed)
                return flushed;
            auto updated = updateListing(line, id, subject, listing);
            if (!updated)
                return Error{updated.error()};
            if (!*updated)
                return {};
            if (const Status mapped = m_repository.mapKey(m_source, listingKind, listing.key, id); !mapped)
                return mapped;
        } else if (m_bulk) {
            auto added = m_bulk->addListing(subject, listing, line);
            if (!added)
                return Error{added.error()};
            id = added.value();
        } else {
            auto inserted = m_repository.insertListing(subject, listing);
            if (!inserted)
                return Error{inserted.error()};
            id = inserted.value();
            if (const Status mapped = m_repository.mapKey(m_source, listingKind, listing.key, id); !mapped)
                return mapped;
        }
        m_casesWritten.insert(caseHash(subject, listing.caseNumber), id);
    }
    m_listings.insert(listing.key, {line, id, {}});
    return {};
}

void PackageApplier::takeFaulty(int line, const FaultyRecordIn &record)
{
    // Its faults are reported already; the records naming it are checked as far as they can be
    // without it, as those of a record with faults found against the package or the cache.
    QHash<QString, Known> &known = record.listing ? m_listings : m_subjects;
    if (const auto earlier = known.constFind(record.key); earlier != known.cend()) {
        m_problems.append(
            {line, QStringLiteral("key"),
             (record.listing ? tr("listing %1 is already on line %2") : tr("subject %1 is already on line %2"))
                 .arg(record.key)
                 .arg(earlier->line)});
        return;
    }
    known.insert(record.key, {line, 0, {}});
    if (record.listing)
        m_unwrittenTerms.insert(record.key, ListingTerms{});
}

PackageApplier::LookUp PackageApplier::listingToChange(int line, const QString &key)
{
    auto id = idOf(m_listings, listingKind, key);
    if (id && !*id)
        m_problems.append({line, QStringLiteral("listing"), tr("no listing %1 in this package or before").arg(key)});
    return id;
}

Status PackageApplier::takeStateChange(int line, const ListingStateRecord &change)
{
    const auto listingId = listingToChange(line, change.listingKey);
    if (!listingId)
        return Error{listingId.error()};
    if (!*listingId)
        return {};
    auto terms = termsOf(change.listingKey, **listingId);
    if (!terms)
        return Error{terms.error()};
    const qsizetype before = m_problems.size();
    requireAfterDecision(line, "on", change.on, *terms);
    if (m_problems.size() > before)
        return {};
    if (const Status noted = noteCreditorDeletion(**listingId, change); !noted)
        return noted;
    if (!writing()) {
        // Only checking: the state is remembered for the records after it.
        terms->state = change.state;
        terms->stateDate = change.on;
        m_unwrittenTerms.insert(change.listingKey, *terms);
        return {};
    }
    if (const Status flushed = flush(); !flushed)
        return flushed;
    return m_repository.changeListingState(**listingId, change);
}

Status PackageApplier::takeExtension(int line, const ListingExtensionRecord &extension)
{
    const auto listingId = listingToChange(line, extension.listingKey);
    if (!listingId)
        return Error{listingId.error()};
    if (!*listingId)
        return {};
    const qsizetype before = m_problems.size();
    // The same decision twice (the platform sent it again) would extend the period twice.
    const QString decision =
        QStringLiteral("%1|%2|%3").arg(extension.listingKey, extension.on.toString(Qt::ISODate)).arg(extension.months);
    if (const int earlier = m_extensions.value(decision); earlier > 0) {
        m_problems.append({line, QStringLiteral("on"), tr("the same extension is on line %1").arg(earlier)});
        return {};
    }
    m_extensions.insert(decision, line);
    auto terms = termsOf(extension.listingKey, **listingId);
    if (!terms)
        return Error{terms.error()};
    if (!terms->known) // a listing of this package only checked, with faults of its own
        return {};
    if (terms->storedId > 0) {
        auto recorded = m_repository.hasExtension(terms->storedId, extension.on, extension.months);
        if (!recorded)
            return Error{recorded.error()};
        if (*recorded) {
            m_problems.append({line, QStringLiteral("on"),
                               tr("listing %1 was extended by %2 months on %3 already")
                                   .arg(extension.listingKey)
                                   .arg(extension.months)
                                   .arg(extension.on.toString(Qt::ISODate))});
            return {};
        }
    }
    // SPC rules Art. 2: only a fixed period (grounds 2 to 6) is extended, by one to three years in
    // all, while the listing is in force.
    if (terms->periodMonths == 0) {
        m_problems.append({line, QStringLiteral("listing"),
                           tr("listing %1 is of ground 1, which has no fixed period to extend (SPC rules Art. 2)")
                               .arg(extension.listingKey)});
    } else if (terms->state == static_cast<int>(PublicationState::Revoked)
               || terms->state == static_cast<int>(PublicationState::Deleted)) {
        m_problems.append({line, QStringLiteral("listing"),
                           (terms->state == static_cast<int>(PublicationState::Revoked)
                                ? tr("listing %1 was revoked on %2: only a listing in force is extended")
                                : tr("listing %1 was deleted on %2: only a listing in force is extended"))
                               .arg(extension.listingKey, terms->stateDate.toString(Qt::ISODate))});
    } else {
        Listing period;
        period.decisionDate = terms->decisionDate;
        period.periodMonths = terms->periodMonths;
        period.extensionMonths = terms->extensionMonths;
        const qsizetype beforeDates = m_problems.size();
        requireAfterDecision(line, "on", extension.on, *terms);
        if (m_problems.size() == beforeDates && extension.on > period.periodEnd())
            m_problems.append({line, QStringLiteral("on"),
                               tr("the listing's period ended on %1: an ended period is not extended")
                                   .arg(period.periodEnd().toString(Qt::ISODate))});
        const int total = terms->periodMonths + terms->extensionMonths + extension.months;
        if (total > maximumPeriodMonths)
            m_problems.append({line, QStringLiteral("months"),
                               tr("the period would be %1 months: at most 60, two years extended by at most three "
                                  "(SPC rules Art. 2)")
                                   .arg(total)});
    }
    if (m_problems.size() > before)
        return {};
    if (!writing()) {
        terms->extensionMonths += extension.months;
        if (!terms->firstExtensionOn.isValid() || extension.on < terms->firstExtensionOn)
            terms->firstExtensionOn = extension.on;
        m_unwrittenTerms.insert(extension.listingKey, *terms);
        return {};
    }
    return m_repository.extendListing(**listingId, extension);
}

Status PackageApplier::checkListingOnly(int line, const ListingRecordIn &listing, qint64 subjectId,
                                        std::optional<qint64> existing)
{
    m_listings.insert(listing.key, {line, 0, {}});
    // The listing of the cache it is, as while writing: by its key, else by the subject's case.
    auto sameCase = listingOfCase(subjectId, listing.caseNumber, subjectId == 0 || subjectId > m_lastSubjectBefore);
    if (!sameCase)
        return Error{sameCase.error()};
    if (existing && *sameCase && **sameCase != *existing) {
        m_problems.append(
            {line, QStringLiteral("case_number"),
             tr("the subject has this case already as another listing; listing %1 cannot take it").arg(listing.key)});
        ListingTerms faulty;
        faulty.subjectKey = listing.subjectKey;
        m_unwrittenTerms.insert(listing.key, faulty);
        return {};
    }
    ListingTerms terms;
    terms.subjectKey = listing.subjectKey;
    terms.known = true;
    terms.ground = listing.ground;
    terms.decisionDate = listing.decisionDate;
    terms.periodMonths = listing.periodMonths;
    if (const std::optional<qint64> stored = existing ? existing : *sameCase) {
        // Its state and extensions stay.
        auto before = termsOf(listing.key, *stored);
        if (!before)
            return Error{before.error()};
        terms.extensionMonths = before->extensionMonths;
        terms.firstExtensionOn = before->firstExtensionOn;
        terms.state = before->state;
        terms.stateDate = before->stateDate;
        terms.storedId = *stored;
        terms.known = before->known && leavesRoomFor(line, listing, before->extensionMonths, before->firstExtensionOn);
    }
    m_unwrittenTerms.insert(listing.key, terms);
    return {};
}

Result<bool> PackageApplier::updateListing(int line, qint64 id, qint64 subjectId, const ListingRecordIn &listing)
{
    // While writing, the terms are the stored ones.
    auto stored = termsOf(listing.key, id);
    if (!stored)
        return Error{stored.error()};
    if (stored->known && !leavesRoomFor(line, listing, stored->extensionMonths, stored->firstExtensionOn)) {
        m_listings.insert(listing.key, {line, 0, {}});
        return false;
    }
    if (const Status updated = m_repository.updateListing(id, subjectId, listing); !updated)
        return Error{updated.error()};
    return true;
}

bool PackageApplier::leavesRoomFor(int line, const ListingRecordIn &listing, int extensionMonths,
                                   const QDate &firstExtensionOn)
{
    // A listing sent again keeps the extensions recorded since it was listed (SPC rules Art. 2).
    if (extensionMonths == 0)
        return true;
    if (firstExtensionOn.isValid() && listing.decisionDate > firstExtensionOn) {
        m_problems.append({line, QStringLiteral("decision_date"),
                           tr("listing %1 was extended on %2, before this decision date: an extension follows the "
                              "listing")
                               .arg(listing.key, firstExtensionOn.toString(Qt::ISODate))});
        return false;
    }
    if (listing.periodMonths == 0) {
        m_problems.append({line, QStringLiteral("ground"),
                           tr("listing %1 was extended by %2 months; ground 1 has no fixed period (SPC rules Art. 2)")
                               .arg(listing.key)
                               .arg(extensionMonths)});
        return false;
    }
    if (listing.periodMonths + extensionMonths > maximumPeriodMonths) {
        m_problems.append({line, QStringLiteral("period_months"),
                           tr("with the %1 months the listing was extended by, the period would be %2 months: at "
                              "most 60 (SPC rules Art. 2)")
                               .arg(extensionMonths)
                               .arg(listing.periodMonths + extensionMonths)});
        return false;
    }
    return true;
}

Result<PackageApplier::ListingTerms> PackageApplier::termsOf(const QString &key, qint64 id)
{
    if (const auto found = m_unwrittenTerms.constFind(key); found != m_unwrittenTerms.cend())
        return *found;
    ListingTerms terms;
    if (id == 0)
        return terms;
    // What is buffered is written first, also while only checking (it had no faults, and the
    // whole package is rolled back).
    if (const Status flushed = flush(); !flushed)
        return Error{flushed.error()};
    auto stored = m_repository.listingTerms(id);
    if (!stored)
        return Error{stored.error()};
    if (!*stored)
        return terms;
    const Listing &listing = **stored;
    terms.known = true;
    terms.storedId = id;
    terms.ground = static_cast<int>(listing.ground);
    terms.decisionDate = listing.decisionDate;
    terms.periodMonths = listing.periodMonths;
    terms.extensionMonths = listing.extensionMonths;
    terms.state = static_cast<int>(listing.state);
    terms.stateDate = listing.stateDate;
    if (listing.extensionMonths > 0) {
        auto first = m_repository.firstExtensionOn(id);
        if (!first)
            return Error{first.error()};
        terms.firstExtensionOn = *first;
    }
    return terms;
}

void PackageApplier::requireAfterDecision(int line, const char *field, const QDate &day, const ListingTerms &terms)
{
    if (terms.known && terms.decisionDate.isValid() && day.isValid() && day < terms.decisionDate)
        m_problems.append({line, QString::fromLatin1(field),
                           tr("before the listing's decision date %1").arg(terms.decisionDate.toString(Qt::ISODate))});
}

Result<PackageApplier::SubjectRef> PackageApplier::subjectRefOf(qint64 subjectId, const QString &subjectKey)
{
    // While only checking, a subject of the package has no id here, though the cache may have it.
    if (subjectId <= 0 && !subjectKey.isEmpty()) {
        const auto known = m_subjects.constFind(subjectKey);
        if (known != m_subjects.cend() && (known->id > 0 || known->cachedId > 0)) {
            subjectId = known->id > 0 ? known->id : known->cachedId;
        } else {
            auto cached = cachedKey(subjectKind, subjectKey);
            if (!cached)
                return Error{cached.error()};
            if (*cached)
                subjectId = **cached;
        }
    }
    if (subjectId > 0)
        return SubjectRef{subjectId, QStringLiteral("id:%1").arg(subjectId)};
    if (subjectKey.isEmpty())
        return SubjectRef{};
    return SubjectRef{0, QStringLiteral("key:") + subjectKey};
}

Result<std::optional<QDate>> PackageApplier::creditorDeletionBefore(const SubjectRef &subject,
                                                                    const QString &creditorKey, const QDate &day)
{
    std::optional<QDate> latest;
    // Deletions of this package (those only checked are not written).
    for (const QDate &deleted : m_creditorDeletions.value(subject.text + u'|' + creditorKey))
        if (deleted <= day && (!latest || deleted > *latest))
            latest = deleted;
    // A subject this package added has no deletions in the cache but those of this package.
    if (subject.id > 0 && subject.id <= m_lastSubjectBefore) {
        auto stored = m_repository.lastDeletionOnRequestOf(subject.id, creditorKey, day);
        if (!stored)
            return Error{stored.error()};
        if (*stored && (!latest || **stored > *latest))
            latest = *stored;
    }
    return latest;
}

Status PackageApplier::requireCreditorMayApply(int line, qint64 subjectId, const ListingRecordIn &listing)
{
    if (listing.creditorKey.isEmpty() || !listing.decisionDate.isValid())
        return {};
    auto subject = subjectRefOf(subjectId, listing.subjectKey);
    if (!subject)
        return Error{subject.error()};
    auto deleted = creditorDeletionBefore(*subject, listing.creditorKey, listing.decisionDate);
    if (!deleted)
        return Error{deleted.error()};
    if (!*deleted)
        return {};
    const QDate until = ListingExitRules::creditorBlockEnds(**deleted);
    if (listing.decisionDate < until)
        m_problems.append({line, QStringLiteral("creditor"),
                           tr("a listing of subject %1 was deleted on %2 at the application of %3; a new application "
                              "of that creditor is refused until %4 (SPC rules Art. 10)")
                               .arg(listing.subjectKey, deleted->value().toString(Qt::ISODate), listing.creditor,
                                    until.toString(Qt::ISODate))});
    return {};
}

Status PackageApplier::noteCreditorDeletion(qint64 listingId, const ListingStateRecord &change)
{
    if (change.deletionEvent != static_cast<int>(DeletionEvent::CreditorApplied) || change.creditorKey.isEmpty())
        return {};
    // The listing's subject: by the listing's id when it has one, else as the package named it
    // (a listing only checked), else by the listing's key in the cache (a listing of the cache
    // whose record in this package had a fault).
    QString subjectKey;
    if (listingId == 0) {
        subjectKey = m_unwrittenTerms.value(change.listingKey).subjectKey;
        if (subjectKey.isEmpty()) {
            auto cached = cachedKey(listingKind, change.listingKey);
            if (!cached)
                return Error{cached.error()};
            listingId = cached->value_or(0);
        }
    }
    qint64 subjectId = 0;
    if (listingId > 0) {
        if (const Status flushed = flush(); !flushed) // the listing may still be buffered
            return flushed;
        auto stored = m_repository.subjectOfListing(listingId);
        if (!stored)
            return Error{stored.error()};
        subjectId = stored.value();
    }
    auto subject = subjectRefOf(subjectId, subjectKey);
    if (!subject)
        return Error{subject.error()};
    if (!subject->text.isEmpty())
        m_creditorDeletions[subject->text + u'|' + change.creditorKey].append(change.on);
    return {};
}

Status PackageApplier::takeApplication(int line, const ApplicationRecordIn &application)
{
    const qsizetype before = m_problems.size();
    if (const int earlier = m_applications.value(application.key); earlier > 0) {
        m_problems.append({line, QStringLiteral("key"),
                           tr("measure application %1 is already on line %2").arg(application.key).arg(earlier)});
    } else {
        auto received = cachedKey(applicationKind, application.key);
        if (!received)
            return Error{received.error()};
        if (*received)
            m_problems.append(
                {line, QStringLiteral("key"), tr("measure application %1 was received before").arg(application.key)});
    }
    const auto listingId = idOf(m_listings, listingKind, application.listingKey);
    if (!listingId)
        return Error{listingId.error()};
    if (!*listingId) {
        m_problems.append({line, QStringLiteral("listing"),
                           tr("no listing %1 in this package or before").arg(application.listingKey)});
    } else {
        // A measure is applied because of the listing: not before it was decided.
        auto terms = termsOf(application.listingKey, **listingId);
        if (!terms)
            return Error{terms.error()};
        requireAfterDecision(line, "started_on", application.startedOn, *terms);
    }
    const QString measure = QStringLiteral("%1/%2/%3")
                                .arg(application.measureSource)
                                .arg(application.measureCategory)
                                .arg(application.measureItem);
    if (!m_measures.contains(measure))
        m_problems.append({line, QStringLiteral("measure"), tr("no measure %1 in the catalogue").arg(measure)});
    if (!m_departments.contains(application.department) && !m_newDepartments.contains(application.department))
        m_problems.append(
            {line, QStringLiteral("department"),
             tr("no department \"%1\"; a department record must come first").arg(application.department)});
    m_applications.insert(application.key, line);
    if (m_problems.size() > before || !writing())
        return {};
    if (const Status flushed = flush(); !flushed)
        return flushed;
    auto inserted = m_repository.insertApplication(**listingId, m_measures.value(measure),
                                                   m_departments.value(application.department), application.startedOn);
    if (!inserted)
        return Error{inserted.error()};
    return m_repository.mapKey(m_source, applicationKind, application.key, inserted.value());
}

} // namespace creditdesk
