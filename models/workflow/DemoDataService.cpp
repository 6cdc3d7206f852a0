#include "DemoDataService.h"

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
    return summary;
}

} // namespace creditdesk
