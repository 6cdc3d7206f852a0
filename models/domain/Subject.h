#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace creditdesk {

/// Natural person (自然人) or organisation (法人和其他组织). Stored as these numbers.
enum class SubjectKind { Person = 1, Organisation = 2 };

/// Kinds of identifiers a subject can carry. Stored as these numbers.
enum class IdentifierType { ResidentId = 1, CreditCode = 2, Passport = 3, Other = 4 };

struct Identifier
{
    IdentifierType type = IdentifierType::Other;
    QString value;
};

/// A person or organisation the cache holds, with its identifiers.
struct Subject
{
    qint64 id = 0;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    QString sex; ///< "M", "F" or empty
    QDate birthDate;
    QString regionCode;
    QString regionName;
    QString legalRepresentative;
    QList<Identifier> identifiers;
    QStringList aliases;
    qint64 rowVersion = 0;
};

QString subjectKindText(SubjectKind kind);
QString identifierTypeText(IdentifierType type);

} // namespace creditdesk
