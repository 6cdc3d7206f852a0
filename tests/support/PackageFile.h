#pragma once

#include "exchange/ExchangePackage.h"

#include <QJsonObject>
#include <QList>

namespace creditdesk::test {

/// Writes \a records as package \a packageId of the source "province", number \a sequence, at
/// \a path; the path, or empty when it could not be written.
inline QString writePackage(const QString &path, const QString &packageId, qint64 sequence,
                            const QList<QJsonObject> &records)
{
    PackageWriter writer;
    if (!writer.open(path))
        return {};
    for (const QJsonObject &record : records) {
        if (!writer.write(record))
            return {};
    }
    PackageHeader header;
    header.packageId = packageId;
    header.source = QStringLiteral("province");
    header.sequence = sequence;
    header.created = QStringLiteral("2026-11-27T08:00:00Z");
    return writer.finish(header) ? path : QString();
}

} // namespace creditdesk::test
