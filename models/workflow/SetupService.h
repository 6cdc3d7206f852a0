#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

namespace creditdesk {

class Database;
struct ReferenceData;

/// Prepares a new database: installs the bundled reference data (regions, courts, measure
/// catalogue) and, for the demo database, the demo accounts. Each step is audited.
class SetupService
{
public:
    explicit SetupService(Database &database);

    /// Installs \a data unless reference data is already present.
    Status installReferenceData(const Actor &actor, const QString &reason, const ReferenceData &data);

    /// Prepares a new, non-demo database: installs the bundled reference data. Does nothing when
    /// it is there already.
    Status prepareNewDatabase(const Actor &actor, const QString &reason);

    /// Creates the demo accounts officer, reviewer, auditor and admin.
    Status createDemoUsers(const Actor &actor, const QString &reason);

private:
    Database &m_database;
};

} // namespace creditdesk
