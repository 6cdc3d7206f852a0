#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace creditdesk::sql {

Status exec(QSqlQuery &query, const char *purpose)
{
    if (query.exec())
        return {};
    return Error{QCoreApplication::translate("Database", "Could not %1: %2")
                     .arg(QString::fromUtf8(purpose), query.lastError().text())};
}

Status run(const QSqlDatabase &db, const QString &statement, const char *purpose)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return Error{QCoreApplication::translate("Database", "Could not %1: %2")
                         .arg(QString::fromUtf8(purpose), query.lastError().text())};
    }
    return {};
}

Status prepare(QSqlQuery &query, const QString &statement)
{
    if (query.prepare(statement))
        return {};
    return Error{
        QCoreApplication::translate("Database", "Could not prepare a statement: %1").arg(query.lastError().text())};
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString textOf(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace creditdesk::sql
