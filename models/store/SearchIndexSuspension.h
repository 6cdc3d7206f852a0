#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace creditdesk {

/// Makes a large write into the subject and listing tables cheaper: inside the writer's
/// transaction it drops the search indexes and the two per-row insert triggers whose work can be
/// done once for all new rows (the name-search index entries and each subject's latest decision
/// date), and before the commit it does that work for the rows added and recreates the indexes
/// and triggers from their stored definitions. Unique indexes, the indexes the write itself reads
/// and every other trigger (statistics, updates, deletions) stay in place. Used by package
/// imports larger than the cache they go into (docs/exchange-format.md).
class SearchIndexSuspension
{
public:
    explicit SearchIndexSuspension(QSqlDatabase db);

    /// Whether suspending pays: rebuilding the indexes costs time in proportion to the whole
    /// cache, keeping them in proportion to the rows written times the depth of each index.
    static bool worthwhile(qint64 records, qint64 subjectsInCache);
    /// The number of subjects in the cache.
    Result<qint64> subjectCount() const;

    /// Drops the indexes and triggers (inside a transaction) and notes the last subject and
    /// listing ids.
    Status suspend();
    /// Adds the name-search entries and latest decision dates of the rows written since
    /// suspend(), then recreates the indexes and triggers. Inside the same transaction.
    /// \a latestDecisionsSet: the writer set the dates itself (BulkListingWriter).
    Status restore(bool latestDecisionsSet = false);

private:
    QSqlDatabase m_db;
    QStringList m_definitions; ///< CREATE statements of what was dropped, in order
    qint64 m_lastSubjectBefore = 0;
    qint64 m_lastListingBefore = 0;
    bool m_suspended = false;
};

} // namespace creditdesk
