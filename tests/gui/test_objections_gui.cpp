// Offscreen tests of the objection widgets: the queues (overdue in red, filter, sort, export),
// the case dialog's step buttons per role, the step dialog's corrections, and the start-up
// reminder.
#include "Actors.h"
#include "MainWindow.h"
#include "ObjectionCaseDialog.h"
#include "ObjectionStepDialog.h"
#include "ObjectionsPage.h"
#include "RegisterObjectionDialog.h"
#include "TestDatabase.h"
#include "item/DossierModel.h"
#include "item/ObjectionQueueModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/SearchClient.h"
#include "workflow/DossierService.h"
#include "workflow/ObjectionService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace creditdesk;

class TestObjectionsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueShowsClocks();
    void caseDialogOffersTheRightSteps();
    void stepDialogCollectsCorrections();
    void registerDialogCollectsTheDraft();
    void startUpReminder();

private:
    qint64 registerCase(int listingIndex, const QDate &received);

    test::TestDatabase m_db;
    std::unique_ptr<ObjectionService> m_service;
    QList<qint64> m_listings;
    QTemporaryDir m_folder;
};

void TestObjectionsGui::initTestCase()
{
    QVERIFY(m_db.createDemo(200));
    m_service = std::make_unique<ObjectionService>(m_db.database());
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM listing ORDER BY id LIMIT 20")));
    while (query.next())
        m_listings.append(query.value(0).toLongLong());
    // One overdue (received long ago), one received today.
    QVERIFY(registerCase(0, QDate(2026, 11, 2)) > 0);
    QVERIFY(registerCase(1, QDate::currentDate()) > 0);
}

qint64 TestObjectionsGui::registerCase(int listingIndex, const QDate &received)
{
    ObjectionDraft draft;
    draft.listingId = m_listings.value(listingIndex);
    draft.applicantName = QStringLiteral("张三");
    draft.receivedOn = received;
    auto id = m_service->registerObjection(test::officer(), draft);
    return id ? id.value() : 0;
}

void TestObjectionsGui::queueShowsClocks()
{
    ObjectionsPage page(*m_service, test::reviewer());
    page.resize(1100, 500);
    page.show();
    ObjectionQueueModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    // Sorted by days left: the overdue case first, in red.
    QTableView *view = page.view();
    const QModelIndex first = view->model()->index(0, ObjectionQueueModel::DaysLeftColumn);
    QVERIFY(first.data().toString().contains(QStringLiteral("overdue")));
    QCOMPARE(first.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    // The overdue queue holds just that one.
    page.showQueue(static_cast<int>(ObjectionService::Queue::Overdue));
    QCOMPARE(model->rowCount(), 1);
    page.showQueue(static_cast<int>(ObjectionService::Queue::Open));
    // By route: both cases are on the credit platform.
    model->setRouteFilter(static_cast<int>(ObjectionRoute::CourtList));
    QCOMPARE(model->rowCount(), 0);
    model->setRouteFilter(0);
    model->setStateFilter(static_cast<int>(ObjectionState::Submitted));
    QCOMPARE(model->rowCount(), 2);
    model->setStateFilter(0);
    // Filtering by any text.
    auto *filter = page.findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("no such subject"));
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 2);
    // Export writes what is shown.
    const QString csv = m_folder.filePath(QStringLiteral("queue.csv"));
    QVERIFY(model->exportCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Days left")));
    QCOMPARE(text.count(u'\n'), 3);
}

void TestObjectionsGui::caseDialogOffersTheRightSteps()
{
    const qint64 id = registerCase(2, QDate(2026, 11, 10));
    auto buttonTexts = [](const QDialog &dialog) {
        QStringList texts;
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            texts.append(button->text());
        return texts;
    };
    ObjectionCaseDialog asOfficer(*m_service, test::officer(), id);
    QVERIFY(buttonTexts(asOfficer).contains(objectionStepText(ObjectionState::Accepted) + QStringLiteral("…")));
    QVERIFY(!buttonTexts(asOfficer).contains(objectionStepText(ObjectionState::NotAccepted) + QStringLiteral("…")));
    ObjectionCaseDialog asReviewer(*m_service, test::reviewer(), id);
    QVERIFY(buttonTexts(asReviewer).contains(objectionStepText(ObjectionState::NotAccepted) + QStringLiteral("…")));
    QVERIFY(!buttonTexts(asReviewer).contains(objectionStepText(ObjectionState::Accepted) + QStringLiteral("…")));
    QCOMPARE(asReviewer.historyView()->rowCount(), 1);
}

void TestObjectionsGui::stepDialogCollectsCorrections()
{
    const qint64 id = registerCase(3, QDate(2026, 11, 10));
    const Objection objection = *m_service->find(id);
    ObjectionStepDialog dialog(objection, ObjectionState::Corrected);
    dialog.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("核实有误"));
    auto *table = dialog.findChild<QTableWidget *>();
    QVERIFY(table);
    table->item(0, 1)->setText(QStringLiteral("支付货款人民币1元"));
    const ObjectionStep step = dialog.step();
    QCOMPARE(step.to, ObjectionState::Corrected);
    QCOMPARE(step.reason, QStringLiteral("核实有误"));
    QCOMPARE(step.changes.size(), 1);
    QCOMPARE(step.changes.first().value, QStringLiteral("支付货款人民币1元"));
    // A court decision that finds no error changes nothing even when values were typed.
    ObjectionStepDialog court(objection, ObjectionState::CourtDecided);
    court.findChild<QTableWidget *>()->item(0, 1)->setText(QStringLiteral("x"));
    QCOMPARE(court.step().outcome, ObjectionOutcome::Upheld);
    QVERIFY(court.step().changes.isEmpty());
}

void TestObjectionsGui::registerDialogCollectsTheDraft()
{
    RegisterObjectionDialog dialog(m_listings.value(4), QStringLiteral("(2026)皖0102执1号"));
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("李四"));
    const ObjectionDraft draft = dialog.draft();
    QCOMPARE(draft.listingId, m_listings.value(4));
    QCOMPARE(draft.applicantName, QStringLiteral("李四"));
    QCOMPARE(draft.route, ObjectionRoute::CreditPlatform);
    QCOMPARE(draft.receivedOn, QDate::currentDate());
    dialog.showError(QStringLiteral("problem"));
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text() == QStringLiteral("problem");
    QVERIFY(shown);
}

void TestObjectionsGui::startUpReminder()
{
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(m_db.path());
    SearchResultModel search(client, classifier, keys);
    DossierService dossiers(m_db.database());
    const Actor reviewer = test::reviewer();
    QSettings settings(m_folder.filePath(QStringLiteral("gui.ini")), QSettings::IniFormat);
    MainWindowServices services;
    services.objections = m_service.get();
    MainWindow window(
        search, [&dossiers, &reviewer] { return new DossierModel(dossiers, reviewer); }, settings,
        QStringLiteral("test"), reviewer, services);
    window.show();
    window.remindOfDeadlines();
    bool reminded = false;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        reminded = reminded || label->text().contains(QStringLiteral("overdue"));
    QVERIFY(reminded);
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QPushButton *open = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == MainWindow::tr("Open the queue"))
            open = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(open);
    open->click();
    QTRY_COMPARE(window.tabs()->count(), 2);
    auto *page = qobject_cast<ObjectionsPage *>(window.tabs()->currentWidget());
    QVERIFY(page);
    QCOMPARE(page->model()->queue(), ObjectionService::Queue::Overdue);
    window.close();
}

QTEST_MAIN(TestObjectionsGui)
#include "test_objections_gui.moc"
