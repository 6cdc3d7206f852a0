// Drives the real main window offscreen: types a query, waits for results, opens a dossier
// with the keyboard, and checks what the dossier shows.
#include "DossierPage.h"
#include "MainWindow.h"
#include "SearchPage.h"
#include "TestDatabase.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/SearchClient.h"
#include "workflow/DossierService.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace creditdesk;

class TestSearchDossierGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeQueryAndOpenDossier();
    void remembersLastQuery();

private:
    QTemporaryDir m_settingsFolder;
};

void TestSearchDossierGui::typeQueryAndOpenDossier()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(1500));
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(db.path());
    SearchResultModel model(client, classifier, keys);
    DossierService subjects(db.database());
    const Actor officer{QStringLiteral("officer"), QStringLiteral("Officer"), QStringLiteral("test"), Role::Officer};
    QSettings settings(m_settingsFolder.filePath(QStringLiteral("gui.ini")), QSettings::IniFormat);
    MainWindow window(
        model, [&subjects, &officer] { return new DossierModel(subjects, officer); }, settings, QStringLiteral("test"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QLineEdit *box = window.searchPage()->queryEdit();
    box->setFocus();
    // Chinese arrives from the input method as a committed string.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("张"));
    QApplication::sendEvent(box, &typed);
    QTRY_VERIFY(model.rowCount() > 0);
    const QString firstName = model.index(0, SearchResultModel::NameColumn).data().toString();
    QVERIFY(firstName.startsWith(u'张'));

    QTest::keyClick(box, Qt::Key_Down);
    QTableView *results = window.searchPage()->resultView();
    QTRY_VERIFY(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_COMPARE(window.tabs()->count(), 2);
    auto *page = qobject_cast<DossierPage *>(window.tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(window.tabs()->tabText(1), firstName);
    QVERIFY(page->listingView()->model()->rowCount() >= 1);
    QVERIFY(page->measureView()->model()->rowCount() >= 1);
    QVERIFY(page->historyView()->model()->rowCount() >= 2);

    // Opening the same subject again brings its tab forward instead of a second one.
    window.tabs()->setCurrentIndex(0);
    window.openSubject(model.subjectIdAt(0));
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.tabs()->currentIndex(), 1);

    // Ctrl+W closes the dossier; the search tab cannot be closed.
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(window.tabs()->count(), 1);
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.tabs()->count(), 1);
    window.close();
}

void TestSearchDossierGui::remembersLastQuery()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(300));
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(db.path());
    DossierService subjects(db.database());
    const Actor officer{QStringLiteral("officer"), QStringLiteral("Officer"), QStringLiteral("test"), Role::Officer};
    QSettings settings(m_settingsFolder.filePath(QStringLiteral("remember.ini")), QSettings::IniFormat);
    {
        SearchResultModel model(client, classifier, keys);
        MainWindow window(
            model, [&subjects, &officer] { return new DossierModel(subjects, officer); }, settings,
            QStringLiteral("test"));
        window.show();
        window.resize(900, 600);
        window.searchPage()->setQuery(QStringLiteral("刘"));
        window.close();
    }
    SearchResultModel model(client, classifier, keys);
    MainWindow window(
        model, [&subjects, &officer] { return new DossierModel(subjects, officer); }, settings, QStringLiteral("test"));
    QCOMPARE(window.searchPage()->query(), QStringLiteral("刘"));
    QCOMPARE(model.query(), QStringLiteral("刘"));
    QCOMPARE(window.size(), QSize(900, 600));
    // The language chosen in the menu is remembered for the next start.
    QAction *english = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("English"))
            english = action;
    }
    QVERIFY(english && english->isCheckable());
    english->trigger();
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestSearchDossierGui)
#include "test_search_dossier_gui.moc"
