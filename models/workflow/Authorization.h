#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

namespace creditdesk {

/// The check every workflow service makes before it acts: the actor's roles must allow the
/// action in the permission matrix. Hiding a button is not enforcement; this is.
Status requirePermission(const Actor &actor, Action action);

/// Appends an audit entry for \a actor inside the current transaction.
class Database;
struct AuditRecord;
Status audit(Database &database, const Actor &actor, const AuditRecord &record);

} // namespace creditdesk
