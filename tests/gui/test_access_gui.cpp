// Offscreen tests of the access widgets: sign-in, the reveal prompt in a dossier, the audit
// viewer and the idle lock.
#include "AboutDialog.h"
#include "Actors.h"
#include "AdministrationPage.h"
#include "AuditPage.h"
#include "CorrectionsPage.h"
#include "DossierPage.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "RevealDialog.h"
#include "SearchPage.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "item/AuditTableModel.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/SearchClient.h"
#include "security/PasswordHasher.h"
#include "workflow/AuditService.h"
#include "workflow/AuthenticationService.h"
#include "workflow/DossierService.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/PolicyService.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace creditdesk;

namespace {

/// Runs \a action on the next modal dialog of type T once it is shown.
template<typename T, typename Action>
void whenModal(Action action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

QStringList labelTexts(QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class TestAccessGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signIn();
    void revealInDossier();
    void adminCannotReveal();
    void auditViewer();
    void idleLockKeepsWork();
    void idleTimerFiresWithoutInput();
    void administrationPage();
    void correctionsQueue();
    void aboutListsLicences();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    PasswordHasher m_hasher;
    qint64 m_person = 0;
    QString m_fullId;
    QTemporaryDir m_settingsFolder;
};

void TestAccessGui::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(40));
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT subject_id, value FROM subject_identifier WHERE type = 1 LIMIT 1")));
    QVERIFY(query.next());
    m_person = query.value(0).toLongLong();
    m_fullId = query.value(1).toString();
}

void TestAccessGui::cleanupTestCase()
{
    m_db.reset();
}

void TestAccessGui::signIn()
{
    AuthenticationService authentication(m_db->database(), m_hasher);
    SignInDialog dialog(authentication, QStringLiteral("test.sqlite"));
    dialog.show();
    dialog.userEdit()->setText(QStringLiteral("officer"));
    dialog.passwordEdit()->setText(QStringLiteral("wrong"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("not right")));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("demo"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signedIn().actor.userName, QStringLiteral("officer"));
    QCOMPARE(dialog.signedIn().actor.roles, Roles(Role::Officer));
}

void TestAccessGui::revealInDossier()
{
    DossierService service(m_db->database());
    auto *model = new DossierModel(service, test::officer());
    QVERIFY(model->load(m_person));
    DossierPage page(model);
    page.show();
    const QString masked = m_fullId.left(6) + QStringLiteral("********") + m_fullId.right(4);
    QVERIFY(labelTexts(&page).contains(masked));
    QPushButton *reveal = nullptr;
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Show full")))
            reveal = button;
    }
    QVERIFY(reveal);
    QVERIFY(reveal->isEnabled());

    // First without a reason (refused, the dialog stays), then with one.
    whenModal<RevealDialog>([](RevealDialog *dialog) {
        dialog->accept();
        whenModal<RevealDialog>([](RevealDialog *again) {
            again->reasonEdit()->setText(QStringLiteral("identity check, objection 12"));
            again->accept();
        });
    });
    reveal->click();
    QTRY_VERIFY(labelTexts(&page).contains(m_fullId));
    QVERIFY(!labelTexts(&page).contains(masked));
}

void TestAccessGui::adminCannotReveal()
{
    DossierService service(m_db->database());
    auto *model = new DossierModel(service, test::admin());
    QVERIFY(model->load(m_person));
    DossierPage page(model);
    bool found = false;
    for (QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Show full"))) {
            QVERIFY(!button->isEnabled());
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(!model->reveal(IdentifierType::ResidentId, QStringLiteral("trying anyway")));
}

void TestAccessGui::auditViewer()
{
    AuditService service(m_db->database());
    AuditPage page(service, test::auditor(), service.users(), service.actions());
    page.show();
    QVERIFY(page.model()->rowCount() > 0);
    page.verify();
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("intact")), qPrintable(page.statusLabel()->text()));
    AuditFilter filter = page.model()->filter();
    filter.actionPrefix = QStringLiteral("identifier.reveal");
    page.model()->setFilter(filter);
    QCOMPARE(page.model()->rowCount(), 1); // the reveal of the previous test
    QCOMPARE(page.model()->index(0, AuditTableModel::ReasonColumn).data().toString(),
             QStringLiteral("identity check, objection 12"));

    // An officer gets no journal.
    AuditPage refused(service, test::officer(), {}, {});
    QCOMPARE(refused.model()->rowCount(), 0);
    QVERIFY(refused.model()->error().contains(QStringLiteral("may not")));
}

void TestAccessGui::idleLockKeepsWork()
{
    AuthenticationService authentication(m_db->database(), m_hasher);
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(m_db->path());
    SearchResultModel searchModel(client, classifier, keys);
    DossierService dossiers(m_db->database());
    const Actor reviewer = test::reviewer();
    QSettings settings(m_settingsFolder.filePath(QStringLiteral("lock.ini")), QSettings::IniFormat);
    MainWindowServices services;
    services.authentication = &authentication;
    MainWindow window(
        searchModel, [&dossiers, &reviewer] { return new DossierModel(dossiers, reviewer); }, settings,
        QStringLiteral("test"), reviewer, services);
    window.show();
    window.openSubject(m_person);
    window.searchPage()->queryEdit()->setText(QStringLiteral("half-typed query"));

    bool hiddenWhileLocked = false;
    whenModal<SignInDialog>([&window, &hiddenWhileLocked](SignInDialog *dialog) {
        hiddenWhileLocked = !window.centralWidget()->isVisible();
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("reviewer"));
        QVERIFY(!dialog->userEdit()->isEnabled());
        dialog->passwordEdit()->setText(QStringLiteral("demo"));
        dialog->accept();
    });
    window.lock();
    QVERIFY(hiddenWhileLocked);
    QVERIFY(!window.isLocked());
    QVERIFY(window.centralWidget()->isVisible());
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.searchPage()->queryEdit()->text(), QStringLiteral("half-typed query"));
}

void TestAccessGui::idleTimerFiresWithoutInput()
{
    QWidget widget;
    widget.show();
    IdleLock idle(10);
    idle.setInterval(300);
    QSignalSpy spy(&idle, &IdleLock::idle);
    // Input keeps it from firing...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        QTest::keyClick(&widget, Qt::Key_A);
    }
    QCOMPARE(spy.count(), 0);
    // ...and without input it fires.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
}

void TestAccessGui::administrationPage()
{
    UserService users(m_db->database(), m_hasher);
    PolicyService policies(m_db->database());
    AdministrationPage page(users, policies, test::admin());
    QCOMPARE(page.userTable()->rowCount(), 4);
    page.keepStartBox()->setValue(4);
    page.keepEndBox()->setValue(3);
    QVERIFY(!page.savePolicy(QString())); // a reason is required
    QVERIFY(page.savePolicy(QStringLiteral("office rule 9")));
    QCOMPARE(policies.load().masking.rule(IdentifierType::ResidentId).keepStart, 4);

    // Someone who is not an admin sees no accounts and cannot save.
    AdministrationPage refused(users, policies, test::officer());
    QCOMPARE(refused.userTable()->rowCount(), 0);
    QVERIFY(refused.statusLabel()->text().contains(QStringLiteral("may not")));
    QVERIFY(!refused.savePolicy(QStringLiteral("trying")));
}

void TestAccessGui::correctionsQueue()
{
    DossierService dossiers(m_db->database());
    ListingCorrectionService corrections(m_db->database());
    DossierModel model(dossiers, test::officer());
    model.setCorrectionService(&corrections);
    QVERIFY(model.load(m_person));
    QVERIFY(model.mayRequestCorrection());
    QVERIFY(!model.requestCorrection(0, QStringLiteral("performance"), QStringLiteral("9"), QStringLiteral("x")));
    QVERIFY(model.error().contains(QStringLiteral("Performance")));
    QVERIFY(model.requestCorrection(0, QStringLiteral("basis_issuer"), QStringLiteral("更正后的仲裁委员会"),
                                    QStringLiteral("court letter 3")));

    CorrectionsPage page(corrections, test::reviewer());
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("更正后的仲裁委员会"));
    QVERIFY(!page.decideRow(0, true, QString())); // a reason is required
    QVERIFY(page.decideRow(0, true, QStringLiteral("matches the letter")));
    QCOMPARE(page.table()->rowCount(), 0);
    QVERIFY(model.load(m_person));
    QCOMPARE(model.listings()->listingAt(0).basisIssuer, QStringLiteral("更正后的仲裁委员会"));

    // An auditor sees the queue is not theirs.
    CorrectionsPage auditorPage(corrections, test::auditor());
    QVERIFY(auditorPage.statusLabel()->text().contains(QStringLiteral("may not")));
}

void TestAccessGui::aboutListsLicences()
{
    AboutDialog about;
    const QString licences = about.licences()->toPlainText();
    for (const char *component :
         {"Qt 6", "SQLite", "ICU", "libsodium", "libqrencode", "libxlsxwriter", "QuaZip", "Noto CJK"})
        QVERIFY2(licences.contains(QLatin1String(component)), component);
    QVERIFY(licences.contains(QStringLiteral("LGPL-3.0-only")));
    QVERIFY(licences.contains(QStringLiteral("SIL Open Font License")));
}

QTEST_MAIN(TestAccessGui)
#include "test_access_gui.moc"
