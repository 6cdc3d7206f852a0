// The notice register in the GUI: searching by type and by verification code; a notice printed
// through Qt Print Support (to a PDF printer, read back with pdftotext) and shown in the print
// preview; verification in words, a reissue superseding the earlier version; a batch issued on
// a worker thread with progress, and a cancelled batch keeping only whole notices; the wording
// and issuing office edited by the administrator; the list exported as CSV (UTF-8 with BOM and
// GB18030, read back) and XLSX, with text that a spreadsheet would run as a formula defused.
#include "Actors.h"
#include "ListExport.h"
#include "NoticeTemplatesDialog.h"
#include "NoticesPage.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "exchange/TableReader.h"
#include "item/NoticeRegisterModel.h"
#include "notices/NoticeRenderer.h"
#include "workflow/NoticeService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace creditdesk;
using test::scalar;

class TestNoticesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchNarrows();
    void printsAndPreviews();
    void verifyAndReissue();
    void batchOnAWorkerThread();
    void cancelledBatchKeepsWholeNotices();
    void wordingAndOffice();
    void exportsTheList();
    void exportsXlsx();

private:
    QString pdfText(const QString &path);
    void selectRow(int row);
    test::TestDatabase m_db;
    std::unique_ptr<NoticeService> m_service;
    std::unique_ptr<NoticesPage> m_page;
    const QDate m_today{2026, 11, 20};
};

void TestNoticesGui::initTestCase()
{
    QVERIFY(m_db.createDemoWithCases(1200, m_today, 20, 12));
    m_service = std::make_unique<NoticeService>(m_db.database());
    for (const NoticeType type : {NoticeType::Listing, NoticeType::ObjectionAccepted, NoticeType::MeasurePush}) {
        auto batch = m_service->batch(test::officer(), type, m_db.folder() + QStringLiteral("/seed"), 4,
                                      QStringLiteral("zh_CN"), m_today);
        QVERIFY2(batch && batch->written == 4, qPrintable(batch ? QString() : batch.error()));
    }
    m_page = std::make_unique<NoticesPage>(*m_service, m_db.path(), test::officer(), m_today);
    m_page->resize(1100, 600);
    m_page->show();
}

QString TestNoticesGui::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s")))
        .normalized(QString::NormalizationForm_KC);
}

void TestNoticesGui::selectRow(int row)
{
    m_page->view()->setCurrentIndex(m_page->view()->model()->index(row, 0));
    m_page->view()->selectRow(row);
}

void TestNoticesGui::searchNarrows()
{
    QCOMPARE(m_page->view()->model()->rowCount(), 12);
    m_page->typeFilter()->setCurrentIndex(m_page->typeFilter()->findData(noticeTypeName(NoticeType::MeasurePush)));
    QCOMPARE(m_page->view()->model()->rowCount(), 4);
    m_page->typeFilter()->setCurrentIndex(0);
    const QString code = m_page->model()->noticeAt(5)->verificationCode;
    m_page->queryEdit()->setText(code.toLower());
    m_page->search();
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QCOMPARE(m_page->view()->model()->index(0, NoticeRegisterModel::VerificationColumn).data().toString(), code);
    m_page->queryEdit()->clear();
    m_page->search();
    QCOMPARE(m_page->view()->model()->rowCount(), 12);
}

void TestNoticesGui::printsAndPreviews()
{
    selectRow(0);
    const auto notice = m_page->currentNotice();
    QVERIFY(notice);
    // Printing goes through the same drawing as the PDF: a PDF printer shows what it prints.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_db.folder() + QStringLiteral("/printed.pdf");
    printer.setOutputFileName(path);
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QVERIFY(NoticeRenderer::paint(*notice, printer));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(notice->serialText), qPrintable(text.left(200)));
    QVERIFY(text.contains(notice->verificationCode));
    // The print preview opens on the notice (closed as soon as it shows).
    QString previewTitle;
    QTimer::singleShot(200, this, [&previewTitle] {
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            previewTitle = preview->windowTitle();
            preview->reject();
        }
    });
    QMetaObject::invokeMethod(m_page->view(), "activated", Q_ARG(QModelIndex, m_page->view()->currentIndex()));
    QVERIFY2(previewTitle.contains(notice->serialText), qPrintable(previewTitle));
}

void TestNoticesGui::verifyAndReissue()
{
    selectRow(1);
    const auto notice = m_page->currentNotice();
    QVERIFY(notice);
    QVERIFY(m_page->verificationText(notice->verificationCode).contains(notice->serialText));
    auto reissued = m_service->reissue(test::officer(), notice->id, QStringLiteral("address corrected"), m_today);
    QVERIFY(reissued);
    const QString old = m_page->verificationText(notice->verificationCode);
    QVERIFY2(old.contains(QStringLiteral("superseded")) || old.contains(QStringLiteral("已被")), qPrintable(old));
    QVERIFY(!m_page->verificationText(QStringLiteral("0000-0000-0000-0000")).contains(notice->serialText));
    m_page->search();
    QCOMPARE(m_page->view()->model()->rowCount(), 13);
}

void TestNoticesGui::batchOnAWorkerThread()
{
    const int before = scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM notice")).toInt();
    const QString folder = m_db.folder() + QStringLiteral("/gui-batch");
    QSignalSpy finished(m_page.get(), &NoticesPage::batchFinished);
    m_page->startBatch(NoticeType::ObjectionDecision, QStringLiteral("en"), 2, folder);
    QVERIFY(m_page->batchRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), 2);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM notice")).toInt(), before + 2);
    QCOMPARE(m_page->view()->model()->rowCount(), before + 2);
}

void TestNoticesGui::cancelledBatchKeepsWholeNotices()
{
    const int before = scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM notice")).toInt();
    const QString folder = m_db.folder() + QStringLiteral("/cancelled");
    QSignalSpy finished(m_page.get(), &NoticesPage::batchFinished);
    m_page->startBatch(NoticeType::Listing, QStringLiteral("zh_CN"), 300, folder);
    QTest::qWait(100);
    m_page->cancelBatch();
    QVERIFY(finished.wait(60000));
    const int written = finished.first().first().toInt();
    QVERIFY2(written >= 0 && written < 300, qPrintable(QString::number(written)));
    // Every notice recorded has its PDF, its audit entry and its number: none half-made.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM notice")).toInt(), before + written);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}).size(), written);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT max(number) FROM notice WHERE type = 'listing'")).toInt(),
             4 + written);
}

void TestNoticesGui::wordingAndOffice()
{
    NoticeTemplatesDialog dialog(*m_service, test::admin());
    dialog.abbreviationEdit()->setText(QStringLiteral("沪信"));
    dialog.officeNameEdit()->setText(QStringLiteral("上海市公共信用信息服务中心"));
    QCOMPARE(dialog.saveOffice(QStringLiteral("office set up")), QString());
    QCOMPARE(m_service->officeAbbreviation(), QStringLiteral("沪信"));
    dialog.typeChoice()->setCurrentIndex(dialog.typeChoice()->findData(static_cast<int>(NoticeType::Deletion)));
    QCOMPARE(dialog.versionList()->count(), 1);
    QVERIFY(dialog.bodyEdit()->toPlainText().contains(QStringLiteral("{{measures}}")));
    dialog.bodyEdit()->setPlainText(dialog.bodyEdit()->toPlainText() + QStringLiteral("{{unknown}}"));
    QVERIFY(dialog.saveWording(QStringLiteral("typo")).contains(QStringLiteral("unknown")));
    QCOMPARE(dialog.versionList()->count(), 1);
    dialog.bodyEdit()->setPlainText(dialog.bodyEdit()->toPlainText().remove(QStringLiteral("{{unknown}}"))
                                    + QStringLiteral("\n　　联系电话：0551-12345678。"));
    QCOMPARE(dialog.saveWording(QStringLiteral("contact line")), QString());
    QCOMPARE(dialog.versionList()->count(), 2);
    // An officer's dialog cannot read or save wording.
    NoticeTemplatesDialog officerDialog(*m_service, test::officer());
    QCOMPARE(officerDialog.versionList()->count(), 0);
    QVERIFY(!officerDialog.saveOffice(QStringLiteral("x")).isEmpty());
}

void TestNoticesGui::exportsTheList()
{
    const QAbstractItemModel &model = *m_page->view()->model();
    const QString utf8 = m_db.folder() + QStringLiteral("/notices.csv");
    QVERIFY(ListExport::write(model, QStringLiteral("Notices"), ExportFormat::CsvUtf8, utf8));
    QFile file(utf8);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), model.rowCount() + 1);
    // GB18030 for older Excel: the reader recognises it and gives back the same cells.
    const QString gb = m_db.folder() + QStringLiteral("/notices-gb.csv");
    QVERIFY(ListExport::write(model, QStringLiteral("Notices"), ExportFormat::CsvGb18030, gb));
    QFile gbFile(gb);
    QVERIFY(gbFile.open(QIODevice::ReadOnly));
    const QByteArray gbBytes = gbFile.readAll();
    QVERIFY(!gbBytes.startsWith("\xEF\xBB\xBF"));
    const QString recipient = model.index(0, NoticeRegisterModel::RecipientColumn).data().toString();
    QVERIFY(!gbBytes.contains(recipient.toUtf8())); // not UTF-8: two bytes a character
    auto reader = TableReader::open(gb);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
    auto header = reader.value()->header();
    QVERIFY(header);
    QCOMPARE(header->first(), model.headerData(0, Qt::Horizontal).toString());
    auto first = reader.value()->next();
    QVERIFY2(first && first.value(), qPrintable(first ? QString() : first.error()));
    QVERIFY(reader.value()->description().contains(QStringLiteral("GB18030")));
    QCOMPARE(first.value()->cells.at(NoticeRegisterModel::RecipientColumn),
             model.index(0, NoticeRegisterModel::RecipientColumn).data().toString());
    // Text a spreadsheet would run is written as text.
    QCOMPARE(TableExport::safeText(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(TableExport::safeText(QStringLiteral("张三")), QStringLiteral("张三"));
}

void TestNoticesGui::exportsXlsx()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("libxlsxwriter is loaded with RTLD_DEEPBIND, which AddressSanitizer refuses; the release stage runs this");
#endif
    const QAbstractItemModel &model = *m_page->view()->model();
    const QString path = m_db.folder() + QStringLiteral("/notices.xlsx");
    QVERIFY(ListExport::write(model, QStringLiteral("Notices"), ExportFormat::Xlsx, path));
    auto reader = TableReader::open(path);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
    auto header = reader.value()->header();
    QVERIFY(header);
    QCOMPARE(header->size(), model.columnCount());
    int rows = 0;
    for (;;) {
        auto row = reader.value()->next();
        QVERIFY(row);
        if (!row.value())
            break;
        if (rows == 0)
            QCOMPARE(row.value()->cells.first(), model.index(0, 0).data().toString());
        ++rows;
    }
    QCOMPARE(rows, model.rowCount());
}

QTEST_MAIN(TestNoticesGui)
#include "test_notices_gui.moc"
