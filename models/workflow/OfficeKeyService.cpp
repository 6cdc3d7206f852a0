#include "OfficeKeyService.h"

#include "Authorization.h"
#include "store/AuditJournal.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::OfficeKeyService", source);
}

} // namespace

OfficeKeyService::OfficeKeyService(Database &database) : m_database(database) {}

Status OfficeKeyService::requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Give a reason: the office key's use is recorded in the audit journal.")};
    return {};
}

Result<std::optional<OfficeKeyRepository::Stored>> OfficeKeyService::current(const Actor &actor) const
{
    // Whoever sees the central server page sees which key the desk has (not the key).
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    return OfficeKeyRepository(m_database.connection()).read();
}

Result<OfficeKeyService::Outcome> OfficeKeyService::create(const Actor &actor, const QString &reason)
{
    return store(actor, OfficeKey::generate(), true, reason);
}

Result<OfficeKeyService::Outcome> OfficeKeyService::set(const Actor &actor, const QString &text, const QString &reason)
{
    auto key = OfficeKey::fromText(text);
    if (!key)
        return Error{key.error()};
    return store(actor, key.value(), false, reason);
}

Result<OfficeKeyService::Outcome> OfficeKeyService::store(const Actor &actor, const OfficeKey &key, bool made,
                                                          const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return Error{allowed.error()};
    if (const Status given = requireReason(reason); !given)
        return Error{given.error()};
    Outcome outcome;
    outcome.key = key;
    const Status done = m_database.transaction([&]() -> Status {
        OfficeKeyRepository repository(m_database.connection());
        auto existing = repository.read();
        if (!existing)
            return Error{existing.error()};
        if (existing.value()) {
            if (!made && existing.value()->key.fingerprint() == key.fingerprint()) {
                outcome.alreadySet = true;
                return {};
            }
            return Error{
                tr("This desk has the office key %1 (set by %2 at %3). A desk keeps its key: whitelist "
                   "entries keyed with it could not be found under another.")
                    .arg(existing.value()->key.fingerprint(), existing.value()->setBy, existing.value()->setAt)};
        }
        if (const Status stored = repository.store(key, actor.userName); !stored)
            return stored;
        auto keyed = repository.keyPlainWhitelistEntries(key);
        if (!keyed)
            return Error{keyed.error()};
        outcome.entriesKeyed = keyed.value();
        auto changes = repository.keyWaitingWhitelistChanges(key);
        if (!changes)
            return Error{changes.error()};
        outcome.changesKeyed = changes.value();
        return audit(m_database, actor,
                     {QStringLiteral("office-key.set"), QStringLiteral("office_key"), key.fingerprint(), reason,
                      QJsonObject{{QStringLiteral("fingerprint"), key.fingerprint()},
                                  {QStringLiteral("made_here"), made},
                                  {QStringLiteral("whitelist_entries_keyed"), outcome.entriesKeyed},
                                  {QStringLiteral("waiting_changes_keyed"), outcome.changesKeyed}}});
    });
    if (!done)
        return Error{done.error()};
    return outcome;
}

Result<QString> OfficeKeyService::reveal(const Actor &actor, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return Error{allowed.error()};
    if (const Status given = requireReason(reason); !given)
        return Error{given.error()};
    QString text;
    const Status done = m_database.transaction([&]() -> Status {
        auto existing = OfficeKeyRepository(m_database.connection()).read();
        if (!existing)
            return Error{existing.error()};
        if (!existing.value())
            return Error{tr("This desk has no office key.")};
        text = existing.value()->key.text();
        const QString fingerprint = existing.value()->key.fingerprint();
        return audit(m_database, actor,
                     {QStringLiteral("office-key.reveal"), QStringLiteral("office_key"), fingerprint, reason,
                      QJsonObject{{QStringLiteral("fingerprint"), fingerprint}}});
    });
    if (!done)
        return Error{done.error()};
    return text;
}

} // namespace creditdesk
