#include "Applicant.h"

#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "search/NameKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::Applicant", source);
}

} // namespace

bool maskedIdFits(const QString &given, const QString &full)
{
    if (given.size() != full.size())
        return false;
    for (qsizetype i = 0; i < given.size(); ++i) {
        if (given[i] != u'*' && given[i] != full[i])
            return false;
    }
    return true;
}

int differingCharacters(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return -1;
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differing += a[i] != b[i] ? 1 : 0;
    return differing;
}

Result<std::optional<Applicant>> Applicant::fromRow(const TableRow &row, const ColumnMapping &mapping,
                                                    const NameKeyBuilder *keys)
{
    if (row.isBlank())
        return std::optional<Applicant>();
    auto cell = [&](ApplicantField field) {
        const int column = mapping.column(field);
        return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
    };
    auto fail = [&](ApplicantField field, const QString &problem) {
        return Error{tr("line %1, %2: %3").arg(row.line).arg(applicantFieldText(field), problem)};
    };
    Applicant applicant;
    applicant.line = row.line;
    applicant.reference = cell(ApplicantField::Reference);
    applicant.name = cell(ApplicantField::Name);
    applicant.legalRepresentative = cell(ApplicantField::LegalRepresentative);
    const QString id = cell(ApplicantField::IdNumber);
    const QString code = cell(ApplicantField::CreditCode);
    if (applicant.name.isEmpty() && id.isEmpty() && code.isEmpty())
        return fail(ApplicantField::Name, tr("neither a name nor an identifier is given."));
    if (applicant.name.size() > 200)
        return fail(ApplicantField::Name, tr("longer than 200 characters."));
    if (!id.isEmpty()) {
        static const QRegularExpression scientific(QStringLiteral("^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$"));
        if (scientific.match(id).hasMatch())
            return fail(ApplicantField::IdNumber,
                        tr("\"%1\" is a number in scientific notation: Excel has cut the ID to 15 digits. Format "
                           "the column as text and enter the IDs again.")
                            .arg(id));
        QString normalised = IdNumber::normalise(id);
        normalised.replace(u'＊', u'*');
        applicant.idMasked = normalised.contains(u'*');
        static const QRegularExpression shape(QStringLiteral("^[0-9*]{17}[0-9X*]$|^[0-9]{15}$"));
        if (!shape.match(normalised).hasMatch())
            return fail(ApplicantField::IdNumber,
                        tr("\"%1\" is not an ID number: 18 characters (digits, X last, * where masked).").arg(id));
        applicant.idNumber = normalised;
        if (!applicant.idMasked) {
            const IdNumber::Validation validation = IdNumber::validate(normalised);
            // Excel keeps 15 significant digits of a number: an ID stored as one ends in 000.
            if (!validation.valid && normalised.size() == 18 && normalised.endsWith(QLatin1String("000")))
                return fail(ApplicantField::IdNumber,
                            tr("\"%1\" ends in 000 and its check digit is wrong: Excel has probably stored the ID as "
                               "a number and lost its last digits. Format the column as text and enter the IDs "
                               "again.")
                                .arg(id));
            applicant.idValid = validation.valid;
            if (!validation.valid)
                applicant.warning = tr("ID number: %1 Matched by name as well.").arg(validation.reason);
        }
    }
    if (!code.isEmpty()) {
        const CreditCode::Validation validation = CreditCode::validate(code);
        applicant.creditCode = validation.normalised;
        applicant.creditCodeValid = validation.valid;
        if (validation.valid)
            applicant.organisationCode = validation.organisationCode;
        else if (validation.normalised.size() != 18)
            return fail(ApplicantField::CreditCode, tr("\"%1\": %2").arg(code, validation.reason));
        else
            applicant.warning = tr("Credit code: %1 Matched by name as well.").arg(validation.reason);
    }
    if (keys)
        applicant.addNameKeys(*keys);
    return std::optional<Applicant>(applicant);
}

bool Applicant::needsNameKeys() const
{
    // A valid identifier decides alone (see ScreeningMatcher); names count without one, and a
    // legal representative always.
    return (!idValid && !creditCodeValid) || !legalRepresentative.isEmpty();
}

void Applicant::addNameKeys(const NameKeyBuilder &keys)
{
    nameKey = keys.key(name);
    if (!legalRepresentative.isEmpty())
        legalRepresentativeKey = keys.key(legalRepresentative);
    // The pinyin key is only looked up for a masked or mistyped ID (see ScreeningMatcher).
    if (!nameKey.isEmpty() && !idNumber.isEmpty() && !idValid && !creditCodeValid)
        pinyinKey = keys.phonetic(nameKey, true).pinyin;
}

QString applicantKey(const Applicant &applicant)
{
    // A whole, valid identifier is the person; a masked or wrong one only with the name.
    QString basis;
    if (applicant.idValid)
        basis = QStringLiteral("id:") + applicant.idNumber;
    else if (applicant.creditCodeValid)
        basis = QStringLiteral("code:") + applicant.creditCode;
    else if (!applicant.idNumber.isEmpty())
        basis = QStringLiteral("id:") + applicant.idNumber + QStringLiteral("/name:") + applicant.nameKey;
    else if (!applicant.creditCode.isEmpty())
        basis = QStringLiteral("code:") + applicant.creditCode + QStringLiteral("/name:") + applicant.nameKey;
    else
        basis = QStringLiteral("name:") + applicant.nameKey;
    return QString::fromLatin1(QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString maskedIdentifier(const Applicant &applicant)
{
    if (!applicant.idNumber.isEmpty())
        return IdNumber::masked(applicant.idNumber);
    return applicant.creditCode; // an organisation's code is public
}

} // namespace creditdesk
