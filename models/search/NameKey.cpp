#include "NameKey.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace creditdesk {

struct NameKeyBuilder::Icu
{
    std::unique_ptr<icu::Transliterator> traditionalToSimplified;
};

NameKeyBuilder::NameKeyBuilder() : m_icu(std::make_unique<Icu>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_icu->traditionalToSimplified.reset(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        m_icu->traditionalToSimplified.reset();
}

NameKeyBuilder::~NameKeyBuilder() = default;

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
