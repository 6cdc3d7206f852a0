#include "ColumnMapping.h"

#include <QCoreApplication>

#include <optional>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ColumnMapping", source);
}

QString headerKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toLower();
    key.remove(QChar(0xFEFF));
    QString compact;
    for (const QChar c : std::as_const(key)) {
        if (!c.isSpace() && c != u'*' && c != u':' && c != u'：' && c != u'(' && c != u')')
            compact += c;
    }
    return compact;
}

/// The field a header names: one of the field's names, or alternatives that all name the same
/// field ("姓名/名称", "name / 名称").
std::optional<ApplicantField> fieldOf(const QString &key, const QList<ApplicantField> &fields)
{
    std::optional<ApplicantField> found;
    const QStringList parts = QString(key).replace(u'／', u'/').replace(u'、', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        std::optional<ApplicantField> named;
        for (const ApplicantField field : fields) {
            if (ColumnMapping::synonyms(field).contains(part))
                named = field;
        }
        if (!named || (found && *found != *named))
            return std::nullopt;
        found = named;
    }
    return found;
}

const QList<ApplicantField> allFields = {ApplicantField::Reference, ApplicantField::Name, ApplicantField::IdNumber,
                                         ApplicantField::CreditCode, ApplicantField::LegalRepresentative};

} // namespace

QString applicantFieldText(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Reference:
        return QCoreApplication::translate("creditdesk", "Applicant reference");
    case ApplicantField::Name:
        return QCoreApplication::translate("creditdesk", "Name");
    case ApplicantField::IdNumber:
        return QCoreApplication::translate("creditdesk", "ID number");
    case ApplicantField::CreditCode:
        return QCoreApplication::translate("creditdesk", "Unified social credit code");
    case ApplicantField::LegalRepresentative:
        return QCoreApplication::translate("creditdesk", "Legal representative");
    }
    return {};
}

QString applicantFieldName(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Reference:
        return QStringLiteral("reference");
    case ApplicantField::Name:
        return QStringLiteral("name");
    case ApplicantField::IdNumber:
        return QStringLiteral("id_number");
    case ApplicantField::CreditCode:
        return QStringLiteral("credit_code");
    case ApplicantField::LegalRepresentative:
        return QStringLiteral("legal_representative");
    }
    return {};
}

QStringList ColumnMapping::synonyms(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Reference:
        return {QStringLiteral("reference"),   QStringLiteral("ref"),      QStringLiteral("序号"),
                QStringLiteral("编号"),        QStringLiteral("申请编号"), QStringLiteral("申请号"),
                QStringLiteral("业务编号"),    QStringLiteral("no."),      QStringLiteral("no"),
                QStringLiteral("applicant_id")};
    case ApplicantField::Name:
        return {QStringLiteral("name"),       QStringLiteral("姓名"),       QStringLiteral("名称"),
                QStringLiteral("单位名称"),   QStringLiteral("企业名称"),   QStringLiteral("申请人"),
                QStringLiteral("申请人名称"), QStringLiteral("申请人姓名"), QStringLiteral("主体名称"),
                QStringLiteral("投标人"),     QStringLiteral("供应商名称"), QStringLiteral("full_name")};
    case ApplicantField::IdNumber:
        return {QStringLiteral("id_number"),      QStringLiteral("idnumber"), QStringLiteral("id"),
                QStringLiteral("证件号码"),       QStringLiteral("证件号"),   QStringLiteral("身份证号"),
                QStringLiteral("身份证号码"),     QStringLiteral("身份证"),   QStringLiteral("公民身份号码"),
                QStringLiteral("居民身份证号码"), QStringLiteral("id_card"),  QStringLiteral("resident_id")};
    case ApplicantField::CreditCode:
        return {QStringLiteral("credit_code"),
                QStringLiteral("统一社会信用代码"),
                QStringLiteral("信用代码"),
                QStringLiteral("社会信用代码"),
                QStringLiteral("uscc"),
                QStringLiteral("creditcode"),
                QStringLiteral("unified_social_credit_code")};
    case ApplicantField::LegalRepresentative:
        return {QStringLiteral("legal_representative"),
                QStringLiteral("法定代表人"),
                QStringLiteral("法人代表"),
                QStringLiteral("法人"),
                QStringLiteral("法定代表人姓名"),
                QStringLiteral("负责人"),
                QStringLiteral("legal_rep")};
    }
    return {};
}

Result<ColumnMapping> ColumnMapping::recognise(const QStringList &header)
{
    ColumnMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const QString key = headerKey(header.at(column));
        if (key.isEmpty())
            continue;
        if (const auto named = fieldOf(key, allFields)) {
            const ApplicantField field = *named;
            if (mapping.column(field) >= 0)
                return Error{tr("Columns %1 (\"%2\") and %3 (\"%4\") both look like %5; rename one or choose the "
                                "column yourself.")
                                 .arg(mapping.column(field) + 1)
                                 .arg(header.at(mapping.column(field)))
                                 .arg(column + 1)
                                 .arg(header.at(column), applicantFieldText(field))};
            mapping.setColumn(field, column);
        }
    }
    if (const Status checked = mapping.check(header); !checked)
        return Error{checked.error()};
    return mapping;
}

Status ColumnMapping::check(const QStringList &header) const
{
    if (column(ApplicantField::Name) < 0 && column(ApplicantField::IdNumber) < 0
        && column(ApplicantField::CreditCode) < 0)
        return Error{tr("No column holds a name, an ID number or a credit code. The header reads: %1. Name the "
                        "columns (e.g. 姓名, 证件号码, 统一社会信用代码) or choose them yourself.")
                         .arg(header.join(QStringLiteral(", ")))};
    for (const ApplicantField field : allFields) {
        const int at = column(field);
        if (at >= header.size())
            return Error{tr("%1: the table has no column %2.").arg(applicantFieldText(field)).arg(at + 1)};
        for (const ApplicantField other : allFields) {
            if (other != field && at >= 0 && column(other) == at)
                return Error{tr("Column %1 cannot be both %2 and %3.")
                                 .arg(at + 1)
                                 .arg(applicantFieldText(field), applicantFieldText(other))};
        }
    }
    return {};
}

} // namespace creditdesk
