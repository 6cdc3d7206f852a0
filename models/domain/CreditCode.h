#pragma once

#include <QString>

namespace creditdesk {

/// Validates a unified social credit code (统一社会信用代码, GB 32100-2015), including the
/// organisation code in characters 9 to 17 (GB 11714) and its own check character.
class CreditCode
{
public:
    struct Validation
    {
        bool valid = false;
        QString normalised;
        QString reason;
        QString regionCode;       ///< characters 3 to 8
        QString organisationCode; ///< characters 9 to 17
    };

    static QString normalise(const QString &input);
    static Validation validate(const QString &input);

    /// The GB 32100 check character for the first 17 characters, or a null QChar.
    static QChar checkCharacter(QStringView first17);
    /// The GB 11714 check character for an 8-character organisation code body, or a null QChar.
    static QChar organisationCheckCharacter(QStringView first8);

    /// The 31 characters a credit code may contain, in value order.
    static QStringView alphabet();
};

} // namespace creditdesk
