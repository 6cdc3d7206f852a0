// Data-driven tests of the unified social credit code validator (GB 32100-2015, GB 11714).
#include "domain/CreditCode.h"

#include <QTest>

using namespace creditdesk;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void parts();
};

void TestCreditCode::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("published example") << QStringLiteral("91350100M000100Y43") << true << QString();
    QTest::newRow("enterprise") << QStringLiteral("91340100MA2N12344D") << true << QString();
    QTest::newRow("public institution") << QStringLiteral("12100000400000026H") << true << QString();
    QTest::newRow("lower case and spaces") << QStringLiteral(" 91340100ma2n12344d ") << true << QString();
    QTest::newRow("full-width") << QStringLiteral("９１３４０１００ＭＡ２Ｎ１２３４４Ｄ") << true << QString();

    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("17 characters") << QStringLiteral("91340100MA2N12344") << false << QStringLiteral("18 characters");
    QTest::newRow("letter I") << QStringLiteral("91340100MA2N1234ID") << false << QStringLiteral("not allowed");
    QTest::newRow("letter O") << QStringLiteral("9134010OMA2N12344D") << false << QStringLiteral("not allowed");
    QTest::newRow("authority 0") << QStringLiteral("01340100MA2N12344D") << false
                                 << QStringLiteral("registration authority");
    QTest::newRow("region with letter") << QStringLiteral("9134A100MA2N12344D") << false
                                        << QStringLiteral("region code");
    QTest::newRow("organisation check") << QStringLiteral("91340100MA2N12345D") << false
                                        << QStringLiteral("organisation code");
    QTest::newRow("check character") << QStringLiteral("91340100MA2N12344E") << false << QStringLiteral("should be D");
}

void TestCreditCode::validate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, reasonContains);
    const CreditCode::Validation result = CreditCode::validate(input);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    if (!valid)
        QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
}

void TestCreditCode::parts()
{
    const CreditCode::Validation result = CreditCode::validate(QStringLiteral("91340100MA2N12344D"));
    QVERIFY(result.valid);
    QCOMPARE(result.regionCode, QStringLiteral("340100"));
    QCOMPARE(result.organisationCode, QStringLiteral("MA2N12344"));
    QCOMPARE(CreditCode::organisationCheckCharacter(u"M0001000"), QChar(u'6'));
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "test_credit_code.moc"
