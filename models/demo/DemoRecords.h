#pragma once

#include "domain/Listing.h"
#include "domain/Subject.h"
#include "search/NameKey.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// A feedback report of a department on one applied measure (执行反馈).
struct FeedbackRecord
{
    int handlingType = 1; ///< 1 intercepted, 2 restricted, 3 checked without business, 4 other
    QString result;
    QString action;
    QDate occurredOn;
    QString reportedBy;
};

/// One measure applied because of one listing, by one department.
struct MeasureApplicationRecord
{
    qint64 measureId = 0;
    qint64 departmentId = 0;
    QDate startedOn;
    QDate endedOn;
    QString endReason;
    QList<FeedbackRecord> feedback;
};

/// A dated event in a listing's life: listed, masked, revoked, deleted, extended.
struct ListingEventRecord
{
    QDate occurredOn;
    int kind = 1; ///< 1 listed, 2 masked, 3 unmasked, 4 revoked, 5 deleted, 6 corrected, 7 extended
    int state = 0;
    int deletionEvent = 0;
    QString note;
};

struct ListingRecord
{
    Listing listing;
    QList<ListingEventRecord> events;
    QList<MeasureApplicationRecord> applications;
};

/// A subject with everything that hangs off it, as the demo generator produces it.
struct SubjectRecord
{
    Subject subject;
    QString nameKey;
    QString legalRepresentativeKey;
    PhoneticKeys phonetic;
    QStringList aliasKeys; ///< one per subject.aliases entry
    QList<ListingRecord> listings;
};

} // namespace creditdesk
