#include "CliCommands.h"
#include "CliSupport.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchBenchmark.h"
#include "search/SearchClient.h"
#include "search/SearchEngine.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

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
    parser.addPositionalArgument(QStringLiteral("search|scroll"),
                                 QCoreApplication::translate("Cli", "What to measure."));
    if (const int code = parseArguments(parser, QStringLiteral("bench"), arguments, out, err); code >= 0)
        return code;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1 || !QStringList{QStringLiteral("search"), QStringLiteral("scroll")}.contains(what.first())
        || !parser.isSet(databaseOption)) {
        err << QCoreApplication::translate(
            "Cli", "Usage: creditdesk-cli bench search --db FILE [--queries FILE] | bench scroll --db FILE")
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
    std::unique_ptr<Database> database = openExisting(parser.value(databaseOption), QStringLiteral("cli-bench"), err);
    if (!database)
        return Failure;
    const int runs = qBound(1, parser.value(runsOption).toInt(), 1000);
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
