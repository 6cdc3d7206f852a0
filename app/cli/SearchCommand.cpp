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

namespace {} // namespace

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
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("Cli", "What to search for."));
    if (const int code = parseArguments(parser, QStringLiteral("search"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(databaseOption) || parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("Cli", "search needs --db FILE and a QUERY.") << "\n";
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
    const ClassifiedQuery query = classifier.classify(parser.positionalArguments().join(u' '));
    if (query.kind == ClassifiedQuery::Kind::Invalid)
        err << query.hint << "\n";
    auto rows = engine.page(query, SearchSort::Name, Qt::AscendingOrder, {}, limit, QDate::currentDate());
    if (!rows) {
        err << rows.error() << "\n";
        return Failure;
    }
    const bool json = parser.isSet(jsonOption);
    QJsonArray array;
    for (const SearchRow &row : rows.value()) {
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
