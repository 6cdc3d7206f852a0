#pragma once

#include "domain/Result.h"

#include <QString>

namespace creditdesk {

/// How many rows a second Qt SQL can insert into a SQLite table without indexes, constraints
/// or triggers, binding eight values a row by numbered names as the import does: the ceiling of
/// any write done through Qt SQL, printed by the import benchmark beside its own figure.
class BindingCeiling
{
public:
    struct Figures
    {
        double oneRowPerStatement = 0;   ///< rows per second
        double manyRowsPerStatement = 0; ///< 32 rows a statement
    };
    /// Measures in a new database file \a path (overwritten) with \a rows rows each way.
    static Result<Figures> measure(const QString &path, int rows);
};

} // namespace creditdesk
