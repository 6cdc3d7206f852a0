// Tests of the CSV reader used for reference data.
#include "exchange/CsvReader.h"

#include <QTest>

using namespace creditdesk;

class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFields();
    void errorsNameTheLine();
    void missingColumn();
};

void TestCsvTable::quotedFields()
{
    auto table = CsvTable::parse(QStringLiteral("a,b\r\n1,\"x, \"\"y\"\"\nz\"\n\n2,\n"), QStringLiteral("t.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->value(0, QStringLiteral("b")), QStringLiteral("x, \"y\"\nz"));
    QCOMPARE(table->value(1, QStringLiteral("a")), QStringLiteral("2"));
    QCOMPARE(table->value(1, QStringLiteral("b")), QString());
    QCOMPARE(table->lineOf(1), 5);
}

void TestCsvTable::errorsNameTheLine()
{
    auto table = CsvTable::parse(QStringLiteral("a,b\n1,2\n3\n"), QStringLiteral("t.csv"));
    QVERIFY(!table.ok());
    QVERIFY2(table.error().contains(QStringLiteral("t.csv, line 3")), qPrintable(table.error()));
    auto unclosed = CsvTable::parse(QStringLiteral("a\n\"open\n"), QStringLiteral("u.csv"));
    QVERIFY(!unclosed.ok());
    QVERIFY2(unclosed.error().contains(QStringLiteral("line 2")), qPrintable(unclosed.error()));
}

void TestCsvTable::missingColumn()
{
    auto table = CsvTable::parse(QStringLiteral("a\n1\n"), QStringLiteral("m.csv"));
    QVERIFY(table.ok());
    const Status status = table->requireColumns({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!status.ok());
    QVERIFY(status.error().contains(QStringLiteral("\"b\"")));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "test_csv_table.moc"
