// The zh_CN translation is compiled in and reaches strings from every layer: domain rules,
// store messages, item models and widgets (contexts must match what lupdate extracted). English
// takes only its plural forms from a translation of its own.
#include "domain/IdNumber.h"
#include "domain/Listing.h"
#include "item/SearchResultModel.h"
#include "store/Sql.h"

#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace creditdesk;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void domainStringsAreChinese();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void englishCountsAreWords();
    void englishFormsSayOneOrMany();
};

void TestTranslations::initTestCase()
{
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(QStringLiteral(":/i18n/creditdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(translator);
}

void TestTranslations::domainStringsAreChinese()
{
    QCOMPARE(listingGroundText(ListingGround::RefusesDespiteAbility), QStringLiteral("有履行能力而拒不履行"));
    QCOMPARE(publicationStateText(PublicationState::Masked), QStringLiteral("屏蔽"));
    QCOMPARE(subjectKindText(SubjectKind::Organisation), QStringLiteral("法人和其他组织"));
    const QString reason = IdNumber::validate(QStringLiteral("340104199001010018")).reason;
    QVERIFY2(reason.startsWith(QStringLiteral("校验码")), qPrintable(reason));
    QCOMPARE(QCoreApplication::translate("creditdesk::SearchResultModel", "Latest decision"),
             QStringLiteral("最近决定日期"));
    QCOMPARE(QCoreApplication::translate("creditdesk::MainWindow", "CreditDesk"), QStringLiteral("信用工作台"));
    // A store failure: what it was for and what went wrong in Chinese, SQLite's own words kept.
    QCOMPARE(sql::failure(QT_TRANSLATE_NOOP("Database", "store a listing"),
                          sql::sqliteReason(13, QStringLiteral("database or disk is full"))),
             QStringLiteral("无法保存名单记录：磁盘已满（database or disk is full）"));
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("Chinese, every message") << QStringLiteral(CREDITDESK_TS_FILE) << QStringLiteral("<message") << 200;
    QTest::newRow("English, the plural forms")
        << QStringLiteral(CREDITDESK_ENGLISH_TS_FILE) << QStringLiteral("numerus=\"yes\"") << 30;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, path);
    QFETCH(QString, entry);
    QFETCH(int, atLeast);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.count(entry) > atLeast);
    QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(text.count(QStringLiteral("type=\"vanished\"")), 0);
}

void TestTranslations::englishCountsAreWords()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/creditdesk_en.qm")));
    const char *exported = "%n entry(ies) exported to %1.";
    QCOMPARE(english.translate("creditdesk::AuditPage", exported, nullptr, 1),
             QStringLiteral("%n entry exported to %1."));
    QCOMPARE(english.translate("creditdesk::AuditPage", exported, nullptr, 0),
             QStringLiteral("%n entries exported to %1."));
    QCOMPARE(english.translate("creditdesk::AuditPage", exported, nullptr, 2),
             QStringLiteral("%n entries exported to %1."));
    // Through the application, as the pages ask: the count and the word agree.
    QCoreApplication::installTranslator(&english);
    QCOMPARE(QCoreApplication::translate("creditdesk::SearchPage", "%Ln subject(s) found.", nullptr, 1),
             QStringLiteral("1 subject found."));
    QCOMPARE(
        QCoreApplication::translate("creditdesk::MainWindow", "Credit repair: %n application(s) overdue.", nullptr, 3),
        QStringLiteral("Credit repair: 3 applications overdue."));
    QCoreApplication::removeTranslator(&english);
}

void TestTranslations::englishFormsSayOneOrMany()
{
    QFile file(QStringLiteral(CREDITDESK_ENGLISH_TS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // No form keeps the source's "(s)": each says one thing or many.
    const QStringList forms = text.split(QStringLiteral("<numerusform>")).mid(1);
    QVERIFY(forms.size() > 60);
    for (const QString &form : forms) {
        const QString words = form.section(QStringLiteral("</numerusform>"), 0, 0);
        QVERIFY2(!words.contains(QStringLiteral("(s)")) && !words.contains(QStringLiteral("(ies)")), qPrintable(words));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
