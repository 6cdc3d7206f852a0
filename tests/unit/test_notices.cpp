// Notices: serial numbers per office, year and type without gaps (a notice that fails gives its
// number back); the listing notice rendered as a PDF that says what the register says (read back
// with pdftotext); the verification code and serial number found in the register, a reissue
// making a new version that supersedes the earlier one, and an altered record not genuine; the
// date written in Chinese. Every other type (objection accepted / not accepted / decided, repair
// decision, deletion and push notices to departments) drawn in both languages from its case;
// a notice for a step not yet taken refused; templates edited as new versions (unknown
// placeholders refused, earlier notices keep theirs); the issuing office; the register searched.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "notices/NoticeRenderer.h"
#include "store/NoticeRepository.h"
#include "workflow/NoticeService.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
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
    void everyTypeInBothLanguages();
    void noticeForAStepNotTakenIsRefused();
    void templatesAreVersioned();
    void issuingOffice();
    void registerSearch();

private:
    QList<qint64> listingsInForce(int count);
    QString pdfText(const QString &path);
    test::TestDatabase m_db;
    test::TestDatabase m_cases{QStringLiteral("cases")}; ///< a demo with objection and repair cases
    const QDate m_today{2026, 11, 20};
};

void TestNotices::initTestCase()
{
    QVERIFY(m_db.createDemo(300));
    QVERIFY(m_cases.createDemoWithCases(1500, m_today, 30, 20));
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
    QCOMPARE(noticeSerialText(QStringLiteral("某信"), NoticeType::Listing, 2026, 12),
             QStringLiteral("某信告〔2026〕12号"));
    // Each type has its own code: numbers run per type, serial numbers never repeat.
    QStringList codes;
    for (const NoticeType type : noticeTypes())
        codes.append(noticeSerialCode(type));
    codes.removeDuplicates();
    QCOMPARE(codes.size(), noticeTypes().size());
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
        QCOMPARE(notice->serialText,
                 noticeSerialText(service.officeAbbreviation(), NoticeType::Listing, 2026, notice->number));
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
    QCOMPARE(nextYear->serialText, noticeSerialText(service.officeAbbreviation(), NoticeType::Listing, 2027, 1));
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
}

void TestNotices::onlyOfficersIssue()
{
    NoticeService service(m_db.database());
    const qint64 listing = listingsInForce(1).first();
    QVERIFY(!service.issueListingNotice(test::reviewer(), listing, QStringLiteral("zh_CN"), m_today));
    QVERIFY(!service.issueListingNotice(test::admin(), listing, QStringLiteral("zh_CN"), m_today));
    QVERIFY(!service.verify(test::admin(), QStringLiteral("x")));
}

void TestNotices::everyTypeInBothLanguages()
{
    NoticeService service(m_cases.database());
    NoticeRepository repository(m_cases.database().connection());
    struct Expected
    {
        NoticeType type;
        QString zhTitle;
        QString enTitle;
        QString zhPhrase; ///< a phrase of the filled-in wording
    };
    const QList<Expected> expected = {
        {NoticeType::ObjectionAccepted, QStringLiteral("异议受理通知书"),
         QStringLiteral("Notice of Acceptance of an Objection"), QStringLiteral("决定受理")},
        {NoticeType::ObjectionNotAccepted, QStringLiteral("异议不予受理通知书"),
         QStringLiteral("Notice of Non-Acceptance of an Objection"), QStringLiteral("决定不予受理")},
        {NoticeType::ObjectionDecision, QStringLiteral("异议处理决定书"), QStringLiteral("Decision on an Objection"),
         QStringLiteral("异议")},
        {NoticeType::RepairDecision, QStringLiteral("信用修复决定书"), QStringLiteral("Decision on Credit Repair"),
         QStringLiteral("信用修复")},
        {NoticeType::Deletion, QStringLiteral("失信信息删除及解除联合惩戒措施通知"),
         QStringLiteral("Notice of Deletion and of Lifting Joint-Punishment Measures"), QStringLiteral("解除")},
        {NoticeType::MeasurePush, QStringLiteral("联合惩戒措施推送通知"),
         QStringLiteral("Notice of Joint-Punishment Measures to Apply"), QStringLiteral("惩戒措施")},
    };
    for (const Expected &each : expected) {
        const QString name = noticeTypeName(each.type);
        auto targets = repository.targetsWithoutNotice(each.type, m_today, 2);
        QVERIFY2(targets && targets->size() == 2, qPrintable(name));
        auto chinese = service.issue(test::officer(), each.type, targets->at(0), QStringLiteral("zh_CN"), m_today);
        QVERIFY2(chinese, qPrintable(name + u' ' + chinese.error()));
        // Numbers run per type: the first notice of each type is number 1.
        QCOMPARE(chinese->number, 1);
        // ... and the type's code keeps serial numbers apart: the serial number finds this one.
        QVERIFY(chinese->serialText.contains(noticeSerialCode(each.type) + QStringLiteral("〔2026〕1号")));
        auto bySerial = service.verify(test::auditor(), chinese->serialText);
        QVERIFY(bySerial && bySerial->found);
        QCOMPARE(bySerial->notice.id, chinese->id);
        QVERIFY2(!chinese->content.contains(QLatin1String("{{")), qPrintable(chinese->content));
        auto english = service.issue(test::officer(), each.type, targets->at(1), QStringLiteral("en"), m_today);
        QVERIFY2(english, qPrintable(english.error()));
        QCOMPARE(english->number, 2);
        QVERIFY2(!english->content.contains(QLatin1String("{{")), qPrintable(english->content));
        // The case, the department or the listing it is about is in the register.
        const bool toDepartment = each.type == NoticeType::Deletion || each.type == NoticeType::MeasurePush;
        QCOMPARE(chinese->departmentId > 0, toDepartment);
        QCOMPARE(chinese->caseId > 0, !toDepartment);
        if (toDepartment) {
            QCOMPARE(chinese->recipient,
                     scalar(m_cases.database(), QStringLiteral("SELECT name FROM department WHERE id = ?"),
                            {chinese->departmentId})
                         .toString());
            QVERIFY(chinese->content.contains(QStringLiteral("　　1. ")));
        }

        const QString zhPath = m_cases.folder() + u'/' + NoticeService::fileNameFor(chinese.value());
        QVERIFY(NoticeRenderer::writePdf(chinese.value(), zhPath));
        // Without spaces and line breaks: pdftotext breaks the lines where the layout did.
        const QString zhText =
            pdfText(zhPath).remove(QRegularExpression(QStringLiteral("\\s"))).normalized(QString::NormalizationForm_KC);
        QVERIFY2(zhText.contains(each.zhTitle), qPrintable(name + u'\n' + zhText.left(300)));
        QVERIFY2(zhText.contains(chinese->serialText), qPrintable(name));
        QVERIFY2(zhText.contains(each.zhPhrase), qPrintable(name));
        QVERIFY2(zhText.contains(chinese->verificationCode), qPrintable(name));
        const QString enPath = m_cases.folder() + u'/' + NoticeService::fileNameFor(english.value());
        QVERIFY(NoticeRenderer::writePdf(english.value(), enPath));
        const QString enText = pdfText(enPath).simplified();
        QVERIFY2(enText.contains(each.enTitle), qPrintable(name + u'\n' + enText.left(300)));
        QVERIFY2(enText.contains(QStringLiteral("20 November 2026")), qPrintable(name));
        // Issued notices are no longer due.
        auto after = repository.targetsWithoutNotice(each.type, m_today, 1000);
        QVERIFY(after);
        for (const NoticeTarget &target : after.value())
            QVERIFY(!(target.caseId == targets->at(0).caseId && target.listingId == targets->at(0).listingId
                      && target.departmentId == targets->at(0).departmentId));
    }
    // The batch takes any type.
    auto batch = service.batch(test::officer(), NoticeType::MeasurePush, m_cases.folder() + QStringLiteral("/push"), 3,
                               QStringLiteral("zh_CN"), m_today);
    QVERIFY2(batch, qPrintable(batch.error()));
    QCOMPARE(batch->written, 3);
}

void TestNotices::noticeForAStepNotTakenIsRefused()
{
    NoticeService service(m_cases.database());
    // An objection still waiting to be accepted has no decision to notify.
    const qint64 open = scalar(m_cases.database(),
                               QStringLiteral("SELECT min(id) FROM objection WHERE accepted_on IS NULL AND decided_on "
                                              "IS NULL"))
                            .toLongLong();
    QVERIFY(open > 0);
    const qint64 before = scalar(m_cases.database(), QStringLiteral("SELECT count(*) FROM notice")).toLongLong();
    QVERIFY(!service.issue(test::officer(), NoticeType::ObjectionDecision, NoticeTarget{0, open, 0},
                           QStringLiteral("zh_CN"), m_today));
    QVERIFY(!service.issue(test::officer(), NoticeType::ObjectionAccepted, NoticeTarget{0, open, 0},
                           QStringLiteral("zh_CN"), m_today));
    // A listing in force has not left the list: no deletion notice.
    const qint64 inForce =
        scalar(m_cases.database(), QStringLiteral("SELECT min(l.id) FROM listing l JOIN measure_application a ON "
                                                  "a.listing_id = l.id WHERE l.state = 1"))
            .toLongLong();
    const qint64 department =
        scalar(m_cases.database(), QStringLiteral("SELECT department_id FROM measure_application WHERE listing_id = ?"),
               {inForce})
            .toLongLong();
    QVERIFY(!service.issue(test::officer(), NoticeType::Deletion, NoticeTarget{inForce, 0, department},
                           QStringLiteral("zh_CN"), m_today));
    QCOMPARE(scalar(m_cases.database(), QStringLiteral("SELECT count(*) FROM notice")).toLongLong(), before);
}

void TestNotices::templatesAreVersioned()
{
    NoticeService service(m_cases.database());
    const QList<qint64> listings = [&] {
        QList<qint64> ids;
        QSqlQuery query(m_cases.database().connection());
        query.exec(QStringLiteral("SELECT id FROM listing WHERE state = 1 AND period_months = 0 ORDER BY id LIMIT 2"));
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }();
    QCOMPARE(listings.size(), 2);
    auto before = service.issueListingNotice(test::officer(), listings.at(0), QStringLiteral("zh_CN"), m_today);
    QVERIFY(before);
    QCOMPARE(before->templateVersion, 1);
    auto versions = service.templateVersions(test::admin(), NoticeType::Listing, QStringLiteral("zh_CN"));
    QVERIFY(versions && versions->size() == 1);
    NoticeTemplate edited = versions->first();
    edited.body.replace(QStringLiteral("特此告知。"), QStringLiteral("请于收到本告知书后及时履行。\n　　特此告知。"));
    // Officers do not edit wording; a reason is needed; an unknown placeholder is refused.
    QVERIFY(!service.saveTemplate(test::officer(), edited, QStringLiteral("wording")));
    QVERIFY(!service.saveTemplate(test::admin(), edited, QString()));
    NoticeTemplate misspelt = edited;
    misspelt.body += QStringLiteral("{{caseNo}}");
    auto refused = service.saveTemplate(test::admin(), misspelt, QStringLiteral("wording"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("caseNo")), qPrintable(refused.error()));
    auto saved = service.saveTemplate(test::admin(), edited, QStringLiteral("asks for prompt performance"));
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved.value(), 2);
    auto after = service.issueListingNotice(test::officer(), listings.at(1), QStringLiteral("zh_CN"), m_today);
    QVERIFY(after);
    QCOMPARE(after->templateVersion, 2);
    QVERIFY(after->content.contains(QStringLiteral("请于收到本告知书后及时履行。")));
    // The earlier notice keeps its wording and version; the English wording is untouched.
    QCOMPARE(
        scalar(m_cases.database(), QStringLiteral("SELECT template_version FROM notice WHERE id = ?"), {before->id})
            .toInt(),
        1);
    auto english = service.templateVersions(test::admin(), NoticeType::Listing, QStringLiteral("en"));
    QVERIFY(english && english->size() == 1);
    QCOMPARE(
        scalar(m_cases.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'notice.template'"))
            .toInt(),
        1);
}

void TestNotices::issuingOffice()
{
    NoticeService service(m_cases.database());
    QVERIFY(!service.setOffice(test::officer(), QStringLiteral("皖信"), QStringLiteral("安徽省信用办"),
                               QStringLiteral("x")));
    QVERIFY(!service.setOffice(test::admin(), QStringLiteral("皖信〔"), QStringLiteral("安徽省信用办"),
                               QStringLiteral("x")));
    QVERIFY(!service.setOffice(test::admin(), QStringLiteral("皖信"), QString(), QStringLiteral("x")));
    QVERIFY(service.setOffice(test::admin(), QStringLiteral("皖信"), QStringLiteral("安徽省社会信用体系建设办公室"),
                              QStringLiteral("office set up")));
    QCOMPARE(service.officeAbbreviation(), QStringLiteral("皖信"));
    auto targets =
        NoticeRepository(m_cases.database().connection()).targetsWithoutNotice(NoticeType::Listing, m_today, 1);
    QVERIFY(targets && targets->size() == 1);
    auto notice =
        service.issue(test::officer(), NoticeType::Listing, targets->first(), QStringLiteral("zh_CN"), m_today);
    QVERIFY(notice);
    // A new office numbers from 1; the register keeps the name it signed with.
    QCOMPARE(notice->serialText, QStringLiteral("皖信告〔2026〕1号"));
    QCOMPARE(scalar(m_cases.database(), QStringLiteral("SELECT office_name FROM notice WHERE id = ?"), {notice->id})
                 .toString(),
             QStringLiteral("安徽省社会信用体系建设办公室"));
    const QString path = m_cases.folder() + QStringLiteral("/office.pdf");
    QVERIFY(NoticeRenderer::writePdf(notice.value(), path));
    QVERIFY(pdfText(path)
                .remove(u' ')
                .normalized(QString::NormalizationForm_KC)
                .contains(QStringLiteral("安徽省社会信用体系建设办公室")));
    QCOMPARE(
        scalar(m_cases.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'notice.office'"))
            .toInt(),
        1);
}

void TestNotices::registerSearch()
{
    NoticeService service(m_cases.database());
    auto all = service.search(test::auditor(), NoticeSearch{});
    QVERIFY(all && all->size() >= 10);
    const Notice sample = all->at(all->size() / 2);
    auto bySerial = service.search(test::auditor(), NoticeSearch{sample.serialText, {}, {}, {}, 100});
    QVERIFY(bySerial && !bySerial->isEmpty());
    for (const Notice &notice : bySerial.value())
        QVERIFY(notice.serialText.contains(sample.serialText) || notice.recipient.contains(sample.serialText));
    auto byCode = service.search(test::auditor(), NoticeSearch{sample.verificationCode.toLower(), {}, {}, {}, 100});
    QVERIFY(byCode && byCode->size() == 1);
    QCOMPARE(byCode->first().id, sample.id);
    auto byRecipient =
        service.search(test::auditor(), NoticeSearch{sample.recipient.left(2), sample.type, {}, {}, 100});
    QVERIFY(byRecipient && !byRecipient->isEmpty());
    for (const Notice &notice : byRecipient.value()) {
        QCOMPARE(notice.type, sample.type);
        QVERIFY(notice.recipient.contains(sample.recipient.left(2))
                || notice.serialText.contains(sample.recipient.left(2)));
    }
    auto later = service.search(test::auditor(), NoticeSearch{{}, {}, m_today.addDays(1), {}, 100});
    QVERIFY(later);
    QVERIFY2(later->isEmpty(), qPrintable(later->value(0).issuedOn.toString(Qt::ISODate)));
    auto wildcard = service.search(test::auditor(), NoticeSearch{QStringLiteral("%"), {}, {}, {}, 100});
    QVERIFY(wildcard && wildcard->isEmpty());
    QVERIFY(!service.search(test::admin(), NoticeSearch{}));
}

QTEST_MAIN(TestNotices)
#include "test_notices.moc"
