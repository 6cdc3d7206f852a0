// Batch screening in the GUI: the mapping step with its preview and checks, a batch screened off
// the GUI thread and shown grouped by applicant, the side-by-side review with its buttons per
// role and a decision taken through it, and the whitelist.

#include "Actors.h"
#include "ScreeningDecisionDialog.h"
#include "ScreeningPage.h"
#include "ScreeningReviewDialog.h"
#include "ScreeningSetupDialog.h"
#include "TestDatabase.h"
#include "WhitelistDialog.h"
#include "item/ScreeningResultModel.h"
#include "workflow/ScreeningReviewService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace creditdesk;

class TestScreeningGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mappingStep();
    void batchScreenedAndGrouped();
    void reviewButtonsAndDecision();
    void whitelistDialogListsEntries();

private:
    /// Answers the next decision dialog that opens with \a reason (and a whitelist entry).
    void answerNextDecision(const QString &reason, bool whitelist, bool *answered);

    test::TestDatabase m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ScreeningReviewService> m_service;
    QString m_file;
    QString m_personName;
    qint64 m_personId = 0;
    qint64 m_batchId = 0;
};

void TestScreeningGui::initTestCase()
{
    QVERIFY(m_db.createDemo(300));
    m_settings = std::make_unique<QSettings>(m_db.folder() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    m_service = std::make_unique<ScreeningReviewService>(m_db.database());
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT s.id, s.name, i.value FROM subject s JOIN subject_identifier i ON i.subject_id = s.id AND i.type = 1 "
        "WHERE s.kind = 1 AND EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.state = 1 AND "
        "l.period_months = 0) ORDER BY s.id LIMIT 1")));
    QVERIFY(query.next());
    m_personId = query.value(0).toLongLong();
    m_personName = query.value(1).toString();
    const QString id = query.value(2).toString();
    m_file = m_db.folder() + QStringLiteral("/申请人.csv");
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("序号,姓名,身份证号,备注\nA1,%1,%2,\nA2,王小明,110101199003070011,\nA3,%1,%3,\n")
                   .arg(m_personName, id, id.left(6) + QStringLiteral("********") + id.right(4))
                   .toUtf8());
}

void TestScreeningGui::mappingStep()
{
    auto preview = ScreeningService::preview(m_file);
    QVERIFY2(preview, qPrintable(preview.error()));
    ScreeningSetupDialog dialog(m_file, preview.value(), ScreeningThresholds{});
    QCOMPARE(dialog.columnChooser(ApplicantField::Name)->currentData().toInt(), 1);
    QCOMPARE(dialog.columnChooser(ApplicantField::IdNumber)->currentData().toInt(), 2);
    QCOMPARE(dialog.columnChooser(ApplicantField::Reference)->currentData().toInt(), 0);
    QCOMPARE(dialog.previewTable()->rowCount(), 3);
    QCOMPARE(dialog.previewTable()->item(1, 1)->text(), QStringLiteral("王小明"));
    QVERIFY(dialog.previewTable()->horizontalHeaderItem(1)->text().contains(u'→'));
    QVERIFY(!dialog.previewTable()->horizontalHeaderItem(3)->text().contains(u'→'));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    // Neither a name nor an identifier: refused with a message, until one is chosen again.
    dialog.columnChooser(ApplicantField::Name)->setCurrentIndex(0);
    dialog.columnChooser(ApplicantField::IdNumber)->setCurrentIndex(0);
    QVERIFY(!ok->isEnabled());
    // The same column for two fields: refused.
    dialog.columnChooser(ApplicantField::Name)
        ->setCurrentIndex(dialog.columnChooser(ApplicantField::Name)->findData(1));
    dialog.columnChooser(ApplicantField::LegalRepresentative)
        ->setCurrentIndex(dialog.columnChooser(ApplicantField::LegalRepresentative)->findData(1));
    QVERIFY(!ok->isEnabled());
    dialog.columnChooser(ApplicantField::LegalRepresentative)->setCurrentIndex(0);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.options().mapping->column(ApplicantField::IdNumber), -1);
    QCOMPARE(dialog.options().mapping->column(ApplicantField::Name), 1);
}

void TestScreeningGui::batchScreenedAndGrouped()
{
    ScreeningPage page(*m_service, m_db.path(), test::officer(), *m_settings);
    page.setProperty("quiet", true);
    QSignalSpy screened(&page, &ScreeningPage::screened);
    ScreeningOptions options;
    page.startScreening(m_file, options);
    QVERIFY(page.isScreening());
    QTRY_COMPARE_WITH_TIMEOUT(screened.size(), 1, 20000);
    m_batchId = screened.first().at(0).toLongLong();
    QVERIFY2(m_batchId > 0, qPrintable(screened.first().at(1).toString()));
    QVERIFY(!page.isScreening());
    QCOMPARE(page.batchChooser()->currentData().toLongLong(), m_batchId);
    // Rows with a match only: the person by ID and by masked ID, each with its match below.
    QSortFilterProxyModel *proxy = page.proxy();
    QCOMPARE(proxy->rowCount(), 2);
    const QModelIndex first = proxy->index(0, 0);
    QCOMPARE(first.data(ScreeningResultModel::LineRole).toInt(), 2);
    QVERIFY(proxy->rowCount(first) >= 1);
    QCOMPARE(proxy->index(0, ScreeningResultModel::NameColumn, first).data().toString(), m_personName);
    QCOMPARE(proxy->index(0, ScreeningResultModel::OutcomeColumn).data().toString(),
             screeningOutcomeText(ScreeningOutcome::Hit));
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("申请人.csv")));
    page.noHitToggle()->setChecked(true);
    QCOMPARE(proxy->rowCount(), 3);
}

void TestScreeningGui::answerNextDecision(const QString &reason, bool whitelist, bool *answered)
{
    QTimer::singleShot(0, this, [this, reason, whitelist, answered] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ScreeningDecisionDialog *>(widget); dialog && dialog->isVisible()) {
                dialog->reasonEdit()->setPlainText(reason);
                if (whitelist && dialog->whitelistBox())
                    dialog->whitelistBox()->setChecked(true);
                *answered = true;
                dialog->accept();
                return;
            }
        }
    });
}

void TestScreeningGui::reviewButtonsAndDecision()
{
    QVERIFY(m_batchId > 0);
    const QDate today = QDate::currentDate();
    ScreeningReviewDialog asOfficer(*m_service, test::officer(QStringLiteral("li")), m_batchId, 2, m_personId, today);
    QVERIFY(!asOfficer.confirmButton()->isHidden());
    QVERIFY(!asOfficer.notSameButton()->isHidden());
    QVERIFY(asOfficer.secondConfirmButton()->isHidden());
    // Side by side: the name equal, the masked ID equal; no highlight.
    QVERIFY(!asOfficer.fieldHtml(0, false).contains(QStringLiteral("background")));
    ScreeningReviewDialog asAuditor(*m_service, test::auditor(), m_batchId, 2, m_personId, today);
    QVERIFY(asAuditor.confirmButton()->isHidden());
    QVERIFY(asAuditor.notSameButton()->isHidden());

    bool answered = false;
    answerNextDecision(QStringLiteral("身份证号一致"), false, &answered);
    asOfficer.confirmButton()->click();
    QVERIFY(answered);
    QVERIFY(asOfficer.confirmButton()->isHidden()); // proposed: no second proposal
    // The proposer may not confirm; another reviewer may.
    ScreeningReviewDialog proposerAsReviewer(*m_service,
                                             test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("li")),
                                             m_batchId, 2, m_personId, today);
    QVERIFY(proposerAsReviewer.secondConfirmButton()->isHidden());
    ScreeningReviewDialog asReviewer(*m_service, test::reviewer(QStringLiteral("chen")), m_batchId, 2, m_personId,
                                     today);
    QVERIFY(!asReviewer.secondConfirmButton()->isHidden());
    QVERIFY(!asReviewer.rejectButton()->isHidden());
    answered = false;
    answerNextDecision(QStringLiteral("核对判决书"), false, &answered);
    asReviewer.secondConfirmButton()->click();
    QVERIFY(answered);
    QVERIFY(asReviewer.secondConfirmButton()->isHidden());
    auto review = m_service->review(test::officer(), m_batchId, false);
    QVERIFY(review);
    QCOMPARE(review->decisions.size(), 1);
    QCOMPARE(review->decisions.first().state, ScreeningDecisionState::InEffect);
    QCOMPARE(review->decisions.first().secondBy, QStringLiteral("chen"));

    // The masked-ID row: not the same person, whitelisted.
    ScreeningReviewDialog masked(*m_service, test::officer(), m_batchId, 4, m_personId, today);
    answered = false;
    answerNextDecision(QStringLiteral("出生日期不同"), true, &answered);
    masked.notSameButton()->click();
    QVERIFY(answered);
    QVERIFY(masked.notSameButton()->isHidden());
    // Differences are highlighted character by character.
    QCOMPARE(highlightedHtml(QStringLiteral("張三"), {0}, false).count(QStringLiteral("<span")), 1);
    QVERIFY(highlightedHtml(QStringLiteral("<b>"), {}, false).contains(QStringLiteral("&lt;b&gt;")));
}

void TestScreeningGui::whitelistDialogListsEntries()
{
    WhitelistDialog dialog(*m_service, test::officer(), QDate::currentDate());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 1)->text(), m_personName);
    QCOMPARE(dialog.table()->item(0, 6)->text(), QStringLiteral("出生日期不同"));
}

QTEST_MAIN(TestScreeningGui)
#include "test_screening_gui.moc"
