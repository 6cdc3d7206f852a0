#pragma once

#include <QString>

#include <memory>

namespace creditdesk {

/// Builds the normalised search key of a name: NFKC (full-width → half-width), traditional →
/// simplified Chinese (ICU), letters lower-cased, spaces and punctuation removed. The same key
/// is stored for every subject and computed for every query, so both sides always agree.
/// Not thread-safe: give each thread its own builder.
class NameKeyBuilder
{
public:
    NameKeyBuilder();
    ~NameKeyBuilder();
    NameKeyBuilder(const NameKeyBuilder &) = delete;
    NameKeyBuilder &operator=(const NameKeyBuilder &) = delete;

    QString key(const QString &name) const;

    /// Number of characters (code points) in a key, so that 𠮷 counts once.
    static qsizetype characterCount(const QString &key);

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

} // namespace creditdesk
