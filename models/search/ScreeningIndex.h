#pragma once

#include "domain/Result.h"
#include "domain/Subject.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace creditdesk {

/// What the matcher needs to know of one listed subject: its keys and identifiers, and whether
/// one of its listings is in force on the screening day (only those are hits; the others are
/// history).
struct ScreeningCandidate
{
    qint64 subjectId = 0;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    QString nameKey;
    QString pinyinKey;
    QString legalRepresentative;
    QString legalRepresentativeKey;
    int listingsInForce = 0;
    int listingsInAll = 0;
    qint64 listingId = 0; ///< the newest listing in force, or the newest one when none is
    QString caseNumber;
};

/// A subject found by a name key, with what is needed to judge it before loading it whole.
struct NamedCandidate
{
    qint64 subjectId = 0;
    SubjectKind kind = SubjectKind::Person;
    QString nameKey;
    QString residentId; ///< empty when it has none
    QString legalRepresentativeKey;
};

/// The lookups of batch screening against the cache, each through an index: identifiers whole,
/// the organisation code inside a credit code, name keys (names and aliases), pinyin keys,
/// legal representatives. Statements are prepared once per batch and candidates are cached, so
/// that a hundred thousand applicants take a few lookups each. Not thread-safe: one per thread,
/// each with its own connection.
class ScreeningIndex
{
public:
    ScreeningIndex(QSqlDatabase db, const QDate &today);
    ~ScreeningIndex();

    Result<QList<qint64>> byIdentifier(IdentifierType type, const QString &value);
    Result<QList<qint64>> byOrganisationCode(const QString &organisationCode);
    /// Subjects with this name key (names and aliases), each with its resident ID, in one query.
    Result<QList<NamedCandidate>> byNameKey(const QString &nameKey, int limit);
    /// Resident IDs near a masked or mistyped one (18 characters): the same last four with the
    /// same region or the same birth date, or the same first fourteen; (subject, ID). Nothing
    /// without \a nameKey: the matcher takes a near ID only with the name. A slip in both the
    /// region and the birth date is not found.
    Result<QList<std::pair<qint64, QString>>> nearIdentifiers(const QString &idNumber, const QString &nameKey);
    /// Organisations whose legal representative has \a key and whose name is \a nameKey,
    /// contains it or is contained in it, or begins with the same four characters (the same
    /// region and trade name); (subject, its name key). A common representative's name alone
    /// brings nothing back.
    Result<QList<std::pair<qint64, QString>>> byLegalRepresentativeKey(const QString &key, const QString &nameKey,
                                                                       int limit);
    Result<ScreeningCandidate> candidate(qint64 subjectId);

    /// A fingerprint of the list as it stands: the newest listing and the audit journal's head
    /// (every change of a listing is audited); two batches with the same snapshot screened the
    /// same list.
    Result<QString> snapshot() const;

private:
    Result<QSqlQuery *> prepared(int slot, const QString &statement);
    Result<QList<qint64>> ids(QSqlQuery *query);
    Result<QList<NamedCandidate>> named(QSqlQuery *query);

    QSqlDatabase m_db;
    QDate m_today;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
    std::map<qint64, ScreeningCandidate> m_candidates;
};

} // namespace creditdesk
