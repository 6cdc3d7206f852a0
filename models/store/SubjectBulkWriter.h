#pragma once

#include "demo/DemoRecords.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace creditdesk {

/// Inserts whole subjects (identifiers, aliases, listings, events, measure applications and
/// feedback) with prepared statements. The caller owns the transaction and its audit entry.
class SubjectBulkWriter
{
public:
    explicit SubjectBulkWriter(QSqlDatabase db);

    Status prepare();
    Status write(const QList<SubjectRecord> &records);

    qint64 subjectsWritten() const { return m_subjects; }
    qint64 listingsWritten() const { return m_listings; }
    qint64 applicationsWritten() const { return m_applications; }
    qint64 firstSubjectId() const { return m_firstSubjectId; }
    qint64 lastSubjectId() const { return m_nextSubjectId - 1; }

private:
    Status writeOne(const SubjectRecord &record, const QString &now);

    QSqlDatabase m_db;
    QSqlQuery m_subject;
    QSqlQuery m_identifier;
    QSqlQuery m_alias;
    QSqlQuery m_listing;
    QSqlQuery m_event;
    QSqlQuery m_application;
    QSqlQuery m_feedback;
    qint64 m_nextSubjectId = 1;
    qint64 m_nextListingId = 1;
    qint64 m_nextApplicationId = 1;
    qint64 m_firstSubjectId = 1;
    qint64 m_subjects = 0;
    qint64 m_listings = 0;
    qint64 m_applications = 0;
};

} // namespace creditdesk
