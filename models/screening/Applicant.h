#pragma once

#include "ColumnMapping.h"
#include "exchange/TableReader.h"

#include <QString>

#include <optional>

namespace creditdesk {

class NameKeyBuilder;

/// One applicant as read from a row, normalised for matching: name keys (NFKC, traditional →
/// simplified, pinyin), the ID number with full-width digits and a lower-case x fixed, a masked
/// ID kept as its known characters, the credit code with its organisation code.
struct Applicant
{
    int line = 0;
    QString reference;
    QString name;
    QString nameKey;
    QString pinyinKey;
    QString idNumber;      ///< normalised, as given (may be masked or fail its check digit)
    bool idValid = false;  ///< 18 characters with a correct check digit
    bool idMasked = false; ///< contains * (3201**********1234)
    QString creditCode;    ///< normalised
    bool creditCodeValid = false;
    QString organisationCode; ///< characters 9 to 17 of a valid credit code
    QString legalRepresentative;
    QString legalRepresentativeKey;
    QString warning; ///< e.g. the ID's check digit is wrong: screened by name as well

    /// Builds the applicant of \a row; an error says the row (line), the field and what is wrong.
    /// A blank row gives an empty optional.
    /// With \a keys null, only checks the row (the first pass of a batch) and leaves the keys empty.
    static Result<std::optional<Applicant>> fromRow(const TableRow &row, const ColumnMapping &mapping,
                                                    const NameKeyBuilder *keys);

    /// Whether matching looks at the name keys: only without a valid identifier, or with a
    /// legal representative. Building keys (ICU transliteration, serialised across threads by
    /// ICU) is skipped for the others.
    bool needsNameKeys() const;
    void addNameKeys(const NameKeyBuilder &keys);
};

/// The key an applicant is known by across batches and in the whitelist: the SHA-256 of the
/// normalised identifier when it is whole and valid, of a masked or wrong one together with the
/// name key, or of the name key alone when there is no identifier.
QString applicantKey(const Applicant &applicant);
/// The identifier shown for an applicant: masked (first 6 and last 4 characters).
QString maskedIdentifier(const Applicant &applicant);

/// Whether an ID given with asterisks (or a shorter known part) fits \a full: every known
/// character equal. \a given and \a full are normalised.
bool maskedIdFits(const QString &given, const QString &full);
/// Number of positions at which two equally long strings differ; -1 when the lengths differ.
int differingCharacters(const QString &a, const QString &b);

} // namespace creditdesk
