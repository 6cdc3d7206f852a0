// Notices: serial numbers per office, year and type without gaps (a notice that fails gives its
// number back); the listing notice rendered as a PDF that says what the register says (read back
// with pdftotext); the verification code and serial number found in the register, a reissue
// making a new version that supersedes the earlier one, and an altered record not genuine; the
// date written in Chinese.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "notices/NoticeRenderer.h"
#include "workflow/NoticeService.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace creditdesk;
using test::scalar;

class TestNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chineseDates();
    void serialNumbersWithoutGaps();
    void pdfSaysWhatTheRegisterSays();
    void verificationAndReissue();
    void batchWritesEligibleListings();
    void onlyOfficersIssue();

private:
    QList<qint64> listingsInForce(int count);
    QString pdfText(const QString &path);
    test::TestDatabase m_db;
    const QDate m_today{2026, 11, 20};
};

void TestNotices::initTestCase()
{
    QVERIFY(m_db.createDemo(300));
}

QList<qint64> TestNotices::listingsInForce(int count)
{
    QList<qint64> ids;
    QSqlQuery query(m_db.database().connection());
    query.exec(
        QStringLiteral("SELECT id FROM listing WHERE state = 1 AND period_months = 0 ORDER BY id LIMIT %1").arg(count));
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString TestNotices::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return QStringLiteral("pdftotext (poppler-utils) is missing");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestNotices::chineseDates()
{
    QCOMPARE(chineseDate(QDate(2026, 11, 27)), QStringLiteral("二〇二六年十一月二十七日"));
    QCOMPARE(chineseDate(QDate(2020, 10, 10)), QStringLiteral("二〇二〇年十月十日"));
    QCOMPARE(chineseDate(QDate(2019, 1, 31)), QStringLiteral("二〇一九年一月三十一日"));
    QCOMPARE(noticeSerialText(QStringLiteral("某信"), 2026, 12), QStringLiteral("某信〔2026〕12号"));
    QCOMPARE(noticeVerificationCode(QStringLiteral("0123456789abcdef0123")), QStringLiteral("0123-4567-89AB-CDEF"));
}

void TestNotices::serialNumbersWithoutGaps()
{
    NoticeService service(m_db.database());
    const QList<qint64> listings = listingsInForce(4);
    QCOMPARE(listings.size(), 4);
    QList<int> numbers;
    for (int index = 0; index < 3; ++index) {
        auto notice = service.issueListingNotice(test::officer(), listings.at(index), QStringLiteral("zh_CN"), m_today);
        QVERIFY2(notice, qPrintable(notice.error()));
        numbers.append(notice->number);
        QCOMPARE(notice->serialText, noticeSerialText(service.officeAbbreviation(), 2026, notice->number));
    }
    QCOMPARE(numbers, (QList<int>{1, 2, 3}));
    // A notice that cannot be issued (no such listing) takes no number.
    QVERIFY(!service.issueListingNotice(test::officer(), 99999999, QStringLiteral("zh_CN"), m_today));
    auto fourth = service.issueListingNotice(test::officer(), listings.at(3), QStringLiteral("zh_CN"), m_today);
    QVERIFY(fourth);
    QCOMPARE(fourth->number, 4);
    // Another year starts again at 1; the numbers of 2026 go on.
    auto nextYear =
        service.issueListingNotice(test::officer(), listings.at(0), QStringLiteral("zh_CN"), QDate(2027, 1, 4));
    QVERIFY(nextYear);
    QCOMPARE(nextYear->number, 1);
    QCOMPARE(nextYear->serialText, noticeSerialText(service.officeAbbreviation(), 2027, 1));
    // Every issue is in the audit journal.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'notice.issue'"))
                 .toInt(),
             5);
}

void TestNotices::pdfSaysWhatTheRegisterSays()
{
    NoticeService service(m_db.database());
    const qint64 listing = listingsInForce(6).last();
    auto notice = service.issueListingNotice(test::officer(), listing, QStringLiteral("zh_CN"), m_today);
    QVERIFY(notice);
    const QString path = m_db.folder() + QStringLiteral("/notice.pdf");
    QVERIFY(NoticeRenderer::writePdf(notice.value(), path));
    // NFKC: the CJK font maps some glyphs to Kangxi radicals (⾏ for 行) in the PDF's text layer.
    const QString text = pdfText(path).remove(u' ').normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QStringLiteral("失信被执行人纳入名单告知书")), qPrintable(text.left(400)));
    QVERIFY(text.contains(notice->serialText));
    QVERIFY(text.contains(notice->recipient));
    QVERIFY(text.contains(notice->verificationCode));
    QVERIFY(text.contains(QStringLiteral("二〇二六年十一月二十日")));
    QVERIFY(text.contains(QStringLiteral("—1—")));
    // The identifier is masked as the policy says; the full number is nowhere.
    const QString full =
        scalar(m_db.database(),
               QStringLiteral("SELECT value FROM subject_identifier WHERE subject_id = ? AND type = 1"),
               {notice->subjectId})
            .toString();
    if (!full.isEmpty())
        QVERIFY(!text.contains(full));
    // The English version.
    auto english = service.issueListingNotice(test::officer(), listing, QStringLiteral("en"), m_today);
    QVERIFY(english);
    QVERIFY(NoticeRenderer::writePdf(english.value(), m_db.folder() + QStringLiteral("/notice-en.pdf")));
    const QString englishText = pdfText(m_db.folder() + QStringLiteral("/notice-en.pdf")).simplified();
    QVERIFY2(englishText.contains(QStringLiteral("Notice of Listing as a Judgment Defaulter")),
             qPrintable(englishText.left(300)));
    QVERIFY(englishText.contains(QStringLiteral("20 November 2026")));
}

void TestNotices::verificationAndReissue()
{
    NoticeService service(m_db.database());
    const qint64 listing = listingsInForce(8).last();
    auto first = service.issueListingNotice(test::officer(), listing, QStringLiteral("zh_CN"), m_today);
    QVERIFY(first);
    auto byCode = service.verify(test::auditor(), first->verificationCode);
    QVERIFY(byCode && byCode->found && byCode->current);
    QCOMPARE(byCode->notice.serialText, first->serialText);
    auto bySerial = service.verify(test::reviewer(), first->serialText);
    QVERIFY(bySerial && bySerial->found && bySerial->current);

    QVERIFY(!service.reissue(test::officer(), first->id, QString(), m_today)); // a reason is needed
    auto second = service.reissue(test::officer(), first->id, QStringLiteral("address corrected"), m_today.addDays(3));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->serialText, first->serialText);
    QCOMPARE(second->version, 2);
    QVERIFY(second->verificationCode != first->verificationCode);
    // The first version is still there, genuine but superseded; the serial number finds the new one.
    auto old = service.verify(test::auditor(), first->verificationCode);
    QVERIFY(old && old->found && !old->current);
    QCOMPARE(old->latestVersion, 2);
    auto latest = service.verify(test::auditor(), first->serialText);
    QVERIFY(latest && latest->current);
    QCOMPARE(latest->notice.version, 2);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM notice WHERE serial_text = ?"),
                    {first->serialText})
                 .toInt(),
             2);
    // A record altered behind the register's back is not genuine; an unknown code is not found.
    QSqlQuery alter(m_db.database().connection());
    QVERIFY(alter.exec(QStringLiteral("UPDATE notice SET recipient = recipient || 'x' WHERE id = %1").arg(second->id)));
    auto altered = service.verify(test::auditor(), second->verificationCode);
    QVERIFY(altered && !altered->found);
    auto unknown = service.verify(test::auditor(), QStringLiteral("0000-0000-0000-0000"));
    QVERIFY(unknown && !unknown->found);
}

void TestNotices::batchWritesEligibleListings()
{
    NoticeService service(m_db.database());
    const qint64 before = scalar(m_db.database(), QStringLiteral("SELECT max(id) FROM notice")).toLongLong();
    const QString folder = m_db.folder() + QStringLiteral("/batch");
    auto summary = service.batch(test::officer(), NoticeType::Listing, folder, 5, QStringLiteral("zh_CN"), m_today);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->written, 5);
    QCOMPARE(summary->files.size(), 5);
    for (const QString &file : summary->files)
        QVERIFY(QFileInfo(file).size() > 1000);
    // The next batch takes other listings: none is notified twice.
    auto again = service.batch(test::officer(), NoticeType::Listing, folder, 5, QStringLiteral("zh_CN"), m_today);
    QVERIFY(again);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(DISTINCT listing_id) FROM notice WHERE id > ?"), {before})
            .toInt(),
        10);
    QCOMPARE(scalar(m_db.database(),
                    QStringLiteral("SELECT count(*) FROM notice n WHERE n.id > ? AND EXISTS (SELECT 1 FROM notice e "
                                   "WHERE e.listing_id = n.listing_id AND e.id < n.id)"),
                    {before})
                 .toInt(),
             0);
    QVERIFY(!service.batch(test::officer(), NoticeType::Deletion, folder, 5, QStringLiteral("zh_CN"), m_today));
}

void TestNotices::onlyOfficersIssue()
{
    NoticeService service(m_db.database());
    const qint64 listing = listingsInForce(1).first();
    QVERIFY(!service.issueListingNotice(test::reviewer(), listing, QStringLiteral("zh_CN"), m_today));
    QVERIFY(!service.issueListingNotice(test::admin(), listing, QStringLiteral("zh_CN"), m_today));
    QVERIFY(!service.verify(test::admin(), QStringLiteral("x")));
}

QTEST_MAIN(TestNotices)
#include "test_notices.moc"
