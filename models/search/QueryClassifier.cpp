#include "QueryClassifier.h"

#include "NameKey.h"
#include "domain/CaseNumber.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>

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

    const QString identifier = IdNumber::normalise(text);
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
    return query;
}

} // namespace creditdesk
