#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "exchange/ExchangePackage.h"

#include <QDate>

#include <functional>

namespace creditdesk {

class Database;
class ExchangeRepository;
class NameKeyBuilder;

/// Exchange with the provincial credit platform (docs/exchange-format.md). An incoming package
/// is checked and written in one pass in one transaction (read and parsed on a second thread);
/// if any record is faulty — every one reported with line, field and reason — the transaction
/// is rolled back and nothing is written; the same package twice changes nothing; a
/// package ahead of its source's sequence waits in the database until the gap is filled and is
/// applied then. Outgoing packages carry departments' feedback, objection and repair outcomes
/// and measure liftings since the previous one.
class ExchangeService
{
public:
    /// What became of an incoming package.
    struct ImportReport
    {
        enum class Outcome { Applied, AlreadyApplied, Waiting, Rejected, Cancelled };
        Outcome outcome = Outcome::Rejected;
        PackageHeader header;
        qint64 records = 0;
        QList<PackageProblem> problems; ///< why it was rejected
        /// Rejected for a fault of this desk, not of the package: the database could not be read
        /// or written (problems says how). The platform has nothing to correct.
        bool failedHere = false;
        QList<PackageProblem> notTaken; ///< applied, but these values were not taken
        QStringList alsoApplied;        ///< waiting packages applied after it, in order
        double seconds = 0;
        bool searchIndexesRebuilt = false; ///< written as a large write (SearchIndexSuspension)
        bool writtenDirectly = false;      ///< new subjects and listings through SQLite's interface
    };
    struct ExportReport
    {
        PackageHeader header;
        qint64 records = 0;
    };
    /// Called with bytes done and in all; returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ExchangeService(Database &database);
    ~ExchangeService();

    Result<ImportReport> importPackage(const Actor &actor, const QString &path, const Progress &progress = {});
    /// Writes the records since outgoing package \a sinceSequence (0: since the beginning) as
    /// the next outgoing package of this office, to \a path. With \a newSource, the office's
    /// source name is changed first, in the same transaction: kept only when the package is.
    Result<ExportReport> exportFeedback(const Actor &actor, qint64 sinceSequence, const QString &path,
                                        const QString &newSource = {});
    /// This office's name as the source of its outgoing packages (setting exchange.source).
    QString officeSource() const;
    /// The sequence number of the last outgoing package under \a source (empty: this office's
    /// source name; 0: none yet).
    Result<qint64> lastOutgoingSequence(const QString &source = {}) const;
    /// Why \a source cannot be an office's source name (empty: it can).
    static QString sourceNameProblem(const QString &source);
    /// Sets it (audited); outgoing packages of a new source number from 1.
    Status setOfficeSource(const Actor &actor, const QString &source);
    /// Whether new subjects and listings are written through SQLite's own interface where it is
    /// safe (native::sharedHandle); off, everything goes through Qt SQL (tests compare both).
    void setDirectSqliteWrites(bool enabled) { m_directSqlite = enabled; }
    /// The import day: no date of an incoming record may be after it. The computer's date unless
    /// set (tests set it so as not to depend on the day they run).
    void setToday(const QDate &today) { m_today = today; }

private:
    /// Validates and applies the package \a open reads (the file, or the bytes of a package
    /// that \a waited for its turn in the database).
    ImportReport apply(const Actor &actor, const std::function<Result<std::unique_ptr<PackageReader>>()> &open,
                       const Progress &progress, bool waited);
    /// Checks and writes every record (in the caller's transaction) into \a report; an error
    /// (the transaction is to be rolled back) when a record failed, a write failed (at \a line),
    /// or \a cancelled.
    Status applyRecords(PackageReader &reader, ExchangeRepository &repository, ImportReport &report,
                        const Progress &progress, bool &cancelled, int &line);
    /// Stores \a source as the office's source name with its audit entry, in the caller's
    /// transaction (nothing when it is the name already).
    Status storeOfficeSource(const Actor &actor, const QString &source);
    /// The search keys of subjects' names, made when the first package is imported (ICU).
    const NameKeyBuilder &keys();

    Database &m_database;
    std::unique_ptr<NameKeyBuilder> m_keys;
    bool m_directSqlite = true;
    QDate m_today;
};

} // namespace creditdesk
