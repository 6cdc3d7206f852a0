#include "OfficeKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <sodium.h>

namespace creditdesk {

OfficeKey OfficeKey::generate()
{
    [[maybe_unused]] const int initialised = sodium_init(); // 1 when already initialised
    QByteArray secret(secretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return OfficeKey(secret);
}

Result<OfficeKey> OfficeKey::fromText(const QString &text)
{
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    static const QRegularExpression hexadecimal(QStringLiteral("^[0-9a-fA-F]*$"));
    if (!hexadecimal.match(digits).hasMatch())
        return Error{QCoreApplication::translate(
            "OfficeKey",
            "The office key has only the digits 0-9 and the letters a-f (spaces and dashes are ignored).")};
    if (digits.size() != 2 * secretBytes)
        return Error{
            QCoreApplication::translate("OfficeKey", "The office key has %1 hexadecimal digits; %2 were given.")
                .arg(2 * secretBytes)
                .arg(digits.size())};
    return OfficeKey(QByteArray::fromHex(digits.toLatin1()));
}

OfficeKey OfficeKey::fromSecret(const QByteArray &secret)
{
    return secret.size() == secretBytes ? OfficeKey(secret) : OfficeKey();
}

QString OfficeKey::text() const
{
    const QString hex = QString::fromLatin1(m_secret.toHex());
    QStringList groups;
    for (int at = 0; at < hex.size(); at += 8)
        groups.append(hex.mid(at, 8));
    return groups.join(u'-');
}

QString OfficeKey::fingerprint() const
{
    if (!isSet())
        return {};
    // A hash of the key under its own label: nothing else is hashed this way.
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(QByteArrayLiteral("CreditDesk office key fingerprint\n") + m_secret),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(8);
    return QString::fromLatin1(QByteArray(digest.left(4) + '-' + digest.mid(4)));
}

QString OfficeKey::applicantMatchKey(const QString &applicantKey) const
{
    if (!isSet())
        return applicantKey;
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(applicantKey.toLatin1(), m_secret, QCryptographicHash::Sha256).toHex());
}

} // namespace creditdesk
