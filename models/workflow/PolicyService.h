#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SecurityPolicy.h"

namespace creditdesk {

class Database;

/// Reads the security policy (masking, lock-out, idle lock, reveal duration, four eyes) and lets
/// an admin change it, audited.
class PolicyService
{
public:
    explicit PolicyService(Database &database);

    SecurityPolicy load() const;
    Status save(const Actor &actor, const SecurityPolicy &policy, const QString &reason);

private:
    Database &m_database;
};

} // namespace creditdesk
