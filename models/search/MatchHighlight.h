#pragma once

#include <QString>

namespace creditdesk {

class NameKeyBuilder;

/// Finds where a query's name key occurs in a displayed name, in the name's own characters:
/// 張偉 in 張偉明 for the key 张伟 even though the key was simplified and punctuation removed.
class MatchHighlight
{
public:
    struct Range
    {
        int start = -1;
        int length = 0;
        bool isValid() const { return start >= 0 && length > 0; }
    };

    /// The first occurrence of \a key in \a text (or at its start when \a prefixOnly).
    static Range find(const NameKeyBuilder &keys, const QString &text, const QString &key, bool prefixOnly = false);
};

} // namespace creditdesk
