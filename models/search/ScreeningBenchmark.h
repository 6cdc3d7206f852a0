#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace creditdesk {

/// A generated, labelled applicants' file for `creditdesk-cli bench screen`: listed subjects
/// (in force on the day) written as officers receive them — exact IDs, mistyped IDs, masked IDs,
/// traditional characters, full-width digits, a lower-case x, credit codes, organisations by
/// their legal representative — and as many applicants who are not listed (namesakes with other
/// IDs among them). Each row carries its label: the subject it must hit, or none.
class ScreeningBenchmark
{
public:
    struct Labelled
    {
        qint64 rows = 0;
        qint64 positives = 0;
        QHash<int, qint64> expected; ///< line → subject id it must hit (0: must not hit)
        QHash<int, QString> kind;    ///< line → how the row was written
    };
    /// Writes \a applicants rows to \a path (CSV, UTF-8) with a fixed seed.
    static Result<Labelled> write(QSqlDatabase db, const QString &path, qint64 applicants, const QDate &today);
};

} // namespace creditdesk
