#pragma once

#include "ExchangePackage.h"
#include "domain/Subject.h"

#include <QDate>

#include <variant>

namespace creditdesk {

/// An implementing department, by its name (catalogue update).
struct DepartmentRecord
{
    QString name;
    QString regionCode;
};

/// A person or organisation under the platform's key; the identifier checked and normalised.
struct SubjectRecordIn
{
    QString key;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    QString residentId; ///< a person's
    QString creditCode; ///< an organisation's
    QString legalRepresentative;
    QString regionCode;
    QString sex;
    QDate birthDate;
    /// The birth date the ID number carries, else birth_date: whether the subject was a minor
    /// when a listing was decided (not stored).
    QDate bornOn;
};

/// A listing as the court decided it, under the platform's key, of a subject by its key.
struct ListingRecordIn
{
    QString key;
    QString subjectKey;
    QString courtCode;
    QString caseNumber;
    QString basisDocument;
    int ground = 0;
    QDate filingDate;
    QDate decisionDate;
    int periodMonths = 0;
    QString creditor;    ///< who applied for the listing (none: the court listed on its own motion)
    QString creditorKey; ///< its name key (made where the search keys are)
};

/// A listing's change of state: masked, published again, revoked or deleted.
struct ListingStateRecord
{
    QString listingKey;
    int state = 0; ///< PublicationState: 1 published, 2 masked, 3 revoked, 4 deleted
    QDate on;
    int deletionEvent = 0;
    QString creditor;    ///< who applied for a deletion on the creditor's application
    QString creditorKey; ///< its name key (made where the search keys are)
};

/// The court's later extension of a listing's fixed period (SPC rules Art. 2: two years, which
/// may be extended by one to three).
struct ListingExtensionRecord
{
    QString listingKey;
    int months = 0; ///< added to the period, 12 to 36
    QDate on;       ///< the day the court decided it
};

/// A measure applied by a department because of a listing.
struct ApplicationRecordIn
{
    QString key;
    QString listingKey;
    QString measureSource;
    int measureCategory = 0;
    int measureItem = 0;
    QString department;
    QDate startedOn;
};

/// A subject or listing record with faults of its own (reported while parsing it): its key, so that
/// the records after it that name the key are not also told that there is no such subject or
/// listing, and a second record with the key is named as one.
struct FaultyRecordIn
{
    bool listing = false; ///< else a subject
    QString key;
};

using ExchangeRecord = std::variant<DepartmentRecord, SubjectRecordIn, ListingRecordIn, ListingStateRecord,
                                    ListingExtensionRecord, ApplicationRecordIn, FaultyRecordIn>;

/// Turns a package record into its typed form, checking every field it can check without the
/// database (types, enumerations, dates, identifiers' check digits); each fault is added to
/// \a problems with the record's line and the field. No date may be after \a today (the import
/// day; invalid: no such limit). A subject or listing with faults is returned as a
/// FaultyRecordIn when its key could be read, any other record with faults not at all.
std::optional<ExchangeRecord> parseExchangeRecord(const PackageRecord &record, QList<PackageProblem> &problems,
                                                  const QDate &today);

} // namespace creditdesk
