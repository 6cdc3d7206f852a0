#include "PasswordHasher.h"

#include <sodium.h>

namespace creditdesk {

PasswordHasher::PasswordHasher()
{
    // Safe to call more than once and from several threads; 1 means already initialised.
    [[maybe_unused]] const int initialised = sodium_init();
    Q_ASSERT(initialised >= 0);
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray bytes = password.toUtf8();
    char output[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(output, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(output);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size()))
           == 0;
}

} // namespace creditdesk
