#include "CliCommands.h"
#include "CliSupport.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>

namespace creditdesk::cli {

namespace {

/// A value is read as a resident ID when it has only digits (and a final X); an 18-character
/// value whose first 17 characters are digits may also be an all-digit credit code, so the
/// reading that validates wins.
bool looksLikeResidentId(const QString &normalised)
{
    if (normalised.isEmpty())
        return true;
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        const QChar c = normalised[i];
        const bool finalX = c == u'X' && i == normalised.size() - 1;
        if (!(c >= u'0' && c <= u'9') && !finalX)
            return false;
    }
    if (normalised.size() == 18)
        return IdNumber::validate(normalised).valid || !CreditCode::validate(normalised).valid;
    return true;
}

} // namespace

int checkId(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Validates resident ID numbers (GB 11643) and unified social credit codes "
                                           "(GB 32100). Prints one line per value; exits 0 only when all are valid."));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QCoreApplication::translate("Cli", "Values to check."),
                                 QStringLiteral("VALUE..."));
    if (const int code = parseArguments(parser, QStringLiteral("check-id"), arguments, out, err); code >= 0)
        return code;
    const QStringList values = parser.positionalArguments();
    if (values.isEmpty()) {
        err << QCoreApplication::translate("Cli", "check-id needs at least one value.") << "\n";
        return UsageError;
    }
    bool allValid = true;
    for (const QString &value : values) {
        const QString normalised = IdNumber::normalise(value);
        if (looksLikeResidentId(normalised)) {
            const IdNumber::Validation result = IdNumber::validate(value);
            allValid = allValid && result.valid;
            out << value << ": "
                << (result.valid
                        ? QCoreApplication::translate("Cli", "valid resident ID number")
                        : QCoreApplication::translate("Cli", "invalid resident ID number: %1").arg(result.reason))
                << "\n";
        } else {
            const CreditCode::Validation result = CreditCode::validate(value);
            allValid = allValid && result.valid;
            out << value << ": "
                << (result.valid ? QCoreApplication::translate("Cli", "valid unified social credit code")
                                 : QCoreApplication::translate("Cli", "invalid unified social credit code: %1")
                                       .arg(result.reason))
                << "\n";
        }
    }
    return allValid ? Success : Failure;
}

} // namespace creditdesk::cli
