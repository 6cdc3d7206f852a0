#pragma once

#include <QString>
#include <QStringList>

namespace creditdesk {

class NameKeyBuilder;

/// What an officer typed into the one search box, once classified.
struct ClassifiedQuery
{
    enum class Kind {
        Empty,
        Identifier,       ///< a whole resident ID or credit code: exact match
        IdentifierPrefix, ///< the start of an identifier (digits and letters, at least 4)
        MaskedIdentifier, ///< an identifier with hidden characters (3201**********1234)
        CaseNumber,       ///< a whole case number, normalised
        Name,             ///< a name or part of one; value is the name key
        Invalid,          ///< not searchable; hint says why
    };
    Kind kind = Kind::Empty;
    QString value;
    QString hint; ///< translated, for Invalid
    /// MaskedIdentifier: the known start and end, and a GLOB pattern for the whole value.
    QString knownPrefix;
    QString knownSuffix;
    QString pattern;
    /// Name typed in Latin letters: the pinyin keys to look up ("wei wang" → weiwang, wangwei).
    QStringList pinyinAlternatives;
};

/// Decides whether a query is an identifier, a case number or a name, and normalises it.
class QueryClassifier
{
public:
    explicit QueryClassifier(const NameKeyBuilder &keys);
    ClassifiedQuery classify(const QString &text) const;

    /// Longest query accepted; longer input is cut (nobody types more into a search box).
    static constexpr qsizetype maximumLength = 200;

private:
    const NameKeyBuilder &m_keys;
};

} // namespace creditdesk
