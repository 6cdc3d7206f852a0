#include "NameKey.h"

#include <QFile>

#include <map>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace creditdesk {

namespace {

std::unique_ptr<icu::Transliterator> transliterator(const char16_t *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> result(
        icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return {};
    return result;
}

QString transliterate(icu::Transliterator *with, const QString &text)
{
    if (!with)
        return text;
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    with->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

/// Surname → syllables separated by spaces, from the shipped override table.
std::map<QString, QString> loadSurnameReadings()
{
    std::map<QString, QString> readings;
    QFile file(QStringLiteral(":/reference/surname-readings.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return readings;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].trimmed().split(u',');
        if (fields.size() == 2)
            readings.emplace(fields[0], fields[1]);
    }
    return readings;
}

} // namespace

struct NameKeyBuilder::Icu
{
    std::unique_ptr<icu::Transliterator> traditionalToSimplified;
    std::unique_ptr<icu::Transliterator> reading;
    std::unique_ptr<icu::Transliterator> surnameReading;
    std::map<QString, QString> surnameOverrides;
    int longestSurname = 1;
    std::unordered_map<char32_t, QString> readingCache;
    std::unordered_map<char32_t, QString> surnameCache;
};

NameKeyBuilder::NameKeyBuilder() : m_icu(std::make_unique<Icu>())
{
    m_icu->traditionalToSimplified = transliterator(u"Traditional-Simplified");
    m_icu->reading = transliterator(u"Han-Latin; Latin-ASCII; Lower");
    m_icu->surnameReading = transliterator(u"Han-Latin/Names; Latin-ASCII; Lower");
    m_icu->surnameOverrides = loadSurnameReadings();
    for (const auto &[surname, reading] : m_icu->surnameOverrides)
        m_icu->longestSurname = std::max(m_icu->longestSurname, static_cast<int>(surname.size()));
}

NameKeyBuilder::NameKeyBuilder(std::unique_ptr<Icu> icu) : m_icu(std::move(icu)) {}

NameKeyBuilder::~NameKeyBuilder() = default;

std::unique_ptr<NameKeyBuilder> NameKeyBuilder::copy() const
{
    auto icu = std::make_unique<Icu>();
    // A transliterator ICU could not build stays missing (keys then do without it, as here).
    auto cloned = [](const std::unique_ptr<icu::Transliterator> &original) {
        return std::unique_ptr<icu::Transliterator>(original ? original->clone() : nullptr);
    };
    icu->traditionalToSimplified = cloned(m_icu->traditionalToSimplified);
    icu->reading = cloned(m_icu->reading);
    icu->surnameReading = cloned(m_icu->surnameReading);
    if ((m_icu->traditionalToSimplified && !icu->traditionalToSimplified) || (m_icu->reading && !icu->reading)
        || (m_icu->surnameReading && !icu->surnameReading))
        return std::make_unique<NameKeyBuilder>(); // cloning failed: build from the rules
    icu->surnameOverrides = m_icu->surnameOverrides;
    icu->longestSurname = m_icu->longestSurname;
    return std::unique_ptr<NameKeyBuilder>(new NameKeyBuilder(std::move(icu)));
}

QString NameKeyBuilder::key(const QString &name) const
{
    const QString compatible = name.normalized(QString::NormalizationForm_KC);
    QString kept;
    kept.reserve(compatible.size());
    bool hasHan = false;
    for (qsizetype i = 0; i < compatible.size(); ++i) {
        char32_t codePoint = compatible[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < compatible.size() && compatible[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(compatible[i], compatible[i + 1]);
            width = 2;
        } else if (QChar::isSurrogate(codePoint)) {
            continue; // a lone surrogate is not text
        }
        if (QChar::isLetterOrNumber(codePoint)) {
            if (QChar::script(codePoint) == QChar::Script_Han)
                hasHan = true;
            kept += QStringView(compatible).mid(i, width);
        }
        i += width - 1;
    }
    kept = kept.toLower();
    if (!hasHan || !m_icu->traditionalToSimplified)
        return kept;
    icu::UnicodeString text(reinterpret_cast<const UChar *>(kept.utf16()), static_cast<int32_t>(kept.size()));
    m_icu->traditionalToSimplified->transliterate(text);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

PhoneticKeys NameKeyBuilder::phonetic(const QString &nameKey, bool person) const
{
    // Split the key into syllables: one per Han character, one per run of other letters/digits.
    QStringList syllables;
    qsizetype position = 0;
    if (person) {
        for (qsizetype length = std::min<qsizetype>(m_icu->longestSurname, nameKey.size()); length > 0; --length) {
            const auto found = m_icu->surnameOverrides.find(nameKey.left(length));
            if (found != m_icu->surnameOverrides.end()) {
                syllables += found->second.split(u' ', Qt::SkipEmptyParts);
                position = length;
                break;
            }
        }
    }
    QString latinRun;
    for (qsizetype i = position; i < nameKey.size(); ++i) {
        char32_t codePoint = nameKey[i].unicode();
        qsizetype width = 1;
        if (nameKey[i].isHighSurrogate() && i + 1 < nameKey.size() && nameKey[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(nameKey[i], nameKey[i + 1]);
            width = 2;
        }
        const QString character = nameKey.mid(i, width);
        i += width - 1;
        if (QChar::script(codePoint) != QChar::Script_Han) {
            latinRun += character;
            continue;
        }
        if (!latinRun.isEmpty()) {
            syllables.append(latinRun);
            latinRun.clear();
        }
        const bool surnamePosition = person && syllables.isEmpty();
        std::unordered_map<char32_t, QString> &cache = surnamePosition ? m_icu->surnameCache : m_icu->readingCache;
        auto cached = cache.find(codePoint);
        if (cached == cache.end()) {
            QString reading =
                transliterate(surnamePosition ? m_icu->surnameReading.get() : m_icu->reading.get(), character)
                    .trimmed();
            // A character ICU has no reading for stays itself: still searchable by the name key.
            cached = cache.emplace(codePoint, reading).first;
        }
        syllables.append(cached->second);
    }
    if (!latinRun.isEmpty())
        syllables.append(latinRun);

    PhoneticKeys keys;
    for (const QString &syllable : std::as_const(syllables)) {
        if (syllable.isEmpty())
            continue;
        keys.pinyin += syllable;
        keys.initials += syllable.left(syllable.front().isHighSurrogate() ? 2 : 1);
    }
    return keys;
}

qsizetype NameKeyBuilder::characterCount(const QString &key)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i].isHighSurrogate() && i + 1 < key.size() && key[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace creditdesk
