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
    "issued_at";

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
    return notice;
}

} // namespace

NoticeRepository::NoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status NoticeRepository::installBundled()
{
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/notices/listing.%1.txt").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("Database", "The bundled notice template %1 is missing.")
                             .arg(file.fileName())};
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        const qsizetype firstBreak = text.indexOf(u'\n');
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO notice_template (type, language, version, title, body, created_by, "
                                     "created_at, reason) VALUES ('listing', ?, 1, ?, ?, 'system', ?, 'bundled')"));
        query.addBindValue(language);
        query.addBindValue(text.left(firstBreak).trimmed());
        query.addBindValue(text.mid(firstBreak + 1));
        query.addBindValue(sql::nowUtc());
        if (const Status status = sql::exec(query, "install the notice templates"); !status)
            return status;
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
    if (const Status status = sql::exec(query, "take a serial number"); !status)
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
        "listing_id, recipient, title, content, content_sha256, verification_code, issued_on, issued_by, issued_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(notice.type), QVariant(notice.office), QVariant(notice.year), QVariant(notice.number),
          QVariant(notice.version), QVariant(notice.serialText), QVariant(notice.language),
          QVariant(notice.templateVersion), QVariant(notice.subjectId),
          notice.listingId > 0 ? QVariant(notice.listingId) : QVariant(QMetaType(QMetaType::LongLong)),
          QVariant(notice.recipient), QVariant(notice.title), QVariant(notice.content), QVariant(notice.contentSha256),
          QVariant(notice.verificationCode), sql::dateOrNull(notice.issuedOn), QVariant(notice.issuedBy),
          QVariant(notice.issuedAt)})
        query.addBindValue(value);
    if (const Status status = sql::exec(query, "record a notice"); !status)
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
    if (const Status status = sql::exec(query, "look up a notice"); !status)
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
    if (const Status status = sql::exec(query, "read the listing"); !status)
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
    if (const Status status = sql::exec(query, "find the listings to notify"); !status)
        return Error{status.error()};
    QList<qint64> listings;
    while (query.next())
        listings.append(query.value(0).toLongLong());
    return listings;
}

} // namespace creditdesk
