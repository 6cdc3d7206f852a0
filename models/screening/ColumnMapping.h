#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <array>

namespace creditdesk {

/// The fields an applicant row may carry.
enum class ApplicantField { Reference, Name, IdNumber, CreditCode, LegalRepresentative };
constexpr int applicantFieldCount = 5;

QString applicantFieldText(ApplicantField field);
/// CLI name: reference, name, id_number, credit_code, legal_representative.
QString applicantFieldName(ApplicantField field);

/// Which column of the input holds which applicant field. Recognised from Chinese and English
/// headers (姓名, 名称, 证件号码, 身份证号, 统一社会信用代码, 法定代表人, name, id_number, ...);
/// the officer may set or change any field's column.
class ColumnMapping
{
public:
    /// Recognises the fields in \a header. Two columns that look like the same field are an
    /// error naming both; so is a table with neither a name nor an identifier column.
    static Result<ColumnMapping> recognise(const QStringList &header);

    /// The column of \a field, or -1.
    int column(ApplicantField field) const { return m_columns.at(static_cast<std::size_t>(field)); }
    void setColumn(ApplicantField field, int column) { m_columns.at(static_cast<std::size_t>(field)) = column; }
    /// Checks that a name or an identifier column is mapped and no column is used twice.
    Status check(const QStringList &header) const;
    /// The header names each field is recognised by (lower case, without spaces).
    static QStringList synonyms(ApplicantField field);

private:
    std::array<int, applicantFieldCount> m_columns{-1, -1, -1, -1, -1};
};

} // namespace creditdesk
