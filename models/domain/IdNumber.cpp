#include "IdNumber.h"

#include <QCoreApplication>

#include <array>

namespace creditdesk {

namespace {

constexpr std::array<int, 17> weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char, 11> checkCharacters = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString IdNumber::normalise(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(u' ');
    return text.toUpper();
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[static_cast<size_t>(i)];
    return QLatin1Char(checkCharacters[static_cast<size_t>(sum % 11)]);
}

bool IdNumber::isProvincePrefix(int provincePrefix)
{
    static constexpr std::array<int, 35> prefixes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                     35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                     53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (const int prefix : prefixes) {
        if (prefix == provincePrefix)
            return true;
    }
    return false;
}

IdNumber::Validation IdNumber::validate(const QString &input, const QDate &today)
{
    Validation result;
    result.normalised = normalise(input);
    const QString &id = result.normalised;

    if (id.isEmpty()) {
        result.reason = QCoreApplication::translate("IdNumber", "The ID number is empty.");
        return result;
    }
    if (id.size() == 15 && allDigits(id)) {
        result.reason = QCoreApplication::translate(
            "IdNumber", "This is a 15-digit first-generation number; enter the 18-digit number.");
        return result;
    }
    if (id.size() != 18) {
        result.reason =
            QCoreApplication::translate("IdNumber", "An ID number has 18 characters; this one has %1.").arg(id.size());
        return result;
    }
    const QStringView first17 = QStringView(id).left(17);
    for (qsizetype i = 0; i < 17; ++i) {
        if (!first17[i].isDigit() || first17[i] > u'9') {
            result.reason = QCoreApplication::translate("IdNumber", "Character %1 must be a digit; it is \"%2\".")
                                .arg(i + 1)
                                .arg(id[i]);
            return result;
        }
    }
    const QChar last = id[17];
    if (!(last.isDigit() && last <= u'9') && last != u'X') {
        result.reason =
            QCoreApplication::translate("IdNumber", "The last character must be a digit or X; it is \"%1\".").arg(last);
        return result;
    }
    const int province = QStringView(id).left(2).toInt();
    if (!isProvincePrefix(province)) {
        result.reason = QCoreApplication::translate("IdNumber", "%1 is not a province code (the first two digits).")
                            .arg(province, 2, 10, QLatin1Char('0'));
        return result;
    }
    const QStringView dateText = QStringView(id).mid(6, 8);
    // The digits are checked above; QDate rejects days that do not exist (a date parser with a
    // format string is slow in a batch of a hundred thousand).
    const QDate birth(dateText.left(4).toInt(), dateText.mid(4, 2).toInt(), dateText.mid(6, 2).toInt());
    if (!birth.isValid()) {
        result.reason =
            QCoreApplication::translate("IdNumber", "Digits 7 to 14 (%1) are not a real calendar date.").arg(dateText);
        return result;
    }
    if (birth.year() < 1900) {
        result.reason = QCoreApplication::translate("IdNumber", "The birth date %1 is before 1900.")
                            .arg(birth.toString(Qt::ISODate));
        return result;
    }
    if (birth > today) {
        result.reason = QCoreApplication::translate("IdNumber", "The birth date %1 is in the future.")
                            .arg(birth.toString(Qt::ISODate));
        return result;
    }
    const QChar expected = checkCharacter(first17);
    if (expected != last) {
        result.reason = QCoreApplication::translate("IdNumber", "The check character is %1 but should be %2.")
                            .arg(last)
                            .arg(expected);
        return result;
    }
    result.valid = true;
    result.birthDate = birth;
    result.regionCode = id.left(6);
    result.sex = (id[16].unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    return result;
}

QString IdNumber::masked(const QString &value, int keepStart, int keepEnd)
{
    const qsizetype length = value.size();
    if (length <= keepStart + keepEnd)
        return QString(length, u'*');
    return value.left(keepStart) + QString(length - keepStart - keepEnd, u'*') + value.right(keepEnd);
}

} // namespace creditdesk
