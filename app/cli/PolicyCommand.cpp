#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/PolicyService.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace creditdesk::cli {

namespace {

/// Identifier type names used on the command line.
const QList<std::pair<QString, IdentifierType>> &identifierNames()
{
    static const QList<std::pair<QString, IdentifierType>> names = {
        {QStringLiteral("resident_id"), IdentifierType::ResidentId},
        {QStringLiteral("credit_code"), IdentifierType::CreditCode},
        {QStringLiteral("passport"), IdentifierType::Passport},
        {QStringLiteral("other"), IdentifierType::Other}};
    return names;
}

/// Applies "resident_id=6,4" or "credit_code=off" to \a policy; false when it does not parse.
bool applyMask(SecurityPolicy &policy, const QString &text)
{
    const QString name = text.section(u'=', 0, 0);
    const QString value = text.section(u'=', 1);
    for (const auto &[typeName, type] : identifierNames()) {
        if (typeName != name)
            continue;
        if (value == QLatin1String("off")) {
            policy.masking.setRule(type, {false, 0, 0});
            return true;
        }
        bool startOk = false;
        bool endOk = false;
        const int keepStart = value.section(u',', 0, 0).toInt(&startOk);
        const int keepEnd = value.section(u',', 1, 1).toInt(&endOk);
        if (!startOk || !endOk || keepStart < 0 || keepEnd < 0 || keepStart + keepEnd > 16)
            return false;
        policy.masking.setRule(type, {true, keepStart, keepEnd});
        return true;
    }
    return false;
}

} // namespace

int policy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Shows or changes the security policy (admin).\n"
               "  policy show --db FILE --user NAME\n"
               "  policy set --db FILE --user ADMIN --reason TEXT [--mask resident_id=6,4] [--mask credit_code=off]\n"
               "             [--lockout-attempts N] [--lockout-minutes N] [--idle-minutes N] [--reveal-minutes N]\n"
               "             [--four-eyes listing_correction=on|off]"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QCoreApplication::translate("Cli", "Why (audited)."), QStringLiteral("TEXT"));
    const QCommandLineOption maskOption(QStringLiteral("mask"),
                                        QCoreApplication::translate("Cli", "TYPE=KEEP_START,KEEP_END or TYPE=off."),
                                        QStringLiteral("RULE"));
    const QCommandLineOption attemptsOption(QStringLiteral("lockout-attempts"),
                                            QCoreApplication::translate("Cli", "Failed sign-ins before a lock."),
                                            QStringLiteral("N"));
    const QCommandLineOption lockMinutesOption(QStringLiteral("lockout-minutes"),
                                               QCoreApplication::translate("Cli", "How long a lock lasts."),
                                               QStringLiteral("N"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-minutes"),
        QCoreApplication::translate("Cli", "Minutes without input before the window locks."), QStringLiteral("N"));
    const QCommandLineOption revealOption(
        QStringLiteral("reveal-minutes"),
        QCoreApplication::translate("Cli", "How long a revealed identifier stays visible."), QStringLiteral("N"));
    const QCommandLineOption fourEyesOption(
        QStringLiteral("four-eyes"), QCoreApplication::translate("Cli", "DECISION=on|off."), QStringLiteral("RULE"));
    parser.addOptions({databaseOption, userOption, reasonOption, maskOption, attemptsOption, lockMinutesOption,
                       idleOption, revealOption, fourEyesOption});
    parser.addPositionalArgument(QStringLiteral("show|set"), QCoreApplication::translate("Cli", "What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("policy"), arguments, out, err); code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(databaseOption)
        || (action != QLatin1String("show") && action != QLatin1String("set"))) {
        out << parser.helpText();
        return UsageError;
    }
    Session session =
        openSignedIn(parser.value(databaseOption), QStringLiteral("cli-policy"), parser.value(userOption), err);
    if (!session.database)
        return Failure;
    Database &database = *session.database;
    const Actor &actor = session.actor;
    PolicyService service(database);
    SecurityPolicy policy = service.load();
    if (action == QLatin1String("show")) {
        out << QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const QString &mask : parser.values(maskOption)) {
        if (!applyMask(policy, mask)) {
            err << QCoreApplication::translate("Cli",
                                               "--mask %1: expected resident_id|credit_code|passport|other=START,END "
                                               "or =off.")
                       .arg(mask)
                << "\n";
            return UsageError;
        }
    }
    const std::pair<const QCommandLineOption *, int *> numbers[] = {{&attemptsOption, &policy.lockoutAttempts},
                                                                    {&lockMinutesOption, &policy.lockoutMinutes},
                                                                    {&idleOption, &policy.idleLockMinutes},
                                                                    {&revealOption, &policy.revealMinutes}};
    for (const auto &[option, field] : numbers) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok || value < 1 || value > 1440) {
            err << QCoreApplication::translate("Cli", "--%1 must be a number from 1 to 1440.")
                       .arg(option->names().first())
                << "\n";
            return UsageError;
        }
        *field = value;
    }
    for (const QString &rule : parser.values(fourEyesOption)) {
        const QString value = rule.section(u'=', 1);
        if (value != QLatin1String("on") && value != QLatin1String("off")) {
            err << QCoreApplication::translate("Cli", "--four-eyes %1: expected DECISION=on or DECISION=off.").arg(rule)
                << "\n";
            return UsageError;
        }
        policy.fourEyes.insert(rule.section(u'=', 0, 0), value == QLatin1String("on"));
    }
    const Status saved = service.save(actor, policy, parser.value(reasonOption));
    if (!saved) {
        err << saved.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Security policy saved.") << "\n";
    return Success;
}

} // namespace creditdesk::cli
