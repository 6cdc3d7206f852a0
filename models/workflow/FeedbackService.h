#pragma once

#include "domain/Actor.h"
#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDate>

namespace creditdesk {

class Database;

/// Records a department's feedback on a measure it applied (执行反馈): how it handled the
/// subject (intercepted, restricted, checked without business, other), the result, what it did,
/// when (between the day the measure was applied and the day it was lifted, never after
/// today), and who reported it. Officers record it; each entry is audited (feedback.record),
/// counted in the statistics and carried by the next outgoing exchange package.
class FeedbackService
{
public:
    explicit FeedbackService(Database &database);

    /// The new entry's id; an error naming the field that is wrong, or why it is refused.
    Result<qint64> record(const Actor &actor, qint64 applicationId, const Feedback &feedback,
                          const QDate &today = QDate::currentDate());

private:
    Database &m_database;
};

} // namespace creditdesk
