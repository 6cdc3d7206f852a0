#pragma once

#include "SearchEngine.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace creditdesk {

/// Helpers for `creditdesk-cli bench search`: sample realistic queries of each class from the
/// cache itself, and run the same query as a naive `LIKE '%q%'` scan (the baseline to beat).
class SearchBenchmark
{
public:
    struct QueryClass
    {
        QString name; ///< e.g. "name-2", "id-exact"
        QStringList queries;
    };

    explicit SearchBenchmark(QSqlDatabase db);

    /// \a perClass queries of each class, drawn with a fixed seed from random subjects.
    Result<QList<QueryClass>> sample(int perClass, quint64 seed) const;

    /// \a simplified in traditional characters (ICU), as officers in some offices type them.
    static QString traditional(const QString &simplified);

    /// The baseline: a full scan with LIKE over names, identifiers or case numbers, first
    /// \a limit rows. Returns the number of rows.
    Result<int> naive(const ClassifiedQuery &query, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
