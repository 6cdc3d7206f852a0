#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace creditdesk {

/// What SQLite itself needs to add subjects with one listing each to CreditDesk's schema, with
/// no package to read, nothing to parse, check or bind: the rows are made inside the engine
/// (INSERT ... SELECT over a generated series, the same values the import benchmark's package
/// carries), in one transaction, with every index and trigger of the tables written dropped first
/// and recreated after the rows (the fastest way SQLite builds an index: by sorting), the
/// name-search entries and the listing statistics added once, and the commit. The engine floor
/// of an import into this schema on this machine, printed by the import benchmark beside its
/// own figure.
class SchemaWriteFloor
{
public:
    struct Figures
    {
        double rowsSeconds = 0;  ///< inserting the rows (with the unique keys the tables carry)
        double indexSeconds = 0; ///< recreating the indexes and triggers
        double totalSeconds = 0; ///< everything, the commit included
    };
    /// Adds \a subjects subjects with their listings to \a db (a scratch copy of a cache: they
    /// stay there), keyed as platform \a source.
    static Result<Figures> measure(const QSqlDatabase &db, qint64 subjects, const QString &source);
};

} // namespace creditdesk
