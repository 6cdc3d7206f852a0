#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlDatabase>

namespace creditdesk {

/// What a listing or breach information leaving publication sets off: every measure still
/// applied because of it ends with the reason, and each implementing department gets one
/// notification in the queue for the exchange package. Runs inside the caller's transaction;
/// returns a summary per department for the audit entry.
class MeasureLifting
{
public:
    struct Target
    {
        qint64 subjectId = 0;
        qint64 listingId = 0; ///< either a listing
        qint64 breachId = 0;  ///< or breach information
    };

    static Result<QJsonArray> lift(QSqlDatabase db, const Target &target, const QDate &on, const QString &reason,
                                   const QString &actorName);
};

} // namespace creditdesk
