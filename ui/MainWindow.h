#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SecurityPolicy.h"
#include "workflow/SyncService.h"

#include <QMainWindow>

#include <functional>

class QDialog;
class QSettings;
class QTabWidget;

namespace creditdesk {

class AuditService;
class OfficeKeyService;
class ExchangeService;
class AuthenticationService;
class PolicyService;
class UserService;
class DossierModel;
class ListingCorrectionService;
class ObjectionService;
class RepairService;
class ExpiryService;
class ScreeningReviewService;
class StatisticsService;
class NoticeService;
class IdleLock;
class SearchPage;
class SearchResultModel;

/// The services the main window offers beyond search and dossiers; any may be missing, and
/// then its menu entries are not shown.
struct MainWindowServices
{
    AuthenticationService *authentication = nullptr;
    AuditService *audit = nullptr;
    /// Makes a backup into the backup folder and returns its path. Called on a worker thread:
    /// it must open its own database connection.
    std::function<Result<QString>(const Actor &actor, const QString &reason)> backUp;
    UserService *users = nullptr;
    ListingCorrectionService *corrections = nullptr;
    ObjectionService *objections = nullptr;
    RepairService *repairs = nullptr;
    ExpiryService *expiry = nullptr;
    PolicyService *policies = nullptr;
    ScreeningReviewService *screening = nullptr;
    StatisticsService *statistics = nullptr; ///< the dashboard's filters; its charts run on their own connection
    NoticeService *notices = nullptr;        ///< the register; batches run on their own connection
    ExchangeService *exchange = nullptr;     ///< outgoing packages (imports run on their own connection)
    QString databasePath;                    ///< batch screening runs on its own connection to this file
    SyncService *sync = nullptr;             ///< this desk's central server: status and conflicts
    OfficeKeyService *officeKeys = nullptr;  ///< the office key shown on the central server page
    /// One synchronisation with the central server, on a worker thread (SyncPage::Synchronise).
    std::function<Result<SyncService::Report>(const Actor &actor, const QString &password,
                                              const SyncService::Progress &progress)>
        synchronise;
    int backupsKept = 10;
    SecurityPolicy policy;
};

/// The main window: the search page as the first tab and one closable tab per opened dossier,
/// the audit viewer for auditors and admins, backups for admins, and the idle lock.
/// Remembers its geometry, the search columns and the last query.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Makes a new, empty dossier model; the window loads a subject into it.
    using DossierFactory = std::function<DossierModel *()>;

    MainWindow(SearchResultModel &searchModel, DossierFactory dossierFactory, QSettings &settings,
               const QString &databaseDescription, const Actor &actor = {}, const MainWindowServices &services = {},
               QWidget *parent = nullptr);

    SearchPage *searchPage() const { return m_searchPage; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Opens (or brings forward) the dossier of \a subjectId.
    void openSubject(qint64 subjectId);
    /// Opens (or brings forward) the audit viewer.
    void openAuditJournal();
    /// Opens (or brings forward) the administration page.
    void openAdministration();
    /// Opens (or brings forward) the queue of listing corrections.
    void openCorrections();
    /// Opens (or brings forward) the objection queues, showing \a queue (ObjectionService::Queue).
    void openObjections(int queue = 1);
    /// The start-up reminder: first the expiry job's proposal, if any; then overdue objections
    /// and those due within two working days, in the status bar and, when there are any, in a
    /// message that opens the queue; overdue repair applications in the status bar.
    void remindOfDeadlines();
    /// Opens (or brings forward) the credit repair queue.
    void openRepairs();
    /// Opens (or brings forward) batch screening.
    void openScreening();
    /// Opens (or brings forward) the statistics dashboard.
    void openDashboard();
    /// Opens (or brings forward) the notice register.
    void openNotices();
    /// Opens (or brings forward) the central server page: synchronising and its conflicts.
    void openSync();
    /// Imports the package at \a path with progress (PackageImportDialog); when it was applied,
    /// what the window shows of the cache is read again (reloadChangedData).
    void importPackageFile(const QString &path);
    /// Reads again what the window shows of the cache, which changed under it (a package
    /// applied, a synchronisation that applied changes): the search results, the open dossiers
    /// (identifiers masked again), the statistics and the case queues; while a dialog is open,
    /// once it has closed.
    void reloadChangedData();
    /// The administrator's notice wording and issuing office.
    void editNoticeTemplates();
    /// Runs the expiry job and shows its proposal (the dialog, or nullptr when nothing is
    /// shown); \a quiet shows nothing when there is nothing to confirm.
    QDialog *reviewEndedPeriods(bool quiet = false);
    /// Hides the content and asks for the password; the work on screen is kept.
    void lock();
    bool isLocked() const { return m_locked; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void remindOfCaseDeadlines();
    void createActions();
    void restoreSettings();
    void saveSettings();
    void closeTab(int index);
    void showAbout();
    void backUpNow();
    /// Asks for a package file and imports it (importPackageFile).
    void importPackage();
    /// Writes this office's next outgoing package (FeedbackExportDialog).
    void exportFeedback();
    void changePassword();

    SearchResultModel &m_searchModel;
    bool m_reloadWaiting = false; ///< reloadChangedData waits for a dialog to close
    DossierFactory m_dossierFactory;
    QSettings &m_settings;
    Actor m_actor;
    MainWindowServices m_services;
    QTabWidget *m_tabs;
    SearchPage *m_searchPage;
    IdleLock *m_idleLock = nullptr;
    bool m_locked = false;
};

} // namespace creditdesk
