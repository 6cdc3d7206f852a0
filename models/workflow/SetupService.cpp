#include "SetupService.h"

#include "reference/ReferenceData.h"
#include "security/PasswordHasher.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/ReferenceRepository.h"
#include "store/UserRepository.h"

#include <QJsonObject>

namespace creditdesk {

namespace {
constexpr int bundledCatalogueVersion = 1;
}

SetupService::SetupService(Database &database) : m_database(database) {}

Status SetupService::installReferenceData(const Actor &actor, const QString &reason, const ReferenceData &data)
{
    ReferenceRepository repository(m_database.connection());
    if (repository.isInstalled())
        return {};
    return m_database.transaction([&]() -> Status {
        if (const Status status = repository.install(data, bundledCatalogueVersion); !status)
            return status;
        if (const Status status =
                m_database.setMetaValue(QStringLiteral("catalogue_version"), QString::number(bundledCatalogueVersion));
            !status)
            return status;
        AuditRecord record;
        record.action = QStringLiteral("reference.install");
        record.entityType = QStringLiteral("reference");
        record.entityId = QStringLiteral("bundled");
        record.reason = reason;
        record.details = QJsonObject{{QStringLiteral("regions"), data.regions.size()},
                                     {QStringLiteral("courts"), data.courts.size()},
                                     {QStringLiteral("measures"), data.measures.size()},
                                     {QStringLiteral("catalogueVersion"), bundledCatalogueVersion}};
        auto appended = AuditJournal(m_database.connection()).append(actor, record);
        return appended ? Status{} : Status{Error{appended.error()}};
    });
}

Status SetupService::prepareNewDatabase(const Actor &actor, const QString &reason)
{
    auto data = ReferenceData::loadBundled();
    if (!data)
        return Error{data.error()};
    return installReferenceData(actor, reason, data.value());
}

Status SetupService::createDemoUsers(const Actor &actor, const QString &reason)
{
    UserRepository users(m_database.connection());
    struct DemoUser
    {
        QString name;
        QString display;
        Role role;
    };
    const DemoUser demoUsers[] = {{QStringLiteral("officer"), QStringLiteral("Demo officer"), Role::Officer},
                                  {QStringLiteral("reviewer"), QStringLiteral("Demo reviewer"), Role::Reviewer},
                                  {QStringLiteral("auditor"), QStringLiteral("Demo auditor"), Role::Auditor},
                                  {QStringLiteral("admin"), QStringLiteral("Demo admin"), Role::Admin}};
    // The password "demo" is accepted on the demo database only (AuthenticationService).
    const QString demoHash = PasswordHasher().hash(QStringLiteral("demo"));
    return m_database.transaction([&]() -> Status {
        AuditJournal journal(m_database.connection());
        for (const DemoUser &user : demoUsers) {
            if (users.exists(user.name))
                continue;
            auto created = users.create(user.name, user.display, user.role, demoHash, false);
            if (!created)
                return Error{created.error()};
            AuditRecord record;
            record.action = QStringLiteral("user.create");
            record.entityType = QStringLiteral("user");
            record.entityId = user.name;
            record.reason = reason;
            record.details = QJsonObject{{QStringLiteral("roles"), user.name}};
            if (auto appended = journal.append(actor, record); !appended)
                return Error{appended.error()};
        }
        return m_database.setMetaValue(QStringLiteral("demo"), QStringLiteral("1"));
    });
}

} // namespace creditdesk
