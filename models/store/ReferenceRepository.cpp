#include "ReferenceRepository.h"

#include "Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ReferenceRepository::isInstalled() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1 FROM region LIMIT 1")) && query.next();
}

Status ReferenceRepository::install(const ReferenceData &data, int catalogueVersion)
{
    QSqlQuery region(m_db);
    if (const Status s = sql::prepare(region, QStringLiteral("INSERT INTO region (code, name, level, parent_code) "
                                                             "VALUES (?, ?, ?, NULLIF(?, ''))"));
        !s)
        return s;
    for (const Region &r : data.regions) {
        region.addBindValue(r.code);
        region.addBindValue(r.name);
        region.addBindValue(r.level);
        region.addBindValue(r.parentCode);
        if (const Status s = sql::exec(region, QT_TRANSLATE_NOOP("Database", "store a region")); !s)
            return s;
    }

    QSqlQuery court(m_db);
    if (const Status s =
            sql::prepare(court, QStringLiteral("INSERT INTO court (code, name, region_code) VALUES (?, ?, ?)"));
        !s)
        return s;
    for (const Court &c : data.courts) {
        court.addBindValue(c.code);
        court.addBindValue(c.name);
        court.addBindValue(c.regionCode);
        if (const Status s = sql::exec(court, QT_TRANSLATE_NOOP("Database", "store a court")); !s)
            return s;
    }

    QHash<QString, qint64> sourceIds;
    QSqlQuery source(m_db);
    if (const Status s =
            sql::prepare(source, QStringLiteral("INSERT INTO measure_source (code, title, document_number, "
                                                "issued_on) VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    for (const MeasureSource &m : data.measureSources) {
        source.addBindValue(m.code);
        source.addBindValue(m.title);
        source.addBindValue(m.documentNumber);
        source.addBindValue(m.issuedOn.toString(Qt::ISODate));
        if (const Status s = sql::exec(source, QT_TRANSLATE_NOOP("Database", "store a measure source")); !s)
            return s;
        sourceIds.insert(m.code, source.lastInsertId().toLongLong());
    }

    QSqlQuery category(m_db);
    if (const Status s =
            sql::prepare(category, QStringLiteral("INSERT INTO measure_category (number, name) VALUES (?, ?)"));
        !s)
        return s;
    for (const MeasureCategory &c : data.measureCategories) {
        category.addBindValue(c.number);
        category.addBindValue(c.name);
        if (const Status s = sql::exec(category, QT_TRANSLATE_NOOP("Database", "store a measure category")); !s)
            return s;
    }

    QSqlQuery measure(m_db);
    if (const Status s = sql::prepare(
            measure, QStringLiteral("INSERT INTO measure (source_id, category_number, item_number, title, text, "
                                    "implementing_department, legal_basis, catalogue_version, effective_from) "
                                    "VALUES (?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?)"));
        !s)
        return s;
    for (const MeasureDefinition &m : data.measures) {
        if (!sourceIds.contains(m.sourceCode))
            return Error{QStringLiteral("measure source %1 unknown").arg(m.sourceCode)};
        measure.addBindValue(sourceIds.value(m.sourceCode));
        measure.addBindValue(m.categoryNumber);
        measure.addBindValue(m.itemNumber);
        measure.addBindValue(m.title);
        measure.addBindValue(m.text);
        measure.addBindValue(m.implementingDepartment);
        measure.addBindValue(m.legalBasis);
        measure.addBindValue(catalogueVersion);
        measure.addBindValue(QStringLiteral("2017-05-21"));
        if (const Status s = sql::exec(measure, QT_TRANSLATE_NOOP("Database", "store a measure")); !s)
            return s;
    }
    return {};
}

QList<ReferenceRepository::MeasureRow> ReferenceRepository::measures() const
{
    QList<MeasureRow> rows;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT m.id, m.category_number, s.code, m.item_number, m.title FROM measure m "
                              "JOIN measure_source s ON s.id = m.source_id ORDER BY m.id"));
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
                     query.value(3).toInt(), query.value(4).toString()});
    }
    return rows;
}

Result<QList<qint64>> ReferenceRepository::ensureDepartments(const QStringList &names)
{
    QList<qint64> ids;
    QSqlQuery insert(m_db);
    if (const Status s = sql::prepare(insert, QStringLiteral("INSERT INTO department (name) VALUES (?) "
                                                             "ON CONFLICT(name) DO NOTHING"));
        !s)
        return Error{s.error()};
    QSqlQuery select(m_db);
    if (const Status s = sql::prepare(select, QStringLiteral("SELECT id FROM department WHERE name = ?")); !s)
        return Error{s.error()};
    for (const QString &name : names) {
        insert.addBindValue(name);
        if (const Status s = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "store a department")); !s)
            return Error{s.error()};
        select.addBindValue(name);
        if (const Status s = sql::exec(select, QT_TRANSLATE_NOOP("Database", "look up a department")); !s)
            return Error{s.error()};
        if (!select.next())
            return Error{QStringLiteral("department %1 missing").arg(name)};
        ids.append(select.value(0).toLongLong());
        select.finish();
    }
    return ids;
}

} // namespace creditdesk
