#include "QueryClassifier.h"

#include "NameKey.h"
#include "domain/CaseNumber.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace creditdesk {

namespace {

bool isIdentifierText(const QString &text)
{
    bool hasDigit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            hasDigit = true;
        else if (!(c >= u'A' && c <= u'Z'))
            return false;
    }
    return hasDigit;
}

bool isMaskedIdentifierText(const QString &text)
{
    bool hasMask = false;
    bool hasDigit = false;
    for (const QChar c : text) {
        if (c == u'*')
            hasMask = true;
        else if (c >= u'0' && c <= u'9')
            hasDigit = true;
        else if (!(c >= u'A' && c <= u'Z'))
            return false;
    }
    return hasMask && hasDigit;
}

ClassifiedQuery maskedIdentifier(const QString &text)
{
    ClassifiedQuery query;
    const qsizetype firstMask = text.indexOf(u'*');
    const qsizetype lastMask = text.lastIndexOf(u'*');
    query.knownPrefix = text.left(firstMask);
    query.knownSuffix = text.mid(lastMask + 1);
    if (query.knownPrefix.size() < 4 && query.knownSuffix.size() < 4) {
        query.kind = ClassifiedQuery::Kind::Invalid;
        query.hint = QCoreApplication::translate(
            "Search", "A masked number needs at least 4 known characters at its start or its end.");
        return query;
    }
    // Eighteen characters: each * hides one character. Shorter: a run of * hides any number.
    QString pattern;
    for (const QChar c : text) {
        if (c != u'*')
            pattern += c;
        else if (text.size() == 18)
            pattern += u'?';
        else if (!pattern.endsWith(u'*'))
            pattern += u'*';
    }
    query.kind = ClassifiedQuery::Kind::MaskedIdentifier;
    query.value = text;
    query.pattern = pattern;
    return query;
}

/// The pinyin keys a Latin-letter query stands for: as typed, and with the last word first
/// ("wei wang" as written in English order is 王伟, wangwei).
QStringList pinyinAlternatives(const QString &text, const QString &key)
{
    for (const QChar c : key) {
        if (!(c >= u'a' && c <= u'z'))
            return {};
    }
    QStringList alternatives{key};
    static const QRegularExpression separators(QStringLiteral("[\\s'’·.,-]+"));
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        QStringList reordered = words;
        reordered.prepend(reordered.takeLast());
        const QString swapped = reordered.join(QString());
        if (!alternatives.contains(swapped))
            alternatives.append(swapped);
    }
    return alternatives;
}

} // namespace

QueryClassifier::QueryClassifier(const NameKeyBuilder &keys) : m_keys(keys) {}

ClassifiedQuery QueryClassifier::classify(const QString &input) const
{
    ClassifiedQuery query;
    QString text = input.left(maximumLength);
    // Drop control characters and lone surrogates before anything else sees them.
    QString clean;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            clean += c;
            clean += text[++i];
        } else if (!c.isSurrogate() && c.category() != QChar::Other_Control) {
            clean += c;
        }
    }
    text = clean.trimmed();
    if (text.isEmpty())
        return query;

    if (text.contains(u'号') || text.contains(u'执')) {
        const CaseNumber::Parsed parsed = CaseNumber::parse(text);
        if (parsed.valid) {
            query.kind = ClassifiedQuery::Kind::CaseNumber;
            query.value = parsed.normalised;
            return query;
        }
        if (text.startsWith(u'(') || text.startsWith(u'\uFF08') || text.startsWith(u'〔')) {
            query.kind = ClassifiedQuery::Kind::Invalid;
            query.hint = QCoreApplication::translate("Search", "Not a complete case number: %1").arg(parsed.reason);
            return query;
        }
    }

    QString identifier = IdNumber::normalise(text);
    identifier.replace(u'\u00D7', u'*'); // × as some systems print masks
    if (isMaskedIdentifierText(identifier))
        return maskedIdentifier(identifier);
    if (isIdentifierText(identifier)) {
        if (identifier.size() == 18) {
            query.kind = ClassifiedQuery::Kind::Identifier;
            query.value = identifier;
            return query;
        }
        if (identifier.size() >= 4 && identifier.size() < 18) {
            query.kind = ClassifiedQuery::Kind::IdentifierPrefix;
            query.value = identifier;
            return query;
        }
        query.kind = ClassifiedQuery::Kind::Invalid;
        query.hint =
            QCoreApplication::translate("Search", "Type at least 4 characters of an ID number or credit code.");
        return query;
    }

    const QString key = m_keys.key(text);
    if (key.isEmpty()) {
        query.kind = ClassifiedQuery::Kind::Invalid;
        query.hint =
            QCoreApplication::translate("Search", "Type a name, an ID number, a credit code or a case number.");
        return query;
    }
    query.kind = ClassifiedQuery::Kind::Name;
    query.value = key;
    query.pinyinAlternatives = pinyinAlternatives(text, key);
    return query;
}

} // namespace creditdesk
