#include "OfficeKeyRepository.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

OfficeKeyRepository::OfficeKeyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<OfficeKeyRepository::Stored>> OfficeKeyRepository::read() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT secret, set_by, set_at FROM office_key WHERE id = 1"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the office key")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<Stored>();
    return std::optional<Stored>(Stored{OfficeKey::fromSecret(query.value(0).toByteArray()), query.value(1).toString(),
                                        query.value(2).toString()});
}

Status OfficeKeyRepository::store(const OfficeKey &key, const QString &setBy)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO office_key (id, secret, fingerprint, set_by, set_at) VALUES (1, ?, ?, ?, ?)"));
    query.addBindValue(key.secret());
    query.addBindValue(key.fingerprint());
    query.addBindValue(sql::textOf(setBy));
    query.addBindValue(sql::nowUtc());
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "store the office key"));
}

Result<int> OfficeKeyRepository::keyPlainWhitelistEntries(const OfficeKey &key)
{
    QSqlQuery plain(m_db);
    plain.setForwardOnly(true);
    plain.prepare(QStringLiteral("SELECT id, applicant_key FROM screening_whitelist WHERE office_key IS NULL"));
    if (const Status status = sql::exec(plain, QT_TRANSLATE_NOOP("Database", "read the whitelist")); !status)
        return Error{status.error()};
    QList<std::pair<qint64, QString>> entries;
    while (plain.next())
        entries.append({plain.value(0).toLongLong(), plain.value(1).toString()});
    plain.finish();
    QSqlQuery keyed(m_db);
    if (const Status status = sql::prepare(
            keyed, QStringLiteral("UPDATE screening_whitelist SET applicant_key = ?, office_key = ? WHERE id = ?"));
        !status)
        return Error{status.error()};
    for (const auto &[id, applicantKey] : entries) {
        keyed.bindValue(0, key.applicantMatchKey(applicantKey));
        keyed.bindValue(1, key.fingerprint());
        keyed.bindValue(2, id);
        if (const Status status =
                sql::exec(keyed, QT_TRANSLATE_NOOP("Database", "key a whitelist entry with the office key"));
            !status)
            return Error{status.error()};
    }
    return static_cast<int>(entries.size());
}

} // namespace creditdesk
