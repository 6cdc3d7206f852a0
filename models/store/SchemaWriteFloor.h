#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace creditdesk {

/// An estimate of what SQLite itself needs to add subjects with one listing each to CreditDesk's
/// schema, with no package to read and nothing to parse, check or bind: the rows are made inside
/// the engine (INSERT ... SELECT over a generated series, the benchmark package's values), in one
/// transaction, written the cheapest way the import could write them — the indexes whose new
/// entries come last kept, every other index and trigger of the tables written dropped first and
/// recreated after the rows (SQLite builds an index fastest by sorting), the name-search entries
/// and listing statistics added once — and committed. The engine floor of an import into this
/// schema on this machine, printed by the import benchmark beside its own figure.
class SchemaWriteFloor
{
public:
    struct Figures
    {
        double rowsSeconds = 0;    ///< the six rows of each subject with its listing
        double derivedSeconds = 0; ///< the name-search entries and the listing statistics
        double indexSeconds = 0;   ///< recreating the indexes and triggers
        double totalSeconds = 0;   ///< everything, the commit included
    };
    /// Adds \a subjects subjects with their listings to \a db (a scratch copy of a cache: they
    /// stay there), keyed as platform \a source.
    static Result<Figures> measure(const QSqlDatabase &db, qint64 subjects, const QString &source);
};

} // namespace creditdesk
