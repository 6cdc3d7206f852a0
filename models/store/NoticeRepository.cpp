#include "NoticeRepository.h"

#include "ListingSql.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

namespace {

const char *const noticeColumns =
    "id, type, office, year, number, version, serial_text, language, template_version, subject_id, "
    "coalesce(listing_id, 0), recipient, title, content, content_sha256, verification_code, issued_on, issued_by, "
    "issued_at, coalesce(case_id, 0), coalesce(department_id, 0), office_name";

Notice noticeOf(const QSqlQuery &query)
{
    Notice notice;
    notice.id = query.value(0).toLongLong();
    notice.type = query.value(1).toString();
    notice.office = query.value(2).toString();
    notice.year = query.value(3).toInt();
    notice.number = query.value(4).toInt();
    notice.version = query.value(5).toInt();
    notice.serialText = query.value(6).toString();
    notice.language = query.value(7).toString();
    notice.templateVersion = query.value(8).toInt();
    notice.subjectId = query.value(9).toLongLong();
    notice.listingId = query.value(10).toLongLong();
    notice.recipient = query.value(11).toString();
    notice.title = query.value(12).toString();
    notice.content = query.value(13).toString();
    notice.contentSha256 = query.value(14).toString();
    notice.verificationCode = query.value(15).toString();
    notice.issuedOn = sql::dateOf(query.value(16));
    notice.issuedBy = query.value(17).toString();
    notice.issuedAt = query.value(18).toString();
    notice.caseId = query.value(19).toLongLong();
    notice.departmentId = query.value(20).toLongLong();
    notice.officeName = query.value(21).toString();
    return notice;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

NoticeRepository::NoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status NoticeRepository::installBundled()
{
    for (const NoticeType type : noticeTypes()) {
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QFile file(QStringLiteral(":/notices/%1.%2.txt").arg(noticeTypeName(type), language));
            if (!file.open(QIODevice::ReadOnly))
                return Error{QCoreApplication::translate("Database", "The bundled notice template %1 is missing.")
                                 .arg(file.fileName())};
            const QString text = QString::fromUtf8(file.readAll()).trimmed();
            const qsizetype firstBreak = text.indexOf(u'\n');
            // Version 1 of a wording the database does not have yet; an edited one stays.
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                "INSERT INTO notice_template (type, language, version, title, body, created_by, created_at, reason) "
                "SELECT ?, ?, 1, ?, ?, 'system', ?, 'bundled' WHERE NOT EXISTS (SELECT 1 FROM notice_template "
                "WHERE type = ? AND language = ?)"));
            for (const QString &value : {noticeTypeName(type), language, text.left(firstBreak).trimmed(),
                                         text.mid(firstBreak + 1), sql::nowUtc(), noticeTypeName(type), language})
                query.addBindValue(value);
            if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "install the notice templates"));
                !status)
                return status;
        }
    }
    return {};
}

std::optional<NoticeTemplate> NoticeRepository::latestTemplate(const QString &type, const QString &language) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version, title, body FROM notice_template WHERE type = ? AND language = ? "
                                 "ORDER BY version DESC LIMIT 1"));
    query.addBindValue(type);
    query.addBindValue(language);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return NoticeTemplate{type, language, query.value(0).toInt(), query.value(1).toString(), query.value(2).toString()};
}

Result<int> NoticeRepository::takeNumber(const QString &office, int year, const QString &type)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO notice_serial (office, year, type, last_number) VALUES (?, ?, ?, 1) "
                                 "ON CONFLICT (office, year, type) DO UPDATE SET last_number = last_number + 1 "
                                 "RETURNING last_number"));
    query.addBindValue(office);
    query.addBindValue(year);
    query.addBindValue(type);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "take a serial number")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "No serial number was taken.")};
    const int number = query.value(0).toInt();
    query.finish();
    return number;
}

Result<qint64> NoticeRepository::insert(const Notice &notice)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO notice (type, office, year, number, version, serial_text, language, template_version, subject_id, "
        "listing_id, recipient, title, content, content_sha256, verification_code, issued_on, issued_by, issued_at, "
        "case_id, department_id, office_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(notice.type),
                                  QVariant(notice.office),
                                  QVariant(notice.year),
                                  QVariant(notice.number),
                                  QVariant(notice.version),
                                  QVariant(notice.serialText),
                                  QVariant(notice.language),
                                  QVariant(notice.templateVersion),
                                  QVariant(notice.subjectId),
                                  idOrNull(notice.listingId),
                                  QVariant(notice.recipient),
                                  QVariant(notice.title),
                                  QVariant(notice.content),
                                  QVariant(notice.contentSha256),
                                  QVariant(notice.verificationCode),
                                  sql::dateOrNull(notice.issuedOn),
                                  QVariant(notice.issuedBy),
                                  QVariant(notice.issuedAt),
                                  idOrNull(notice.caseId),
                                  idOrNull(notice.departmentId),
                                  QVariant(notice.officeName)})
        query.addBindValue(value);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a notice")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

std::optional<Notice> NoticeRepository::findByVerificationCode(const QString &code) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM notice WHERE verification_code = ?").arg(QLatin1String(noticeColumns)));
    query.addBindValue(code.trimmed().toUpper());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return noticeOf(query);
}

std::optional<Notice> NoticeRepository::findById(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM notice WHERE id = ?").arg(QLatin1String(noticeColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return noticeOf(query);
}

Result<QList<Notice>> NoticeRepository::versionsOf(const QString &serialText) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM notice WHERE serial_text = ? ORDER BY version")
                      .arg(QLatin1String(noticeColumns)));
    query.addBindValue(serialText.trimmed());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look up a notice")); !status)
        return Error{status.error()};
    QList<Notice> notices;
    while (query.next())
        notices.append(noticeOf(query));
    return notices;
}

Result<ListingNoticeFacts> NoticeRepository::listingFacts(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id, s.id, s.kind, s.name, (SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 1 "
        "LIMIT 1), (SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 2 LIMIT 1), c.name, "
        "l.case_number, coalesce(l.basis_document, ''), l.ground, l.decision_date, "
        "CASE WHEN l.period_months > 0 THEN l.period_months + l.extension_months ELSE 0 END "
        "FROM listing l JOIN subject s ON s.id = l.subject_id JOIN court c ON c.code = l.court_code WHERE l.id = ?"));
    query.addBindValue(listingId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listing")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "Listing %1 does not exist.").arg(listingId)};
    return ListingNoticeFacts{query.value(0).toLongLong(), query.value(1).toLongLong(),  query.value(2).toInt(),
                              query.value(3).toString(),   query.value(4).toString(),    query.value(5).toString(),
                              query.value(6).toString(),   query.value(7).toString(),    query.value(8).toString(),
                              query.value(9).toInt(),      sql::dateOf(query.value(10)), query.value(11).toInt()};
}

Result<QList<qint64>> NoticeRepository::listingsWithoutNotice(const QString &type, const QDate &today, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT l.id FROM listing l WHERE %1 AND NOT EXISTS (SELECT 1 FROM notice n "
                                 "WHERE n.listing_id = l.id AND n.type = :type) ORDER BY l.id LIMIT :limit")
                      .arg(sql::listingInForceCondition()));
    query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":type"), type);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the listings to notify")); !status)
        return Error{status.error()};
    QList<qint64> listings;
    while (query.next())
        listings.append(query.value(0).toLongLong());
    return listings;
}

Result<QList<NoticeTarget>> NoticeRepository::targetsWithoutNotice(NoticeType type, const QDate &today, int limit) const
{
    QList<NoticeTarget> targets;
    if (type == NoticeType::Listing) {
        auto listings = listingsWithoutNotice(noticeTypeName(type), today, limit);
        if (!listings)
            return Error{listings.error()};
        for (const qint64 listingId : listings.value())
            targets.append(NoticeTarget{listingId, 0, 0});
        return targets;
    }
    // Each statement yields (listing, case, department) for what is due and has no notice yet.
    QString statement;
    const QString noCaseNotice =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM notice n WHERE n.type = :type AND n.case_id = %1)");
    const QString noDepartmentNotice = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM notice n WHERE n.listing_id = a.listing_id AND n.department_id = a.department_id "
        "AND n.type = :type)");
    switch (type) {
    case NoticeType::Listing:
        break;
    case NoticeType::ObjectionAccepted:
        statement = QStringLiteral("SELECT o.listing_id, o.id, 0 FROM objection o WHERE o.accepted_on IS NOT NULL "
                                   "AND %1 ORDER BY o.id LIMIT :limit")
                        .arg(noCaseNotice.arg(QStringLiteral("o.id")));
        break;
    case NoticeType::ObjectionNotAccepted:
        statement = QStringLiteral("SELECT o.listing_id, o.id, 0 FROM objection o WHERE o.decided_on IS NOT NULL AND "
                                   "o.outcome = 0 AND o.accepted_on IS NULL AND %1 ORDER BY o.id LIMIT :limit")
                        .arg(noCaseNotice.arg(QStringLiteral("o.id")));
        break;
    case NoticeType::ObjectionDecision:
        statement = QStringLiteral("SELECT o.listing_id, o.id, 0 FROM objection o WHERE o.outcome > 0 AND %1 "
                                   "ORDER BY o.id LIMIT :limit")
                        .arg(noCaseNotice.arg(QStringLiteral("o.id")));
        break;
    case NoticeType::RepairDecision:
        statement = QStringLiteral("SELECT 0, r.id, 0 FROM repair_application r WHERE r.state IN (4, 5) AND %1 "
                                   "ORDER BY r.id LIMIT :limit")
                        .arg(noCaseNotice.arg(QStringLiteral("r.id")));
        break;
    case NoticeType::Deletion:
        statement = QStringLiteral("SELECT a.listing_id, 0, a.department_id FROM listing l "
                                   "JOIN measure_application a ON a.listing_id = l.id WHERE l.state IN (3, 4) AND %1 "
                                   "GROUP BY a.listing_id, a.department_id ORDER BY a.listing_id, a.department_id "
                                   "LIMIT :limit")
                        .arg(noDepartmentNotice);
        break;
    case NoticeType::MeasurePush:
        statement = QStringLiteral("SELECT a.listing_id, 0, a.department_id FROM listing l "
                                   "JOIN measure_application a ON a.listing_id = l.id WHERE %1 AND "
                                   "a.ended_on IS NULL AND %2 GROUP BY a.listing_id, a.department_id "
                                   "ORDER BY a.listing_id, a.department_id LIMIT :limit")
                        .arg(sql::listingInForceCondition(), noDepartmentNotice);
        break;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(statement);
    if (statement.contains(QLatin1String(":today")))
        query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":type"), noticeTypeName(type));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find what notices are due for")); !status)
        return Error{status.error()};
    while (query.next())
        targets.append(
            NoticeTarget{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return targets;
}

Result<NoticeFacts> NoticeRepository::objectionFacts(qint64 objectionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT listing_id, applicant_name, received_on, accepted_on, decided_on, "
                                 "coalesce(decision_reason, ''), ground, outcome, coalesce(reconsideration_decision, "
                                 "court_decision, ''), applicant_is_agent FROM objection WHERE id = ?"));
    query.addBindValue(objectionId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the objection")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "Objection %1 does not exist.").arg(objectionId)};
    NoticeFacts facts;
    facts.caseId = objectionId;
    facts.applicantName = query.value(1).toString();
    facts.receivedOn = sql::dateOf(query.value(2));
    facts.acceptedOn = sql::dateOf(query.value(3));
    facts.decidedOn = sql::dateOf(query.value(4));
    facts.decisionReason = query.value(5).toString();
    facts.objectionGround = query.value(6).toInt();
    facts.objectionOutcome = query.value(7).toInt();
    facts.courtDecision = query.value(8).toString();
    facts.applicantIsAgent = query.value(9).toInt() == 1;
    auto listing = listingFacts(query.value(0).toLongLong());
    if (!listing)
        return Error{listing.error()};
    facts.listing = listing.value();
    return facts;
}

Result<NoticeFacts> NoticeRepository::repairFacts(qint64 applicationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.kind, s.name, (SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 1 "
        "LIMIT 1), (SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 2 LIMIT 1), "
        "r.applicant_name, r.received_on, r.decided_on, coalesce(r.decision_reason, ''), r.state, b.authority, "
        "b.document_number, b.behaviour, b.decision_date FROM repair_application r "
        "JOIN breach_record b ON b.id = r.breach_id JOIN subject s ON s.id = b.subject_id WHERE r.id = ?"));
    query.addBindValue(applicationId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the repair application")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{
            QCoreApplication::translate("Database", "Repair application %1 does not exist.").arg(applicationId)};
    NoticeFacts facts;
    facts.caseId = applicationId;
    facts.listing.subjectId = query.value(0).toLongLong();
    facts.listing.subjectKind = query.value(1).toInt();
    facts.listing.name = query.value(2).toString();
    facts.listing.residentId = query.value(3).toString();
    facts.listing.creditCode = query.value(4).toString();
    facts.applicantName = query.value(5).toString();
    facts.receivedOn = sql::dateOf(query.value(6));
    facts.decidedOn = sql::dateOf(query.value(7));
    facts.decisionReason = query.value(8).toString();
    facts.repairState = query.value(9).toInt();
    facts.breachAuthority = query.value(10).toString();
    facts.breachDocument = query.value(11).toString();
    facts.breachBehaviour = query.value(12).toString();
    facts.breachDecisionDate = sql::dateOf(query.value(13));
    return facts;
}

Result<NoticeFacts> NoticeRepository::departmentFacts(qint64 listingId, qint64 departmentId, bool openOnly) const
{
    NoticeFacts facts;
    auto listing = listingFacts(listingId);
    if (!listing)
        return Error{listing.error()};
    facts.listing = listing.value();
    QSqlQuery department(m_db);
    department.prepare(QStringLiteral("SELECT name FROM department WHERE id = ?"));
    department.addBindValue(departmentId);
    if (const Status status = sql::exec(department, QT_TRANSLATE_NOOP("Database", "read the department")); !status)
        return Error{status.error()};
    if (!department.next())
        return Error{QCoreApplication::translate("Database", "Department %1 does not exist.").arg(departmentId)};
    facts.departmentId = departmentId;
    facts.departmentName = department.value(0).toString();
    QSqlQuery measures(m_db);
    measures.prepare(QStringLiteral("SELECT c.name, m.title FROM measure_application a JOIN measure m ON m.id = "
                                    "a.measure_id JOIN measure_category c ON c.number = m.category_number WHERE "
                                    "a.listing_id = ? AND a.department_id = ? %1 GROUP BY m.id ORDER BY "
                                    "m.category_number, m.item_number")
                         .arg(openOnly ? QStringLiteral("AND a.ended_on IS NULL") : QString()));
    measures.addBindValue(listingId);
    measures.addBindValue(departmentId);
    if (const Status status = sql::exec(measures, QT_TRANSLATE_NOOP("Database", "read the department's measures"));
        !status)
        return Error{status.error()};
    while (measures.next())
        facts.measures.append(NoticeMeasure{measures.value(0).toString(), measures.value(1).toString()});
    // How the listing left the list: revoked (state 3) or deleted (state 4), on the day its
    // state changed, with the court's document where the office mirrored it.
    QSqlQuery exit(m_db);
    exit.prepare(
        QStringLiteral("SELECT CASE l.state WHEN 3 THEN 1 WHEN 4 THEN 2 ELSE 0 END, l.deletion_event, "
                       "coalesce(e.court_decided_on, l.state_date), coalesce(e.document_number, '') FROM listing l "
                       "LEFT JOIN listing_exit e ON e.id = (SELECT max(id) FROM listing_exit WHERE listing_id = l.id "
                       "AND refused_at IS NULL) "
                       "WHERE l.id = ?"));
    exit.addBindValue(listingId);
    if (const Status status = sql::exec(exit, QT_TRANSLATE_NOOP("Database", "read the listing's exit")); !status)
        return Error{status.error()};
    if (exit.next()) {
        facts.exitKind = exit.value(0).toInt();
        facts.deletionEvent = exit.value(1).toInt();
        facts.exitDate = sql::dateOf(exit.value(2));
        facts.exitDocument = exit.value(3).toString();
    }
    return facts;
}

Result<int> NoticeRepository::addTemplateVersion(const NoticeTemplate &wording, const QString &by,
                                                 const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO notice_template (type, language, version, title, body, created_by, created_at, reason) "
        "SELECT :type, :language, coalesce(max(version), 0) + 1, :title, :body, :by, :at, :reason FROM "
        "notice_template WHERE type = :sameType AND language = :sameLanguage RETURNING version"));
    query.bindValue(QStringLiteral(":type"), wording.type);
    query.bindValue(QStringLiteral(":language"), wording.language);
    query.bindValue(QStringLiteral(":sameType"), wording.type);
    query.bindValue(QStringLiteral(":sameLanguage"), wording.language);
    query.bindValue(QStringLiteral(":title"), wording.title);
    query.bindValue(QStringLiteral(":body"), wording.body);
    query.bindValue(QStringLiteral(":by"), by);
    query.bindValue(QStringLiteral(":at"), sql::nowUtc());
    query.bindValue(QStringLiteral(":reason"), reason);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "save the notice template")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("Database", "The notice template was not saved.")};
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

Result<QList<NoticeTemplate>> NoticeRepository::templateVersions(const QString &type, const QString &language) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version, title, body FROM notice_template WHERE type = ? AND language = ? "
                                 "ORDER BY version DESC"));
    query.addBindValue(type);
    query.addBindValue(language);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the notice templates")); !status)
        return Error{status.error()};
    QList<NoticeTemplate> versions;
    while (query.next())
        versions.append(NoticeTemplate{type, language, query.value(0).toInt(), query.value(1).toString(),
                                       query.value(2).toString()});
    return versions;
}

Result<QList<Notice>> NoticeRepository::search(const NoticeSearch &search) const
{
    QStringList conditions;
    if (!search.text.trimmed().isEmpty())
        conditions.append(
            QStringLiteral("(serial_text LIKE :serial ESCAPE '\\' OR recipient LIKE :recipient ESCAPE '\\' "
                           "OR verification_code = :code)"));
    if (!search.type.isEmpty())
        conditions.append(QStringLiteral("type = :type"));
    if (search.issuedFrom.isValid())
        conditions.append(QStringLiteral("issued_on >= :from"));
    if (search.issuedTo.isValid())
        conditions.append(QStringLiteral("issued_on <= :to"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM notice %2 ORDER BY issued_at DESC, id DESC LIMIT :limit")
                      .arg(QLatin1String(noticeColumns),
                           conditions.isEmpty() ? QString()
                                                : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "))));
    if (!search.text.trimmed().isEmpty()) {
        QString pattern = search.text.trimmed();
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        const QString like = QStringLiteral("%") + pattern + QStringLiteral("%");
        query.bindValue(QStringLiteral(":serial"), like);
        query.bindValue(QStringLiteral(":recipient"), like);
        query.bindValue(QStringLiteral(":code"), search.text.trimmed().toUpper());
    }
    if (!search.type.isEmpty())
        query.bindValue(QStringLiteral(":type"), search.type);
    if (search.issuedFrom.isValid())
        query.bindValue(QStringLiteral(":from"), search.issuedFrom.toString(Qt::ISODate));
    if (search.issuedTo.isValid())
        query.bindValue(QStringLiteral(":to"), search.issuedTo.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":limit"), search.limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "search the notice register")); !status)
        return Error{status.error()};
    QList<Notice> notices;
    while (query.next())
        notices.append(noticeOf(query));
    return notices;
}

} // namespace creditdesk
