#include "PolicyService.h"

#include "Authorization.h"
#include "store/AuditJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace creditdesk {

namespace {
const QString policyKey = QStringLiteral("security_policy");
}

PolicyService::PolicyService(Database &database) : m_database(database) {}

SecurityPolicy PolicyService::load() const
{
    const QString stored = m_database.metaValue(policyKey);
    if (stored.isEmpty())
        return {};
    return SecurityPolicy::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
}

Status PolicyService::save(const Actor &actor, const SecurityPolicy &policy, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditMaskingPolicy); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("PolicyService", "Give a reason for changing the security policy.")};
    const QJsonObject before = load().toJson();
    const QJsonObject after = policy.toJson();
    return m_database.transaction([&]() -> Status {
        if (const Status status = m_database.setMetaValue(
                policyKey, QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
            !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("policy.change"), QStringLiteral("policy"), QStringLiteral("security"), reason,
                      QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}}});
    });
}

} // namespace creditdesk
