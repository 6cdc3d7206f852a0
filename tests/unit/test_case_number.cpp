// Data-driven tests of the case number (案号) parser.
#include "domain/CaseNumber.h"

#include <QTest>

using namespace creditdesk;

class TestCaseNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
};

void TestCaseNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("sequence");

    QTest::newRow("half-width") << QStringLiteral("(2017)渝0107执4344号") << QStringLiteral("(2017)渝0107执4344号")
                                << 2017 << QStringLiteral("渝0107") << QStringLiteral("执") << qint64(4344);
    QTest::newRow("full-width") << QStringLiteral("（2017）渝0107执4344号") << QStringLiteral("(2017)渝0107执4344号")
                                << 2017 << QStringLiteral("渝0107") << QStringLiteral("执") << qint64(4344);
    QTest::newRow("hexagonal brackets") << QStringLiteral("〔2020〕皖01执恢12号")
                                        << QStringLiteral("(2020)皖01执恢12号") << 2020 << QStringLiteral("皖01")
                                        << QStringLiteral("执恢") << qint64(12);
    QTest::newRow("spaces and full-width digits")
        << QStringLiteral(" （２０２１） 京 0105 执保 7 号") << QStringLiteral("(2021)京0105执保7号") << 2021
        << QStringLiteral("京0105") << QStringLiteral("执保") << qint64(7);
    QTest::newRow("high court") << QStringLiteral("(2019)苏执监3号") << QStringLiteral("(2019)苏执监3号") << 2019
                                << QStringLiteral("苏") << QStringLiteral("执监") << qint64(3);
    QTest::newRow("supreme court") << QStringLiteral("(2018)最高法执复88号") << QStringLiteral("(2018)最高法执复88号")
                                   << 2018 << QStringLiteral("最高法") << QStringLiteral("执复") << qint64(88);
}

void TestCaseNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(int, year);
    QFETCH(QString, court);
    QFETCH(QString, type);
    QFETCH(qint64, sequence);
    const CaseNumber::Parsed parsed = CaseNumber::parse(input, 2026);
    QVERIFY2(parsed.valid, qPrintable(parsed.reason));
    QCOMPARE(parsed.normalised, normalised);
    QCOMPARE(parsed.year, year);
    QCOMPARE(parsed.courtCode, court);
    QCOMPARE(parsed.typeCode, type);
    QCOMPARE(parsed.sequence, sequence);
}

void TestCaseNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("no bracket") << QStringLiteral("2017渝0107执4344号") << QStringLiteral("starts with the year");
    QTest::newRow("two-digit year") << QStringLiteral("(17)渝0107执4344号") << QStringLiteral("four digits");
    QTest::newRow("future year") << QStringLiteral("(2031)渝0107执4344号") << QStringLiteral("outside");
    QTest::newRow("no court") << QStringLiteral("(2017)0107执4344号") << QStringLiteral("province abbreviation");
    QTest::newRow("civil type") << QStringLiteral("(2017)渝0107民初4344号") << QStringLiteral("type code");
    QTest::newRow("old form 执字") << QStringLiteral("(2015)渝0107执字第4344号") << QStringLiteral("sequence number");
    QTest::newRow("no sequence") << QStringLiteral("(2017)渝0107执号") << QStringLiteral("sequence number");
    QTest::newRow("zero sequence") << QStringLiteral("(2017)渝0107执0号") << QStringLiteral("at least 1");
    QTest::newRow("no 号") << QStringLiteral("(2017)渝0107执4344") << QStringLiteral("ends with");
    QTest::newRow("trailing text") << QStringLiteral("(2017)渝0107执4344号之一") << QStringLiteral("after");
}

void TestCaseNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reasonContains);
    const CaseNumber::Parsed parsed = CaseNumber::parse(input, 2026);
    QVERIFY(!parsed.valid);
    QVERIFY2(parsed.reason.contains(reasonContains), qPrintable(parsed.reason));
}

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "test_case_number.moc"
