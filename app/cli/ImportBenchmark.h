#pragma once

#include "CliCommands.h"

namespace creditdesk {
class Database;
}

namespace creditdesk::cli {

/// bench import: generates a package of \a listings subjects with one listing each, imports it
/// into \a database and, in the same run, lets the sqlite3 shell .import the same rows as CSV
/// into an unindexed table (the floor); prints records per second and the ratio.
int importBenchmark(Database &database, qint64 listings, QTextStream &out, QTextStream &err);

} // namespace creditdesk::cli
