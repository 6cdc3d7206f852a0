#pragma once

#include "domain/Result.h"
#include "reference/ReferenceData.h"

#include <QSqlDatabase>

namespace creditdesk {

/// Writes reference data (regions, courts, the measure catalogue) and reads the catalogue back.
/// Called by workflow services inside their transaction.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    /// Whether reference data was installed before.
    bool isInstalled() const;

    /// Inserts all of \a data as catalogue version \a catalogueVersion.
    Status install(const ReferenceData &data, int catalogueVersion);

    struct MeasureRow
    {
        qint64 id = 0;
        int categoryNumber = 0;
        QString sourceCode;
        int itemNumber = 0;
        QString title;
    };
    QList<MeasureRow> measures() const;

    /// Adds departments by name if missing; returns their ids in the same order.
    Result<QList<qint64>> ensureDepartments(const QStringList &names);

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
