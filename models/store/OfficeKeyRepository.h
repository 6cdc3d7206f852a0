#pragma once

#include "domain/Result.h"
#include "security/OfficeKey.h"

#include <QSqlDatabase>

#include <optional>

namespace creditdesk {

/// The desk's office key (schema 20) and the keying of whitelist entries with it. The caller owns
/// the transaction and the audit entry.
class OfficeKeyRepository
{
public:
    /// The key as stored, with who set it and when.
    struct Stored
    {
        OfficeKey key;
        QString setBy;
        QString setAt;
    };

    explicit OfficeKeyRepository(QSqlDatabase db);

    /// The desk's key; nullopt when none is set.
    Result<std::optional<Stored>> read() const;
    /// The desk's key; an empty key (the plain applicant key) when none is set.
    Result<OfficeKey> key() const;
    /// Stores the desk's first key (a desk has one key; the table refuses a second row).
    Status store(const OfficeKey &key, const QString &setBy);
    /// Keys every whitelist entry that has the plain applicant key with \a key (an entry keyed
    /// already, here or on another desk, keeps its key); the number of entries keyed.
    Result<int> keyPlainWhitelistEntries(const OfficeKey &key);
    /// Keys the entries of the whitelist changes waiting to be sent that name the applicant by the
    /// plain key (kept back until now: SyncRepository::waitingChanges); the number of changes.
    Result<int> keyWaitingWhitelistChanges(const OfficeKey &key);

private:
    /// Reads (row, plain applicant key) with \a select and binds each key keyed with \a key, the
    /// key's fingerprint and the row to \a update; the number of rows.
    Result<int> keyRows(const OfficeKey &key, const QString &select, const char *readPurpose, const QString &update,
                        const char *writePurpose);

    QSqlDatabase m_db;
};

} // namespace creditdesk
