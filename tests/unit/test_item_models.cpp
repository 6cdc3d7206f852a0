// Every item model under QAbstractItemModelTester, on real demo data, including lazy fetching
// and sorting of the search results.
#include "TestDatabase.h"
#include "item/AuditTableModel.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/SearchClient.h"
#include "workflow/AuditService.h"
#include "workflow/DossierService.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    SearchClient client(m_db->path());
    SearchResultModel model(client, classifier, m_keys);
    model.setPageSize(20);
    model.setToday(QDate(2026, 11, 20));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SearchResultModel::rowsLoaded);
    auto fetchAll = [&model] {
        for (;;) {
            QTRY_VERIFY(!model.isLoading());
            if (!model.canFetchMore({}))
                return;
            model.fetchMore({});
        }
    };

    model.setQuery(QStringLiteral("李"));
    // Rows come from the search thread a page at a time, and more are there to fetch.
    QTRY_VERIFY(model.rowCount() >= 20);
    QCOMPARE(model.rowCount() % 20, 0);
    QVERIFY(model.canFetchMore({}));
    fetchAll();
    const int total = model.rowCount();
    QVERIFY(total > 40);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.count().value, total);
    // The matched part of each name is marked for highlighting.
    QCOMPARE(model.index(0, SearchResultModel::NameColumn).data(SearchResultModel::HighlightRole).toPoint(),
             QPoint(0, 1));

    // Sorting asks the database again and keeps every row.
    model.sort(SearchResultModel::LatestDecisionColumn, Qt::DescendingOrder);
    fetchAll();
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

    // Typing on: answers to the older queries are dropped, only the last one shows.
    loaded.clear();
    for (const QString &text : {QStringLiteral("王"), QStringLiteral("王伟"), QStringLiteral("李")})
        model.setQuery(text);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, SearchResultModel::NameColumn).data().toString();
        const QString representative = model.index(row, SearchResultModel::LegalRepresentativeColumn).data().toString();
        QVERIFY2(name.startsWith(u'李') || representative.startsWith(u'李'), qPrintable(name));
    }

    // A filter alone lists subjects; the count follows.
    SearchFilters inForce;
    inForce.publicationState = SearchFilters::inForce;
    model.setQuery(QString());
    model.setFilters(inForce);
    QTRY_VERIFY(model.rowCount() > 0 && model.isCountKnown());
    QVERIFY(model.count().value > 0);
    QCOMPARE(model.index(0, SearchResultModel::StatusColumn).data().toString().left(3),
             SearchResultModel::tr("On the list").left(3));
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
