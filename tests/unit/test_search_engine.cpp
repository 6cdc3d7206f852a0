// Tests of the search paths against a brute-force scan of the same data, and of keyset paging.
#include "TestDatabase.h"
#include "domain/CaseNumber.h"
#include "domain/Listing.h"
#include "search/NameKey.h"
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
    void namesMatchBruteForce();
    void identifiersAndCaseNumbers();
    void pagesCoverEverythingOnce_data();
    void pagesCoverEverythingOnce();
    void activeFollowsListings();
    void hostileInput();

private:
    QSet<qint64> search(const QString &text, SearchSort sort = SearchSort::Name);

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

QSet<qint64> TestSearchEngine::search(const QString &text, SearchSort sort)
{
    QSet<qint64> ids;
    const ClassifiedQuery query = m_classifier->classify(text);
    SearchCursor cursor;
    QVariant previousValue;
    qint64 previousId = 0;
    for (;;) {
        auto page = m_engine->page(query, sort, Qt::AscendingOrder, cursor, 37, QDate(2026, 11, 20));
        if (!page) {
            qWarning() << page.error();
            return {};
        }
        for (const SearchRow &row : page.value()) {
            if (ids.contains(row.subjectId))
                qWarning() << "duplicate" << row.subjectId;
            // Rows arrive in strictly increasing (sort value, id) order.
            if (!ids.isEmpty()) {
                const QPartialOrdering order = QVariant::compare(previousValue, row.sortValue);
                if (order == QPartialOrdering::Greater
                    || (order == QPartialOrdering::Equivalent && previousId >= row.subjectId)) {
                    qWarning() << "out of order" << previousValue << row.sortValue;
                    return {};
                }
            }
            previousValue = row.sortValue;
            previousId = row.subjectId;
            ids.insert(row.subjectId);
        }
        if (page->size() < 37)
            return ids;
        cursor = {true, page->last().sortValue, page->last().subjectId};
    }
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
}

void TestSearchEngine::classifies()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(m_classifier->classify(text).kind), kind);
}

void TestSearchEngine::namesMatchBruteForce()
{
    // Random substrings (1 to 5 characters) of real names: short ones must match as prefixes,
    // longer ones as substrings of the name or the legal representative.
    QRandomGenerator random(99);
    for (int i = 0; i < 300; ++i) {
        const QString key = m_subjects[random.bounded(static_cast<int>(m_subjects.size()))].second.section(u'|', 0, 0);
        const QList<uint> characters = key.toUcs4();
        const int length = 1 + random.bounded(qMin(5, static_cast<int>(characters.size())));
        const int start = length < 3 ? 0 : random.bounded(static_cast<int>(characters.size()) - length + 1);
        const QString query =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + start, length);
        QSet<qint64> expected;
        for (const auto &[id, keys] : std::as_const(m_subjects)) {
            const QString name = keys.section(u'|', 0, 0);
            const QString representative = keys.section(u'|', 1, 1);
            const bool match = NameKeyBuilder::characterCount(query) < 3
                                   ? name.startsWith(query)
                                   : (name.contains(query) || representative.contains(query));
            if (match)
                expected.insert(id);
        }
        QCOMPARE(search(query), expected);
    }
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
    for (const auto &[id, keys] : std::as_const(m_subjects)) {
        if (keys.startsWith(u'王'))
            expected.insert(id);
    }
    QVERIFY(expected.size() > 100);
    QCOMPARE(search(QStringLiteral("王"), static_cast<SearchSort>(sort)), expected);
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
    const ClassifiedQuery all = m_classifier->classify(QStringLiteral("王"));
    auto rows = m_engine->page(all, SearchSort::Name, Qt::AscendingOrder, {}, 10000, today);
    QVERIFY(rows.ok());
    int active = 0;
    for (const SearchRow &row : rows.value()) {
        QCOMPARE(row.active, expected.value(row.subjectId));
        active += row.active ? 1 : 0;
    }
    QVERIFY(active > 0 && active < rows->size());
}

void TestSearchEngine::hostileInput()
{
    const QStringList inputs = {QString(10000, u'王'),
                                QStringLiteral("\" * ( ) OR NEAR ^ : -"),
                                QStringLiteral("a\"b"),
                                QString(QChar(0xD800)) + QStringLiteral("王伟"),
                                QStringLiteral("\x01\x02王\t"),
                                QStringLiteral("%_%"),
                                QStringLiteral("'; DROP TABLE subject; --")};
    for (const QString &input : inputs) {
        const ClassifiedQuery query = m_classifier->classify(input);
        auto rows = m_engine->page(query, SearchSort::Name, Qt::AscendingOrder, {}, 50, QDate(2026, 11, 20));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error()));
    }
    QVERIFY(!search(QStringLiteral("王")).isEmpty()); // the table is still there
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "test_search_engine.moc"
