#pragma once

#include "Subject.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace creditdesk {

/// How one identifier type is shown when not revealed.
struct MaskRule
{
    bool masked = true;
    int keepStart = 6;
    int keepEnd = 4;
};

/// Which characters of each identifier type are hidden on screen, in exports and in CLI output
/// unless an authorised user reveals them with a reason. Default: resident ID numbers keep the
/// first 6 and last 4; passports and other identifiers the first 2 and last 2; credit codes of
/// organisations are public and shown in full.
class MaskingPolicy
{
public:
    static MaskingPolicy defaults();
    QString apply(IdentifierType type, const QString &value) const;
    MaskRule rule(IdentifierType type) const;
    void setRule(IdentifierType type, const MaskRule &rule);

    QJsonObject toJson() const;
    static MaskingPolicy fromJson(const QJsonObject &json);

private:
    QHash<int, MaskRule> m_rules;
};

/// The admin-configurable security settings, stored in the database.
struct SecurityPolicy
{
    int lockoutAttempts = 5;
    int lockoutMinutes = 15;
    int idleLockMinutes = 10;
    int revealMinutes = 5;
    /// Four eyes per decision type: the person who registered may not decide.
    QHash<QString, bool> fourEyes = {{QStringLiteral("listing_correction"), true}};
    MaskingPolicy masking = MaskingPolicy::defaults();

    bool requiresFourEyes(const QString &decisionType) const { return fourEyes.value(decisionType, true); }

    QJsonObject toJson() const;
    static SecurityPolicy fromJson(const QJsonObject &json);
};

} // namespace creditdesk
