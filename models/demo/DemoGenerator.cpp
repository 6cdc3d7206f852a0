#include "DemoGenerator.h"

#include "DemoVocabulary.h"
#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"

#include <algorithm>

namespace creditdesk {

namespace {

constexpr int homeProvince = 34;

const QString &arbitrationSuffix()
{
    static const QString text = QStringLiteral("仲裁委员会");
    return text;
}

} // namespace

DemoGenerator::DemoGenerator(const ReferenceData &reference, QList<Measure> measures,
                             QHash<qint64, QString> departmentNames, const Settings &settings)
    : m_settings(settings),
      m_engine(settings.seed),
      m_measures(std::move(measures)),
      m_departmentNames(std::move(departmentNames))
{
    for (const Region &region : reference.regions) {
        m_regions.insert(region.code, region);
        if (region.level != 3)
            continue;
        if (QStringView(region.code).left(2).toInt() == homeProvince)
            m_homeCounties.append(region);
        else
            m_otherCounties.append(region);
    }
    for (const Court &court : reference.courts) {
        m_courtsByRegion.insert(court.regionCode, court);
        m_courtsByCode.insert(court.code, court);
    }
    int total = 0;
    for (const demo::WeightedText &surname : demo::surnames()) {
        total += surname.weight;
        m_surnameCumulative.append(total);
    }
    for (const Measure &measure : m_measures)
        m_measuresByCategory[measure.categoryNumber].append(measure);
}

quint64 DemoGenerator::random()
{
    return m_engine();
}

int DemoGenerator::below(int bound)
{
    // The engine's output is the same on every platform; std distributions are not.
    return bound <= 0 ? 0 : static_cast<int>(random() % static_cast<quint64>(bound));
}

bool DemoGenerator::chance(double probability)
{
    return static_cast<double>(random() >> 11) * 0x1.0p-53 < probability;
}

QDate DemoGenerator::dateBetween(const QDate &first, const QDate &last)
{
    const qint64 span = first.daysTo(last);
    if (span <= 0)
        return first;
    return first.addDays(static_cast<qint64>(random() % static_cast<quint64>(span + 1)));
}

QString DemoGenerator::givenCharacter(bool male)
{
    if (chance(0.006))
        return pick(demo::rareGivenCharacters());
    return pick(male ? demo::maleGivenCharacters() : demo::femaleGivenCharacters());
}

QString DemoGenerator::personName(bool male)
{
    const int total = m_surnameCumulative.last();
    const int target = below(total);
    const auto found = std::upper_bound(m_surnameCumulative.cbegin(), m_surnameCumulative.cend(), target);
    const QString surname = demo::surnames()[found - m_surnameCumulative.cbegin()].text;
    if (chance(0.25))
        return surname + givenCharacter(male);
    if (chance(0.12))
        return surname + pick(demo::commonTwoCharacterGivenNames());
    return surname + givenCharacter(male) + givenCharacter(male);
}

const Region &DemoGenerator::homeOrOtherCounty()
{
    if (!m_homeCounties.isEmpty() && chance(m_settings.homeProvinceShare))
        return pick(m_homeCounties);
    return pick(m_otherCounties);
}

QString DemoGenerator::residentId(const QString &regionCode, const QDate &birth, bool male)
{
    for (;;) {
        int sequence = below(500) * 2 + (male ? 1 : 0);
        const QString first17 = regionCode + birth.toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const quint64 numeric = first17.toULongLong();
        if (m_usedIds.contains(numeric))
            continue;
        m_usedIds.insert(numeric);
        return first17 + IdNumber::checkCharacter(first17);
    }
}

QString DemoGenerator::creditCode(const QString &regionCode)
{
    const QStringView alphabet = CreditCode::alphabet();
    for (;;) {
        QString body;
        for (int i = 0; i < 8; ++i)
            body += alphabet[below(i < 2 ? 10 : static_cast<int>(alphabet.size()))];
        const QString organisation = body + CreditCode::organisationCheckCharacter(body);
        if (m_usedOrganisationCodes.contains(organisation))
            continue;
        const QString first17 = QStringLiteral("91") + regionCode + organisation;
        const QChar check = CreditCode::checkCharacter(first17);
        if (check.isNull() || !alphabet.contains(organisation.back()))
            continue;
        m_usedOrganisationCodes.insert(organisation);
        return first17 + check;
    }
}

SubjectRecord DemoGenerator::person()
{
    SubjectRecord record;
    Subject &subject = record.subject;
    const bool male = chance(0.72); // most listed natural persons are men
    const Region &region = homeOrOtherCounty();
    const QDate birth = dateBetween(QDate(1950, 1, 1), QDate(1996, 12, 31));
    subject.kind = SubjectKind::Person;
    subject.name = personName(male);
    subject.sex = male ? QStringLiteral("M") : QStringLiteral("F");
    subject.birthDate = birth;
    subject.regionCode = region.code;
    subject.identifiers.append({IdentifierType::ResidentId, residentId(region.code, birth, male)});
    if (chance(0.01)) {
        subject.aliases.append(personName(male));
        record.aliasKeys.append(m_keys.key(subject.aliases.last()));
    }
    record.nameKey = m_keys.key(subject.name);
    record.phonetic = m_keys.phonetic(record.nameKey, true);
    addListings(record, birth.addYears(18).addDays(1));
    return record;
}

SubjectRecord DemoGenerator::organisation()
{
    SubjectRecord record;
    Subject &subject = record.subject;
    const Region &region = homeOrOtherCounty();
    const Region city = m_regions.value(region.parentCode);
    QString place = city.name;
    if (place.isEmpty() || chance(0.3))
        place = m_regions.value(region.code.left(2) + QStringLiteral("0000")).name;
    for (const QString &suffix :
         {QStringLiteral("特别行政区"), QStringLiteral("维吾尔自治区"), QStringLiteral("壮族自治区"),
          QStringLiteral("回族自治区"), QStringLiteral("自治区"), QStringLiteral("省"), QStringLiteral("市")}) {
        if (place.endsWith(suffix) && place.size() > suffix.size() + 1) {
            place.chop(suffix.size());
            break;
        }
    }
    subject.kind = SubjectKind::Organisation;
    subject.name = place + pick(demo::companyBrandCharacters()) + pick(demo::companyBrandCharacters())
                   + pick(demo::companyIndustries()) + pick(demo::companySuffixes());
    subject.regionCode = region.code;
    subject.legalRepresentative = personName(chance(0.8));
    subject.identifiers.append({IdentifierType::CreditCode, creditCode(region.code)});
    record.nameKey = m_keys.key(subject.name);
    record.legalRepresentativeKey = m_keys.key(subject.legalRepresentative);
    record.phonetic = m_keys.phonetic(record.nameKey, false);
    addListings(record, QDate(2014, 1, 1));
    return record;
}

QString DemoGenerator::caseNumber(const QString &courtCode, int year, const QString &typeCode)
{
    const QString key = courtCode + QString::number(year) + typeCode;
    const int sequence = ++m_caseSequences[key] * 3 - below(3); // gaps, as other cases fall in between
    return CaseNumber::format(year, courtCode, typeCode, sequence);
}

void DemoGenerator::addListings(SubjectRecord &record, const QDate &earliestDecision)
{
    const int roll = below(100);
    const int count = roll < 65 ? 1 : (roll < 90 ? 2 : 3);
    for (int i = 0; i < count; ++i)
        record.listings.append(listing(record, earliestDecision));
    std::sort(record.listings.begin(), record.listings.end(), [](const ListingRecord &a, const ListingRecord &b) {
        return a.listing.decisionDate < b.listing.decisionDate;
    });
    for (const ListingRecord &listing : std::as_const(record.listings)) {
        if (m_recentCases.size() >= 64)
            m_recentCases.removeFirst();
        m_recentCases.append({listing.listing.courtCode, listing.listing.caseNumber});
    }
}

ListingRecord DemoGenerator::listing(const SubjectRecord &record, const QDate &earliestDecision)
{
    ListingRecord result;
    Listing &listing = result.listing;
    const QDate asOf = m_settings.asOf;
    const QDate first = std::max(QDate(2014, 1, 1), earliestDecision);
    listing.decisionDate = dateBetween(first, asOf.addDays(-3));
    if (listing.decisionDate > asOf)
        listing.decisionDate = asOf;
    listing.filingDate = listing.decisionDate.addDays(-(30 + below(400)));

    // Court of the subject's county (sometimes the intermediate court of its city).
    const Region &region = m_regions[record.subject.regionCode];
    Court court = m_courtsByRegion.value(region.code);
    if (chance(0.1) && m_courtsByRegion.contains(region.parentCode))
        court = m_courtsByRegion.value(region.parentCode);

    if (!m_recentCases.isEmpty() && chance(0.04)) {
        // A co-debtor of a recent case of the same city's courts, filed in a plausible year.
        const auto &shared = pick(m_recentCases);
        const CaseNumber::Parsed sharedCase = CaseNumber::parse(shared.second, asOf.year());
        bool plausible = sharedCase.valid && shared.first.left(3) == court.code.left(3)
                         && sharedCase.year <= listing.decisionDate.year()
                         && sharedCase.year >= listing.decisionDate.year() - 1;
        for (const ListingRecord &other : record.listings)
            plausible = plausible && other.listing.caseNumber != shared.second;
        if (plausible) {
            court = m_courtsByCode.value(shared.first);
            listing.caseNumber = shared.second;
        }
    }
    listing.courtCode = court.code;
    listing.courtName = court.name;
    if (listing.caseNumber.isEmpty()) {
        const int caseYear = std::max(2014, listing.filingDate.year());
        listing.caseNumber =
            caseNumber(court.code, caseYear, chance(0.9) ? QStringLiteral("执") : QStringLiteral("执恢"));
    }

    const int documentRoll = below(100);
    const int basisYear = std::max(2012, listing.filingDate.year() - below(2));
    if (documentRoll < 80) {
        const bool judgment = documentRoll < 60;
        listing.basisDocument = CaseNumber::format(basisYear, court.code, QStringLiteral("民初"), 100 + below(9000))
                                + (judgment ? QStringLiteral("民事判决书") : QStringLiteral("民事调解书"));
        listing.basisIssuer = court.name;
    } else {
        QString city = m_regions.value(region.parentCode).name;
        if (city.isEmpty())
            city = m_regions.value(region.code.left(2) + QStringLiteral("0000")).name;
        listing.basisIssuer = city + arbitrationSuffix();
        listing.basisDocument = QStringLiteral("(%1)仲裁字第%2号裁决书").arg(basisYear).arg(100 + below(3000));
    }
    const int amount = 5000 + below(200) * 1000 + below(1000);
    listing.obligation = pick(demo::obligationTemplates()).arg(amount);
    listing.performance = chance(0.2) ? 1 : 0;

    const int groundRoll = below(100);
    listing.ground = groundRoll < 70   ? ListingGround::RefusesDespiteAbility
                     : groundRoll < 75 ? ListingGround::ObstructsWithForgeryOrViolence
                     : groundRoll < 80 ? ListingGround::EvadesBySham
                     : groundRoll < 90 ? ListingGround::BreachesAssetReporting
                     : groundRoll < 97 ? ListingGround::BreachesConsumptionRestriction
                                       : ListingGround::RefusesSettlement;
    listing.periodMonths = listing.ground == ListingGround::RefusesDespiteAbility ? 0 : 24;
    result.events.append({listing.decisionDate, 1, static_cast<int>(PublicationState::Published), 0, {}});

    if (listing.periodMonths > 0 && chance(0.1)) {
        const QDate extendedOn = listing.decisionDate.addMonths(listing.periodMonths).addDays(-below(60) - 1);
        if (extendedOn < asOf) {
            listing.extensionMonths = 12 * (1 + below(3));
            result.events.append({extendedOn, 7, static_cast<int>(PublicationState::Published), 0,
                                  QStringLiteral("+%1").arg(listing.extensionMonths)});
        }
    }

    listing.state = PublicationState::Published;
    const QDate periodEnd = listing.periodEnd();
    const int stateRoll = below(100);
    auto change = [&](PublicationState state, int kind, DeletionEvent event, QDate on) {
        if (on > asOf)
            on = asOf;
        if (on < listing.decisionDate)
            on = listing.decisionDate;
        listing.state = state;
        listing.stateDate = on;
        listing.deletionEvent = event;
        result.events.append({on, kind, static_cast<int>(state), static_cast<int>(event), {}});
    };
    // Offices mirror the end of a fixed period within days: a period that ended more than two
    // weeks ago has been deleted; one that ended since waits for the expiry job.
    const bool ended = periodEnd.isValid() && periodEnd < asOf;
    const bool endedByPeriod = ended && (chance(0.6) || stateRoll >= 31);
    if (endedByPeriod && periodEnd < asOf.addDays(-14)) {
        change(PublicationState::Deleted, 5, DeletionEvent::PeriodEnded, periodEnd.addDays(1 + below(3)));
    } else if (endedByPeriod) {
        // still published: the expiry job proposes it
    } else if (stateRoll < 25) {
        const int eventRoll = below(100);
        const DeletionEvent event = eventRoll < 50   ? DeletionEvent::ObligationPerformed
                                    : eventRoll < 65 ? DeletionEvent::SettlementPerformed
                                    : eventRoll < 75 ? DeletionEvent::CreditorApplied
                                    : eventRoll < 85 ? DeletionEvent::RoundTerminated
                                    : eventRoll < 90 ? DeletionEvent::SuspendedForRetrialOrBankruptcy
                                    : eventRoll < 95 ? DeletionEvent::EnforcementRefused
                                                     : DeletionEvent::EnforcementTerminated;
        change(PublicationState::Deleted, 5, event, dateBetween(listing.decisionDate.addDays(30), asOf));
    } else if (stateRoll < 29) {
        change(PublicationState::Masked, 2, DeletionEvent::None, dateBetween(listing.decisionDate.addDays(10), asOf));
    } else if (stateRoll < 31) {
        change(PublicationState::Revoked, 4, DeletionEvent::None, listing.decisionDate.addDays(3 + below(40)));
    }
    // A masked listing's period ends too: long ago means deleted since.
    if (listing.state == PublicationState::Masked && ended && periodEnd < asOf.addDays(-14))
        change(PublicationState::Deleted, 5, DeletionEvent::PeriodEnded, periodEnd.addDays(1 + below(3)));
    addApplications(result, record.subject.kind == SubjectKind::Person);
    return result;
}

void DemoGenerator::addApplications(ListingRecord &record, bool person)
{
    const Listing &listing = record.listing;
    // Consumption restrictions of persons come from the SPC rules, everything else (and an
    // organisation's consumption restrictions) from the Anhui opinion, so that the same
    // restriction is not applied twice under two catalogue entries.
    QList<Measure> chosen;
    auto choose = [&](int category, int count, const QString &source) {
        QList<Measure> candidates;
        for (const Measure &measure : m_measuresByCategory.value(category)) {
            if (measure.sourceCode == source)
                candidates.append(measure);
        }
        for (int i = 0; i < count && !candidates.isEmpty(); ++i) {
            const Measure &measure = pick(candidates);
            const bool duplicate =
                std::any_of(chosen.cbegin(), chosen.cend(), [&](const Measure &m) { return m.id == measure.id; });
            if (!duplicate)
                chosen.append(measure);
        }
    };
    const QString anhui = QStringLiteral("anhui-2017");
    if (person) {
        choose(7, 3, QStringLiteral("spc-2015"));
        if (chance(0.4))
            choose(3, 1, anhui);
    } else {
        choose(7, 2, anhui);
        const int categories[] = {1, 2, 4, 5, 6};
        choose(categories[below(5)], 1, anhui);
        if (chance(0.5))
            choose(categories[below(5)], 1, anhui);
    }

    const bool ended = listing.state == PublicationState::Deleted || listing.state == PublicationState::Revoked;
    static const QStringList consumptionResults = {
        QStringLiteral("拦截购买机票1次"),        QStringLiteral("拦截购买高铁车票1次"),
        QStringLiteral("拦截入住星级宾馆1次"),    QStringLiteral("限制报名出境旅游"),
        QStringLiteral("拒绝高收费私立学校缴费"), QStringLiteral("限制购买具有现金价值保险")};
    static const QStringList otherResults = {
        QStringLiteral("已在审批中予以限制"), QStringLiteral("已列入审慎审核名单"),
        QStringLiteral("核查无相关业务"),     QStringLiteral("已限制参与招标投标活动"),
        QStringLiteral("已暂停政府补贴申请"), QStringLiteral("已从严审核授信申请")};
    static const QStringList actions = {QStringLiteral("系统自动拦截"), QStringLiteral("人工核查后限制"),
                                        QStringLiteral("告知当事人并记录"), QStringLiteral("嵌入审批流程比对")};

    for (const Measure &measure : std::as_const(chosen)) {
        MeasureApplicationRecord application;
        application.measureId = measure.id;
        application.departmentId = measure.departmentId;
        application.startedOn = std::min(listing.decisionDate.addDays(1 + below(10)), m_settings.asOf);
        if (ended && listing.stateDate.isValid()) {
            application.endedOn = std::max(listing.stateDate.addDays(below(3)), application.startedOn);
            application.endedOn = std::min(application.endedOn, m_settings.asOf);
            application.endReason = listing.state == PublicationState::Revoked
                                        ? QStringLiteral("名单记录已撤销")
                                        : QStringLiteral("名单记录已删除:") + deletionEventText(listing.deletionEvent);
        }
        const QDate lastDay = application.endedOn.isValid() ? application.endedOn : m_settings.asOf;
        const int reports = chance(0.45) ? (chance(0.2) ? 2 : 1) : 0;
        for (int i = 0; i < reports; ++i) {
            FeedbackRecord feedback;
            const bool consumption = measure.categoryNumber == 7;
            feedback.handlingType = consumption ? (chance(0.8) ? 1 : 3) : (chance(0.6) ? 2 : 3);
            feedback.result = feedback.handlingType == 3 ? QStringLiteral("核查无相关业务")
                                                         : pick(consumption ? consumptionResults : otherResults);
            feedback.action = pick(actions);
            feedback.occurredOn = dateBetween(application.startedOn, lastDay);
            feedback.reportedBy = m_departmentNames.value(application.departmentId) + u' ' + personName(chance(0.5));
            application.feedback.append(feedback);
        }
        std::sort(application.feedback.begin(), application.feedback.end(),
                  [](const FeedbackRecord &a, const FeedbackRecord &b) { return a.occurredOn < b.occurredOn; });
        record.applications.append(application);
    }
}

QList<SubjectRecord> DemoGenerator::next(int count)
{
    QList<SubjectRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i)
        records.append(chance(0.8) ? person() : organisation());
    return records;
}

} // namespace creditdesk
