#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// A registered correction of one field of a listing (SPC rules Art. 9: inaccurate data are
/// corrected), decided by a reviewer under four eyes.
struct ListingCorrection
{
    enum class State { Pending = 1, Approved = 2, Rejected = 3 };

    qint64 id = 0;
    qint64 listingId = 0;
    qint64 subjectId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    qint64 listingVersion = 0; ///< the listing's row version when registered
    State state = State::Pending;
    QString registeredBy;
    QDateTime registeredAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    qint64 rowVersion = 0;
    QString fromDesk;      ///< the desk it was registered on, when another (central server mode)
    QString decidedOnDesk; ///< the desk it was decided on, when another

    /// The listing fields a correction may change.
    static const QStringList &correctableFields();
    /// The translated name of a correctable field.
    static QString fieldText(const QString &field);
    /// Whether \a value is a valid new value of \a field (performance 0 or 1, a filing date,
    /// otherwise not empty).
    static Status validateValue(const QString &field, const QString &value);
};

} // namespace creditdesk
