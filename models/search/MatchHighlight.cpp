#include "MatchHighlight.h"

#include "NameKey.h"

#include <QList>

namespace creditdesk {

MatchHighlight::Range MatchHighlight::find(const NameKeyBuilder &keys, const QString &text, const QString &key,
                                           bool prefixOnly)
{
    if (key.isEmpty() || text.isEmpty())
        return {};
    // The key of the text, and for each of its UTF-16 units the text position it came from.
    QString textKey;
    QList<int> origin;
    QList<int> originEnd;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString part = keys.key(text.mid(i, width));
        for (qsizetype j = 0; j < part.size(); ++j) {
            origin.append(static_cast<int>(i));
            originEnd.append(static_cast<int>(i + width));
        }
        textKey += part;
        i += width - 1;
    }
    const qsizetype at = prefixOnly ? (textKey.startsWith(key) ? 0 : -1) : textKey.indexOf(key);
    if (at < 0)
        return {};
    const int start = origin[at];
    const int end = originEnd[at + key.size() - 1];
    return {start, end - start};
}

} // namespace creditdesk
