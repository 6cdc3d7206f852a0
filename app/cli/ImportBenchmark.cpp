#include "ImportBenchmark.h"

#include "domain/IdNumber.h"
#include "exchange/ExchangePackage.h"
#include "store/BackupStore.h"
#include "store/BindingCeiling.h"
#include "store/Database.h"
#include "store/ExchangeRepository.h"
#include "store/SchemaWriteFloor.h"
#include "workflow/ExchangeService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace creditdesk::cli {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

/// A generated person: a name from common surnames and given names, a valid ID number.
struct GeneratedPerson
{
    QString name;
    QString idNumber;
};

GeneratedPerson person(qint64 index)
{
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"),   QStringLiteral("张"),
                                         QStringLiteral("刘"), QStringLiteral("陈"),   QStringLiteral("杨"),
                                         QStringLiteral("黄"), QStringLiteral("赵"),   QStringLiteral("吴"),
                                         QStringLiteral("周"), QStringLiteral("欧阳"), QStringLiteral("司马")};
    static const QString given = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英");
    const QString name = surnames.at(static_cast<int>(index % surnames.size())) + given.at(index % given.size())
                         + given.at((index / given.size()) % given.size());
    const QString first17 = QStringLiteral("110101")
                            + QDate(1950, 1, 1).addDays(index / 999).toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(index % 999 + 1, 3, 10, QLatin1Char('0'));
    return {name, first17 + IdNumber::checkCharacter(first17)};
}

} // namespace

int importBenchmark(Database &database, qint64 listings, QTextStream &out, QTextStream &err)
{
    auto courts = ExchangeRepository(database.connection()).courtCodes();
    if (!courts || courts->isEmpty()) {
        err << "The database has no courts: create it with creditdesk-cli demo --subjects 1 first.\n";
        return Failure;
    }
    QStringList courtCodes = courts->values();
    courtCodes.sort();
    QTemporaryDir folder;
    const QString packagePath = folder.filePath(QStringLiteral("bench.jsonl"));
    const QString csvPath = folder.filePath(QStringLiteral("bench.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly)) {
        err << "Cannot write " << csvPath << "\n";
        return Failure;
    }
    csv.write("type,key,kind,name,id_number,subject,court,case_number,ground,period_months,decision_date\n");
    QElapsedTimer timer;
    timer.start();
    PackageWriter writer;
    if (!writer.open(packagePath)) {
        err << "Cannot write " << packagePath << "\n";
        return Failure;
    }
    for (qint64 index = 0; index < listings; ++index) {
        const GeneratedPerson generated = person(index);
        const QString subjectKey = QStringLiteral("S%1").arg(index);
        const QString listingKey = QStringLiteral("L%1").arg(index);
        const QString court = courtCodes.at(static_cast<int>(index % courtCodes.size()));
        const QString caseNumber = QStringLiteral("(2025)京0101执%1号").arg(index + 1);
        const int ground = static_cast<int>(1 + index % 6);
        const int period = ground == 1 ? 0 : 24;
        const QString decided = QDate(2025, 1, 1).addDays(index % 600).toString(Qt::ISODate);
        const Status wroteSubject = writer.write({{QStringLiteral("type"), QStringLiteral("subject")},
                                                  {QStringLiteral("key"), subjectKey},
                                                  {QStringLiteral("kind"), QStringLiteral("person")},
                                                  {QStringLiteral("name"), generated.name},
                                                  {QStringLiteral("id_number"), generated.idNumber}});
        const Status wroteListing = writer.write({{QStringLiteral("type"), QStringLiteral("listing")},
                                                  {QStringLiteral("key"), listingKey},
                                                  {QStringLiteral("subject"), subjectKey},
                                                  {QStringLiteral("court"), court},
                                                  {QStringLiteral("case_number"), caseNumber},
                                                  {QStringLiteral("ground"), ground},
                                                  {QStringLiteral("period_months"), period},
                                                  {QStringLiteral("decision_date"), decided}});
        if (!wroteSubject || !wroteListing) {
            err << "Cannot write " << packagePath << "\n";
            return Failure;
        }
        csv.write(QStringLiteral("subject,%1,person,%2,%3,,,,,,\nlisting,%4,,,,%1,%5,%6,%7,%8,%9\n")
                      .arg(subjectKey, generated.name, generated.idNumber, listingKey, court, caseNumber)
                      .arg(ground)
                      .arg(period)
                      .arg(decided)
                      .toUtf8());
    }
    PackageHeader header;
    header.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.source = QStringLiteral("bench-") + header.packageId.left(8);
    header.sequence = 1;
    header.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!writer.finish(header)) {
        err << "Cannot write " << packagePath << "\n";
        return Failure;
    }
    csv.close();
    out << "package: " << writer.records() << " records (" << listings << " subjects and their listings), "
        << QFileInfo(packagePath).size() / (1 << 20) << " MiB, written in "
        << number(static_cast<double>(timer.nsecsElapsed()) / 1e9) << " s\n";

    // A copy of the cache as it is before the import, for the engine floor below.
    const QString floorCachePath = folder.filePath(QStringLiteral("engine-floor.sqlite"));
    const Status copied = BackupStore::writeCopy(database.connection(), floorCachePath);

    const Actor actor{QStringLiteral("bench"), QStringLiteral("Benchmark"), QStringLiteral("cli"), Role::Officer};
    timer.restart();
    double readAfter = 0; // the whole package read, checked and its rows written
    auto report = ExchangeService(database).importPackage(actor, packagePath, [&](qint64 done, qint64 total) {
        if (done == total)
            readAfter = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return true;
    });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report || report->outcome != ExchangeService::ImportReport::Outcome::Applied) {
        err << "The import failed: " << (report ? report->problems.value(0).text() : report.error()) << "\n";
        return Failure;
    }
    const double recordsPerSecond = static_cast<double>(report->records) / seconds;
    out << "import: " << report->records << " records in " << number(seconds)
        << " s in one transaction: read, checked and written in " << number(readAfter) << " s, then "
        << (report->searchIndexesRebuilt ? "the search indexes rebuilt, " : "") << "statistics and the audit entry; "
        << (report->writtenDirectly ? "new rows through SQLite's own interface" : "every row through Qt SQL") << "\n";

    // The floor: the sqlite3 shell's .import of the same rows as CSV into a table without
    // indexes or checks.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double floorPerSecond = 0;
    if (shell.isEmpty()) {
        out << "sqlite3 shell not found: no floor measured\n";
    } else {
        QProcess process;
        timer.restart();
        process.start(shell, {folder.filePath(QStringLiteral("floor.sqlite"))});
        process.write(QStringLiteral(".mode csv\n.import %1 raw\n").arg(QDir::toNativeSeparators(csvPath)).toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(-1);
        const double floorSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        floorPerSecond = static_cast<double>(2 * listings) / floorSeconds;
        out << "sqlite3 .import: " << 2 * listings << " rows in " << number(floorSeconds) << " s\n";
    }
    // The ceiling of any write through Qt SQL on this machine: eight values a row into a table
    // without indexes (the import writes five rows for each subject with its listing).
    const int ceilingRows = static_cast<int>(std::clamp<qint64>(2 * listings, 10000, 500000));
    auto ceiling = BindingCeiling::measure(folder.filePath(QStringLiteral("ceiling.sqlite")), ceilingRows);
    if (ceiling)
        out << "qt_sql_insert_rows_per_s=" << number(ceiling->oneRowPerStatement)
            << " (32 rows a statement: " << number(ceiling->manyRowsPerStatement) << ")\n";
    else
        out << "Qt SQL ceiling not measured: " << ceiling.error() << "\n";
    // The engine floor: the same rows added to the same schema by SQLite itself (made inside the
    // engine, every index built after them), on the copy of the cache made before the import.
    double engineFloorPerSecond = 0;
    if (copied) {
        auto floorCache = Database::open(floorCachePath, QStringLiteral("engine-floor"));
        if (floorCache) {
            auto floor = SchemaWriteFloor::measure(floorCache.value()->connection(), listings, header.source);
            if (floor) {
                engineFloorPerSecond = static_cast<double>(2 * listings) / floor->totalSeconds;
                out << "engine floor: the same rows added to the same schema by SQLite itself in "
                    << number(floor->totalSeconds) << " s (rows " << number(floor->rowsSeconds)
                    << " s, name search and statistics " << number(floor->derivedSeconds) << " s, indexes "
                    << number(floor->indexSeconds) << " s, commit "
                    << number(floor->totalSeconds - floor->rowsSeconds - floor->derivedSeconds - floor->indexSeconds)
                    << " s)\n";
            } else {
                out << "engine floor not measured: " << floor.error() << "\n";
            }
        } else {
            out << "engine floor not measured: " << floorCache.error() << "\n";
        }
    } else {
        out << "engine floor not measured: " << copied.error() << "\n";
    }
    out << "import_records_per_s=" << number(recordsPerSecond) << "\n";
    if (engineFloorPerSecond > 0)
        out << "engine_floor_records_per_s=" << number(engineFloorPerSecond)
            << "\nratio_to_engine_floor=" << QString::number(recordsPerSecond / engineFloorPerSecond, 'f', 3) << "\n";
    if (floorPerSecond > 0)
        out << "sqlite3_import_rows_per_s=" << number(floorPerSecond)
            << "\nratio_to_floor=" << QString::number(recordsPerSecond / floorPerSecond, 'f', 3) << "\n";
    return Success;
}

} // namespace creditdesk::cli
