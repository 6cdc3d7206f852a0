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

Status prepareNumbered(QSqlQuery &query, const QString &statement)
{
    QString numbered;
    numbered.reserve(statement.size() + 64);
    int next = 0;
    for (const QChar character : statement) {
        if (character == u'?')
            numbered += QStringLiteral(":v") + QString::number(next++);
        else
            numbered += character;
    }
    return prepare(query, numbered);
}

void bindAt(QSqlQuery &query, int index, const QVariant &value)
{
    static const QStringList names = [] {
        QStringList list;
        for (int number = 0; number < 512; ++number)
            list.append(QStringLiteral(":v") + QString::number(number));
        return list;
    }();
    query.bindValue(index < names.size() ? names.at(index) : QStringLiteral(":v") + QString::number(index), value);
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
