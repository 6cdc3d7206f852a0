#include "SecurityPolicy.h"

#include "IdNumber.h"

namespace creditdesk {

MaskingPolicy MaskingPolicy::defaults()
{
    MaskingPolicy policy;
    policy.m_rules.insert(static_cast<int>(IdentifierType::ResidentId), {true, 6, 4});
    policy.m_rules.insert(static_cast<int>(IdentifierType::CreditCode), {false, 0, 0});
    policy.m_rules.insert(static_cast<int>(IdentifierType::Passport), {true, 2, 2});
    policy.m_rules.insert(static_cast<int>(IdentifierType::Other), {true, 2, 2});
    return policy;
}

MaskRule MaskingPolicy::rule(IdentifierType type) const
{
    return m_rules.value(static_cast<int>(type), MaskRule{true, 2, 2});
}

void MaskingPolicy::setRule(IdentifierType type, const MaskRule &rule)
{
    m_rules.insert(static_cast<int>(type), rule);
}

QString MaskingPolicy::apply(IdentifierType type, const QString &value) const
{
    const MaskRule masking = rule(type);
    if (!masking.masked)
        return value;
    return IdNumber::masked(value, masking.keepStart, masking.keepEnd);
}

QJsonObject MaskingPolicy::toJson() const
{
    QJsonObject json;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        json.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("masked"), it->masked},
                                                           {QStringLiteral("keepStart"), it->keepStart},
                                                           {QStringLiteral("keepEnd"), it->keepEnd}});
    }
    return json;
}

MaskingPolicy MaskingPolicy::fromJson(const QJsonObject &json)
{
    MaskingPolicy policy = defaults();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject rule = it.value().toObject();
        policy.m_rules.insert(it.key().toInt(), {rule.value(QStringLiteral("masked")).toBool(true),
                                                 qBound(0, rule.value(QStringLiteral("keepStart")).toInt(6), 18),
                                                 qBound(0, rule.value(QStringLiteral("keepEnd")).toInt(4), 18)});
    }
    return policy;
}

QJsonObject SecurityPolicy::toJson() const
{
    QJsonObject fourEyesJson;
    for (auto it = fourEyes.cbegin(); it != fourEyes.cend(); ++it)
        fourEyesJson.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("lockoutAttempts"), lockoutAttempts}, {QStringLiteral("lockoutMinutes"), lockoutMinutes},
        {QStringLiteral("idleLockMinutes"), idleLockMinutes}, {QStringLiteral("revealMinutes"), revealMinutes},
        {QStringLiteral("fourEyes"), fourEyesJson},           {QStringLiteral("masking"), masking.toJson()}};
}

SecurityPolicy SecurityPolicy::fromJson(const QJsonObject &json)
{
    SecurityPolicy policy;
    policy.lockoutAttempts = qMax(1, json.value(QStringLiteral("lockoutAttempts")).toInt(policy.lockoutAttempts));
    policy.lockoutMinutes = qMax(1, json.value(QStringLiteral("lockoutMinutes")).toInt(policy.lockoutMinutes));
    policy.idleLockMinutes = qMax(1, json.value(QStringLiteral("idleLockMinutes")).toInt(policy.idleLockMinutes));
    policy.revealMinutes = qMax(1, json.value(QStringLiteral("revealMinutes")).toInt(policy.revealMinutes));
    const QJsonObject fourEyesJson = json.value(QStringLiteral("fourEyes")).toObject();
    for (auto it = fourEyesJson.begin(); it != fourEyesJson.end(); ++it)
        policy.fourEyes.insert(it.key(), it.value().toBool(true));
    policy.masking = MaskingPolicy::fromJson(json.value(QStringLiteral("masking")).toObject());
    return policy;
}

} // namespace creditdesk
