// Packages exchanged with the credit platform from the desk. In: progress on a worker thread,
// the outcome in words; a rejected package's faults listed by line (sorted as numbers), field
// and reason, copied as text, nothing written; an applied package; a cancel while the import
// waits for the database writes nothing. Out: the next outgoing package after the last one, a
// file that cannot be written recording nothing, a new source name numbering from 1. The main
// window reads its search and open dossiers again after a package was applied.
#include "Actors.h"
#include "DossierPage.h"
#include "FeedbackExportDialog.h"
#include "MainWindow.h"
#include "PackageFile.h"
#include "PackageImportDialog.h"
#include "Scalar.h"
#include "SearchPage.h"
#include "TestDatabase.h"
#include "common/Localization.h"
#include "domain/IdNumber.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchClient.h"
#include "store/Database.h"
#include "workflow/DossierService.h"
#include "workflow/PackageImportJob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace creditdesk;
using test::scalar;

class TestExchangeGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedPackageListsItsFaults();
    void appliedPackageSaysSo();
    void cancelWritesNothing();
    void offeredToWhoMayImport();
    void exportWritesTheNextPackage();
    void databaseFailureIsNotThePackages();
    void appliedPackageReloadsTheWindow();

private:
    QString writePackage(const QString &name, qint64 sequence, const QList<QJsonObject> &records);
    QJsonObject person(int serial) const;
    qint64 subjects();
    /// The sequence number of the next package from the source "province".
    qint64 nextSequence();
    /// Waits for the dialog's import to end.
    static bool waitFor(const PackageImportDialog &dialog);
    test::TestDatabase m_db;
};

void TestExchangeGui::initTestCase()
{
    QVERIFY(m_db.createDemo(30));
}

QString TestExchangeGui::writePackage(const QString &name, qint64 sequence, const QList<QJsonObject> &records)
{
    return test::writePackage(m_db.folder() + u'/' + name + QStringLiteral(".jsonl"), name, sequence, records);
}

QJsonObject TestExchangeGui::person(int serial) const
{
    const QString first17 = QStringLiteral("11010119850101%1").arg(serial, 3, 10, QLatin1Char('0'));
    return {{QStringLiteral("type"), QStringLiteral("subject")},
            {QStringLiteral("key"), QStringLiteral("G%1").arg(serial)},
            {QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("name"), QStringLiteral("界面导入%1").arg(serial)},
            {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
}

qint64 TestExchangeGui::subjects()
{
    return scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM subject")).toLongLong();
}

qint64 TestExchangeGui::nextSequence()
{
    return scalar(m_db.database(), QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM exchange_package WHERE "
                                                  "direction = 'in' AND source = 'province' AND state = 'applied'"))
        .toLongLong();
}

bool TestExchangeGui::waitFor(const PackageImportDialog &dialog)
{
    // The longest wait is for a database another connection holds (5 s, and 5 s again).
    return QTest::qWaitFor([&] { return !dialog.running(); }, 60000);
}

void TestExchangeGui::rejectedPackageListsItsFaults()
{
    // Faults on lines 3 and 11: sorted as numbers, line 3 comes first.
    QList<QJsonObject> records;
    for (int serial = 1; serial <= 10; ++serial)
        records.append(person(serial));
    records[1].insert(QStringLiteral("kind"), QStringLiteral("robot"));
    records[9].insert(QStringLiteral("birth_date"), QStringLiteral("2099-01-01"));
    const QString path = writePackage(QStringLiteral("gui-rejected"), 1, records);
    QVERIFY(!path.isEmpty());
    const qint64 before = subjects();

    PackageImportDialog dialog(m_db.path(), test::officer(), path);
    QSignalSpy applied(&dialog, &PackageImportDialog::applied);
    dialog.start();
    QVERIFY(dialog.running());
    QVERIFY(waitFor(dialog));
    QVERIFY(dialog.outcome() == ExchangeService::ImportReport::Outcome::Rejected);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("nothing was written")), qPrintable(dialog.statusText()));
    QTreeWidget *faults = dialog.problems();
    QVERIFY(!faults->isHidden());
    QCOMPARE(faults->topLevelItemCount(), 2);
    QCOMPARE(faults->topLevelItem(0)->data(0, Qt::DisplayRole).toInt(), 3);
    QCOMPARE(faults->topLevelItem(0)->text(1), QStringLiteral("kind"));
    QCOMPARE(faults->topLevelItem(1)->data(0, Qt::DisplayRole).toInt(), 11);
    QCOMPARE(faults->topLevelItem(1)->text(1), QStringLiteral("birth_date"));
    QVERIFY2(faults->topLevelItem(1)->text(2).contains(QStringLiteral("future")),
             qPrintable(faults->topLevelItem(1)->text(2)));
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Copy")))
            copy = button;
    }
    QVERIFY(copy && !copy->isHidden());
    copy->click();
    const QStringList copied = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(copied.size(), 2);
    QVERIFY2(copied.at(1).startsWith(QStringLiteral("line 11, field birth_date: ")), qPrintable(copied.at(1)));
    QCOMPARE(subjects(), before);
    QCOMPARE(applied.count(), 0);
}

void TestExchangeGui::appliedPackageSaysSo()
{
    const QString path = writePackage(QStringLiteral("gui-applied"), 1, {person(21), person(22), person(23)});
    const qint64 before = subjects();
    PackageImportDialog dialog(m_db.path(), test::officer(), path);
    QSignalSpy applied(&dialog, &PackageImportDialog::applied);
    dialog.start();
    QVERIFY(waitFor(dialog));
    QVERIFY2(dialog.outcome() == ExchangeService::ImportReport::Outcome::Applied, qPrintable(dialog.statusText()));
    QCOMPARE(applied.count(), 1);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("applied: 3 record")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.problems()->isHidden());
    QCOMPARE(subjects(), before + 3);

    // The same package again changes nothing, and says so.
    PackageImportDialog again(m_db.path(), test::officer(), path);
    again.start();
    QVERIFY(waitFor(again));
    QVERIFY(again.outcome() == ExchangeService::ImportReport::Outcome::AlreadyApplied);
    QCOMPARE(subjects(), before + 3);
}

void TestExchangeGui::cancelWritesNothing()
{
    const qint64 sequence = nextSequence();
    const QString path = writePackage(QStringLiteral("gui-cancelled"), sequence, {person(31), person(32)});
    const qint64 before = subjects();

    // The job cancelled before it starts: nothing is written.
    PackageImportJob job(m_db.path(), test::officer(), path);
    job.cancel();
    job.start();
    auto result = job.result();
    QVERIFY(result);
    QVERIFY(result->outcome == ExchangeService::ImportReport::Outcome::Cancelled);
    QCOMPARE(subjects(), before);

    // The dialog cancelled while the import waits for the write lock another connection holds:
    // the dialog stays open until the import has stopped, then says nothing was written.
    QSqlQuery hold(m_db.database().connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    PackageImportDialog dialog(m_db.path(), test::officer(), path);
    dialog.show();
    dialog.start();
    QTest::qWait(300);
    dialog.reject();
    QVERIFY(dialog.running());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Cancelling")), qPrintable(dialog.statusText()));
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QVERIFY(waitFor(dialog));
    QVERIFY2(dialog.outcome() == ExchangeService::ImportReport::Outcome::Cancelled, qPrintable(dialog.statusText()));
    QCOMPARE(dialog.statusText(), QStringLiteral("Cancelled: nothing was written."));
    QCOMPARE(subjects(), before);
    dialog.reject(); // closes now
    QVERIFY(!dialog.isVisible());
}

void TestExchangeGui::offeredToWhoMayImport()
{
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(m_db.path());
    SearchResultModel searchModel(client, classifier, keys);
    DossierService dossiers(m_db.database());
    QSettings settings(m_db.folder() + QStringLiteral("/window.ini"), QSettings::IniFormat);
    ExchangeService exchange(m_db.database());
    MainWindowServices services;
    services.databasePath = m_db.path();
    services.exchange = &exchange;
    // Which of the two the File menu offers: "import", "export".
    auto fileMenuOffers = [&](const Actor &actor) {
        QStringList offered;
        MainWindow window(
            searchModel, [&dossiers, actor] { return new DossierModel(dossiers, actor); }, settings,
            QStringLiteral("test"), actor, services);
        const QAction *fileAction = window.menuBar()->actions().value(0);
        const QMenu *file = fileAction ? fileAction->menu() : nullptr;
        if (!file)
            return offered;
        for (const QAction *action : file->actions()) {
            if (action->text().contains(QStringLiteral("Import a package"))
                && action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I))
                offered.append(QStringLiteral("import"));
            if (action->text().contains(QStringLiteral("Export a feedback package")))
                offered.append(QStringLiteral("export"));
        }
        return offered;
    };
    const QStringList both = {QStringLiteral("import"), QStringLiteral("export")};
    QCOMPARE(fileMenuOffers(test::officer()), both);
    QCOMPARE(fileMenuOffers(test::admin()), both);
    QCOMPARE(fileMenuOffers(test::auditor()), QStringList());
    QCOMPARE(fileMenuOffers(test::reviewer()), QStringList());
}

void TestExchangeGui::exportWritesTheNextPackage()
{
    ExchangeService service(m_db.database());
    const qint64 last = service.lastOutgoingSequence().value();
    const QString office = service.officeSource();
    auto outgoing = [&] {
        return scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE direction = 'out'"))
            .toLongLong();
    };
    const qint64 packagesBefore = outgoing();
    {
        FeedbackExportDialog dialog(service, test::officer(), m_db.folder());
        QCOMPARE(dialog.sinceBox()->value(), static_cast<int>(last));
        QVERIFY2(dialog.filePath().endsWith(QStringLiteral("%1-out-%2.jsonl").arg(office).arg(last + 1)),
                 qPrintable(dialog.filePath()));
        // A file that cannot be written, under a new source name: said in the dialog, and
        // nothing recorded, not even the new name.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("renamed-office"));
        QVERIFY(dialog.filePath().endsWith(QStringLiteral("renamed-office-out-1.jsonl")));
        dialog.fileEdit()->setText(m_db.folder() + QStringLiteral("/no-such-folder/out.jsonl"));
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.report());
        QCOMPARE(outgoing(), packagesBefore);
        QCOMPARE(service.officeSource(), office);
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), office);

        dialog.fileEdit()->setText(m_db.folder() + QStringLiteral("/out-next.jsonl"));
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(dialog.report());
        QCOMPARE(dialog.report()->header.sequence, last + 1);
        QCOMPARE(dialog.report()->header.source, office);
        QVERIFY(QFile::exists(dialog.filePath()));
    }
    QCOMPARE(service.lastOutgoingSequence().value(), last + 1);
    {
        // The next one starts after it; a new source name numbers from 1 and starts from nothing.
        FeedbackExportDialog dialog(service, test::officer(), m_db.folder());
        QCOMPARE(dialog.sinceBox()->value(), static_cast<int>(last + 1));
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("county-office"));
        QCOMPARE(dialog.sinceBox()->maximum(), 0);
        QCOMPARE(dialog.sinceBox()->value(), 0);
        // Back to the stored name: the package follows the last one written again.
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), office);
        QCOMPARE(dialog.sinceBox()->value(), static_cast<int>(last + 1));
        QVERIFY(dialog.filePath().endsWith(QStringLiteral("%1-out-%2.jsonl").arg(office).arg(last + 2)));
        // The package the officer chose to start after stays while the name does.
        dialog.sinceBox()->setValue(0);
        QTest::keyClick(dialog.sourceEdit(), Qt::Key_Space);
        QCOMPARE(dialog.sinceBox()->value(), 0);
        // A file that exists is not overwritten.
        dialog.fileEdit()->setText(m_db.folder() + QStringLiteral("/out-next.jsonl"));
        dialog.accept();
        QVERIFY(dialog.errorText().contains(QStringLiteral("exists already")));
        QVERIFY(!dialog.report());
        dialog.sourceEdit()->selectAll();
        QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("county-office"));
        dialog.fileEdit()->setText(m_db.folder() + QStringLiteral("/out-county.jsonl"));
        dialog.accept();
        QVERIFY2(dialog.report(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.report()->header.source, QStringLiteral("county-office"));
        QCOMPARE(dialog.report()->header.sequence, 1);
    }
    QCOMPARE(service.officeSource(), QStringLiteral("county-office"));
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'exchange.source'"))
            .toInt(),
        1);
    QCOMPARE(outgoing(), packagesBefore + 2);
}

void TestExchangeGui::databaseFailureIsNotThePackages()
{
    // Another connection holds the write lock longer than an import waits (5 s): the desk's
    // failure, worded as such, not as faults for the platform to correct; nothing written.
    const QString path = writePackage(QStringLiteral("gui-locked"), nextSequence(), {person(41)});
    const qint64 before = subjects();
    auto holder = Database::open(m_db.path(), QStringLiteral("lock-holder"));
    QVERIFY(holder);
    QSqlQuery hold((*holder)->connection());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

    PackageImportDialog dialog(m_db.path(), test::officer(), path);
    dialog.start();
    QVERIFY(waitFor(dialog));
    QVERIFY(!dialog.outcome()); // its own connection could not even be opened
    QVERIFY2(dialog.statusText().contains(QStringLiteral("writing to the database")), qPrintable(dialog.statusText()));

    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QVERIFY2(report->failedHere, qPrintable(report->problems.value(0).text()));
    QVERIFY(!report->problems.isEmpty());
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QCOMPARE(subjects(), before);

    // The job's connection opens, and the desk fails while writing (a trigger stands for a full
    // disk): the dialog says so in its own words, with what went wrong.
    QSqlQuery trigger(m_db.database().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER fail_subject BEFORE INSERT ON subject WHEN NEW.name = "
                                        "'界面导入41' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    PackageImportDialog failing(m_db.path(), test::officer(), path);
    failing.start();
    QVERIFY(waitFor(failing));
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_subject")));
    QVERIFY(failing.outcome() == ExchangeService::ImportReport::Outcome::Rejected);
    QVERIFY2(failing.statusText().contains(QStringLiteral("could not be imported here")),
             qPrintable(failing.statusText()));
    QVERIFY(!failing.problems()->isHidden());
    QVERIFY(failing.problems()->topLevelItemCount() > 0);
    QVERIFY2(failing.problems()->topLevelItem(0)->text(2).contains(QStringLiteral("disk full")),
             qPrintable(failing.problems()->topLevelItem(0)->text(2)));
    QCOMPARE(subjects(), before);
}

void TestExchangeGui::appliedPackageReloadsTheWindow()
{
    // A subject of the platform, its dossier open and a search showing it.
    ExchangeService service(m_db.database());
    const QString first = writePackage(QStringLiteral("gui-reload-1"), nextSequence(), {person(51)});
    auto applied = service.importPackage(test::officer(), first);
    QVERIFY(applied && applied->outcome == ExchangeService::ImportReport::Outcome::Applied);
    const qint64 subjectId =
        scalar(m_db.database(), QStringLiteral("SELECT id FROM subject WHERE name = '界面导入51'")).toLongLong();
    QVERIFY(subjectId > 0);

    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(m_db.path());
    SearchResultModel searchModel(client, classifier, keys);
    DossierService dossiers(m_db.database());
    QSettings settings(m_db.folder() + QStringLiteral("/reload.ini"), QSettings::IniFormat);
    MainWindowServices services;
    services.databasePath = m_db.path();
    services.exchange = &service;
    const Actor officer = test::officer();
    MainWindow window(
        searchModel, [&dossiers, officer] { return new DossierModel(dossiers, officer); }, settings,
        QStringLiteral("test"), officer, services);
    window.searchPage()->setQuery(QStringLiteral("界面导入5"));
    QVERIFY(QTest::qWaitFor([&] { return searchModel.isExhausted() && searchModel.rowCount() == 1; }, 10000));
    window.openSubject(subjectId);
    auto *dossier = qobject_cast<DossierPage *>(window.tabs()->currentWidget());
    QVERIFY(dossier);
    QCOMPARE(dossier->model()->listings()->rowCount(), 0);

    // A package listing that subject and adding another one the search finds, imported from the
    // window (its dialog closed once the import has ended).
    QJsonObject listing{
        {QStringLiteral("type"), QStringLiteral("listing")},
        {QStringLiteral("key"), QStringLiteral("GL51")},
        {QStringLiteral("subject"), QStringLiteral("G51")},
        {QStringLiteral("court"), scalar(m_db.database(), QStringLiteral("SELECT min(code) FROM court")).toString()},
        {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执5151号")},
        {QStringLiteral("ground"), 2},
        {QStringLiteral("period_months"), 24},
        {QStringLiteral("decision_date"), QStringLiteral("2026-01-10")}};
    const QString second = writePackage(QStringLiteral("gui-reload-2"), nextSequence(), {listing, person(52)});
    bool closed = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &window, [&] {
        for (PackageImportDialog *dialog : window.findChildren<PackageImportDialog *>()) {
            if (dialog->isVisible() && !dialog->running()) {
                closed = dialog->outcome() == ExchangeService::ImportReport::Outcome::Applied;
                dialog->reject();
            }
        }
    });
    closer.start(50);
    window.importPackageFile(second);
    closer.stop();
    QVERIFY(closed);
    QCOMPARE(dossier->model()->listings()->rowCount(), 1);
    QVERIFY(QTest::qWaitFor([&] { return searchModel.isExhausted() && searchModel.rowCount() == 2; }, 10000));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("applied")),
             qPrintable(window.statusBar()->currentMessage()));

    // While a dialog is open (its rows are the ones it was opened on), the window reads again
    // only once it has closed.
    QDialog open(&window);
    open.setModal(true);
    open.show();
    QCOMPARE(QApplication::activeModalWidget(), &open);
    listing.insert(QStringLiteral("key"), QStringLiteral("GL52"));
    listing.insert(QStringLiteral("case_number"), QStringLiteral("(2026)京0101执5152号"));
    auto third =
        service.importPackage(test::officer(), writePackage(QStringLiteral("gui-reload-3"), nextSequence(), {listing}));
    QVERIFY(third && third->outcome == ExchangeService::ImportReport::Outcome::Applied);
    window.reloadChangedData();
    QTest::qWait(700);
    QCOMPARE(dossier->model()->listings()->rowCount(), 1);
    open.close();
    QVERIFY(QTest::qWaitFor([&] { return dossier->model()->listings()->rowCount() == 2; }, 5000));

    // A dossier that cannot be read again (its audited read refused, as by a full disk) is named
    // in a message and keeps showing what it showed.
    const QString language =
        installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    QSqlQuery refuse(m_db.database().connection());
    QVERIFY(refuse.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_dossier_read BEFORE INSERT ON audit_entry WHEN "
                                       "NEW.action = 'dossier.open' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    QString warning;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        warning = box->text();
        if (const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR"); !screenshots.isEmpty())
            box->grab().save(QDir(screenshots).filePath(QStringLiteral("dossiers-not-read-%1.png").arg(language)));
        box->close();
    });
    answer.start(50);
    window.reloadChangedData();
    answer.stop();
    QVERIFY2(warning.contains(QStringLiteral("界面导入51")) && warning.contains(QStringLiteral("disk full")),
             qPrintable(warning));
    QCOMPARE(dossier->model()->listings()->rowCount(), 2);
    QVERIFY(refuse.exec(QStringLiteral("DROP TRIGGER temp.refuse_dossier_read")));
    installTranslations(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestExchangeGui)
#include "test_exchange_gui.moc"
