// Tests of query classification, phonetic keys, ranking, keyset paging per sort order, counts
// and hostile input. The recall of every path against brute force is in test_search_recall.
#include "TestDatabase.h"
#include "domain/CaseNumber.h"
#include "domain/Listing.h"
#include "search/MatchHighlight.h"
#include "search/NameKey.h"
#include "search/SearchBenchmark.h"
#include "search/SearchEngine.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestSearchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void classifies_data();
    void classifies();
    void maskedIdentifierPattern();
    void pinyinAlternatives();
    void phoneticKeys_data();
    void phoneticKeys();
    void highlightsInDisplayedCharacters();
    void identifiersAndCaseNumbers();
    void rankedByMatchThenNewest();
    void largeTierListedByKey();
    void countsAreExactOrAtLeast();
    void pagesCoverEverythingOnce_data();
    void pagesCoverEverythingOnce();
    void activeFollowsListings();
    void hostileInput();

private:
    QSet<qint64> search(const QString &text, SearchSort sort = SearchSort::Relevance);
    QList<SearchRow> allRows(const QString &text, SearchSort sort = SearchSort::Relevance);
    SearchRequest request(const QString &text, SearchSort sort = SearchSort::Relevance) const;

    std::unique_ptr<test::TestDatabase> m_db;
    NameKeyBuilder m_keys;
    std::unique_ptr<QueryClassifier> m_classifier;
    std::unique_ptr<SearchEngine> m_engine;
    QList<std::pair<qint64, QString>> m_subjects; ///< (id, name key)
};

void TestSearchEngine::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(3000));
    m_classifier = std::make_unique<QueryClassifier>(m_keys);
    m_engine = std::make_unique<SearchEngine>(m_db->database().connection());
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, name_key, coalesce(legal_representative_key, '') FROM subject")));
    while (query.next())
        m_subjects.append({query.value(0).toLongLong(), query.value(1).toString() + u'|' + query.value(2).toString()});
}

void TestSearchEngine::cleanupTestCase()
{
    m_engine.reset();
    m_db.reset();
}

SearchRequest TestSearchEngine::request(const QString &text, SearchSort sort) const
{
    SearchRequest request;
    request.query = m_classifier->classify(text);
    request.sort = sort;
    request.today = QDate(2026, 11, 20);
    return request;
}

QList<SearchRow> TestSearchEngine::allRows(const QString &text, SearchSort sort)
{
    QList<SearchRow> rows;
    const SearchRequest searchRequest = request(text, sort);
    SearchCursor cursor;
    for (int pages = 0; pages < 10000; ++pages) {
        auto page = m_engine->page(searchRequest, cursor, 37);
        if (!page) {
            qWarning() << page.error();
            return {};
        }
        rows += page->rows;
        if (page->complete)
            return rows;
        cursor = page->next;
    }
    qWarning() << "paging does not end";
    return {};
}

QSet<qint64> TestSearchEngine::search(const QString &text, SearchSort sort)
{
    QSet<qint64> ids;
    for (const SearchRow &row : allRows(text, sort)) {
        if (ids.contains(row.subjectId)) {
            qWarning() << "duplicate" << row.subjectId;
            return {};
        }
        ids.insert(row.subjectId);
    }
    return ids;
}

void TestSearchEngine::classifies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << QStringLiteral("   ") << int(ClassifiedQuery::Kind::Empty);
    QTest::newRow("name") << QStringLiteral("王伟") << int(ClassifiedQuery::Kind::Name);
    QTest::newRow("id") << QStringLiteral("11010519491231002x") << int(ClassifiedQuery::Kind::Identifier);
    QTest::newRow("credit code") << QStringLiteral("91340100MA2N12344D") << int(ClassifiedQuery::Kind::Identifier);
    QTest::newRow("id prefix") << QStringLiteral("3401 04") << int(ClassifiedQuery::Kind::IdentifierPrefix);
    QTest::newRow("short digits") << QStringLiteral("34") << int(ClassifiedQuery::Kind::Invalid);
    QTest::newRow("case") << QStringLiteral("（2017）渝0107执4344号") << int(ClassifiedQuery::Kind::CaseNumber);
    QTest::newRow("broken case") << QStringLiteral("(2017)渝0107执") << int(ClassifiedQuery::Kind::Invalid);
    QTest::newRow("punctuation only") << QStringLiteral("\"*()^:-") << int(ClassifiedQuery::Kind::Invalid);
    QTest::newRow("masked id") << QStringLiteral("3201**********1234") << int(ClassifiedQuery::Kind::MaskedIdentifier);
    QTest::newRow("masked full-width") << QStringLiteral("３２０１＊＊＊＊１２３４")
                                       << int(ClassifiedQuery::Kind::MaskedIdentifier);
    QTest::newRow("masked too little") << QStringLiteral("32**********12") << int(ClassifiedQuery::Kind::Invalid);
    QTest::newRow("pinyin") << QStringLiteral("wang wei") << int(ClassifiedQuery::Kind::Name);
}

void TestSearchEngine::maskedIdentifierPattern()
{
    const ClassifiedQuery full = m_classifier->classify(QStringLiteral("3201**********123x"));
    QCOMPARE(full.pattern, QStringLiteral("3201??????????123X"));
    QCOMPARE(full.knownSuffix, QStringLiteral("123X"));
    const ClassifiedQuery shortened = m_classifier->classify(QStringLiteral("3201****1234"));
    QCOMPARE(shortened.pattern, QStringLiteral("3201*1234"));
    QCOMPARE(shortened.knownPrefix, QStringLiteral("3201"));
}

void TestSearchEngine::pinyinAlternatives()
{
    QCOMPARE(m_classifier->classify(QStringLiteral("Wang Wei")).pinyinAlternatives,
             (QStringList{QStringLiteral("wangwei"), QStringLiteral("weiwang")}));
    QCOMPARE(m_classifier->classify(QStringLiteral("wangwei")).pinyinAlternatives,
             QStringList{QStringLiteral("wangwei")});
    QVERIFY(m_classifier->classify(QStringLiteral("王伟")).pinyinAlternatives.isEmpty());
}

void TestSearchEngine::phoneticKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("person");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QString>("initials");
    QTest::newRow("common") << QStringLiteral("王伟") << true << QStringLiteral("wangwei") << QStringLiteral("ww");
    QTest::newRow("traditional") << QStringLiteral("張偉") << true << QStringLiteral("zhangwei")
                                 << QStringLiteral("zw");
    QTest::newRow("单 as surname") << QStringLiteral("单田芳") << true << QStringLiteral("shantianfang")
                                   << QStringLiteral("stf");
    QTest::newRow("单 in a word") << QStringLiteral("单位") << false << QStringLiteral("danwei")
                                  << QStringLiteral("dw");
    QTest::newRow("曾") << QStringLiteral("曾国藩") << true << QStringLiteral("zengguofan") << QStringLiteral("zgf");
    QTest::newRow("解") << QStringLiteral("解缙") << true << QStringLiteral("xiejin") << QStringLiteral("xj");
    QTest::newRow("区") << QStringLiteral("区志强") << true << QStringLiteral("ouzhiqiang") << QStringLiteral("ozq");
    QTest::newRow("仇") << QStringLiteral("仇英") << true << QStringLiteral("qiuying") << QStringLiteral("qy");
    QTest::newRow("朴") << QStringLiteral("朴正民") << true << QStringLiteral("piaozhengmin") << QStringLiteral("pzm");
    QTest::newRow("查") << QStringLiteral("查良镛") << true << QStringLiteral("zhaliangyong") << QStringLiteral("zly");
    QTest::newRow("盖") << QStringLiteral("盖聪") << true << QStringLiteral("gecong") << QStringLiteral("gc");
    QTest::newRow("覃") << QStringLiteral("覃明") << true << QStringLiteral("qinming") << QStringLiteral("qm");
    QTest::newRow("尉迟") << QStringLiteral("尉迟恭") << true << QStringLiteral("yuchigong") << QStringLiteral("ycg");
    QTest::newRow("Latin run") << QStringLiteral("ABC科技") << false << QStringLiteral("abckeji")
                               << QStringLiteral("akj");
}

void TestSearchEngine::phoneticKeys()
{
    QFETCH(QString, name);
    QFETCH(bool, person);
    QFETCH(QString, pinyin);
    QFETCH(QString, initials);
    const PhoneticKeys keys = m_keys.phonetic(m_keys.key(name), person);
    QCOMPARE(keys.pinyin, pinyin);
    QCOMPARE(keys.initials, initials);
    // A copy (what each screening worker gets) keys alike.
    static const std::unique_ptr<NameKeyBuilder> copy = m_keys.copy();
    QCOMPARE(copy->key(name), m_keys.key(name));
    const PhoneticKeys copied = copy->phonetic(copy->key(name), person);
    QCOMPARE(copied.pinyin, pinyin);
    QCOMPARE(copied.initials, initials);
}

void TestSearchEngine::highlightsInDisplayedCharacters()
{
    // The key is simplified and without punctuation; the range is in the displayed text.
    const MatchHighlight::Range range =
        MatchHighlight::find(m_keys, QStringLiteral("合肥·張偉明商貿"), m_keys.key(QStringLiteral("张伟明")));
    QCOMPARE(range.start, 3);
    QCOMPARE(range.length, 3);
    QVERIFY(!MatchHighlight::find(m_keys, QStringLiteral("李张伟"), QStringLiteral("张伟"), true).isValid());
    const MatchHighlight::Range wide = MatchHighlight::find(m_keys, QStringLiteral("ＡＢＣ公司"), QStringLiteral("bc"));
    QCOMPARE(wide.start, 1);
    QCOMPARE(wide.length, 2);
}

void TestSearchEngine::classifies()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(m_classifier->classify(text).kind), kind);
}

void TestSearchEngine::identifiersAndCaseNumbers()
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT i.subject_id, i.value, l.case_number FROM subject_identifier i "
                                      "JOIN listing l ON l.subject_id = i.subject_id ORDER BY i.id LIMIT 50")));
    int checked = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString identifier = query.value(1).toString();
        QVERIFY(search(identifier).contains(id));
        QVERIFY(search(identifier.toLower()).contains(id));
        QVERIFY(search(identifier.left(10)).contains(id));
        QVERIFY(search(identifier.left(4) + QString(10, u'*') + identifier.right(4)).contains(id));
        QVERIFY(search(identifier.left(6) + QStringLiteral("**") + identifier.right(4)).contains(id));
        QString caseNumber = query.value(2).toString();
        QVERIFY(search(caseNumber).contains(id));
        caseNumber.replace(u'(', u'（').replace(u')', u'）');
        QVERIFY(search(caseNumber).contains(id));
        ++checked;
    }
    QCOMPARE(checked, 50);
}

void TestSearchEngine::pagesCoverEverythingOnce_data()
{
    QTest::addColumn<int>("sort");
    QTest::newRow("relevance") << int(SearchSort::Relevance);
    QTest::newRow("name") << int(SearchSort::Name);
    QTest::newRow("kind") << int(SearchSort::Kind);
    QTest::newRow("identifier") << int(SearchSort::Identifier);
    QTest::newRow("region") << int(SearchSort::Region);
    QTest::newRow("active") << int(SearchSort::Active);
    QTest::newRow("listings") << int(SearchSort::ListingCount);
    QTest::newRow("latest decision") << int(SearchSort::LatestDecision);
}

void TestSearchEngine::pagesCoverEverythingOnce()
{
    QFETCH(int, sort);
    QSet<qint64> expected;
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM subject WHERE substr(name_key, 1, 1) = '王' "
                                      "OR substr(legal_representative_key, 1, 1) = '王' OR id IN "
                                      "(SELECT subject_id FROM subject_alias WHERE substr(name_key, 1, 1) = '王')")));
    while (query.next())
        expected.insert(query.value(0).toLongLong());
    QVERIFY(expected.size() > 100);
    QCOMPARE(search(QStringLiteral("王"), static_cast<SearchSort>(sort)), expected);
    // Descending too, and rows come in the order of the sort value.
    SearchRequest descending = request(QStringLiteral("王"), static_cast<SearchSort>(sort));
    descending.order = Qt::DescendingOrder;
    QSet<qint64> ids;
    SearchCursor cursor;
    for (;;) {
        auto page = m_engine->page(descending, cursor, 41);
        QVERIFY(page.ok());
        for (const SearchRow &row : page->rows)
            ids.insert(row.subjectId);
        if (page->complete)
            break;
        cursor = page->next;
    }
    QCOMPARE(ids, expected);
}

void TestSearchEngine::rankedByMatchThenNewest()
{
    // A name that exists whole, as a prefix of longer names and as a legal representative.
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT s.name_key FROM subject s WHERE s.kind = 1 AND length(s.name_key) = 2 "
                                      "AND EXISTS (SELECT 1 FROM subject t WHERE t.name_key > s.name_key "
                                      "AND t.name_key < s.name_key || '\uFFFF') LIMIT 1")));
    QVERIFY(query.next());
    const QString name = query.value(0).toString();
    const QList<SearchRow> rows = allRows(name);
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first().match, MatchKind::ExactName);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(rows[i - 1].match <= rows[i].match);
        if (rows[i - 1].match == rows[i].match)
            QVERIFY2(rows[i - 1].latestDecision >= rows[i].latestDecision, qPrintable(name));
    }
    for (const SearchRow &row : rows) {
        const QString key = m_keys.key(row.name);
        if (row.match == MatchKind::ExactName)
            QCOMPARE(key, name);
        if (row.match == MatchKind::NamePrefix)
            QVERIFY(key.startsWith(name) && key != name);
    }
    // An exact identifier outranks everything, and a case number finds its subject.
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM subject_identifier LIMIT 1")));
    QVERIFY(query.next());
    const QList<SearchRow> byIdentifier = allRows(query.value(0).toString());
    QCOMPARE(byIdentifier.size(), 1);
    QCOMPARE(byIdentifier.first().match, MatchKind::Identifier);
}

void TestSearchEngine::largeTierListedByKey()
{
    // Above the limit a tier is listed by key; the rows are the same and come once each.
    const QSet<qint64> newestFirst = search(QStringLiteral("wang"));
    QVERIFY(newestFirst.size() > 30);
    m_engine->setNewestFirstLimit(10);
    const QList<SearchRow> rows = allRows(QStringLiteral("wang"));
    m_engine->setNewestFirstLimit(SearchEngine::defaultNewestFirstLimit);
    QSet<qint64> byKey;
    QString previousKey;
    for (const SearchRow &row : rows) {
        byKey.insert(row.subjectId);
        if (row.match == MatchKind::Pinyin) {
            const QString key = m_keys.phonetic(m_keys.key(row.name), row.kind == SubjectKind::Person).pinyin;
            QVERIFY(previousKey <= key);
            previousKey = key;
        }
    }
    QCOMPARE(byKey, newestFirst);
    QCOMPARE(rows.size(), byKey.size());
}

void TestSearchEngine::countsAreExactOrAtLeast()
{
    const SearchRequest wang = request(QStringLiteral("王"));
    const qint64 all = search(QStringLiteral("王")).size();
    auto exact = m_engine->count(wang, -1);
    QVERIFY(exact.ok());
    QCOMPARE(exact->value, all);
    QVERIFY(exact->exact);
    auto capped = m_engine->count(wang, 20);
    QVERIFY(capped.ok());
    QCOMPARE(capped->value, 20);
    QVERIFY(!capped->exact);
    auto generous = m_engine->count(wang, all);
    QVERIFY(generous.ok());
    QCOMPARE(generous->value, all);
    QVERIFY(generous->exact);
}

void TestSearchEngine::activeFollowsListings()
{
    // "active" in search agrees with the domain rule applied to the listings.
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT s.id, l.state, l.decision_date, l.period_months, l.extension_months "
                                      "FROM subject s JOIN listing l ON l.subject_id = s.id")));
    QHash<qint64, bool> expected;
    const QDate today(2026, 11, 20);
    while (query.next()) {
        Listing listing;
        listing.state = static_cast<PublicationState>(query.value(1).toInt());
        listing.decisionDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        listing.periodMonths = query.value(3).toInt();
        listing.extensionMonths = query.value(4).toInt();
        expected[query.value(0).toLongLong()] |= listing.isEffective(today);
    }
    const QList<SearchRow> rows = allRows(QStringLiteral("王"));
    QVERIFY(!rows.isEmpty());
    int active = 0;
    for (const SearchRow &row : rows) {
        QCOMPARE(row.active, expected.value(row.subjectId));
        active += row.active ? 1 : 0;
    }
    QVERIFY(active > 0 && active < rows.size());
}

void TestSearchEngine::hostileInput()
{
    const QStringList inputs = {QString(10000, u'王'),
                                QStringLiteral("\" * ( ) OR NEAR ^ : -"),
                                QStringLiteral("a\"b"),
                                QString(QChar(0xD800)) + QStringLiteral("王伟"),
                                QStringLiteral("\x01\x02王\t"),
                                QStringLiteral("%_%"),
                                QStringLiteral("'; DROP TABLE subject; --"),
                                QStringLiteral("*"),
                                QStringLiteral("**********"),
                                QStringLiteral("王 OR 李"),
                                QStringLiteral("NEAR(王伟 李)"),
                                QStringLiteral("  \t  "),
                                QString(10000, u'a'),
                                QString(5000, u'*') + QStringLiteral("1234")};
    for (const QString &input : inputs) {
        for (const SearchSort sort : {SearchSort::Relevance, SearchSort::Name}) {
            const SearchRequest hostile = request(input, sort);
            QVERIFY(hostile.query.kind == ClassifiedQuery::Kind::Empty || !hostile.query.hint.isEmpty()
                    || hostile.query.kind != ClassifiedQuery::Kind::Invalid);
            auto page = m_engine->page(hostile, {}, 50);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error()));
            QVERIFY(m_engine->count(hostile, 100).ok());
        }
    }
    QVERIFY(!search(QStringLiteral("王")).isEmpty()); // the table is still there
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "test_search_engine.moc"
