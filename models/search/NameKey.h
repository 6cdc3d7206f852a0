#pragma once

#include <QString>

#include <memory>

namespace creditdesk {

/// The pinyin keys of a name: all syllables without tones or spaces ("wangwei") and their
/// first letters ("ww"). Latin letters and digits in a name count as one syllable per run.
struct PhoneticKeys
{
    QString pinyin;
    QString initials;
};

/// Builds the search keys of a name. The name key: NFKC (full-width → half-width), traditional
/// → simplified Chinese (ICU), letters lower-cased, spaces and punctuation removed. The phonetic
/// keys: pinyin per character (ICU Han-Latin), and for persons the surname reading (ICU
/// Han-Latin/Names, overridden by resources/reference/surname-readings.csv for 单 shan, 朴 piao,
/// 尉迟 yuchi, ...). The same keys are stored for every subject and computed for every query, so
/// both sides always agree. Not thread-safe: give each thread its own builder.
class NameKeyBuilder
{
public:
    NameKeyBuilder();
    ~NameKeyBuilder();
    NameKeyBuilder(const NameKeyBuilder &) = delete;
    NameKeyBuilder &operator=(const NameKeyBuilder &) = delete;

    /// A builder with the same rules, made by copying this one's transliterators: far cheaper
    /// than building them from their rules again (a builder per worker thread).
    std::unique_ptr<NameKeyBuilder> copy() const;

    QString key(const QString &name) const;

    /// Pinyin keys of a name key (the output of key()). \a person selects surname readings.
    PhoneticKeys phonetic(const QString &nameKey, bool person) const;

    /// The version of the key rules; stored keys are rebuilt when it changes.
    static constexpr int keyVersion = 1;

    /// Number of characters (code points) in a key, so that 𠮷 counts once.
    static qsizetype characterCount(const QString &key);

private:
    struct Icu;
    explicit NameKeyBuilder(std::unique_ptr<Icu> icu);
    std::unique_ptr<Icu> m_icu;
};

} // namespace creditdesk
