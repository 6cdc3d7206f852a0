// libFuzzer target: what an officer types into the search box: classification and name keys
// (NFKC, ICU traditional → simplified) on arbitrary text, including lone surrogates.
#include "search/NameKey.h"
#include "search/QueryClassifier.h"

#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const creditdesk::NameKeyBuilder keys;
    static const creditdesk::QueryClassifier classifier(keys);
    // UTF-16 input reaches lone surrogates that UTF-8 decoding would replace.
    const QString input(reinterpret_cast<const QChar *>(data), static_cast<qsizetype>(size / 2));
    (void)classifier.classify(input);
    (void)keys.key(input);
    return 0;
}
