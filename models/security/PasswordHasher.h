#pragma once

#include <QString>

namespace creditdesk {

/// Hashes and verifies passwords with argon2id (libsodium's crypto_pwhash_str, interactive
/// limits). The stored string carries its own salt and parameters.
class PasswordHasher
{
public:
    PasswordHasher();

    /// The argon2id hash string of \a password, or an empty string when hashing failed.
    QString hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;

    /// The shortest password accepted for a new or changed password.
    static constexpr int minimumLength = 8;
};

} // namespace creditdesk
