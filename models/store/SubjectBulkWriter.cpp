#include "SubjectBulkWriter.h"

#include "Sql.h"

#include <QVariant>

namespace creditdesk {

using sql::dateOf;
using sql::dateOrNull;
using sql::textOf;

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

qint64 nextId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table) && query.next())
        return query.value(0).toLongLong();
    return 1;
}

} // namespace

SubjectBulkWriter::SubjectBulkWriter(QSqlDatabase db)
    : m_db(db),
      m_subject(db),
      m_identifier(db),
      m_alias(db),
      m_listing(db),
      m_event(db),
      m_application(db),
      m_feedback(db)
{}

Status SubjectBulkWriter::prepare()
{
    m_nextSubjectId = nextId(m_db, QStringLiteral("subject"));
    m_firstSubjectId = m_nextSubjectId;
    m_nextListingId = nextId(m_db, QStringLiteral("listing"));
    m_nextApplicationId = nextId(m_db, QStringLiteral("measure_application"));
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_subject,
         QStringLiteral("INSERT INTO subject (id, kind, name, name_key, sex, birth_date, region_code, "
                        "legal_representative, legal_representative_key, created_at, updated_at, pinyin_key, "
                        "initials_key, latest_decision) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_identifier, QStringLiteral("INSERT INTO subject_identifier (subject_id, type, value) VALUES (?, ?, ?)")},
        {&m_alias, QStringLiteral("INSERT INTO subject_alias (subject_id, name, name_key) VALUES (?, ?, ?)")},
        {&m_listing,
         QStringLiteral("INSERT INTO listing (id, subject_id, court_code, case_number, basis_document, basis_issuer, "
                        "obligation, performance, ground, filing_date, decision_date, period_months, "
                        "extension_months, state, state_date, deletion_event, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_event, QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, "
                                  "note) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_application, QStringLiteral("INSERT INTO measure_application (id, listing_id, measure_id, department_id, "
                                        "started_on, ended_on, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?)")},
        {&m_feedback, QStringLiteral("INSERT INTO measure_feedback (application_id, handling_type, result, action, "
                                     "occurred_on, reported_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")},
    };
    for (const auto &[query, text] : statements) {
        if (const Status status = sql::prepare(*query, text); !status)
            return status;
    }
    return {};
}

Status SubjectBulkWriter::write(const QList<SubjectRecord> &records)
{
    const QString now = sql::nowUtc();
    for (const SubjectRecord &record : records) {
        if (const Status status = writeOne(record, now); !status)
            return status;
    }
    return {};
}

Status SubjectBulkWriter::writeOne(const SubjectRecord &record, const QString &now)
{
    const Subject &subject = record.subject;
    const qint64 subjectId = m_nextSubjectId++;
    m_subject.bindValue(0, subjectId);
    m_subject.bindValue(1, static_cast<int>(subject.kind));
    m_subject.bindValue(2, subject.name);
    m_subject.bindValue(3, record.nameKey);
    m_subject.bindValue(4, textOrNull(subject.sex));
    m_subject.bindValue(5, dateOrNull(subject.birthDate));
    m_subject.bindValue(6, textOrNull(subject.regionCode));
    m_subject.bindValue(7, textOrNull(subject.legalRepresentative));
    m_subject.bindValue(8, textOrNull(record.legalRepresentativeKey));
    m_subject.bindValue(9, now);
    m_subject.bindValue(10, now);
    m_subject.bindValue(11, record.phonetic.pinyin);
    m_subject.bindValue(12, record.phonetic.initials);
    QDate latestDecision;
    for (const ListingRecord &listingRecord : record.listings)
        latestDecision = std::max(latestDecision, listingRecord.listing.decisionDate);
    m_subject.bindValue(13, latestDecision.isValid() ? latestDecision.toString(Qt::ISODate) : QString());
    if (const Status status = sql::exec(m_subject, QT_TRANSLATE_NOOP("Database", "store a subject")); !status)
        return status;
    ++m_subjects;

    for (const Identifier &identifier : subject.identifiers) {
        m_identifier.bindValue(0, subjectId);
        m_identifier.bindValue(1, static_cast<int>(identifier.type));
        m_identifier.bindValue(2, identifier.value);
        if (const Status status = sql::exec(m_identifier, QT_TRANSLATE_NOOP("Database", "store an identifier"));
            !status)
            return status;
    }
    for (qsizetype i = 0; i < subject.aliases.size(); ++i) {
        m_alias.bindValue(0, subjectId);
        m_alias.bindValue(1, subject.aliases[i]);
        m_alias.bindValue(2, record.aliasKeys.value(i, subject.aliases[i]));
        if (const Status status = sql::exec(m_alias, QT_TRANSLATE_NOOP("Database", "store an alias")); !status)
            return status;
    }

    for (const ListingRecord &listingRecord : record.listings) {
        const Listing &listing = listingRecord.listing;
        const qint64 listingId = m_nextListingId++;
        const QVariant values[] = {listingId,
                                   subjectId,
                                   listing.courtCode,
                                   listing.caseNumber,
                                   textOrNull(listing.basisDocument),
                                   textOrNull(listing.basisIssuer),
                                   textOrNull(listing.obligation),
                                   listing.performance,
                                   static_cast<int>(listing.ground),
                                   dateOrNull(listing.filingDate),
                                   listing.decisionDate.toString(Qt::ISODate),
                                   listing.periodMonths,
                                   listing.extensionMonths,
                                   static_cast<int>(listing.state),
                                   dateOrNull(listing.stateDate),
                                   static_cast<int>(listing.deletionEvent),
                                   now,
                                   now};
        for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
            m_listing.bindValue(i, values[i]);
        if (const Status status = sql::exec(m_listing, QT_TRANSLATE_NOOP("Database", "store a listing")); !status)
            return status;
        ++m_listings;

        for (const ListingEventRecord &event : listingRecord.events) {
            m_event.bindValue(0, listingId);
            m_event.bindValue(1, event.occurredOn.toString(Qt::ISODate));
            m_event.bindValue(2, event.kind);
            m_event.bindValue(3, event.state == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(event.state));
            m_event.bindValue(4, event.deletionEvent);
            m_event.bindValue(5, textOrNull(event.note));
            if (const Status status = sql::exec(m_event, QT_TRANSLATE_NOOP("Database", "store a listing event"));
                !status)
                return status;
        }

        for (const MeasureApplicationRecord &application : listingRecord.applications) {
            const qint64 applicationId = m_nextApplicationId++;
            m_application.bindValue(0, applicationId);
            m_application.bindValue(1, listingId);
            m_application.bindValue(2, application.measureId);
            m_application.bindValue(3, application.departmentId);
            m_application.bindValue(4, application.startedOn.toString(Qt::ISODate));
            m_application.bindValue(5, dateOrNull(application.endedOn));
            m_application.bindValue(6, textOrNull(application.endReason));
            if (const Status status =
                    sql::exec(m_application, QT_TRANSLATE_NOOP("Database", "store a measure application"));
                !status)
                return status;
            ++m_applications;
            for (const FeedbackRecord &feedback : application.feedback) {
                m_feedback.bindValue(0, applicationId);
                m_feedback.bindValue(1, feedback.handlingType);
                m_feedback.bindValue(2, feedback.result);
                m_feedback.bindValue(3, textOrNull(feedback.action));
                m_feedback.bindValue(4, feedback.occurredOn.toString(Qt::ISODate));
                m_feedback.bindValue(5, feedback.reportedBy);
                m_feedback.bindValue(6, now);
                if (const Status status = sql::exec(m_feedback, QT_TRANSLATE_NOOP("Database", "store feedback"));
                    !status)
                    return status;
            }
        }
    }
    return {};
}

} // namespace creditdesk
