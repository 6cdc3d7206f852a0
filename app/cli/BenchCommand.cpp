#include "CliCommands.h"
#include "CliSupport.h"
#include "ImportBenchmark.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/ScreeningBenchmark.h"
#include "search/SearchBenchmark.h"
#include "search/SearchClient.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/StatisticsRepository.h"
#include "workflow/ScreeningPipeline.h"
#include "workflow/ScreeningService.h"
#include "workflow/StatisticsService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

#include <array>
#include <map>

namespace creditdesk::cli {

namespace {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(fraction * static_cast<double>(values.size()))) - 1;
    return values[qBound<qsizetype>(0, index, values.size() - 1)];
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

/// Peak resident memory of this process in MB, where the system reports it (Linux).
QString peakResidentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::number(line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024);
    }
    return QStringLiteral("n/a");
}

/// bench scroll: the search page's own path (worker thread, keyset pages of 100 into the item
/// model) through \a rows results, as an officer scrolling to the end would; prints the time
/// and the peak resident memory.
int scroll(const QString &path, const QString &text, qint64 rows, QTextStream &out, QTextStream &err)
{
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(path);
    SearchResultModel model(client, classifier, keys);
    QString failure;
    QObject::connect(&model, &SearchResultModel::hintChanged, &model,
                     [&failure](const QString &hint) { failure = hint; });
    QElapsedTimer timer;
    timer.start();
    if (text.isEmpty()) {
        SearchFilters filters;
        filters.publicationState = SearchFilters::inForce;
        model.setFilters(filters);
    } else {
        model.setQuery(text);
    }
    QEventLoop loop;
    QObject::connect(&model, &SearchResultModel::rowsLoaded, &loop, [&](int loaded, bool complete) {
        if (complete || loaded >= rows || !failure.isEmpty())
            loop.quit();
        else
            model.fetchMore({});
    });
    loop.exec();
    if (!failure.isEmpty()) {
        err << failure << "\n";
        return Failure;
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    out << "rows=" << model.rowCount() << " seconds=" << QString::number(seconds, 'f', 1)
        << " rows_per_s=" << QString::number(model.rowCount() / qMax(0.001, seconds), 'f', 0)
        << " peak_rss_mb=" << peakResidentMegabytes() << "\n";
    return Success;
}

} // namespace

/// bench screen: \a applicants generated, labelled applicants (half of them listed, written as
/// officers receive them) screened end to end, as the CLI does; prints the throughput, the peak
/// resident memory, and precision and recall per way of writing.
int screenBenchmark(Database &database, const Actor &actor, qint64 applicants, int workers, QTextStream &out,
                    QTextStream &err)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("applicants.csv"));
    const QDate today = QDate::currentDate();
    auto labelled = ScreeningBenchmark::write(database.connection(), path, applicants, today);
    if (!labelled) {
        err << labelled.error() << "\n";
        return Failure;
    }
    std::map<QString, std::array<qint64, 3>> perKind; // rows, hits on the right subject, hits wrongly
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    QElapsedTimer timer;
    timer.start();
    ScreeningOptions options;
    options.today = today;
    options.workers = workers;
    auto summary = ScreeningService(database).screenFile(
        actor, path, options, [&](const Applicant &applicant, const ScreeningResult &result) {
            const qint64 expected = labelled->expected.value(applicant.line);
            auto &counts = perKind[labelled->kind.value(applicant.line)];
            ++counts[0];
            if (result.outcome == ScreeningOutcome::Hit) {
                const bool right = expected > 0 && result.matches.first().subjectId == expected;
                ++counts[right ? 1 : 2];
                (right ? truePositives : falsePositives) += 1;
            }
            return Status{};
        });
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!summary) {
        err << summary.error() << "\n";
        return Failure;
    }
    out << "kind\trows\tright_hits\twrong_hits\n";
    for (const auto &[kind, counts] : perKind)
        out << kind << '\t' << counts[0] << '\t' << counts[1] << '\t' << counts[2] << '\n';
    const double precision =
        truePositives + falsePositives > 0
            ? static_cast<double>(truePositives) / static_cast<double>(truePositives + falsePositives)
            : 1.0;
    const double recall =
        labelled->positives > 0 ? static_cast<double>(truePositives) / static_cast<double>(labelled->positives) : 1.0;
    out << "applicants=" << summary->rows << " seconds=" << QString::number(seconds, 'f', 2)
        << " applicants_per_s=" << qRound64(static_cast<double>(summary->rows) / std::max(seconds, 0.001))
        << " peak_rss_mb=" << peakResidentMegabytes() << " precision=" << QString::number(precision, 'f', 4)
        << " recall=" << QString::number(recall, 'f', 4)
        << " workers=" << (workers < 0 ? ScreeningPipeline::workersForThisMachine() : workers) << "\n";
    return Success;
}

/// bench dashboard: every chart of the statistics dashboard for the whole list, the province,
/// city, county and court with the most listings, over the default two years and over every
/// month since 2014; prints the median of \a runs per chart and filter, and max_ms=<n>.
static int dashboardBenchmark(Database &database, int runs, QTextStream &out, QTextStream &err)
{
    const Actor reader{QStringLiteral("cli-bench"), QStringLiteral("Benchmark"), QStringLiteral("cli"), Role::Auditor};
    const StatisticsService service(database);
    const QDate today = QDate::currentDate();
    StatisticsFilter filter = StatisticsService::defaultFilter(today);
    QList<std::pair<QString, StatisticsArea>> areas = {{QStringLiteral("whole"), StatisticsArea::whole()}};
    // Down the regions by the bar with the most listings, then the court with the most.
    const QStringList levels = {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county")};
    for (int level = 0; level < levels.size(); ++level) {
        filter.area = areas.last().second;
        auto table = service.chart(reader, StatisticsChart::ListingsByRegion, filter, today);
        if (!table) {
            err << table.error() << "\n";
            return Failure;
        }
        if (table->rows.isEmpty() || table->opens != StatisticsTable::Opens::Region)
            break;
        const auto top = std::max_element(table->rows.cbegin(), table->rows.cend(),
                                          [](const auto &a, const auto &b) { return a.values.at(1) < b.values.at(1); });
        areas.append({levels.at(level), StatisticsArea::region(top->key, level + 1)});
    }
    filter.area = StatisticsArea::whole();
    if (auto courts = service.chart(reader, StatisticsChart::ListingsByCourt, filter, today);
        courts && !courts->rows.isEmpty())
        areas.append({QStringLiteral("court"), StatisticsArea::court(courts->rows.first().key)});
    const QList<std::pair<QString, std::pair<QDate, QDate>>> periods = {
        {QStringLiteral("24-months"), {filter.from, filter.to}},
        {QStringLiteral("since-2014"), {QDate(2014, 1, 1), filter.to}}};
    out << "chart\tarea\tperiod\tmedian_ms\trows\n";
    double maximum = 0;
    for (const StatisticsChart chart : allStatisticsCharts()) {
        for (const auto &[areaName, area] : areas) {
            for (const auto &[periodName, period] : periods) {
                const StatisticsFilter measured{period.first, period.second, area};
                QList<double> times;
                qsizetype rows = 0;
                for (int run = 0; run < runs; ++run) {
                    QElapsedTimer timer;
                    timer.start();
                    auto table = service.chart(reader, chart, measured, today);
                    times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    if (!table) {
                        err << table.error() << "\n";
                        return Failure;
                    }
                    rows = table->rows.size();
                }
                const double median = percentile(times, 0.5);
                maximum = std::max(maximum, median);
                out << statisticsChartName(chart) << '\t' << areaName << '(' << area.key << ")\t" << periodName << '\t'
                    << milliseconds(median) << '\t' << rows << "\n";
            }
        }
    }
    // The baseline: the ground chart for the whole list counted from the listings themselves.
    const StatisticsFilter whole{QDate(2014, 1, 1), filter.to, StatisticsArea::whole()};
    const StatisticsRepository repository(database.connection());
    QList<double> naive;
    QList<double> ours;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto counted = repository.listingsByGroundFromRows(whole);
        naive.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        auto summarised = repository.listingsByGround(whole);
        ours.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!counted || !summarised) {
            err << (counted ? summarised.error() : counted.error()) << "\n";
            return Failure;
        }
        // The same figures both ways, or the summaries are wrong.
        for (qsizetype index = 0; index < counted->size(); ++index) {
            if (summarised->value(index).count != counted->at(index).count
                || summarised->value(index).secondary != counted->at(index).secondary) {
                err << "summary and rows disagree for ground " << counted->at(index).key << "\n";
                return Failure;
            }
        }
    }
    out << "baseline: listings-by-ground, whole list since 2014, counted from the listings: "
        << milliseconds(percentile(naive, 0.5)) << " ms; from the summary: " << milliseconds(percentile(ours, 0.5))
        << " ms; speedup=" << QString::number(percentile(naive, 0.5) / std::max(0.001, percentile(ours, 0.5)), 'f', 0)
        << "\n";
    // The listings behind a bar (the newest 500), for the whole list: a click, not a chart.
    for (const auto &[chart, key] : {std::pair{StatisticsChart::ListingsByGround, QStringLiteral("1")},
                                     std::pair{StatisticsChart::MeasuresByCategory, QStringLiteral("7")}}) {
        QElapsedTimer timer;
        timer.start();
        auto rows = service.listingsBehind(reader, chart, StatisticsService::defaultFilter(today), key, 500);
        if (!rows) {
            err << rows.error() << "\n";
            return Failure;
        }
        out << "listings behind " << statisticsChartName(chart) << " row " << key << ", whole list: " << rows->size()
            << " rows in " << milliseconds(static_cast<double>(timer.nsecsElapsed()) / 1e6) << " ms\n";
    }
    out << "max_ms=" << milliseconds(maximum) << "\n";
    return Success;
}

int bench(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "bench search: times the first page (50 rows) of each query class, and the same queries as a naive "
               "LIKE '%q%' scan; ends with p95_max_ms=<n> speedup_min=<n>."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption queriesOption(
        QStringLiteral("queries"), QCoreApplication::translate("Cli", "Queries, one per line (default: sampled)."),
        QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QCoreApplication::translate("Cli", "Runs per query (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption perClassOption(
        QStringLiteral("per-class"), QCoreApplication::translate("Cli", "Sampled queries per class (default 40)."),
        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"),
        QCoreApplication::translate("Cli", "scroll: results to scroll through (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"),
        QCoreApplication::translate("Cli", "scroll: the query (default: every subject with a listing in force)."),
        QStringLiteral("TEXT"));
    parser.addOptions({databaseOption, queriesOption, runsOption, perClassOption, rowsOption, queryOption});
    const QCommandLineOption applicantsOption(
        QStringLiteral("applicants"),
        QCoreApplication::translate("Cli", "screen: generated applicants to screen (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(applicantsOption);
    const QCommandLineOption workersOption(
        QStringLiteral("workers"),
        QCoreApplication::translate("Cli", "screen: matching threads (default one per core; 0 on the reading thread)."),
        QStringLiteral("N"), QStringLiteral("-1"));
    parser.addOption(workersOption);
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("Cli", "screen: the officer the batch is recorded under."),
        QStringLiteral("NAME"));
    parser.addOption(userOption);
    const QCommandLineOption listingsOption(
        QStringLiteral("listings"),
        QCoreApplication::translate("Cli", "import: subjects with one listing each in the package (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(listingsOption);
    parser.addPositionalArgument(QStringLiteral("search|scroll|screen|dashboard|import"),
                                 QCoreApplication::translate("Cli", "What to measure."));
    if (const int code = parseArguments(parser, QStringLiteral("bench"), arguments, out, err); code >= 0)
        return code;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1
        || !QStringList{QStringLiteral("search"), QStringLiteral("scroll"), QStringLiteral("screen"),
                        QStringLiteral("dashboard"), QStringLiteral("import")}
                .contains(what.first())
        || !parser.isSet(databaseOption)) {
        err << QCoreApplication::translate(
            "Cli",
            "Usage: creditdesk-cli bench search --db FILE [--queries FILE] | bench scroll --db FILE | bench "
            "screen --db FILE --user OFFICER [--applicants N] [--workers N] | bench dashboard --db FILE [--runs N] | "
            "bench import --db FILE [--listings N]")
            << "\n";
        return UsageError;
    }
    if (what.first() == QLatin1String("scroll")) {
        if (!QFileInfo::exists(parser.value(databaseOption))) {
            err << QCoreApplication::translate("Cli", "The database %1 does not exist.")
                       .arg(parser.value(databaseOption))
                << "\n";
            return Failure;
        }
        return scroll(parser.value(databaseOption), parser.value(queryOption),
                      qBound(qint64(1), parser.value(rowsOption).toLongLong(), qint64(10000000)), out, err);
    }
    if (what.first() == QLatin1String("screen")) {
        // The batch is recorded and audited like any other: under a signed-in officer.
        Session session =
            openSignedIn(parser.value(databaseOption), QStringLiteral("cli-bench"), parser.value(userOption), err);
        if (!session.database)
            return Failure;
        return screenBenchmark(*session.database, session.actor,
                               qBound(qint64(1), parser.value(applicantsOption).toLongLong(), qint64(10000000)),
                               qBound(-1, parser.value(workersOption).toInt(), 64), out, err);
    }
    std::unique_ptr<Database> database = openExisting(parser.value(databaseOption), QStringLiteral("cli-bench"), err);
    if (!database)
        return Failure;
    const int runs = qBound(1, parser.value(runsOption).toInt(), 1000);
    if (what.first() == QLatin1String("dashboard"))
        return dashboardBenchmark(*database, runs, out, err);
    if (what.first() == QLatin1String("import"))
        return importBenchmark(
            *database, qBound(qint64(1), parser.value(listingsOption).toLongLong(), qint64(10000000)), out, err);
    SearchBenchmark benchmark(database->connection());
    QList<SearchBenchmark::QueryClass> classes;
    if (parser.isSet(queriesOption)) {
        QFile file(parser.value(queriesOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString())
                << "\n";
            return UsageError;
        }
        SearchBenchmark::QueryClass fromFile{QStringLiteral("file"), {}};
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
            fromFile.queries.append(line.trimmed());
        classes.append(fromFile);
    } else {
        auto sampled = benchmark.sample(qBound(1, parser.value(perClassOption).toInt(), 10000), 20261126);
        if (!sampled) {
            err << sampled.error() << "\n";
            return Failure;
        }
        classes = sampled.value();
    }

    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    const SearchEngine engine(database->connection());
    const QDate today = QDate::currentDate();
    double p95Max = 0;
    double speedupMin = -1;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("class"), -20)
               .arg(QStringLiteral("queries"), 8)
               .arg(QStringLiteral("p50_ms"), 9)
               .arg(QStringLiteral("p95_ms"), 9)
               .arg(QStringLiteral("p99_ms"), 9)
               .arg(QStringLiteral("naive_p50_ms"), 13)
               .arg(QStringLiteral("speedup"), 9);
    for (const SearchBenchmark::QueryClass &queryClass : std::as_const(classes)) {
        if (queryClass.queries.isEmpty())
            continue;
        QList<double> ours;
        QList<double> naive;
        QElapsedTimer timer;
        for (const QString &text : queryClass.queries) {
            SearchRequest request;
            request.query = classifier.classify(text);
            request.today = today;
            const ClassifiedQuery &query = request.query;
            for (int run = 0; run < runs; ++run) {
                timer.start();
                auto page = engine.page(request, {}, 50);
                ours.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (!page) {
                    err << page.error() << "\n";
                    return Failure;
                }
            }
            timer.start();
            auto scanned = benchmark.naive(query, 50);
            naive.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!scanned) {
                err << scanned.error() << "\n";
                return Failure;
            }
        }
        const double p50 = percentile(ours, 0.50);
        const double p95 = percentile(ours, 0.95);
        const double p99 = percentile(ours, 0.99);
        const double naiveP50 = percentile(naive, 0.50);
        const double speedup = p50 > 0 ? naiveP50 / p50 : 0;
        p95Max = qMax(p95Max, p95);
        speedupMin = speedupMin < 0 ? speedup : qMin(speedupMin, speedup);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(queryClass.name, -20)
                   .arg(queryClass.queries.size(), 8)
                   .arg(milliseconds(p50), 9)
                   .arg(milliseconds(p95), 9)
                   .arg(milliseconds(p99), 9)
                   .arg(milliseconds(naiveP50), 13)
                   .arg(QString::number(speedup, 'f', 1), 9)
            << Qt::flush;
    }
    out << "p95_max_ms=" << milliseconds(p95Max) << " speedup_min=" << QString::number(qMax(0.0, speedupMin), 'f', 1)
        << "\n";
    return Success;
}

} // namespace creditdesk::cli
