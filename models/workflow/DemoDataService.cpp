#include "DemoDataService.h"

#include "ObjectionService.h"
#include "RepairService.h"
#include "SetupService.h"
#include "demo/DemoVocabulary.h"
#include "reference/ReferenceData.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/ReferenceRepository.h"
#include "store/SubjectBulkWriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace creditdesk {

DemoDataService::DemoDataService(Database &database) : m_database(database) {}

Result<DemoDataService::Summary> DemoDataService::generate(const Actor &actor, const QString &reason,
                                                           const Request &request, const Progress &progress,
                                                           const std::atomic_bool *cancel)
{
    auto reference = ReferenceData::loadBundled();
    if (!reference)
        return Error{reference.error()};
    SetupService setup(m_database);
    if (const Status status = setup.installReferenceData(actor, reason, reference.value()); !status)
        return Error{status.error()};
    if (const Status status = setup.createDemoUsers(actor, reason); !status)
        return Error{status.error()};

    ReferenceRepository repository(m_database.connection());
    QList<DemoGenerator::Measure> measures;
    QHash<qint64, QString> departmentNames;
    const Status departmentsStored = m_database.transaction([&]() -> Status {
        for (const ReferenceRepository::MeasureRow &row : repository.measures()) {
            const QString department = demo::departmentForMeasure(row.title, row.categoryNumber);
            auto ids = repository.ensureDepartments({department});
            if (!ids)
                return Error{ids.error()};
            measures.append({row.id, row.categoryNumber, ids->first(), row.sourceCode});
            departmentNames.insert(ids->first(), department);
        }
        AuditRecord record;
        record.action = QStringLiteral("department.ensure");
        record.entityType = QStringLiteral("department");
        record.entityId = QStringLiteral("demo");
        record.reason = reason;
        record.details = QJsonObject{{QStringLiteral("departments"), departmentNames.size()}};
        auto appended = AuditJournal(m_database.connection()).append(actor, record);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
    if (!departmentsStored)
        return Error{departmentsStored.error()};

    DemoGenerator generator(reference.value(), measures, departmentNames, request.settings);
    SubjectBulkWriter writer(m_database.connection());
    if (const Status status = writer.prepare(); !status)
        return Error{status.error()};

    Summary summary;
    while (summary.subjects < request.subjects) {
        if (cancel && cancel->load())
            break;
        const int count = static_cast<int>(qMin<qint64>(request.batchSize, request.subjects - summary.subjects));
        const QList<SubjectRecord> batch = generator.next(count);
        const qint64 firstId = writer.lastSubjectId() + 1;
        const Status written = m_database.transaction([&]() -> Status {
            if (const Status status = writer.write(batch); !status)
                return status;
            AuditRecord record;
            record.action = QStringLiteral("demo.generate");
            record.entityType = QStringLiteral("subject");
            record.entityId = QStringLiteral("%1-%2").arg(firstId).arg(writer.lastSubjectId());
            record.reason = reason;
            record.details = QJsonObject{{QStringLiteral("subjects"), count},
                                         {QStringLiteral("seed"), QString::number(request.settings.seed)},
                                         {QStringLiteral("asOf"), request.settings.asOf.toString(Qt::ISODate)}};
            auto appended = AuditJournal(m_database.connection()).append(actor, record);
            return appended ? Status{} : Status{Error{appended.error()}};
        });
        if (!written)
            return Error{written.error()};
        summary.subjects += count;
        if (progress)
            progress(summary.subjects, request.subjects);
    }
    summary.listings = writer.listingsWritten();
    summary.measureApplications = writer.applicationsWritten();
    if (request.objections > 0 && !(cancel && cancel->load())) {
        if (const Status status = addObjections(request.objections, request.settings.asOf); !status)
            return Error{status.error()};
    }
    if (request.repairs > 0 && !(cancel && cancel->load())) {
        if (const Status status = addRepairs(request.repairs); !status)
            return Error{status.error()};
    }
    return summary;
}

Status DemoDataService::addRepairs(int count)
{
    const Actor officer{QStringLiteral("officer"), QStringLiteral("Demo officer"), QStringLiteral("demo"),
                        Role::Officer};
    const Actor reviewer{QStringLiteral("reviewer"), QStringLiteral("Demo reviewer"), QStringLiteral("demo"),
                         Role::Reviewer};
    auto catalogue = RepairRepository(m_database.connection()).measuresForDemo(3);
    if (!catalogue)
        return Error{catalogue.error()};
    struct Plan
    {
        BreachTier tier;
        int monthsAgo;
        int receivedDaysAgo; ///< -1: no application
        QList<RepairState> steps;
        bool commitment;
    };
    // Every tier; applications waiting, eligible, missing the commitment, too early, repaired,
    // refused; and information past its maximum for the expiry job.
    const QList<Plan> plans = {
        {BreachTier::General, 5, 2, {RepairState::Accepted}, true},
        {BreachTier::General, 4, 12, {}, false},
        {BreachTier::Serious, 14, 20, {RepairState::Accepted, RepairState::Repaired}, true},
        {BreachTier::Serious, 7, 3, {RepairState::Accepted}, true},
        {BreachTier::Minor, 1, 1, {}, true},
        {BreachTier::General, 9, 30, {RepairState::Accepted, RepairState::Refused}, true},
        {BreachTier::Minor, 4, -1, {}, false},
        {BreachTier::General, 13, -1, {}, false},
        {BreachTier::Serious, 2, -1, {}, false},
        {BreachTier::General, 6, 8, {RepairState::Accepted}, false},
    };
    const QByteArray proof = QByteArrayLiteral("%PDF-1.4\n% demo proof of performance\n%%EOF\n");
    const QByteArray commitment = QByteArrayLiteral("%PDF-1.4\n% demo credit commitment\n%%EOF\n");
    RepairService service(m_database);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count; ++i) {
        const Plan &plan = plans[i % plans.size()];
        BreachDraft draft;
        draft.subjectId = 1 + 3 * i;
        draft.tier = plan.tier;
        draft.decisionDate = today.addMonths(-plan.monthsAgo).addDays(-(i % 5));
        draft.authority = i % 2 ? QStringLiteral("某市市场监督管理局") : QStringLiteral("某市生态环境局");
        draft.documentNumber = QStringLiteral("%1罚〔%2〕%3号")
                                   .arg(i % 2 ? QStringLiteral("市监") : QStringLiteral("环"))
                                   .arg(draft.decisionDate.year())
                                   .arg(100 + i);
        draft.behaviour = i % 2 ? QStringLiteral("未按期缴纳行政罚款") : QStringLiteral("超标排放污染物，逾期未改正");
        draft.reason = QStringLiteral("演示数据：公共信用信息平台推送");
        for (const auto &[measureId, departmentId] : catalogue.value())
            draft.measures.append({measureId, departmentId});
        auto breach = service.recordBreach(officer, draft);
        if (!breach)
            return Error{breach.error()};
        if (plan.receivedDaysAgo < 0)
            continue;
        RepairDraft application{breach.value(),
                                i % 2 ? QStringLiteral("法定代表人 张明") : QStringLiteral("当事人本人"),
                                QStringLiteral("0551-6200%1").arg(1000 + i), today.addDays(-plan.receivedDaysAgo),
                                QStringLiteral("已缴清罚款并完成整改，申请信用修复")};
        auto id = service.registerApplication(officer, application);
        if (!id)
            return Error{id.error()};
        if (const auto added = service.addEvidence(officer, id.value(), RepairEvidenceKind::ProofOfPerformance,
                                                   QStringLiteral("缴款凭证.pdf"), proof);
            !added)
            return Error{added.error()};
        if (plan.commitment) {
            if (const auto added = service.addEvidence(officer, id.value(), RepairEvidenceKind::CreditCommitment,
                                                       QStringLiteral("信用承诺书.pdf"), commitment);
                !added)
                return Error{added.error()};
        }
        int day = 0;
        for (const RepairState to : plan.steps) {
            const RepairStep step{to, application.receivedOn.addDays(std::min(++day, plan.receivedDaysAgo)),
                                  RepairStateMachine::isDecision(to) ? QStringLiteral("经审核，依据材料作出决定")
                                                                     : QStringLiteral("材料齐全，予以受理")};
            const Actor &who = RepairStateMachine::isDecision(to) ? reviewer : officer;
            if (const Status taken = service.advance(who, id.value(), service.find(id.value())->rowVersion, step);
                !taken)
                return taken;
        }
    }
    return {};
}

Status DemoDataService::addObjections(int count, const QDate &asOf)
{
    const Actor officer{QStringLiteral("officer"), QStringLiteral("Demo officer"), QStringLiteral("demo"),
                        Role::Officer};
    const Actor reviewer{QStringLiteral("reviewer"), QStringLiteral("Demo reviewer"), QStringLiteral("demo"),
                         Role::Reviewer};
    using S = ObjectionState;
    struct Case
    {
        ObjectionRoute route;
        int daysAgo;
        QList<S> steps;
    };
    // Both routes, every stage, some on time and some late against the statutory clocks.
    const QList<Case> cases = {
        {ObjectionRoute::CreditPlatform, 1, {}},
        {ObjectionRoute::CreditPlatform, 9, {}},
        {ObjectionRoute::CreditPlatform, 6, {S::Accepted, S::UnderReview}},
        {ObjectionRoute::CreditPlatform, 26, {S::Accepted, S::UnderReview}},
        {ObjectionRoute::CourtList, 4, {S::Accepted, S::ForwardedToCourt}},
        {ObjectionRoute::CourtList, 12, {S::Accepted}},
        {ObjectionRoute::CreditPlatform, 30, {S::Accepted, S::UnderReview, S::Upheld}},
        {ObjectionRoute::CreditPlatform, 40, {S::Accepted, S::UnderReview, S::Undetermined, S::ApplicantNotified}},
        {ObjectionRoute::CourtList, 45, {S::NotAccepted, S::ApplicantNotified, S::Closed}},
        {ObjectionRoute::CreditPlatform, 0, {}},
        {ObjectionRoute::CourtList, 20, {S::Accepted, S::ForwardedToCourt}},
        {ObjectionRoute::CreditPlatform, 3, {S::Accepted}},
    };
    ObjectionService service(m_database);
    // Dated back from today, not from the demo's "as of" day: the queues show a realistic mix of
    // new, due and overdue cases whenever the demo is made.
    Q_UNUSED(asOf);
    const QDate latest = QDate::currentDate();
    for (int i = 0; i < count; ++i) {
        const Case &plan = cases[i % cases.size()];
        ObjectionDraft draft;
        draft.listingId = 1 + 7 * i; // spread over the first subjects' listings
        draft.route = plan.route;
        draft.applicantName = i % 3 == 1 ? QStringLiteral("某律师事务所 代理人") : QStringLiteral("被执行人本人");
        draft.applicantIsAgent = i % 3 == 1;
        draft.channel = static_cast<ObjectionChannel>(1 + i % 4);
        draft.receivedOn = latest.addDays(-plan.daysAgo);
        draft.ground = static_cast<ObjectionGround>(1 + i % 3);
        draft.groundsText =
            i % 2 ? QStringLiteral("已履行部分义务，记载有误") : QStringLiteral("申请人认为不应纳入名单");
        auto id = service.registerObjection(officer, draft);
        if (!id)
            return Error{id.error()};
        int day = 0;
        for (const S to : plan.steps) {
            ObjectionStep step;
            step.to = to;
            step.actedOn = draft.receivedOn.addDays(std::min(++day, plan.daysAgo));
            step.reason = ObjectionStateMachine::isDecision(to) ? QStringLiteral("经核查，依据材料作出决定")
                                                                : QStringLiteral("材料齐全，按规定办理");
            const Actor &who = ObjectionStateMachine::isDecision(to) ? reviewer : officer;
            if (const Status taken = service.advance(who, id.value(), service.find(id.value())->rowVersion, step);
                !taken)
                return taken;
        }
    }
    return {};
}

} // namespace creditdesk
