// Data-driven tests of the resident ID validator (GB 11643-1999).
#include "domain/IdNumber.h"

#include <QTest>

using namespace creditdesk;

class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void derivedFields();
    void masked();
};

void TestIdNumber::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("valid with X") << QStringLiteral("11010519491231002X") << true << QString();
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << true << QString();
    QTest::newRow("full-width digits and x")
        << QStringLiteral("１１０１０５１９４９１２３１００２ｘ") << true << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  340104199001010017 ") << true << QString();
    QTest::newRow("abolished county 130621 still valid") << QStringLiteral("130621199001011233") << true << QString();
    QTest::newRow("leap day 2000") << QStringLiteral("34010420000229001X") << true << QString();
    QTest::newRow("Hong Kong prefix 81") << QStringLiteral("810000199408230021") << true << QString();
    QTest::newRow("Taiwan prefix 83") << QStringLiteral("830000198511110019") << true << QString();
    QTest::newRow("prefix 71") << QStringLiteral("710000197707070053") << true << QString();

    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("17 characters") << QStringLiteral("34010419900101001") << false << QStringLiteral("18 characters");
    QTest::newRow("15-digit first generation")
        << QStringLiteral("340104900101001") << false << QStringLiteral("15-digit");
    QTest::newRow("letter inside") << QStringLiteral("3401041990A1010017") << false << QStringLiteral("Character 11");
    QTest::newRow("wrong last character")
        << QStringLiteral("34010419900101001Y") << false << QStringLiteral("last character");
    QTest::newRow("wrong check") << QStringLiteral("340104199001010018") << false << QStringLiteral("should be 7");
    QTest::newRow("province 10") << QStringLiteral("100105199001010019") << false << QStringLiteral("province code");
    QTest::newRow("province 66") << QStringLiteral("660105199001010018") << false << QStringLiteral("province code");
    QTest::newRow("29 February 2001") << QStringLiteral("340104200102290017") << false
                                      << QStringLiteral("calendar date");
    QTest::newRow("future birth") << QStringLiteral("340104300001010010") << false << QStringLiteral("future");
    QTest::newRow("before 1900") << QStringLiteral("440524188001010014") << false << QStringLiteral("1900");
}

void TestIdNumber::validate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, reasonContains);
    const IdNumber::Validation result = IdNumber::validate(input, QDate(2026, 11, 26));
    QCOMPARE(result.valid, valid);
    if (valid) {
        QVERIFY(result.reason.isEmpty());
    } else {
        QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
    }
}

void TestIdNumber::derivedFields()
{
    const IdNumber::Validation female = IdNumber::validate(QStringLiteral("11010519491231002x"), QDate(2026, 1, 1));
    QVERIFY(female.valid);
    QCOMPARE(female.normalised, QStringLiteral("11010519491231002X"));
    QCOMPARE(female.birthDate, QDate(1949, 12, 31));
    QCOMPARE(female.sex, Sex::Female);
    QCOMPARE(female.regionCode, QStringLiteral("110105"));

    const IdNumber::Validation male = IdNumber::validate(QStringLiteral("130621199001011233"), QDate(2026, 1, 1));
    QVERIFY(male.valid);
    QCOMPARE(male.sex, Sex::Male);
}

void TestIdNumber::masked()
{
    QCOMPARE(IdNumber::masked(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
    QCOMPARE(IdNumber::masked(QStringLiteral("123")), QStringLiteral("***"));
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "test_id_number.moc"
