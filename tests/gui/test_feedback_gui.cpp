// Offscreen tests of recording a department's feedback from the dossier: the button on the
// measures tab for officers only, the dialog's fields (the four kinds of handling, the
// department and the day filled in, no day before the measure or after today), and an entry
// recorded through the page's model appearing under its measure. Screenshots of the dialog
// for the documentation when CREDITDESK_SCREENSHOT_DIR (and _LANGUAGE) are set.
#include "Actors.h"
#include "DossierPage.h"
#include "FeedbackDialog.h"
#include "TestDatabase.h"
#include "common/Localization.h"
#include "item/DossierModel.h"
#include "workflow/DossierService.h"
#include "workflow/FeedbackService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace creditdesk;

class TestFeedbackGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void officersRecordFromTheDossier();

private:
    test::TestDatabase m_db;
    qint64 m_subject = 0;
    qint64 m_application = 0;
};

void TestFeedbackGui::initTestCase()
{
    QVERIFY(m_db.createDemo(150));
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT l.subject_id, a.id FROM measure_application a JOIN listing l ON l.id = "
                                      "a.listing_id WHERE a.ended_on IS NULL ORDER BY a.id LIMIT 1")));
    QVERIFY(query.next());
    m_subject = query.value(0).toLongLong();
    m_application = query.value(1).toLongLong();
}

void TestFeedbackGui::officersRecordFromTheDossier()
{
    const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR");
    const QString language =
        installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    DossierService dossiers(m_db.database());
    FeedbackService feedback(m_db.database());
    auto *model = new DossierModel(dossiers, test::officer());
    model->setFeedbackService(&feedback);
    QVERIFY(model->load(m_subject));
    DossierPage page(model);
    page.showSection(1);
    page.resize(1000, 640);
    page.show();
    auto visibleButton = [](QWidget *widget, const QString &text) {
        for (const QPushButton *button : widget->findChildren<QPushButton *>())
            if (!button->isHidden() && button->text() == text)
                return true;
        return false;
    };
    QVERIFY(visibleButton(&page, DossierPage::tr("R&ecord feedback…")));

    // The officer selects the measure in force of m_application and presses the button; the
    // dialog shows the measure's limits, is filled in and accepted.
    QTreeView *tree = page.measureView();
    QModelIndex measureIndex;
    for (int group = 0; group < tree->model()->rowCount() && !measureIndex.isValid(); ++group) {
        const QModelIndex categoryIndex = tree->model()->index(group, 0);
        for (int row = 0; row < tree->model()->rowCount(categoryIndex); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, categoryIndex);
            if (const AppliedMeasure *measure = model->measures()->measureAt(index);
                measure && measure->id == m_application)
                measureIndex = index;
        }
    }
    QVERIFY(measureIndex.isValid());
    const AppliedMeasure selected = *model->measures()->measureAt(measureIndex);
    tree->setCurrentIndex(measureIndex);
    QPushButton *button = nullptr;
    for (QPushButton *candidate : page.findChildren<QPushButton *>())
        if (candidate->text() == DossierPage::tr("R&ecord feedback…"))
            button = candidate;
    QVERIFY(button);
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FeedbackDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr)
            return;
        auto *handling = dialog->findChild<QComboBox *>();
        auto *date = dialog->findChild<QDateEdit *>();
        if (handling == nullptr || date == nullptr || handling->count() != 4
            || date->minimumDate() != selected.startedOn || date->maximumDate() != QDate::currentDate()
            || dialog->feedback().reportedBy != selected.department) {
            dialog->reject();
            return;
        }
        handling->setCurrentIndex(1);
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("政府采购投标资格受限"));
        date->setDate(selected.startedOn.addDays(2));
        if (!screenshots.isEmpty())
            dialog->grab().save(
                QDir(screenshots).filePath(QStringLiteral("feedback-dialog-") + language + QStringLiteral(".png")));
        filled = true;
        dialog->accept();
    });
    button->click();
    QVERIFY(filled);
    // Reloaded: the entry stands under its measure.
    bool shown = false;
    for (int group = 0; group < model->measures()->rowCount(); ++group) {
        const QModelIndex categoryIndex = model->measures()->index(group, 0);
        for (int row = 0; row < model->measures()->rowCount(categoryIndex); ++row) {
            const QModelIndex index = model->measures()->index(row, 0, categoryIndex);
            for (int entry = 0; entry < model->measures()->rowCount(index); ++entry)
                shown = shown
                        || model->measures()
                               ->index(entry, 0, index)
                               .data()
                               .toString()
                               .contains(QStringLiteral("政府采购投标资格受限"));
        }
    }
    QVERIFY(shown);

    // A reviewer's dossier has no such button.
    auto *readOnly = new DossierModel(dossiers, test::reviewer());
    readOnly->setFeedbackService(&feedback);
    QVERIFY(readOnly->load(m_subject));
    DossierPage reviewerPage(readOnly);
    QVERIFY(!visibleButton(&reviewerPage, DossierPage::tr("R&ecord feedback…")));
}

QTEST_MAIN(TestFeedbackGui)
#include "test_feedback_gui.moc"
