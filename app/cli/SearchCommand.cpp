#include "CliCommands.h"
#include "CliSupport.h"
#include "domain/IdNumber.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchEngine.h"
#include "store/Database.h"

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
    parser.addOptions({databaseOption, limitOption, jsonOption});
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
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(parser.value(databaseOption), QStringLiteral("cli"), options);
    if (!database) {
        err << database.error() << "\n";
        return Failure;
    }
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    const SearchEngine engine((*database)->connection());
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
        const QString identifier =
            row.identifierType == IdentifierType::ResidentId ? IdNumber::masked(row.identifier) : row.identifier;
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
