#include "SubjectRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace creditdesk {

using sql::dateOf;
using sql::dateOrNull;
using sql::textOf;

SubjectRepository::SubjectRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<Dossier> SubjectRepository::dossier(qint64 subjectId) const
{
    Dossier dossier;
    if (const Status s = loadSubject(subjectId, dossier.subject); !s)
        return Error{s.error()};
    if (const Status s = loadListings(dossier); !s)
        return Error{s.error()};
    if (const Status s = loadEvents(dossier); !s)
        return Error{s.error()};
    if (const Status s = loadMeasures(dossier); !s)
        return Error{s.error()};
    return dossier;
}

Status SubjectRepository::loadSubject(qint64 subjectId, Subject &subject) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT s.id, s.kind, s.name, s.sex, s.birth_date, s.region_code, s.legal_representative, "
                       "s.row_version, r.name, p.name, pp.name FROM subject s "
                       "LEFT JOIN region r ON r.code = s.region_code "
                       "LEFT JOIN region p ON p.code = r.parent_code "
                       "LEFT JOIN region pp ON pp.code = p.parent_code WHERE s.id = ?"));
    query.addBindValue(subjectId);
    if (const Status s = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a subject")); !s)
        return s;
    if (!query.next())
        return Error{QCoreApplication::translate("Dossier", "Subject %1 does not exist.").arg(subjectId)};
    subject.id = query.value(0).toLongLong();
    subject.kind = static_cast<SubjectKind>(query.value(1).toInt());
    subject.name = query.value(2).toString();
    subject.sex = query.value(3).toString();
    subject.birthDate = dateOf(query.value(4));
    subject.regionCode = query.value(5).toString();
    subject.legalRepresentative = query.value(6).toString();
    subject.rowVersion = query.value(7).toLongLong();
    // Full region path, province first: 安徽省 合肥市 蜀山区.
    QStringList path;
    for (int column : {10, 9, 8}) {
        const QString name = query.value(column).toString();
        if (!name.isEmpty())
            path.append(name);
    }
    subject.regionName = path.join(u' ');

    QSqlQuery identifiers(m_db);
    identifiers.prepare(
        QStringLiteral("SELECT type, value FROM subject_identifier WHERE subject_id = ? ORDER BY type, id"));
    identifiers.addBindValue(subjectId);
    if (const Status s = sql::exec(identifiers, QT_TRANSLATE_NOOP("Database", "read identifiers")); !s)
        return s;
    while (identifiers.next())
        subject.identifiers.append(
            {static_cast<IdentifierType>(identifiers.value(0).toInt()), identifiers.value(1).toString()});

    QSqlQuery aliases(m_db);
    aliases.prepare(QStringLiteral("SELECT name FROM subject_alias WHERE subject_id = ? ORDER BY id"));
    aliases.addBindValue(subjectId);
    if (const Status s = sql::exec(aliases, QT_TRANSLATE_NOOP("Database", "read aliases")); !s)
        return s;
    while (aliases.next())
        subject.aliases.append(aliases.value(0).toString());
    return {};
}

Status SubjectRepository::loadListings(Dossier &dossier) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.court_code, c.name, l.case_number, l.basis_document, l.basis_issuer, l.obligation, "
        "l.performance, l.ground, l.filing_date, l.decision_date, l.period_months, l.extension_months, l.state, "
        "l.state_date, l.deletion_event, l.row_version, l.under_objection, coalesce(l.objection_annotation, '') "
        "FROM listing l LEFT JOIN court c ON c.code = l.court_code "
        "WHERE l.subject_id = ? ORDER BY l.decision_date DESC, l.id DESC"));
    query.addBindValue(dossier.subject.id);
    if (const Status s = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read listings")); !s)
        return s;
    while (query.next()) {
        Listing listing;
        listing.id = query.value(0).toLongLong();
        listing.subjectId = dossier.subject.id;
        listing.courtCode = query.value(1).toString();
        listing.courtName = query.value(2).toString();
        listing.caseNumber = query.value(3).toString();
        listing.basisDocument = query.value(4).toString();
        listing.basisIssuer = query.value(5).toString();
        listing.obligation = query.value(6).toString();
        listing.performance = query.value(7).toInt();
        listing.ground = static_cast<ListingGround>(query.value(8).toInt());
        listing.filingDate = dateOf(query.value(9));
        listing.decisionDate = dateOf(query.value(10));
        listing.periodMonths = query.value(11).toInt();
        listing.extensionMonths = query.value(12).toInt();
        listing.state = static_cast<PublicationState>(query.value(13).toInt());
        listing.stateDate = dateOf(query.value(14));
        listing.deletionEvent = static_cast<DeletionEvent>(query.value(15).toInt());
        listing.rowVersion = query.value(16).toLongLong();
        listing.underObjection = query.value(17).toBool();
        listing.objectionAnnotation = query.value(18).toString();
        dossier.listings.append(listing);
    }
    return {};
}

Status SubjectRepository::loadEvents(Dossier &dossier) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT e.listing_id, l.case_number, e.occurred_on, e.kind, e.state, e.deletion_event, "
                       "e.note, e.creditor FROM listing_event e JOIN listing l ON l.id = e.listing_id "
                       "WHERE l.subject_id = ? ORDER BY e.occurred_on, e.id"));
    query.addBindValue(dossier.subject.id);
    if (const Status s = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read listing events")); !s)
        return s;
    while (query.next()) {
        ListingEvent event;
        event.listingId = query.value(0).toLongLong();
        event.caseNumber = query.value(1).toString();
        event.occurredOn = dateOf(query.value(2));
        event.kind = query.value(3).toInt();
        event.state = static_cast<PublicationState>(query.value(4).toInt());
        event.deletionEvent = static_cast<DeletionEvent>(query.value(5).toInt());
        event.note = query.value(6).toString();
        event.creditor = query.value(7).toString();
        dossier.events.append(event);
    }
    return {};
}

Status SubjectRepository::loadMeasures(Dossier &dossier) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.listing_id, l.case_number, m.category_number, c.name, m.title, m.legal_basis, d.name, "
        "a.started_on, a.ended_on, a.end_reason FROM measure_application a "
        "JOIN listing l ON l.id = a.listing_id JOIN measure m ON m.id = a.measure_id "
        "JOIN measure_category c ON c.number = m.category_number JOIN department d ON d.id = a.department_id "
        "WHERE l.subject_id = ? ORDER BY m.category_number, a.started_on, a.id"));
    query.addBindValue(dossier.subject.id);
    if (const Status s = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read measures")); !s)
        return s;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        AppliedMeasure measure;
        measure.id = query.value(0).toLongLong();
        measure.listingId = query.value(1).toLongLong();
        measure.caseNumber = query.value(2).toString();
        measure.categoryNumber = query.value(3).toInt();
        measure.categoryName = query.value(4).toString();
        measure.measureTitle = query.value(5).toString();
        measure.legalBasis = query.value(6).toString();
        measure.department = query.value(7).toString();
        measure.startedOn = dateOf(query.value(8));
        measure.endedOn = dateOf(query.value(9));
        measure.endReason = query.value(10).toString();
        indexById.insert(measure.id, dossier.measures.size());
        dossier.measures.append(measure);
    }

    QSqlQuery feedback(m_db);
    feedback.prepare(QStringLiteral("SELECT f.application_id, f.handling_type, f.result, f.action, f.occurred_on, "
                                    "f.reported_by FROM measure_feedback f JOIN measure_application a "
                                    "ON a.id = f.application_id JOIN listing l ON l.id = a.listing_id "
                                    "WHERE l.subject_id = ? ORDER BY f.occurred_on, f.id"));
    feedback.addBindValue(dossier.subject.id);
    if (const Status s = sql::exec(feedback, QT_TRANSLATE_NOOP("Database", "read feedback")); !s)
        return s;
    while (feedback.next()) {
        const qsizetype index = indexById.value(feedback.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        dossier.measures[index].feedback.append({feedback.value(1).toInt(), feedback.value(2).toString(),
                                                 feedback.value(3).toString(), dateOf(feedback.value(4)),
                                                 feedback.value(5).toString()});
    }
    return {};
}

} // namespace creditdesk
