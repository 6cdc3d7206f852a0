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

Result<OfficeKey> OfficeKeyRepository::key() const
{
    auto stored = read();
    if (!stored)
        return Error{stored.error()};
    return stored.value() ? stored.value()->key : OfficeKey();
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
    return keyRows(key, QStringLiteral("SELECT id, applicant_key FROM screening_whitelist WHERE office_key IS NULL"),
                   QT_TRANSLATE_NOOP("Database", "read the whitelist"),
                   QStringLiteral("UPDATE screening_whitelist SET applicant_key = ?, office_key = ? WHERE id = ?"),
                   QT_TRANSLATE_NOOP("Database", "key a whitelist entry with the office key"));
}

Result<int> OfficeKeyRepository::keyWaitingWhitelistChanges(const OfficeKey &key)
{
    return keyRows(key,
                   QStringLiteral("SELECT id, json_extract(payload, '$.entry.applicant_key') FROM sync_outbox WHERE "
                                  "state = 0 AND entity_type = 'whitelist' AND "
                                  "json_extract(payload, '$.entry.office_key') IS NULL"),
                   QT_TRANSLATE_NOOP("Database", "read the changes waiting to be sent"),
                   QStringLiteral("UPDATE sync_outbox SET payload = json_set(payload, '$.entry.applicant_key', ?, "
                                  "'$.entry.office_key', ?) WHERE id = ?"),
                   QT_TRANSLATE_NOOP("Database", "key a whitelist change with the office key"));
}

Result<int> OfficeKeyRepository::keyRows(const OfficeKey &key, const QString &select, const char *readPurpose,
                                         const QString &update, const char *writePurpose)
{
    QSqlQuery plain(m_db);
    plain.setForwardOnly(true);
    plain.prepare(select);
    if (const Status status = sql::exec(plain, readPurpose); !status)
        return Error{status.error()};
    QList<std::pair<qint64, QString>> rows;
    while (plain.next())
        rows.append({plain.value(0).toLongLong(), plain.value(1).toString()});
    plain.finish();
    QSqlQuery keyed(m_db);
    if (const Status status = sql::prepare(keyed, update); !status)
        return Error{status.error()};
    for (const auto &[id, applicantKey] : rows) {
        keyed.bindValue(0, key.applicantMatchKey(applicantKey));
        keyed.bindValue(1, key.fingerprint());
        keyed.bindValue(2, id);
        if (const Status status = sql::exec(keyed, writePurpose); !status)
            return Error{status.error()};
    }
    return static_cast<int>(rows.size());
}

} // namespace creditdesk
