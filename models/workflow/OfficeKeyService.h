#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "store/OfficeKeyRepository.h"

#include <optional>

namespace creditdesk {

class Database;

/// Sets the desk's office key (OfficeKey) and shows it to the office's other desks' officers. A
/// desk is given its key once — made here for the office's first desk, typed in from that desk's
/// text on the others — and keeps it: entries keyed with it could not be found under another.
/// Setting it keys the desk's whitelist entries and the whitelist changes kept back for it, which
/// the next synchronisation sends. Who may: those who join a desk to the server; those who see the central
/// server page see the key's fingerprint. Each step is audited.
class OfficeKeyService
{
public:
    explicit OfficeKeyService(Database &database);

    /// What a key set on this desk changed.
    struct Outcome
    {
        OfficeKey key;
        int entriesKeyed = 0;
        int changesKeyed = 0;    ///< whitelist changes kept back for the key, now sent at the next synchronisation
        bool alreadySet = false; ///< the desk had this key: nothing changed, nothing recorded
    };

    /// The desk's key, with who set it and when; nullopt when none is set.
    Result<std::optional<OfficeKeyRepository::Stored>> current(const Actor &actor) const;
    /// Makes a new key for the office's first desk and sets it here.
    Result<Outcome> create(const Actor &actor, const QString &reason);
    /// Sets the key another desk of the office shows as text.
    Result<Outcome> set(const Actor &actor, const QString &text, const QString &reason);
    /// The key's text, to copy to another desk of the office (an audited reveal).
    Result<QString> reveal(const Actor &actor, const QString &reason);

private:
    static Status requireReason(const QString &reason);
    Result<Outcome> store(const Actor &actor, const OfficeKey &key, bool made, const QString &reason);

    Database &m_database;
};

} // namespace creditdesk
