// The zh_CN translation is compiled in and reaches strings from every layer: domain rules,
// store messages, item models and widgets (contexts must match what lupdate extracted).
#include "domain/IdNumber.h"
#include "domain/Listing.h"
#include "item/SearchResultModel.h"

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
    void tsFileIsComplete();
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
}

void TestTranslations::tsFileIsComplete()
{
    QFile file(QStringLiteral(CREDITDESK_TS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 200);
    QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(text.count(QStringLiteral("type=\"vanished\"")), 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
