#include "CreditCode.h"

#include <QCoreApplication>

#include <array>

namespace creditdesk {

namespace {

const QString characters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> organisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};

/// GB 11714 values: digits 0-9, letters A-Z as 10-35.
int organisationValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QStringView CreditCode::alphabet()
{
    return characters;
}

QString CreditCode::normalise(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(u' ');
    return text.toUpper();
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = characters.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * weights[static_cast<size_t>(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return characters[check];
}

QChar CreditCode::organisationCheckCharacter(QStringView first8)
{
    if (first8.size() != 8)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const int value = organisationValue(first8[i]);
        if (value < 0)
            return {};
        sum += value * organisationWeights[static_cast<size_t>(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(u'0' + check);
}

CreditCode::Validation CreditCode::validate(const QString &input)
{
    Validation result;
    result.normalised = normalise(input);
    const QString &code = result.normalised;

    if (code.isEmpty()) {
        result.reason = QCoreApplication::translate("CreditCode", "The credit code is empty.");
        return result;
    }
    if (code.size() != 18) {
        result.reason = QCoreApplication::translate("CreditCode",
                                                    "A unified social credit code has 18 characters; this one has %1.")
                            .arg(code.size());
        return result;
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!characters.contains(code[i])) {
            result.reason = QCoreApplication::translate(
                                "CreditCode", "Character %1 (\"%2\") is not allowed; I, O, S, V and Z never occur.")
                                .arg(i + 1)
                                .arg(code[i]);
            return result;
        }
    }
    const QChar authority = code[0];
    if (!(authority >= u'1' && authority <= u'9') && authority != u'A' && authority != u'N' && authority != u'Y') {
        result.reason = QCoreApplication::translate(
                            "CreditCode", "The first character (registration authority) \"%1\" is not assigned.")
                            .arg(authority);
        return result;
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!code[i].isDigit()) {
            result.reason =
                QCoreApplication::translate(
                    "CreditCode", "Characters 3 to 8 must be a region code of digits; character %1 is \"%2\".")
                    .arg(i + 1)
                    .arg(code[i]);
            return result;
        }
    }
    const QStringView organisation = QStringView(code).mid(8, 9);
    const QChar organisationCheck = organisationCheckCharacter(organisation.left(8));
    if (organisationCheck != organisation[8]) {
        result.reason = QCoreApplication::translate(
                            "CreditCode", "The organisation code %1 has check character %2 but should have %3.")
                            .arg(organisation)
                            .arg(organisation[8])
                            .arg(organisationCheck);
        return result;
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (expected != code[17]) {
        result.reason = QCoreApplication::translate("CreditCode", "The check character is %1 but should be %2.")
                            .arg(code[17])
                            .arg(expected);
        return result;
    }
    result.valid = true;
    result.regionCode = code.mid(2, 6);
    result.organisationCode = organisation.toString();
    return result;
}

} // namespace creditdesk
