#include "CliCommands.h"
#include "CliSupport.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "workflow/DossierService.h"
#include "workflow/PolicyService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace creditdesk::cli {

namespace {

/// Reads the filter options; an error names the option and what it needs.
Result<SearchFilters> readFilters(const QCommandLineParser &parser)
{
    SearchFilters filters;
    filters.regionCode = parser.value(QStringLiteral("region"));
    if (!filters.regionCode.isEmpty() && (filters.regionCode.size() != 6 || !filters.regionCode.toUInt()))
        return Error{QCoreApplication::translate("Cli", "--region needs a six-digit region code, e.g. 340100.")};
    filters.courtCode = parser.value(QStringLiteral("court"));
    auto number = [&parser](const QString &name, int low, int high, int &target) -> Status {
        if (!parser.isSet(name))
            return {};
        bool ok = false;
        target = parser.value(name).toInt(&ok);
        if (!ok || target < low || target > high)
            return Error{QCoreApplication::translate("Cli", "--%1 must be a number from %2 to %3.")
                             .arg(name)
                             .arg(low)
                             .arg(high)};
        return {};
    };
    if (const Status status = number(QStringLiteral("ground"), 1, 6, filters.ground); !status)
        return Error{status.error()};
    if (const Status status = number(QStringLiteral("measure-category"), 1, 99, filters.measureCategory); !status)
        return Error{status.error()};
    const QString state = parser.value(QStringLiteral("state"));
    const QStringList states{QStringLiteral("published"), QStringLiteral("masked"), QStringLiteral("revoked"),
                             QStringLiteral("deleted")};
    if (state == QLatin1String("in-force"))
        filters.publicationState = SearchFilters::inForce;
    else if (!state.isEmpty() && !states.contains(state))
        return Error{
            QCoreApplication::translate("Cli", "--state must be in-force, published, masked, revoked or deleted.")};
    else if (!state.isEmpty())
        filters.publicationState = static_cast<int>(states.indexOf(state)) + 1;
    for (const auto &[name, target] : {std::pair{QStringLiteral("listed-from"), &filters.listedFrom},
                                       std::pair{QStringLiteral("listed-to"), &filters.listedTo}}) {
        if (!parser.isSet(name))
            continue;
        *target = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!target->isValid())
            return Error{QCoreApplication::translate("Cli", "--%1 needs a date as YYYY-MM-DD.").arg(name)};
    }
    filters.underObjection = parser.isSet(QStringLiteral("under-objection"));
    return filters;
}

QString matchName(MatchKind match)
{
    static const char *const names[] = {"identifier",   "case-number",  "exact-name", "exact-other",
                                        "prefix",       "other-prefix", "substring",  "other-substring",
                                        "whole-pinyin", "pinyin",       "initials",   "filter"};
    return QString::fromLatin1(names[static_cast<int>(match)]);
}

} // namespace

int search(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Searches subjects by name, ID number, credit code or case number."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QCoreApplication::translate("Cli", "At most N results (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "Print one JSON array."));
    const QCommandLineOption revealOption(
        QStringLiteral("reveal"),
        QCoreApplication::translate("Cli", "Print full identifiers (needs --user and --reason; audited)."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QCoreApplication::translate("Cli", "Why the full identifiers are needed."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user."),
                                        QStringLiteral("NAME"));
    parser.addOptions({databaseOption, limitOption, jsonOption, revealOption, reasonOption, userOption});
    parser.addOptions({
        {QStringLiteral("region"), QCoreApplication::translate("Cli", "Only subjects of this region and below."),
         QStringLiteral("CODE")},
        {QStringLiteral("court"), QCoreApplication::translate("Cli", "Only listings of this court."),
         QStringLiteral("CODE")},
        {QStringLiteral("ground"), QCoreApplication::translate("Cli", "Only listings on this ground (1-6)."),
         QStringLiteral("N")},
        {QStringLiteral("state"),
         QCoreApplication::translate("Cli", "Only listings in this state: in-force, published, masked, revoked, "
                                            "deleted."),
         QStringLiteral("STATE")},
        {QStringLiteral("listed-from"), QCoreApplication::translate("Cli", "Only listings decided on or after."),
         QStringLiteral("DATE")},
        {QStringLiteral("listed-to"), QCoreApplication::translate("Cli", "Only listings decided on or before."),
         QStringLiteral("DATE")},
        {QStringLiteral("measure-category"),
         QCoreApplication::translate("Cli", "Only listings with a measure of this category applied."),
         QStringLiteral("N")},
        {QStringLiteral("under-objection"), QCoreApplication::translate("Cli", "Only listings under objection.")},
    });
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("Cli", "What to search for."));
    if (const int code = parseArguments(parser, QStringLiteral("search"), arguments, out, err); code >= 0)
        return code;
    const auto filters = readFilters(parser);
    if (!filters) {
        err << filters.error() << "\n";
        return UsageError;
    }
    if (!parser.isSet(databaseOption) || (parser.positionalArguments().isEmpty() && filters->isEmpty())) {
        err << QCoreApplication::translate("Cli", "search needs --db FILE and a QUERY or a filter.") << "\n";
        return UsageError;
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit <= 0 || limit > 100000) {
        err << QCoreApplication::translate("Cli", "--limit must be a number from 1 to 100000.") << "\n";
        return UsageError;
    }
    std::unique_ptr<Database> database = openExisting(parser.value(databaseOption), QStringLiteral("cli"), err);
    if (!database)
        return Failure;
    Actor actor;
    const bool reveal = parser.isSet(revealOption);
    if (reveal) {
        if (parser.value(reasonOption).trimmed().size() < DossierService::minimumReasonLength) {
            err << QCoreApplication::translate(
                "Cli", "--reveal needs --reason TEXT saying why the full identifiers are needed.")
                << "\n";
            return UsageError;
        }
        auto signedIn = signInCommandLine(*database, parser.value(userOption), err);
        if (!signedIn) {
            err << signedIn.error() << "\n";
            return Failure;
        }
        actor = signedIn.value();
    }
    const MaskingPolicy masking = PolicyService(*database).load().masking;
    DossierService dossiers(*database);
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    const SearchEngine engine(database->connection());
    SearchRequest request;
    request.query = classifier.classify(parser.positionalArguments().join(u' '));
    request.filters = filters.value();
    request.today = QDate::currentDate();
    if (request.query.kind == ClassifiedQuery::Kind::Invalid)
        err << request.query.hint << "\n";
    auto page = engine.page(request, {}, limit);
    if (!page) {
        err << page.error() << "\n";
        return Failure;
    }
    const QList<SearchRow> rows = page->rows;
    const bool json = parser.isSet(jsonOption);
    QJsonArray array;
    for (const SearchRow &row : rows) {
        QString identifier = masking.apply(row.identifierType, row.identifier);
        if (reveal && identifier != row.identifier) {
            auto revealed = dossiers.reveal(actor, row.subjectId, row.identifierType, parser.value(reasonOption));
            if (!revealed) {
                err << revealed.error() << "\n";
                return Failure;
            }
            identifier = revealed->value;
        }
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), row.subjectId},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("kind"),
                 row.kind == SubjectKind::Person ? QStringLiteral("person") : QStringLiteral("organisation")},
                {QStringLiteral("active"), row.active},
                {QStringLiteral("identifier"), identifier},
                {QStringLiteral("region"), row.regionName},
                {QStringLiteral("listings"), row.listingCount},
                {QStringLiteral("latestDecision"), row.latestDecision.toString(Qt::ISODate)},
                {QStringLiteral("legalRepresentative"), row.legalRepresentative},
                {QStringLiteral("underObjection"), row.underObjection},
                {QStringLiteral("match"), matchName(row.match)},
            });
        } else {
            out << row.name << '\t' << subjectKindText(row.kind) << '\t' << identifier << '\t' << row.regionName << '\t'
                << (row.active ? QCoreApplication::translate("Cli", "listed")
                               : QCoreApplication::translate("Cli", "not active"))
                << '\n';
        }
    }
    if (json)
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace creditdesk::cli
