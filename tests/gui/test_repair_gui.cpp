// Offscreen tests of the credit repair widgets: the dossier's breach tab with its eligibility
// panel, the court decision dialog's due date, the repair queue and case dialog with the steps
// each role may take, a repair decided through the dialog, and the expiry review.
#include "Actors.h"
#include "CourtDecisionDialog.h"
#include "DossierPage.h"
#include "ExpiryReviewDialog.h"
#include "RepairCaseDialog.h"
#include "RepairEligibilityPanel.h"
#include "RepairStepDialog.h"
#include "RepairsPage.h"
#include "TestDatabase.h"
#include "item/DossierModel.h"
#include "item/RepairQueueModel.h"
#include "workflow/DemoDataService.h"
#include "workflow/DossierService.h"
#include "workflow/ExpiryService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace creditdesk;

namespace {

QStringList buttonTexts(QWidget *widget)
{
    QStringList texts;
    for (const QPushButton *button : widget->findChildren<QPushButton *>()) {
        if (!button->isHidden())
            texts.append(button->text());
    }
    return texts;
}

QStringList labelTexts(QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class TestRepairGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dossierShowsEligibility();
    void courtDecisionDialogShowsTheDueDate();
    void queueAndCaseDialog();
    void expiryReviewListsTheBatch();

private:
    const RepairCase *firstEligible();

    test::TestDatabase m_db;
    std::unique_ptr<RepairService> m_repairs;
    QList<RepairCase> m_queue;
};

void TestRepairGui::initTestCase()
{
    QVERIFY(m_db.createEmpty());
    DemoDataService::Request request;
    request.subjects = 200;
    request.repairs = 10;
    request.batchSize = 1000;
    QVERIFY(DemoDataService(m_db.database()).generate(test::admin(), QStringLiteral("test"), request));
    m_repairs = std::make_unique<RepairService>(m_db.database());
    auto queue = m_repairs->queue(test::reviewer(), true, QDate::currentDate());
    QVERIFY(queue);
    m_queue = queue.value();
    QVERIFY(!m_queue.isEmpty());
}

const RepairCase *TestRepairGui::firstEligible()
{
    for (const RepairCase &entry : m_queue) {
        auto eligibility = m_repairs->eligibility(test::reviewer(), entry.application.breachId, QDate::currentDate());
        if (entry.application.state == RepairState::Accepted && eligibility && eligibility->eligible())
            return &entry;
    }
    return nullptr;
}

void TestRepairGui::dossierShowsEligibility()
{
    const RepairCase *ready = firstEligible();
    QVERIFY(ready);
    DossierService dossiers(m_db.database());
    CourtListService court(m_db.database());
    auto *model = new DossierModel(dossiers, test::officer());
    model->setRepairService(m_repairs.get());
    model->setCourtListService(&court);
    QVERIFY(model->load(ready->application.subjectId));
    DossierPage page(model);
    page.showSection(3);
    page.show();
    QVERIFY(page.breachView()->model()->rowCount() >= 1);
    QVERIFY(page.breachView()->currentIndex().isValid());
    const QStringList shown = labelTexts(page.eligibilityPanel());
    QVERIFY2(shown.contains(page.eligibilityPanel()->tr("All conditions are met: a reviewer may decide the repair.")),
             qPrintable(shown.join(u'|')));
    QVERIFY(buttonTexts(&page).contains(DossierPage::tr("Apply for credit &repair…")));
    QVERIFY(buttonTexts(&page).contains(DossierPage::tr("Record court &decision…")));
    // A reviewer sees neither intake button.
    auto *readOnly = new DossierModel(dossiers, test::reviewer());
    readOnly->setRepairService(m_repairs.get());
    readOnly->setCourtListService(&court);
    QVERIFY(readOnly->load(ready->application.subjectId));
    DossierPage reviewerPage(readOnly);
    QVERIFY(!buttonTexts(&reviewerPage).contains(DossierPage::tr("Apply for credit &repair…")));
    QVERIFY(!buttonTexts(&reviewerPage).contains(DossierPage::tr("Record court &decision…")));
}

void TestRepairGui::courtDecisionDialogShowsTheDueDate()
{
    CourtListService court(m_db.database());
    auto calendar = court.calendar();
    QVERIFY(calendar);
    Listing listing;
    listing.id = 1;
    listing.caseNumber = QStringLiteral("(2024)皖0102执1号");
    listing.decisionDate = QDate(2024, 9, 30);
    listing.periodMonths = 24;
    CourtDecisionDialog dialog(listing, calendar.value());
    auto *decided = dialog.findChild<QDateEdit *>();
    QVERIFY(decided);
    decided->setDate(QDate(2026, 9, 30));
    // Three working days after 30 September 2026: 8, 9 and the make-up Saturday 10 October.
    const QString due = QLocale().toString(QDate(2026, 10, 10), QLocale::LongFormat);
    const QStringList labels = labelTexts(&dialog);
    QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [&](const QString &text) { return text.startsWith(due); }),
             qPrintable(due + QStringLiteral(" in ") + labels.join(u'|')));
    const CourtDecision decision = dialog.decision();
    QCOMPARE(decision.kind, ListingExitKind::Deletion);
    QCOMPARE(decision.courtDecidedOn, QDate(2026, 9, 30));
    // Choosing "period ended" takes the period's end as the date.
    auto *event = dialog.findChildren<QComboBox *>().at(1);
    event->setCurrentIndex(event->findData(static_cast<int>(DeletionEvent::PeriodEnded)));
    QCOMPARE(dialog.decision().courtDecidedOn, QDate(2026, 9, 30));
    QCOMPARE(dialog.decision().event, DeletionEvent::PeriodEnded);
}

void TestRepairGui::queueAndCaseDialog()
{
    RepairsPage page(*m_repairs, test::reviewer());
    page.show();
    QCOMPARE(page.view()->model()->rowCount(), m_queue.size());
    const RepairCase *ready = firstEligible();
    QVERIFY(ready);
    // The officer may accept or withdraw, never decide; the reviewer may decide.
    RepairCaseDialog asOfficer(*m_repairs, test::officer(QStringLiteral("someone")), ready->application.id);
    QVERIFY(!buttonTexts(&asOfficer).contains(repairStepText(RepairState::Repaired)));
    QVERIFY(buttonTexts(&asOfficer).contains(repairStepText(RepairState::Withdrawn)));
    RepairCaseDialog asReviewer(*m_repairs, test::reviewer(), ready->application.id);
    QVERIFY(buttonTexts(&asReviewer).contains(repairStepText(RepairState::Repaired)));
    QVERIFY(buttonTexts(&asReviewer).contains(repairStepText(RepairState::Refused)));
    QCOMPARE(asReviewer.findChildren<QTableWidget *>().at(0)->rowCount(), 2); // proof and commitment

    // The decision through the dialog: the step dialog is answered when it opens.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *step = qobject_cast<RepairStepDialog *>(widget); step && step->isVisible()) {
                step->setReason(QStringLiteral("符合修复条件"));
                answered = true;
                step->accept();
            }
        }
    });
    for (QPushButton *button : asReviewer.findChildren<QPushButton *>()) {
        if (button->text() == repairStepText(RepairState::Repaired)) {
            button->click();
            break;
        }
    }
    QVERIFY(answered);
    QCOMPARE(m_repairs->find(ready->application.id)->state, RepairState::Repaired);
    QVERIFY(!buttonTexts(&asReviewer).contains(repairStepText(RepairState::Repaired)));
}

void TestRepairGui::expiryReviewListsTheBatch()
{
    ExpiryService expiry(m_db.database());
    auto proposal = expiry.propose(test::officer(), QDate::currentDate());
    QVERIFY(proposal);
    QVERIFY(!proposal->breaches.isEmpty()); // the demo has information past its maximum
    ExpiryReviewDialog dialog(expiry, test::officer(), proposal.value());
    QCOMPARE(dialog.table()->rowCount(), static_cast<int>(proposal->size()));
    QVERIFY(buttonTexts(&dialog).contains(ExpiryReviewDialog::tr("&Confirm and apply")));
    ExpiryReviewDialog auditorView(expiry, test::auditor(), proposal.value());
    for (QPushButton *button : auditorView.findChildren<QPushButton *>()) {
        if (button->text() == ExpiryReviewDialog::tr("&Confirm and apply"))
            QVERIFY(!button->isEnabled());
    }
}

QTEST_MAIN(TestRepairGui)
#include "test_repair_gui.moc"
