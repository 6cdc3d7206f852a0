// Batch screening: the input in every encoding and as XLSX, malformed files (truncated XLSX,
// missing or duplicate headers, empty rows, mixed encodings, unclosed quotes, IDs that Excel
// turned into numbers), nothing recorded when a row is bad unless bad rows are skipped, the
// matching keys (ID, masked ID, mistyped ID, traditional characters, full-width digits, lower-
// case x, credit code, organisation code, legal representative), listings in force only,
// re-screening that reports what changed, and a file of a million rows read as a stream.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "exchange/CsvTableReader.h"
#include "exchange/TableReader.h"
#include "search/NameKey.h"
#include "workflow/CourtListService.h"
#include "workflow/ScreeningService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <unicode/ucnv.h>

using namespace creditdesk;
using test::scalar;

namespace {

QByteArray toGb18030(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    QByteArray bytes(text.size() * 4 + 4, '\0');
    const int32_t length =
        ucnv_fromUChars(converter, bytes.data(), static_cast<int32_t>(bytes.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()), &status);
    ucnv_close(converter);
    bytes.truncate(length);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A minimal XLSX workbook: one sheet, strings shared or inline, numbers as Excel stores them.
/// A workbook of \a rows on the sheet 申请人; with \a secondSheet, a sheet 企业 holding that
/// (a <sheetData> element) and an empty sheet after it — hidden with \a secondHidden, and then,
/// with \a hiddenFirst, before 申请人.
bool writeXlsx(const QString &path, const QList<QStringList> &rows, bool numbersForIds = false,
               const QString &secondSheet = QString(), bool secondHidden = false, bool hiddenFirst = false)
{
    QStringList shared;
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); ++r) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString reference = QChar(u'A' + c) + QString::number(r + 1);
            const QString value = rows[r][c];
            if (numbersForIds && r > 0 && c == 1) {
                sheet += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(reference, value);
            } else if (c == 2) {
                sheet += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
                             .arg(reference, value.toHtmlEscaped());
            } else {
                shared.append(value);
                sheet += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(reference).arg(shared.size() - 1);
            }
        }
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    QString strings = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString &value : std::as_const(shared))
        strings += QStringLiteral("<si><t>%1</t></si>").arg(value.toHtmlEscaped());
    strings += QStringLiteral("</sst>");
    const QString worksheet =
        QStringLiteral("<?xml version=\"1.0\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">%1</worksheet>");
    const QString moreSheets = secondSheet.isNull()
                                   ? QString()
                                   : QStringLiteral("<sheet name=\"企业\" sheetId=\"2\" r:id=\"rId2\"%1/>"
                                                    "<sheet name=\"Sheet3\" sheetId=\"3\" r:id=\"rId3\"/>")
                                         .arg(secondHidden ? QStringLiteral(" state=\"hidden\"") : QString());
    const QString moreRelationships =
        secondSheet.isNull() ? QString()
                             : QStringLiteral("<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>"
                                              "<Relationship Id=\"rId3\" Target=\"worksheets/sheet3.xml\"/>");
    QList<std::pair<QString, QString>> parts = {
        {QStringLiteral("[Content_Types].xml"),
         QStringLiteral("<?xml version=\"1.0\"?><Types "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")},
        {QStringLiteral("xl/workbook.xml"),
         QStringLiteral("<?xml version=\"1.0\"?><workbook "
                        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                        "%1<sheet name=\"申请人\" sheetId=\"1\" r:id=\"rId1\"/>%2</sheets></workbook>")
             .arg(hiddenFirst ? moreSheets : QString(), hiddenFirst ? QString() : moreSheets)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QStringLiteral("<?xml version=\"1.0\"?><Relationships "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                        "Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>%1</Relationships>")
             .arg(moreRelationships)},
        {QStringLiteral("xl/sharedStrings.xml"), strings},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    };
    if (!secondSheet.isNull()) {
        parts.append({QStringLiteral("xl/worksheets/sheet2.xml"), worksheet.arg(secondSheet)});
        parts.append({QStringLiteral("xl/worksheets/sheet3.xml"), worksheet.arg(QStringLiteral("<sheetData/>"))});
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(content.toUtf8());
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodings_data();
    void encodings();
    void xlsx();
    void malformed_data();
    void malformed();
    void badRowsStopOrAreSkipped();
    void matchingKeys_data();
    void matchingKeys();
    void onlyListingsInForceAreHits();
    void rescreenReportsChanges();
    void millionRowsStream();

private:
    QString path(const QString &name) const { return m_db.folder() + u'/' + name; }
    Result<ScreeningService::Summary> screen(const QString &file, QList<ScreeningResult> *results = nullptr,
                                             bool skipBadRows = false);

    test::TestDatabase m_db;
    // A listed person and an organisation with listings in force.
    QString m_personName;
    QString m_personId;
    QString m_organisationName;
    QString m_creditCode;
    QString m_representative;
};

void TestScreening::initTestCase()
{
    QVERIFY(m_db.createDemo(400));
    Database &db = m_db.database();
    const QString inForce = QStringLiteral("EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.state = 1 "
                                           "AND l.period_months = 0)");
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT s.name, i.value FROM subject s JOIN subject_identifier i ON "
                                      "i.subject_id = s.id AND i.type = 1 WHERE s.kind = 1 AND %1 AND "
                                      "(SELECT count(*) FROM subject t WHERE t.name_key = s.name_key) = 1 "
                                      "AND i.value LIKE '%X' ORDER BY s.id LIMIT 1")
                           .arg(inForce)));
    if (!query.next()) {
        QVERIFY(query.exec(QStringLiteral("SELECT s.name, i.value FROM subject s JOIN subject_identifier i ON "
                                          "i.subject_id = s.id AND i.type = 1 WHERE s.kind = 1 AND %1 AND "
                                          "(SELECT count(*) FROM subject t WHERE t.name_key = s.name_key) = 1 "
                                          "ORDER BY s.id LIMIT 1")
                               .arg(inForce)));
        QVERIFY(query.next());
    }
    m_personName = query.value(0).toString();
    m_personId = query.value(1).toString();
    QVERIFY(query.exec(QStringLiteral("SELECT s.name, i.value, s.legal_representative FROM subject s JOIN "
                                      "subject_identifier i ON i.subject_id = s.id AND i.type = 2 WHERE s.kind = 2 AND "
                                      "%1 AND s.legal_representative IS NOT NULL ORDER BY s.id LIMIT 1")
                           .arg(inForce)));
    QVERIFY(query.next());
    m_organisationName = query.value(0).toString();
    m_creditCode = query.value(1).toString();
    m_representative = query.value(2).toString();
}

Result<ScreeningService::Summary> TestScreening::screen(const QString &file, QList<ScreeningResult> *results,
                                                        bool skipBadRows)
{
    ScreeningOptions options;
    options.skipBadRows = skipBadRows;
    options.today = QDate(2026, 11, 20);
    return ScreeningService(m_db.database())
        .screenFile(test::officer(), file, options, [results](const Applicant &, const ScreeningResult &result) {
            if (results)
                results->append(result);
            return Status{};
        });
}

void TestScreening::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("姓名,证件号码,编号\r\n%1,%2,\"A,1\"\r\n\r\n王小明,110101199003070011,A2\r\n")
                             .arg(m_personName, m_personId);
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("GB18030") << toGb18030(text);
    QTest::newRow("GB18030, ASCII first lines")
        << QByteArray("name,id_number,reference\n") + toGb18030(text.mid(text.indexOf(u'\n') + 1));
    // 陆平 in GBK (C2 BD C6 BD) is valid UTF-8 by chance; a stray quote inside a field is text.
    QTest::newRow("GB18030 that reads as UTF-8")
        << toGb18030(text + QStringLiteral("陆平,110101199003070011,A3\r\n张\"三,110101199003070011,A4\r\n"));
}

void TestScreening::encodings()
{
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("encoding.csv"));
    QVERIFY(writeFile(file, bytes));
    auto reader = TableReader::open(file);
    QVERIFY2(reader, qPrintable(reader.error()));
    auto header = reader.value()->header();
    QVERIFY2(header, qPrintable(header.error()));
    QCOMPARE(header->size(), 3);
    auto first = reader.value()->next();
    QVERIFY2(first && first.value(), qPrintable(first ? QString() : first.error()));
    QCOMPARE(first.value()->cells, (QStringList{m_personName, m_personId, QStringLiteral("A,1")}));
    QCOMPARE(first.value()->line, 2);
    QList<ScreeningResult> results;
    auto summary = screen(file, &results);
    QVERIFY2(summary, qPrintable(summary.error()));
    QVERIFY(summary->rows >= 2); // the blank line is not an applicant
    QCOMPARE(results.first().outcome, ScreeningOutcome::Hit);
    QCOMPARE(results.first().matches.first().keys, QStringList{QStringLiteral("id")});
}

void TestScreening::xlsx()
{
    const QString file = path(QStringLiteral("applicants.xlsx"));
    QVERIFY(writeXlsx(file, {{QStringLiteral("编号"), QStringLiteral("身份证号"), QStringLiteral("姓名")},
                             {QStringLiteral("B1"), m_personId, m_personName},
                             {QStringLiteral("B2"), QStringLiteral("110101199003070011"), QStringLiteral("王小明")}}));
    auto reader = TableReader::open(file);
    QVERIFY2(reader, qPrintable(reader.error()));
    QVERIFY(reader.value()->description().contains(QStringLiteral("申请人")));
    QList<ScreeningResult> results;
    auto summary = screen(file, &results);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->rows, 2);
    QCOMPARE(summary->hits, 1);
    QCOMPARE(results.at(1).outcome, ScreeningOutcome::NoHit);

    // Empty sheets after the first are no matter; applicants on another sheet are not left out
    // without a word: the workbook is refused, naming the sheets.
    const QList<QStringList> applicants = {{QStringLiteral("编号"), QStringLiteral("身份证号"), QStringLiteral("姓名")},
                                           {QStringLiteral("B1"), m_personId, m_personName}};
    const QString emptySecond = path(QStringLiteral("empty-second.xlsx"));
    QVERIFY(writeXlsx(emptySecond, applicants, false, QStringLiteral("<sheetData/>")));
    auto oneSheet = screen(emptySecond);
    QVERIFY2(oneSheet, qPrintable(oneSheet ? QString() : oneSheet.error()));
    QCOMPARE(oneSheet->hits, 1);
    const QString twoSheets = path(QStringLiteral("two-sheets.xlsx"));
    QVERIFY(writeXlsx(twoSheets, applicants, false,
                      QStringLiteral("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c>"
                                     "</row></sheetData>")));
    auto refusedSheets = screen(twoSheets);
    QVERIFY(!refusedSheets);
    QVERIFY2(refusedSheets.error().contains(QStringLiteral("企业")), qPrintable(refusedSheets.error()));
    // A hidden sheet (a template's lists for its drop-downs) is not the officer's data.
    const QString hiddenSecond = path(QStringLiteral("hidden-second.xlsx"));
    QVERIFY(writeXlsx(hiddenSecond, applicants, false,
                      QStringLiteral("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>下拉选项</t></is></c>"
                                     "</row></sheetData>"),
                      true));
    auto withHidden = screen(hiddenSecond);
    QVERIFY2(withHidden, qPrintable(withHidden ? QString() : withHidden.error()));
    // Also before the applicants' sheet: the first sheet the officer sees is read.
    const QString hiddenFirst = path(QStringLiteral("hidden-first.xlsx"));
    QVERIFY(writeXlsx(hiddenFirst, applicants, false,
                      QStringLiteral("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>下拉选项</t></is></c>"
                                     "</row></sheetData>"),
                      true, true));
    auto afterHidden = screen(hiddenFirst);
    QVERIFY2(afterHidden, qPrintable(afterHidden ? QString() : afterHidden.error()));
    QCOMPARE(afterHidden->hits, 1);

    // IDs that Excel stored as numbers are refused with the row and what to do.
    const QString numbers = path(QStringLiteral("numbers.xlsx"));
    QVERIFY(writeXlsx(numbers,
                      {{QStringLiteral("编号"), QStringLiteral("身份证号"), QStringLiteral("姓名")},
                       {QStringLiteral("B1"), QStringLiteral("1.10101199003070E+17"), QStringLiteral("王小明")}},
                      true));
    auto refused = screen(numbers);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("line 2")) && refused.error().contains(QStringLiteral("15")),
             qPrintable(refused.error()));

    // A workbook cut off in the middle is reported, and nothing is recorded.
    QFile whole(file);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString truncated = path(QStringLiteral("truncated.xlsx"));
    QVERIFY(writeFile(truncated, bytes.left(bytes.size() * 2 / 3)));
    const qint64 batches = scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong();
    auto damaged = screen(truncated);
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(QStringLiteral("truncated.xlsx")), qPrintable(damaged.error()));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong(), batches);
    // Damaged compressed data inside a part (found by the fuzz target, where it once made the
    // XML reader wait for more forever): refused, nothing recorded.
    QByteArray corrupt = bytes;
    const qsizetype part = corrupt.indexOf("xl/sharedStrings.xml");
    QVERIFY(part > 0);
    for (qsizetype at = part + 24; at < part + 60 && at < corrupt.size(); ++at)
        corrupt[at] = static_cast<char>(corrupt.at(at) ^ 0x5A);
    const QString corrupted = path(QStringLiteral("corrupt.xlsx"));
    QVERIFY(writeFile(corrupted, corrupt));
    auto unpacked = screen(corrupted);
    QVERIFY(!unpacked);
    QVERIFY2(unpacked.error().contains(QStringLiteral("corrupt.xlsx")), qPrintable(unpacked.error()));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong(), batches);
}

void TestScreening::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("no usable column") << QByteArray("city,phone\n合肥,123\n") << QStringLiteral("No column");
    QTest::newRow("duplicate header") << QByteArray("姓名,身份证号,证件号码\n张三,1,2\n")
                                      << QStringLiteral("Columns 2");
    QTest::newRow("unclosed quote") << QByteArray("姓名,证件号码\n\"张三,110101199003070011\n")
                                    << QStringLiteral("line 2");
    QTest::newRow("UTF-8 then GBK") << QByteArray("姓名,证件号码\n张三,110101199003070011\n")
                                           + toGb18030(QStringLiteral("李四,110101199003070011\n"))
                                    << QStringLiteral("line 3");
    QTest::newRow("GBK then UTF-8") << toGb18030(QStringLiteral("姓名,证件号码\n张三,110101199003070011\n"))
                                           + QByteArray("李四,110101199003070011\n")
                                    << QStringLiteral("line 3");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6) << QStringLiteral("UTF-16");
    QTest::newRow("text after quote") << QByteArray("姓名,证件号码\n\"张\"三,1\n") << QStringLiteral("line 2");
    QTest::newRow("ID that Excel kept as a number")
        << QByteArray("姓名,证件号码\n张三,110101199003071000\n") << QStringLiteral("Excel has probably stored the ID");
    QTest::newRow("header only") << QByteArray("姓名,证件号码\r\n") << QStringLiteral("no applicant");
    QTest::newRow("header and blank rows") << QByteArray("姓名,证件号码\n,\n,\n") << QStringLiteral("no applicant");
    QTest::newRow("every row skipped") << QByteArray("姓名,证件号码\n张三,12345\n") << QStringLiteral("no applicant");
    QTest::newRow("Excel 97-2003") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
                                   << QStringLiteral(".xls");
}

void TestScreening::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("malformed.csv"));
    QVERIFY(writeFile(file, bytes));
    const qint64 batches = scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong();
    auto summary = screen(file, nullptr, true);
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong(), batches);
}

void TestScreening::badRowsStopOrAreSkipped()
{
    const QString file = path(QStringLiteral("bad-rows.csv"));
    QVERIFY(writeFile(
        file,
        QStringLiteral("姓名,证件号码\n%1,%2\n,\n张三,12345\n,\n李四,\n").arg(m_personName, m_personId).toUtf8()));
    const qint64 batches = scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong();
    auto stopped = screen(file);
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().contains(QStringLiteral("line 4")), qPrintable(stopped.error()));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_batch")).toLongLong(), batches);
    auto skipped = screen(file, nullptr, true);
    QVERIFY2(skipped, qPrintable(skipped.error()));
    QCOMPARE(skipped->skipped, 1);
    QCOMPARE(skipped->rows, 2);
    QCOMPARE(skipped->rowErrors.size(), 1);
    QVERIFY(skipped->rowErrors.first().contains(QStringLiteral("line 4")));
    // The frozen record: every screened row, no-hit included, identifiers masked.
    Database &db = m_db.database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM screening_result WHERE batch_id = ?"), {skipped->batchId})
                 .toInt(),
             2);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT identifier_masked FROM screening_result WHERE batch_id = ? AND line = 2"),
                    {skipped->batchId})
                 .toString(),
             m_personId.left(6) + QStringLiteral("********") + m_personId.right(4));
    QCOMPARE(scalar(db, QStringLiteral("SELECT file_sha256 = ? FROM screening_batch WHERE id = ?"),
                    {QString::fromLatin1(QCryptographicHash::hash(
                                             [&] {
                                                 QFile read(file);
                                                 read.open(QIODevice::ReadOnly);
                                                 return read.readAll();
                                             }(),
                                             QCryptographicHash::Sha256)
                                             .toHex()),
                     skipped->batchId})
                 .toInt(),
             1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT algorithm_version FROM screening_batch WHERE id = ?"), {skipped->batchId})
            .toInt(),
        ScreeningMatcher::algorithmVersion);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'screening.batch' AND "
                                   "entity_id = ?"),
                    {QString::number(skipped->batchId)})
                 .toInt(),
             1);
}

void TestScreening::matchingKeys_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("key");
    const QString id = m_personId;
    QString fullWidth;
    for (const QChar c : id)
        fullWidth += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    QString typo = id;
    typo[10] = typo[10] == u'1' ? u'2' : u'1';
    const QString masked = id.left(6) + QStringLiteral("********") + id.right(4);
    const QString traditional = NameKeyBuilder().key(m_personName) == m_personName ? m_personName : m_personName;
    const int hit = static_cast<int>(ScreeningOutcome::Hit);
    const int possible = static_cast<int>(ScreeningOutcome::Possible);
    QTest::newRow("ID exact") << QStringLiteral("其他名字,%1,,").arg(id) << hit << QStringLiteral("id");
    QTest::newRow("full-width digits") << QStringLiteral("%1,%2,,").arg(m_personName, fullWidth) << hit
                                       << QStringLiteral("id");
    QTest::newRow("lower-case x") << QStringLiteral("%1,%2,,").arg(m_personName, id.toLower()) << hit
                                  << QStringLiteral("id");
    QTest::newRow("masked ID and name") << QStringLiteral("%1,%2,,").arg(m_personName, masked) << hit
                                        << QStringLiteral("name");
    QTest::newRow("mistyped ID and name")
        << QStringLiteral("%1,%2,,").arg(m_personName, typo) << hit << QStringLiteral("name");
    QTest::newRow("name only") << QStringLiteral("%1,,,").arg(traditional) << possible << QStringLiteral("name");
    QTest::newRow("credit code") << QStringLiteral("某某公司,,%1,").arg(m_creditCode) << hit
                                 << QStringLiteral("credit-code");
    QTest::newRow("organisation by legal representative")
        << QStringLiteral("%1,,,%2").arg(m_organisationName, m_representative) << hit
        << QStringLiteral("legal-representative");
    QTest::newRow("legal representative, similar name")
        << QStringLiteral("%1（分公司）,,,%2").arg(m_organisationName, m_representative) << possible
        << QStringLiteral("legal-representative");
    // A representative's name is shared by many: with another organisation's name it is no match.
    QTest::newRow("legal representative, other name")
        << QStringLiteral("欧阳不存在科技有限公司,,,%1").arg(m_representative) << 0 << QString();
    QTest::newRow("stranger") << QStringLiteral("欧阳不存在,110101199003070011,,") << 0 << QString();
}

void TestScreening::matchingKeys()
{
    QFETCH(QString, row);
    QFETCH(int, outcome);
    QFETCH(QString, key);
    const QString file = path(QStringLiteral("keys.csv"));
    QVERIFY(
        writeFile(file, (QStringLiteral("name,id_number,credit_code,legal_representative\n") + row + u'\n').toUtf8()));
    QList<ScreeningResult> results;
    auto summary = screen(file, &results);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(results.size(), 1);
    QCOMPARE(static_cast<int>(results.first().outcome), outcome);
    if (!key.isEmpty()) {
        QVERIFY2(results.first().matches.first().keys.contains(key),
                 qPrintable(results.first().matches.first().keys.join(u',')));
        QVERIFY(!results.first().matches.first().explanation.isEmpty());
    }
}

void TestScreening::onlyListingsInForceAreHits()
{
    Database &db = m_db.database();
    // A person whose listings are all deleted is history, not a hit.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT i.value FROM subject s JOIN subject_identifier i ON i.subject_id = s.id "
                                      "AND i.type = 1 WHERE NOT EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = "
                                      "s.id AND l.state IN (1, 2)) LIMIT 1")));
    QVERIFY(query.next());
    const QString file = path(QStringLiteral("history.csv"));
    QVERIFY(writeFile(file, QStringLiteral("姓名,证件号码\n某人,%1\n").arg(query.value(0).toString()).toUtf8()));
    QList<ScreeningResult> results;
    auto summary = screen(file, &results);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(results.first().outcome, ScreeningOutcome::History);
    QCOMPARE(summary->hits, 0);
}

void TestScreening::rescreenReportsChanges()
{
    Database &db = m_db.database();
    const QString file = path(QStringLiteral("rescreen.csv"));
    QVERIFY(writeFile(
        file,
        QStringLiteral("姓名,证件号码\n%1,%2\n王小明,110101199003070011\n").arg(m_personName, m_personId).toUtf8()));
    auto first = screen(file);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->hits, 1);
    auto same = screen(file);
    QVERIFY(same);
    QCOMPARE(same->previousBatch, first->batchId);
    QCOMPARE(same->changedSincePrevious, 0);
    // The court deletes the person's listings: the next screening reports that one row.
    QSqlQuery listings(db.connection());
    QVERIFY(listings.exec(QStringLiteral("SELECT l.id, l.row_version FROM listing l JOIN subject_identifier i ON "
                                         "i.subject_id = l.subject_id WHERE i.value = '%1' AND l.state IN (1, 2)")
                              .arg(m_personId)));
    CourtListService court(db);
    while (listings.next()) {
        CourtDecision deletion;
        deletion.kind = ListingExitKind::Deletion;
        deletion.event = DeletionEvent::ObligationPerformed;
        deletion.courtDecidedOn = QDate(2026, 11, 2);
        deletion.reason = QStringLiteral("履行完毕");
        QVERIFY(court.mirrorDecision(test::officer(), listings.value(0).toLongLong(), listings.value(1).toLongLong(),
                                     deletion, QDate(2026, 11, 3)));
    }
    auto after = screen(file);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after->hits, 0);
    QCOMPARE(after->changedSincePrevious, 1);
    auto changes = ScreeningService(db).changes(test::officer(), after->batchId, same->batchId);
    QVERIFY2(changes, qPrintable(changes.error()));
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().first.outcome, static_cast<int>(ScreeningOutcome::Hit));
    QCOMPARE(changes->first().second.outcome, static_cast<int>(ScreeningOutcome::History));
    QVERIFY(scalar(db, QStringLiteral("SELECT list_snapshot FROM screening_batch WHERE id = ?"), {after->batchId})
                .toString()
            != scalar(db, QStringLiteral("SELECT list_snapshot FROM screening_batch WHERE id = ?"), {same->batchId})
                   .toString());
}

void TestScreening::millionRowsStream()
{
    // A million rows, written and read back in pieces: the reader never holds the file.
    const QString file = path(QStringLiteral("million.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(toGb18030(QStringLiteral("姓名,证件号码,编号\n")));
        QByteArray chunk;
        for (int row = 0; row < 1000000; ++row) {
            chunk += toGb18030(QStringLiteral("申请人")) + QByteArray::number(row) + ",110101199003070011,"
                     + QByteArray::number(row) + '\n';
            if (chunk.size() > (1 << 20)) {
                out.write(chunk);
                chunk.clear();
            }
        }
        out.write(chunk);
    }
    auto reader = TableReader::open(file);
    QVERIFY2(reader, qPrintable(reader.error()));
    QVERIFY(reader.value()->header());
    qint64 rows = 0;
    int lastLine = 0;
    for (;;) {
        auto row = reader.value()->next();
        QVERIFY2(row, qPrintable(row.error()));
        if (!row.value())
            break;
        ++rows;
        lastLine = row.value()->line;
    }
    QCOMPARE(rows, 1000000);
    QCOMPARE(lastLine, 1000001);
    QCOMPARE(reader.value()->position(), reader.value()->size());
    QVERIFY(reader.value()->description().contains(QStringLiteral("GB18030")));
}

QTEST_GUILESS_MAIN(TestScreening)
#include "test_screening.moc"
