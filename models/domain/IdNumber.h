#pragma once

#include <QDate>
#include <QString>

namespace creditdesk {

enum class Sex { Unknown, Male, Female };

/// Validates a resident identity number (居民身份证号码, GB 11643-1999).
/// Input is normalised first: full-width digits and letters become half-width, a lower-case
/// x becomes X, surrounding spaces are dropped.
class IdNumber
{
public:
    struct Validation
    {
        bool valid = false;
        QString normalised; ///< the number after normalisation, even when invalid
        QString reason;     ///< translated explanation when invalid
        QDate birthDate;
        Sex sex = Sex::Unknown;
        QString regionCode; ///< the six-digit address code
    };

    /// Normalises without validating (NFKC, trimmed, upper-case X).
    static QString normalise(const QString &input);

    /// Validates \a input; a birth date after \a today is rejected.
    static Validation validate(const QString &input, const QDate &today = QDate::currentDate());

    /// The check character for the first 17 digits, or a null QChar when they are not digits.
    static QChar checkCharacter(QStringView first17);

    /// Whether \a provincePrefix (two digits) is a province-level code an ID can start with.
    static bool isProvincePrefix(int provincePrefix);

    /// The number with all but the first \a keepStart and last \a keepEnd characters replaced.
    static QString masked(const QString &value, int keepStart = 6, int keepEnd = 4);
};

} // namespace creditdesk
