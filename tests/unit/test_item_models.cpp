// Every item model under QAbstractItemModelTester, on real demo data, including lazy fetching
// and sorting of the search results.
#include "TestDatabase.h"
#include "item/AuditTableModel.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "workflow/AuditService.h"
#include "workflow/DossierService.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchResultsFetchLazilyAndSort();
    void dossierModels();
    void masksResidentIds();
    void auditJournalPagesLazily();

private:
    qint64 richestSubject();
    static Actor officer()
    {
        return {QStringLiteral("officer"), QStringLiteral("Officer"), QStringLiteral("test"), Role::Officer};
    }

    std::unique_ptr<test::TestDatabase> m_db;
    NameKeyBuilder m_keys;
};

void TestItemModels::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(2000));
}

void TestItemModels::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestItemModels::richestSubject()
{
    QSqlQuery query(m_db->database().connection());
    query.exec(QStringLiteral("SELECT l.subject_id FROM listing l JOIN measure_application a ON a.listing_id = l.id "
                              "JOIN measure_feedback f ON f.application_id = a.id GROUP BY l.subject_id "
                              "ORDER BY count(DISTINCT l.id) DESC, count(*) DESC LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

void TestItemModels::searchResultsFetchLazilyAndSort()
{
    const QueryClassifier classifier(m_keys);
    const SearchEngine engine(m_db->database().connection());
    SearchResultModel model(engine, classifier);
    model.setPageSize(20);
    model.setToday(QDate(2026, 11, 20));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setQuery(QStringLiteral("李"));
    // Rows come a page at a time, and more are there to fetch.
    QVERIFY(model.rowCount() >= 20);
    QCOMPARE(model.rowCount() % 20, 0);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    const int total = model.rowCount();
    QVERIFY(total > 40);

    // Sorting asks the database again and keeps every row.
    model.sort(SearchResultModel::LatestDecisionColumn, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString previous = model.index(row - 1, SearchResultModel::LatestDecisionColumn).data().toString();
        QVERIFY(!previous.isEmpty());
    }
    QVERIFY(model.subjectIdAt(0) > 0);
    QCOMPARE(model.index(0, 0).data(SearchResultModel::SubjectIdRole).toLongLong(), model.subjectIdAt(0));

    model.setQuery(QStringLiteral("12"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hint().isEmpty());
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.hint().isEmpty());
}

void TestItemModels::dossierModels()
{
    DossierService service(m_db->database());
    DossierModel dossier(service, officer());
    QAbstractItemModelTester listingTester(dossier.listings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester measureTester(dossier.measures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(dossier.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const qint64 subjectId = richestSubject();
    QVERIFY(subjectId > 0);
    QVERIFY2(dossier.load(subjectId, QDate(2026, 11, 20)), qPrintable(dossier.error()));
    QVERIFY(dossier.listings()->rowCount() >= 2);
    QVERIFY(dossier.measures()->rowCount() >= 1);
    // Category → measure → feedback.
    bool foundFeedback = false;
    for (int category = 0; category < dossier.measures()->rowCount(); ++category) {
        const QModelIndex categoryIndex = dossier.measures()->index(category, 0);
        QVERIFY(categoryIndex.data().toString().startsWith(u'('));
        for (int measure = 0; measure < dossier.measures()->rowCount(categoryIndex); ++measure) {
            const QModelIndex measureIndex = dossier.measures()->index(measure, 0, categoryIndex);
            QCOMPARE(measureIndex.parent(), categoryIndex);
            if (dossier.measures()->rowCount(measureIndex) > 0) {
                const QModelIndex feedbackIndex = dossier.measures()->index(0, 0, measureIndex);
                QCOMPARE(feedbackIndex.parent(), measureIndex);
                QVERIFY(!feedbackIndex.data().toString().isEmpty());
                foundFeedback = true;
            }
        }
    }
    QVERIFY(foundFeedback);
    QVERIFY(dossier.timeline()->rowCount() > dossier.listings()->rowCount());

    // Loading another subject resets every model.
    QVERIFY(dossier.load(1, QDate(2026, 11, 20)));
    QVERIFY(!dossier.load(999999));
    QVERIFY(dossier.error().contains(QStringLiteral("999999")));
}

void TestItemModels::masksResidentIds()
{
    DossierService service(m_db->database());
    DossierModel dossier(service, officer());
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT subject_id, value FROM subject_identifier WHERE type = 1 LIMIT 1")));
    QVERIFY(query.next());
    const QString full = query.value(1).toString();
    QVERIFY(dossier.load(query.value(0).toLongLong()));
    bool shown = false;
    for (const DossierModel::IdentityLine &line : dossier.identity()) {
        QVERIFY(!line.value.contains(full));
        if (line.value == full.left(6) + QStringLiteral("********") + full.right(4))
            shown = true;
    }
    QVERIFY(shown);
}

void TestItemModels::auditJournalPagesLazily()
{
    AuditService service(m_db->database());
    const Actor auditor{QStringLiteral("auditor"), QStringLiteral("Auditor"), QStringLiteral("test"), Role::Auditor};
    // Some reads to have more entries than one page.
    DossierService dossiers(m_db->database());
    const Actor reader{QStringLiteral("reader"), QStringLiteral("Reader"), QStringLiteral("test"), Role::Officer};
    for (qint64 subject = 1; subject <= 12; ++subject)
        QVERIFY(dossiers.open(reader, subject).ok());
    AuditTableModel model(service, auditor);
    model.setPageSize(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QVERIFY(model.rowCount() >= 5);
    while (model.canFetchMore({}))
        model.fetchMore({});
    const int all = model.rowCount();
    QVERIFY(all > 12);
    // Newest first, no gaps.
    for (int row = 1; row < all; ++row) {
        QCOMPARE(model.index(row - 1, AuditTableModel::SequenceColumn).data().toLongLong(),
                 model.index(row, AuditTableModel::SequenceColumn).data().toLongLong() + 1);
    }
    AuditFilter filter;
    filter.actor = QStringLiteral("reader");
    filter.actionPrefix = QStringLiteral("dossier.");
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 12);
    // Not for an officer.
    AuditTableModel refused(service, officer());
    refused.setFilter({});
    QCOMPARE(refused.rowCount(), 0);
    QVERIFY(refused.error().contains(QStringLiteral("may not")));
}

QTEST_MAIN(TestItemModels)
#include "test_item_models.moc"
