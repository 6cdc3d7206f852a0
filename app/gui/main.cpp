// creditdesk: the GUI entry point and composition root. Opens (or on first start creates) the
// database, builds the models and the main window, and passes each its dependencies.
#include "DatabaseLocation.h"
#include "DossierPage.h"
#include "MainWindow.h"
#include "SearchPage.h"
#include "common/Localization.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/SubjectRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationName(QStringLiteral("CreditDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));

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
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a picture of the window to FILE and quit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({databaseOption, languageOption, queryOption, openOption, sectionOption, screenshotOption});
    parser.process(application);

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

    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(path, QStringLiteral("gui"), options);
    if (!database) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CreditDesk"), database.error());
        return 1;
    }
    settings.setValue(QStringLiteral("database/path"), path);

    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    const SearchEngine engine((*database)->connection());
    SearchResultModel searchModel(engine, classifier);
    const SubjectRepository subjects((*database)->connection());
    MainWindow window(
        searchModel, [&subjects] { return new DossierModel(subjects); }, settings,
        QCoreApplication::translate("main", "Database: %1").arg(QFileInfo(path).fileName()));
    window.show();

    if (parser.isSet(queryOption))
        window.searchPage()->setQuery(parser.value(queryOption));
    if (parser.isSet(openOption) && searchModel.rowCount() > 0) {
        window.openSubject(searchModel.subjectIdAt(0));
        if (auto *page = qobject_cast<DossierPage *>(window.tabs()->currentWidget()))
            page->showSection(parser.value(sectionOption).toInt());
    }
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
