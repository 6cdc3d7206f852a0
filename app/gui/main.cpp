// creditdesk: the GUI entry point and composition root. Opens (or on first start creates) the
// database, builds the models and the main window, and passes each its dependencies.
#include "DatabaseLocation.h"
#include "DossierPage.h"
#include "MainWindow.h"
#include "PasswordDialogs.h"
#include "SearchPage.h"
#include "SignInDialog.h"
#include "StartupProbe.h"
#include "common/Localization.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchClient.h"
#include "security/PasswordHasher.h"
#include "store/BackupStore.h"
#include "store/Database.h"
#include "workflow/AuditService.h"
#include "workflow/AuthenticationService.h"
#include "workflow/BackupService.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"
#include "workflow/ExpiryService.h"
#include "workflow/FeedbackService.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/NoticeService.h"
#include "workflow/ObjectionService.h"
#include "workflow/OfficeKeyService.h"
#include "workflow/PolicyService.h"
#include "workflow/RepairService.h"
#include "workflow/ScreeningReviewService.h"
#include "workflow/SetupService.h"
#include "workflow/StatisticsService.h"
#include "workflow/SyncService.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>

using namespace creditdesk;

namespace {

constexpr qint64 firstStartSubjects = 10000;

/// Creates the demo database in a worker thread while a progress dialog keeps the GUI alive.
bool createDemoWithProgress(const QString &path)
{
    QProgressDialog dialog(QCoreApplication::translate("main", "Preparing the demo database…"), QString(), 0,
                           static_cast<int>(firstStartSubjects));
    dialog.setWindowTitle(QCoreApplication::translate("main", "CreditDesk"));
    dialog.setMinimumDuration(300);
    Status result;
    QEventLoop loop;
    QThread *worker = QThread::create([&] {
        result = DatabaseLocation::createDemo(path, firstStartSubjects, [&dialog](qint64 done, qint64) {
            QMetaObject::invokeMethod(
                &dialog, [&dialog, done] { dialog.setValue(static_cast<int>(done)); }, Qt::QueuedConnection);
        });
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    if (!result) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "CreditDesk"),
            QCoreApplication::translate("main", "The demo database could not be created:\n%1").arg(result.error()));
        return false;
    }
    return true;
}

/// Opens the database once on a worker thread, so that a schema migration of a large cache
/// (pinyin keys for a million subjects take a minute) shows progress instead of a frozen screen.
Status migrateWithProgress(const QString &path)
{
    QProgressDialog dialog(QCoreApplication::translate("main", "Updating the database to this version…"), QString(), 0,
                           0);
    dialog.setWindowTitle(QCoreApplication::translate("main", "CreditDesk"));
    dialog.setMinimumDuration(500);
    Status result;
    QEventLoop loop;
    QThread *worker = QThread::create([&result, path] {
        Database::Options options;
        options.createIfMissing = false;
        auto opened = Database::open(path, QStringLiteral("gui-migration"), options);
        if (!opened)
            result = Error{opened.error()};
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return result;
}

/// Signs in: the first admin of a new database, or a user. --user with CREDITDESK_PASSWORD signs
/// in without the dialog (automation, screenshots). Returns false when the officer cancels.
bool signIn(AuthenticationService &authentication, const QString &databaseName, const QString &user,
            AuthenticationService::SignedIn &signedIn)
{
    if (authentication.needsFirstAdmin()) {
        FirstAdminDialog dialog(authentication);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        signedIn = dialog.signedIn();
        return true;
    }
    const QString password = qEnvironmentVariable("CREDITDESK_PASSWORD");
    if (!user.isEmpty() && !password.isEmpty()) {
        auto result = authentication.signIn(user, password, QStringLiteral("gui"));
        if (result) {
            signedIn = result.value();
            return true;
        }
    }
    SignInDialog dialog(authentication, databaseName);
    if (!user.isEmpty())
        dialog.setUserName(user);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    signedIn = dialog.signedIn();
    if (signedIn.mustChangePassword) {
        ChangePasswordDialog change(authentication, signedIn.actor, true);
        if (change.exec() != QDialog::Accepted)
            return false;
    }
    return true;
}

/// Runs PRAGMA quick_check on a second connection in the background and, when the file is
/// damaged, tells the officer what to do.
void checkIntegrityInBackground(const QString &path, QWidget *window, const QString &backupFolder)
{
    auto *result = new Status;
    QThread *worker = QThread::create([path, result] { *result = BackupStore::checkFile(path, true); });
    QObject::connect(worker, &QThread::finished, window, [worker, result, window, backupFolder] {
        if (!result->ok()) {
            const QStringList backups = BackupService::backupsIn(backupFolder);
            QMessageBox::critical(
                window, QCoreApplication::translate("main", "The database is damaged"),
                QCoreApplication::translate(
                    "main", "The quick integrity check found a problem:\n%1\n\nStop entering data. An "
                            "administrator restores the latest backup with\n  creditdesk-cli restore --db FILE --from "
                            "BACKUP --user NAME\nLatest backup: %2")
                    .arg(result->error(),
                         backups.isEmpty() ? QCoreApplication::translate("main", "none found in %1").arg(backupFolder)
                                           : backups.first()));
        }
        delete result;
        worker->deleteLater();
    });
    worker->start(QThread::LowPriority);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/creditdesk-256.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.creditdesk.CreditDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CreditDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Open this database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("zh_CN or en."),
                                            QStringLiteral("LANGUAGE"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Start with this search."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption openOption(QStringLiteral("open-first"),
                                        QStringLiteral("Open the dossier of the first result."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"), QStringLiteral("Show dossier section N (0 listings, 1 measures, 2 history)."),
        QStringLiteral("N"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Sign in as NAME (password from CREDITDESK_PASSWORD)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption auditOption(QStringLiteral("audit"), QStringLiteral("Open the audit journal."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption probeOption(
        QStringLiteral("startup-probe"),
        QStringLiteral("Print the milliseconds from process start to the first interactive paint, then quit."));
    parser.addOptions({databaseOption, languageOption, queryOption, openOption, sectionOption, userOption, auditOption,
                       screenshotOption, probeOption});
    parser.process(application);
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(probeOption)) {
        probe = std::make_unique<StartupProbe>();
        application.installEventFilter(probe.get());
    }

    QSettings settings;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : settings.value(QStringLiteral("ui/language")).toString();
    installTranslations(application, language);

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/path")).toString();
    if (path.isEmpty() || (!parser.isSet(databaseOption) && !QFileInfo::exists(path)))
        path = DatabaseLocation::defaultPath();
    if (!QFileInfo::exists(path) && path == DatabaseLocation::defaultPath() && !createDemoWithProgress(path))
        return 1;
    if (!QFileInfo::exists(path)) {
        // A new, empty database: only after the officer says so, then its first administrator.
        const auto answer = QMessageBox::question(
            nullptr, QCoreApplication::translate("main", "CreditDesk"),
            QCoreApplication::translate("main", "%1 does not exist. Create a new, empty CreditDesk database there?")
                .arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return 0;
        auto created = Database::open(path, QStringLiteral("new-database"));
        const Actor setup{QStringLiteral("setup"), QStringLiteral("setup"), QStringLiteral("gui"), {}};
        const Status prepared = created ? SetupService(**created).prepareNewDatabase(
                                    setup, QCoreApplication::translate("main", "New database prepared"))
                                        : Status(Error{created.error()});
        if (!prepared) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CreditDesk"), prepared.error());
            return 1;
        }
    }

    if (const Status migrated = migrateWithProgress(path); !migrated) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CreditDesk"), migrated.error());
        return 1;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(path, QStringLiteral("gui"), options);
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CreditDesk"), database.error());
        return 1;
    }
    settings.setValue(QStringLiteral("database/path"), path);

    const PasswordHasher hasher;
    AuthenticationService authentication(**database, hasher);
    AuthenticationService::SignedIn signedIn;
    if (!signIn(authentication, QFileInfo(path).fileName(), parser.value(userOption), signedIn))
        return 0;
    const Actor actor = signedIn.actor;

    PolicyService policies(**database);
    const SecurityPolicy policy = policies.load();
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient searchClient(path);
    SearchResultModel searchModel(searchClient, classifier, keys);
    searchModel.setMaskingPolicy(policy.masking);
    DossierService dossiers(**database);
    AuditService auditService(**database);
    UserService users(**database, hasher);
    ListingCorrectionService corrections(**database);
    ObjectionService objections(**database);
    RepairService repairs(**database);
    FeedbackService feedback(**database);
    CourtListService court(**database);
    ExpiryService expiry(**database);
    ScreeningReviewService screening(**database);
    StatisticsService statistics(**database);
    MainWindowServices services;
    services.screening = &screening;
    services.statistics = &statistics;
    NoticeService notices(**database);
    services.notices = &notices;
    ExchangeService exchange(**database);
    services.exchange = &exchange;
    services.databasePath = path;
    services.repairs = &repairs;
    services.expiry = &expiry;
    services.corrections = &corrections;
    services.objections = &objections;
    services.users = &users;
    services.policies = &policies;
    services.authentication = &authentication;
    services.audit = &auditService;
    const QString backupFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
    services.backUp = [path, backupFolder, kept = services.backupsKept](const Actor &who,
                                                                        const QString &reason) -> Result<QString> {
        auto connection = Database::open(path, QStringLiteral("backup-worker"));
        if (!connection)
            return Error{connection.error()};
        return BackupService(**connection).backupToFolder(who, backupFolder, kept, reason);
    };
    SyncService sync(**database);
    services.sync = &sync;
    OfficeKeyService officeKeys(**database);
    services.officeKeys = &officeKeys;
    services.synchronise = [path](const Actor &who, const QString &password,
                                  const SyncService::Progress &progress) -> Result<SyncService::Report> {
        auto connection = Database::open(path, QStringLiteral("sync-worker"));
        if (!connection)
            return Error{connection.error()};
        return SyncService(**connection).synchroniseWithPassword(who, password, progress);
    };
    services.policy = policy;
    MainWindow window(
        searchModel,
        [&dossiers, &actor, &corrections, &objections, &repairs, &court, &feedback] {
            auto *model = new DossierModel(dossiers, actor);
            model->setObjectionService(&objections);
            model->setRepairService(&repairs);
            model->setFeedbackService(&feedback);
            model->setCourtListService(&court);
            model->setCorrectionService(&corrections);
            return model;
        },
        settings, QCoreApplication::translate("main", "Database: %1").arg(QFileInfo(path).fileName()), actor, services);
    window.show();
    checkIntegrityInBackground(path, &window, backupFolder);
    if (!probe && !parser.isSet(screenshotOption))
        QTimer::singleShot(0, &window, &MainWindow::remindOfDeadlines);

    if (parser.isSet(queryOption))
        window.searchPage()->setQuery(parser.value(queryOption));
    if (parser.isSet(openOption)) {
        // Results arrive from the search thread: open the first once the first page is in.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            &searchModel, &SearchResultModel::rowsLoaded, &window,
            [&window, &searchModel, connection, section = parser.value(sectionOption).toInt()](int loaded, bool) {
                QObject::disconnect(*connection);
                if (loaded == 0)
                    return;
                window.openSubject(searchModel.subjectIdAt(0));
                if (auto *page = qobject_cast<DossierPage *>(window.tabs()->currentWidget()))
                    page->showSection(section);
            });
    }
    if (parser.isSet(auditOption))
        window.openAuditJournal();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    const int code = QApplication::exec();
    return code;
}
