#include "ReferenceData.h"

#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QHash>

namespace creditdesk {

namespace {

Error rowError(const CsvTable &table, const QString &file, qsizetype row, const QString &column)
{
    return Error{QCoreApplication::translate("ReferenceData", "%1, line %2: the value of \"%3\" is not valid (\"%4\").")
                     .arg(file)
                     .arg(table.lineOf(row))
                     .arg(column, table.value(row, column))};
}

Result<QList<Region>> loadRegions()
{
    const QString file = QStringLiteral(":/reference/regions.csv");
    auto table = CsvTable::readFile(file);
    if (!table)
        return Error{table.error()};
    if (const Status status = table->requireColumns(
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("parent_code")});
        !status)
        return Error{status.error()};
    QList<Region> regions;
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        Region region;
        region.code = table->value(row, QStringLiteral("code"));
        region.name = table->value(row, QStringLiteral("name"));
        bool ok = false;
        region.level = table->value(row, QStringLiteral("level")).toInt(&ok);
        region.parentCode = table->value(row, QStringLiteral("parent_code"));
        if (region.code.size() != 6)
            return rowError(*table, file, row, QStringLiteral("code"));
        if (!ok || region.level < 1 || region.level > 3)
            return rowError(*table, file, row, QStringLiteral("level"));
        regions.append(region);
    }
    return regions;
}

Result<QList<HolidayEntry>> loadHolidays()
{
    const QString file = QStringLiteral(":/reference/cn-holidays.csv");
    auto table = CsvTable::readFile(file);
    if (!table)
        return Error{table.error()};
    QList<HolidayEntry> entries;
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        HolidayEntry entry;
        entry.date = QDate::fromString(table->value(row, QStringLiteral("date")), Qt::ISODate);
        const QString kind = table->value(row, QStringLiteral("kind"));
        entry.name = table->value(row, QStringLiteral("name"));
        if (!entry.date.isValid())
            return rowError(*table, file, row, QStringLiteral("date"));
        if (kind != QLatin1String("off") && kind != QLatin1String("workday"))
            return rowError(*table, file, row, QStringLiteral("kind"));
        entry.workday = kind == QLatin1String("workday");
        entries.append(entry);
    }
    return entries;
}

Status loadMeasures(ReferenceData &data)
{
    const QString sourcesFile = QStringLiteral(":/reference/measure-sources.csv");
    auto sources = CsvTable::readFile(sourcesFile);
    if (!sources)
        return Error{sources.error()};
    for (qsizetype row = 0; row < sources->rowCount(); ++row) {
        MeasureSource source;
        source.code = sources->value(row, QStringLiteral("code"));
        source.title = sources->value(row, QStringLiteral("title"));
        source.documentNumber = sources->value(row, QStringLiteral("document_number"));
        source.issuedOn = QDate::fromString(sources->value(row, QStringLiteral("issued_on")), Qt::ISODate);
        if (source.code.isEmpty())
            return rowError(*sources, sourcesFile, row, QStringLiteral("code"));
        data.measureSources.append(source);
    }

    const QString categoriesFile = QStringLiteral(":/reference/measure-categories.csv");
    auto categories = CsvTable::readFile(categoriesFile);
    if (!categories)
        return Error{categories.error()};
    for (qsizetype row = 0; row < categories->rowCount(); ++row) {
        MeasureCategory category;
        bool ok = false;
        category.number = categories->value(row, QStringLiteral("number")).toInt(&ok);
        category.name = categories->value(row, QStringLiteral("name"));
        if (!ok || category.number <= 0)
            return rowError(*categories, categoriesFile, row, QStringLiteral("number"));
        data.measureCategories.append(category);
    }

    const QString measuresFile = QStringLiteral(":/reference/measures.csv");
    auto measures = CsvTable::readFile(measuresFile);
    if (!measures)
        return Error{measures.error()};
    for (qsizetype row = 0; row < measures->rowCount(); ++row) {
        MeasureDefinition measure;
        bool categoryOk = false;
        bool itemOk = false;
        measure.sourceCode = measures->value(row, QStringLiteral("source"));
        measure.categoryNumber = measures->value(row, QStringLiteral("category_number")).toInt(&categoryOk);
        measure.itemNumber = measures->value(row, QStringLiteral("item_number")).toInt(&itemOk);
        measure.title = measures->value(row, QStringLiteral("title"));
        measure.text = measures->value(row, QStringLiteral("text"));
        measure.implementingDepartment = measures->value(row, QStringLiteral("implementing_department"));
        measure.legalBasis = measures->value(row, QStringLiteral("legal_basis"));
        if (!categoryOk)
            return rowError(*measures, measuresFile, row, QStringLiteral("category_number"));
        if (!itemOk)
            return rowError(*measures, measuresFile, row, QStringLiteral("item_number"));
        if (measure.title.isEmpty())
            return rowError(*measures, measuresFile, row, QStringLiteral("title"));
        data.measures.append(measure);
    }
    return {};
}

} // namespace

QString ReferenceData::provinceAbbreviation(int provincePrefix)
{
    static const QHash<int, QString> abbreviations = {
        {11, QStringLiteral("京")}, {12, QStringLiteral("津")}, {13, QStringLiteral("冀")}, {14, QStringLiteral("晋")},
        {15, QStringLiteral("蒙")}, {21, QStringLiteral("辽")}, {22, QStringLiteral("吉")}, {23, QStringLiteral("黑")},
        {31, QStringLiteral("沪")}, {32, QStringLiteral("苏")}, {33, QStringLiteral("浙")}, {34, QStringLiteral("皖")},
        {35, QStringLiteral("闽")}, {36, QStringLiteral("赣")}, {37, QStringLiteral("鲁")}, {41, QStringLiteral("豫")},
        {42, QStringLiteral("鄂")}, {43, QStringLiteral("湘")}, {44, QStringLiteral("粤")}, {45, QStringLiteral("桂")},
        {46, QStringLiteral("琼")}, {50, QStringLiteral("渝")}, {51, QStringLiteral("川")}, {52, QStringLiteral("黔")},
        {53, QStringLiteral("云")}, {54, QStringLiteral("藏")}, {61, QStringLiteral("陕")}, {62, QStringLiteral("甘")},
        {63, QStringLiteral("青")}, {64, QStringLiteral("宁")}, {65, QStringLiteral("新")},
    };
    return abbreviations.value(provincePrefix);
}

QList<Court> ReferenceData::courtsFor(const QList<Region> &regions)
{
    QHash<QString, QString> names;
    for (const Region &region : regions)
        names.insert(region.code, region.name);
    QList<Court> courts;
    courts.reserve(regions.size());
    for (const Region &region : regions) {
        const QString abbreviation = provinceAbbreviation(QStringView(region.code).left(2).toInt());
        if (abbreviation.isEmpty())
            continue;
        Court court;
        court.regionCode = region.code;
        switch (region.level) {
        case 1:
            court.code = abbreviation;
            court.name = region.name + QStringLiteral("高级人民法院");
            break;
        case 2:
            court.code = abbreviation + region.code.mid(2, 2);
            court.name = region.name + QStringLiteral("中级人民法院");
            break;
        default: {
            court.code = abbreviation + region.code.mid(2, 4);
            // Urban districts carry the name of their city (合肥市蜀山区人民法院); counties do not.
            const QString parentName = names.value(region.parentCode);
            const bool district = region.name.endsWith(u'区');
            court.name = (district ? parentName : QString()) + region.name + QStringLiteral("人民法院");
            break;
        }
        }
        courts.append(court);
    }
    return courts;
}

Result<ReferenceData> ReferenceData::loadBundled()
{
    ReferenceData data;
    auto regions = loadRegions();
    if (!regions)
        return Error{regions.error()};
    data.regions = regions.value();
    data.courts = courtsFor(data.regions);
    auto holidays = loadHolidays();
    if (!holidays)
        return Error{holidays.error()};
    data.holidays = holidays.value();
    if (const Status status = loadMeasures(data); !status)
        return Error{status.error()};
    return data;
}

} // namespace creditdesk
