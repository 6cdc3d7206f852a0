#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace creditdesk {

/// The office's secret shared by its desks and never by the central server: whitelist entries
/// travel through the server with the applicant's key keyed with it (HMAC-SHA-256), so that a
/// reader of the server's database cannot find an applicant's identifier by trying birth dates.
/// Without one (an empty key) an applicant's key is the plain hash screening makes.
class OfficeKey
{
public:
    static constexpr int secretBytes = 32;

    OfficeKey() = default;
    /// A new random key (libsodium's randombytes).
    static OfficeKey generate();
    /// The key written as text() by another desk; spaces, dashes and letter case do not matter.
    static Result<OfficeKey> fromText(const QString &text);
    static OfficeKey fromSecret(const QByteArray &secret);

    bool isSet() const { return m_secret.size() == secretBytes; }
    QByteArray secret() const { return m_secret; }
    /// The secret as 64 hexadecimal digits in groups of eight, to copy to the office's other desks.
    QString text() const;
    /// Eight hexadecimal digits ("1a2b-3c4d") that name the key without revealing it: two desks
    /// with the same fingerprint have the same key. Empty when no key is set.
    QString fingerprint() const;
    /// The key a whitelist entry of the applicant with the plain key \a applicantKey (a SHA-256 in
    /// hexadecimal) is found by on this desk: keyed with the secret when one is set.
    QString applicantMatchKey(const QString &applicantKey) const;
    /// Whether an entry keyed with the key named \a entryFingerprint (empty: the plain key) is keyed
    /// with a key other than this one, so that its applicant key cannot be compared with ours.
    bool isOtherKey(const QString &entryFingerprint) const
    {
        return !entryFingerprint.isEmpty() && entryFingerprint != fingerprint();
    }

private:
    explicit OfficeKey(QByteArray secret) : m_secret(std::move(secret)) {}

    QByteArray m_secret;
};

} // namespace creditdesk
