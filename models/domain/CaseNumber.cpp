#include "CaseNumber.h"

#include <QCoreApplication>
#include <QDate>

namespace creditdesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F);
}

} // namespace

const QStringList &CaseNumber::typeCodes()
{
    // Longest first, so that 执恢 is not read as 执 followed by 恢.
    static const QStringList codes = {QStringLiteral("执恢"), QStringLiteral("执保"), QStringLiteral("执异"),
                                      QStringLiteral("执复"), QStringLiteral("执监"), QStringLiteral("执协"),
                                      QStringLiteral("执他"), QStringLiteral("执")};
    return codes;
}

QString CaseNumber::normalise(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) { return c.isSpace(); });
    text.replace(u'〔', u'(').replace(u'〕', u')').replace(u'[', u'(').replace(u']', u')');
    text.replace(u'【', u'(').replace(u'】', u')');
    return text;
}

QString CaseNumber::format(int year, const QString &courtCode, const QString &typeCode, qint64 sequence)
{
    return u'(' + QString::number(year) + u')' + courtCode + typeCode + QString::number(sequence) + u'号';
}

CaseNumber::Parsed CaseNumber::parse(const QString &input, int currentYear)
{
    Parsed result;
    result.normalised = normalise(input);
    const QString &text = result.normalised;
    if (currentYear == 0)
        currentYear = QDate::currentDate().year();

    if (text.isEmpty()) {
        result.reason = QCoreApplication::translate("CaseNumber", "The case number is empty.");
        return result;
    }
    if (!text.startsWith(u'(')) {
        result.reason =
            QCoreApplication::translate("CaseNumber", "A case number starts with the year in brackets, e.g. (2017).");
        return result;
    }
    const qsizetype close = text.indexOf(u')');
    if (close != 5 || !isAsciiDigit(text[1]) || !isAsciiDigit(text[2]) || !isAsciiDigit(text[3])
        || !isAsciiDigit(text[4])) {
        result.reason = QCoreApplication::translate("CaseNumber", "The year in brackets must have four digits.");
        return result;
    }
    const int year = QStringView(text).mid(1, 4).toInt();
    if (year < 1990 || year > currentYear) {
        result.reason =
            QCoreApplication::translate("CaseNumber", "The year %1 is outside 1990 to %2.").arg(year).arg(currentYear);
        return result;
    }
    qsizetype position = 6;

    // Court code: 最高法, or one Han character (the province abbreviation) followed by digits.
    QString court;
    if (QStringView(text).mid(position).startsWith(u"最高法")) {
        court = QStringLiteral("最高法");
        position += 3;
    } else {
        if (position >= text.size() || !isHan(text[position].unicode())) {
            result.reason = QCoreApplication::translate(
                "CaseNumber", "The court code after the year must start with a province abbreviation.");
            return result;
        }
        court = text[position];
        ++position;
        while (position < text.size() && isAsciiDigit(text[position]) && court.size() < 5) {
            court += text[position];
            ++position;
        }
    }

    QString type;
    for (const QString &code : typeCodes()) {
        if (QStringView(text).mid(position).startsWith(code)) {
            type = code;
            break;
        }
    }
    if (type.isEmpty()) {
        result.reason =
            QCoreApplication::translate("CaseNumber",
                                        "No enforcement case type code (执, 执恢, 执保, 执异, 执复, 执监, 执协, 执他) "
                                        "follows the court code %1.")
                .arg(court);
        return result;
    }
    position += type.size();

    const qsizetype sequenceStart = position;
    while (position < text.size() && isAsciiDigit(text[position]))
        ++position;
    if (position == sequenceStart) {
        result.reason = QCoreApplication::translate("CaseNumber", "The sequence number after %1 is missing.").arg(type);
        return result;
    }
    const qint64 sequence = QStringView(text).mid(sequenceStart, position - sequenceStart).toLongLong();
    if (sequence <= 0) {
        result.reason = QCoreApplication::translate("CaseNumber", "The sequence number must be at least 1.");
        return result;
    }
    if (position >= text.size() || text[position] != u'号') {
        result.reason = QCoreApplication::translate("CaseNumber", "A case number ends with 号.");
        return result;
    }
    if (position + 1 != text.size()) {
        result.reason =
            QCoreApplication::translate("CaseNumber", "Unexpected text after 号: \"%1\".").arg(text.mid(position + 1));
        return result;
    }
    result.valid = true;
    result.year = year;
    result.courtCode = court;
    result.typeCode = type;
    result.sequence = sequence;
    result.normalised = format(year, court, type, sequence);
    return result;
}

} // namespace creditdesk
