// The recall guarantee: for thousands of random queries of every class (1-, 2-, 3+-character
// names, traditional forms, pinyin and initials, legal representatives, whole, partial and
// masked identifiers, case numbers) with and without filters, the indexed search returns
// exactly the subjects a brute-force scan of the same data finds, each in its best match tier.
#include "TestDatabase.h"
#include "domain/Listing.h"
#include "search/NameKey.h"
#include "search/SearchBenchmark.h"
#include "search/SearchEngine.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

namespace {

struct OracleListing
{
    Listing listing;
    bool underObjection = false;
    QSet<int> categories;
};

struct OracleSubject
{
    qint64 id = 0;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    QString nameKey;
    QString representative;
    QString representativeKey;
    QString pinyin;
    QString initials;
    QString regionCode;
    QStringList identifiers;
    QStringList aliasKeys;
    QList<OracleListing> listings;
};

} // namespace

class TestSearchRecall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomQueriesMatchBruteForce();
    void filtersMatchBruteForce();

private:
    /// The best tier a subject matches in, or -1: the definition the engine must implement.
    std::optional<MatchKind> expectedMatch(const OracleSubject &subject, const ClassifiedQuery &query) const;
    bool passesFilters(const OracleSubject &subject, const SearchFilters &filters) const;
    QString randomQuery(QRandomGenerator &random, QString &queryClass) const;
    void compare(const SearchRequest &request, const QString &label);

    std::unique_ptr<test::TestDatabase> m_db;
    NameKeyBuilder m_keys;
    std::unique_ptr<QueryClassifier> m_classifier;
    std::unique_ptr<SearchEngine> m_engine;
    QList<OracleSubject> m_subjects;
    QStringList m_caseNumbers;
    QStringList m_courts;
    const QDate m_today{2026, 11, 20};
    int m_compared = 0;
    int m_nonEmpty = 0;
};

void TestSearchRecall::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(2500, 11));
    m_classifier = std::make_unique<QueryClassifier>(m_keys);
    m_engine = std::make_unique<SearchEngine>(m_db->database().connection());
    // Large tiers are listed by key: make that happen on this small cache too.
    m_engine->setNewestFirstLimit(40);
    QSqlDatabase db = m_db->database().connection();
    QSqlQuery query(db);
    // Some objections under review, for the filter.
    QVERIFY(query.exec(QStringLiteral("UPDATE listing SET under_objection = 1 WHERE id % 17 = 0")));
    QHash<qint64, qsizetype> position;
    QVERIFY(query.exec(QStringLiteral("SELECT id, kind, name, name_key, coalesce(legal_representative, ''), "
                                      "coalesce(legal_representative_key, ''), pinyin_key, initials_key, "
                                      "coalesce(region_code, '') FROM subject ORDER BY id")));
    while (query.next()) {
        OracleSubject subject;
        subject.id = query.value(0).toLongLong();
        subject.kind = static_cast<SubjectKind>(query.value(1).toInt());
        subject.name = query.value(2).toString();
        subject.nameKey = query.value(3).toString();
        subject.representative = query.value(4).toString();
        subject.representativeKey = query.value(5).toString();
        subject.pinyin = query.value(6).toString();
        subject.initials = query.value(7).toString();
        subject.regionCode = query.value(8).toString();
        // The stored keys are what the key builder makes of the name.
        QCOMPARE(subject.nameKey, m_keys.key(subject.name));
        QCOMPARE(subject.pinyin, m_keys.phonetic(subject.nameKey, subject.kind == SubjectKind::Person).pinyin);
        position.insert(subject.id, m_subjects.size());
        m_subjects.append(subject);
    }
    QVERIFY(query.exec(QStringLiteral("SELECT subject_id, value FROM subject_identifier")));
    while (query.next())
        m_subjects[position.value(query.value(0).toLongLong())].identifiers.append(query.value(1).toString());
    QVERIFY(query.exec(QStringLiteral("SELECT subject_id, name_key FROM subject_alias")));
    while (query.next())
        m_subjects[position.value(query.value(0).toLongLong())].aliasKeys.append(query.value(1).toString());
    QHash<qint64, QSet<int>> categories;
    QVERIFY(query.exec(QStringLiteral("SELECT a.listing_id, m.category_number FROM measure_application a "
                                      "JOIN measure m ON m.id = a.measure_id")));
    while (query.next())
        categories[query.value(0).toLongLong()].insert(query.value(1).toInt());
    QVERIFY(query.exec(QStringLiteral("SELECT id, subject_id, court_code, case_number, ground, decision_date, "
                                      "period_months, extension_months, state, under_objection FROM listing")));
    QSet<QString> courts;
    while (query.next()) {
        OracleListing entry;
        entry.listing.id = query.value(0).toLongLong();
        entry.listing.courtCode = query.value(2).toString();
        entry.listing.caseNumber = query.value(3).toString();
        entry.listing.ground = static_cast<ListingGround>(query.value(4).toInt());
        entry.listing.decisionDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        entry.listing.periodMonths = query.value(6).toInt();
        entry.listing.extensionMonths = query.value(7).toInt();
        entry.listing.state = static_cast<PublicationState>(query.value(8).toInt());
        entry.underObjection = query.value(9).toBool();
        entry.categories = categories.value(entry.listing.id);
        m_subjects[position.value(query.value(1).toLongLong())].listings.append(entry);
        m_caseNumbers.append(entry.listing.caseNumber);
        courts.insert(entry.listing.courtCode);
    }
    m_courts = courts.values();
    m_courts.sort();
    QVERIFY(m_subjects.size() == 2500);
}

std::optional<MatchKind> TestSearchRecall::expectedMatch(const OracleSubject &subject,
                                                         const ClassifiedQuery &query) const
{
    switch (query.kind) {
    case ClassifiedQuery::Kind::Identifier:
        if (subject.identifiers.contains(query.value))
            return MatchKind::Identifier;
        return {};
    case ClassifiedQuery::Kind::IdentifierPrefix:
        for (const QString &identifier : subject.identifiers) {
            if (identifier.startsWith(query.value))
                return MatchKind::Identifier;
        }
        return {};
    case ClassifiedQuery::Kind::MaskedIdentifier: {
        QString expression;
        for (const QChar c : query.pattern)
            expression += c == u'*' ? QStringLiteral(".*") : c == u'?' ? QStringLiteral(".") : QString(c);
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(expression));
        for (const QString &identifier : subject.identifiers) {
            if (pattern.match(identifier).hasMatch())
                return MatchKind::Identifier;
        }
        return {};
    }
    case ClassifiedQuery::Kind::CaseNumber:
        for (const OracleListing &entry : subject.listings) {
            if (entry.listing.caseNumber == query.value)
                return MatchKind::CaseNumber;
        }
        return {};
    case ClassifiedQuery::Kind::Name:
        break;
    case ClassifiedQuery::Kind::Empty:
    case ClassifiedQuery::Kind::Invalid:
        return {};
    }
    const QString &key = query.value;
    const bool substrings = NameKeyBuilder::characterCount(key) >= 3;
    if (subject.nameKey == key)
        return MatchKind::ExactName;
    if (subject.representativeKey == key || subject.aliasKeys.contains(key))
        return MatchKind::ExactOtherName;
    if (subject.nameKey.startsWith(key))
        return MatchKind::NamePrefix;
    if (subject.representativeKey.startsWith(key))
        return MatchKind::OtherNamePrefix;
    for (const QString &alias : subject.aliasKeys) {
        if (alias.startsWith(key))
            return MatchKind::OtherNamePrefix;
    }
    if (substrings && subject.nameKey.contains(key))
        return MatchKind::NameSubstring;
    if (substrings && subject.representativeKey.contains(key))
        return MatchKind::OtherNameSubstring;
    if (query.pinyinAlternatives.contains(subject.pinyin))
        return MatchKind::WholePinyin;
    for (const QString &alternative : query.pinyinAlternatives) {
        if (subject.pinyin.startsWith(alternative))
            return MatchKind::Pinyin;
    }
    if (!query.pinyinAlternatives.isEmpty() && subject.initials == key)
        return MatchKind::Initials;
    return {};
}

bool TestSearchRecall::passesFilters(const OracleSubject &subject, const SearchFilters &filters) const
{
    if (!filters.regionCode.isEmpty()) {
        QString prefix = filters.regionCode;
        while (prefix.size() > 2 && prefix.endsWith(QLatin1String("00")))
            prefix.chop(2);
        if (!subject.regionCode.startsWith(prefix))
            return false;
    }
    const bool listingFilters = !filters.courtCode.isEmpty() || filters.ground || filters.publicationState
                                || filters.listedFrom.isValid() || filters.listedTo.isValid() || filters.measureCategory
                                || filters.underObjection;
    if (!listingFilters)
        return true;
    for (const OracleListing &entry : subject.listings) {
        const Listing &listing = entry.listing;
        if (!filters.courtCode.isEmpty() && listing.courtCode != filters.courtCode)
            continue;
        if (filters.ground && static_cast<int>(listing.ground) != filters.ground)
            continue;
        if (filters.publicationState == SearchFilters::inForce && !listing.isEffective(m_today))
            continue;
        if (filters.publicationState && filters.publicationState != SearchFilters::inForce
            && static_cast<int>(listing.state) != filters.publicationState)
            continue;
        if (filters.listedFrom.isValid() && listing.decisionDate < filters.listedFrom)
            continue;
        if (filters.listedTo.isValid() && listing.decisionDate > filters.listedTo)
            continue;
        if (filters.measureCategory && !entry.categories.contains(filters.measureCategory))
            continue;
        if (filters.underObjection && !entry.underObjection)
            continue;
        return true;
    }
    return false;
}

void TestSearchRecall::compare(const SearchRequest &request, const QString &label)
{
    QHash<qint64, MatchKind> expected;
    for (const OracleSubject &subject : std::as_const(m_subjects)) {
        const std::optional<MatchKind> match = request.query.kind == ClassifiedQuery::Kind::Empty
                                                   ? std::optional<MatchKind>(MatchKind::Filter)
                                                   : expectedMatch(subject, request.query);
        if (match && passesFilters(subject, request.filters))
            expected.insert(subject.id, *match);
    }
    QHash<qint64, MatchKind> found;
    SearchCursor cursor;
    MatchKind previous = MatchKind::Identifier;
    for (int pages = 0;; ++pages) {
        QVERIFY2(pages < 1000, qPrintable(label));
        auto page = m_engine->page(request, cursor, 23);
        QVERIFY2(page.ok(), qPrintable(label + u' ' + (page.ok() ? QString() : page.error())));
        for (const SearchRow &row : page->rows) {
            QVERIFY2(!found.contains(row.subjectId), qPrintable(label + QStringLiteral(": a row came twice")));
            QVERIFY2(row.match >= previous, qPrintable(label + QStringLiteral(": ranking out of order")));
            previous = row.match;
            found.insert(row.subjectId, row.match);
        }
        if (page->complete)
            break;
        cursor = page->next;
    }
    if (found != expected) {
        int missing = 0;
        int extra = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            missing += found.contains(it.key()) ? 0 : 1;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            extra += expected.contains(it.key()) ? 0 : 1;
        QFAIL(qPrintable(QStringLiteral("%1: expected %2, found %3 (%4 missing, %5 extra or in another tier)")
                             .arg(label)
                             .arg(expected.size())
                             .arg(found.size())
                             .arg(missing)
                             .arg(extra)));
    }
    auto counted = m_engine->count(request, -1);
    QVERIFY(counted.ok());
    QCOMPARE(counted->value, static_cast<qint64>(expected.size()));
    ++m_compared;
    m_nonEmpty += expected.isEmpty() ? 0 : 1;
}

QString TestSearchRecall::randomQuery(QRandomGenerator &random, QString &queryClass) const
{
    const OracleSubject &subject = m_subjects[random.bounded(static_cast<int>(m_subjects.size()))];
    const QList<uint> name = subject.name.toUcs4();
    auto slice = [](const QList<uint> &characters, int start, int length) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + start, length);
    };
    switch (random.bounded(14)) {
    case 0:
        queryClass = QStringLiteral("name-1");
        return slice(name, random.bounded(2) ? 0 : random.bounded(static_cast<int>(name.size())), 1);
    case 1:
        queryClass = QStringLiteral("name-2");
        return slice(name, random.bounded(3) ? 0 : random.bounded(static_cast<int>(name.size()) - 1), 2);
    case 2: {
        queryClass = QStringLiteral("name-3+");
        const int length = 3 + random.bounded(qMax(1, static_cast<int>(name.size()) - 2));
        const int usable = qMin(length, static_cast<int>(name.size()));
        return slice(name, random.bounded(static_cast<int>(name.size()) - usable + 1), usable);
    }
    case 3:
        queryClass = QStringLiteral("traditional");
        return SearchBenchmark::traditional(random.bounded(2) ? subject.name
                                                              : slice(name, 0, qMin(2, int(name.size()))));
    case 4: {
        queryClass = QStringLiteral("pinyin-prefix");
        return subject.pinyin.left(1 + random.bounded(static_cast<int>(subject.pinyin.size())));
    }
    case 5:
        queryClass = QStringLiteral("pinyin-initials");
        return subject.initials;
    case 6: {
        queryClass = QStringLiteral("pinyin-given-name-first");
        if (subject.kind != SubjectKind::Person || name.size() < 2)
            return subject.pinyin;
        const QString surname = m_keys.phonetic(subject.nameKey.left(1), true).pinyin;
        return subject.pinyin.mid(surname.size()) + u' ' + surname.toUpper();
    }
    case 7: {
        queryClass = QStringLiteral("legal-representative");
        if (subject.representative.isEmpty())
            return subject.name;
        const QList<uint> representative = subject.representative.toUcs4();
        return slice(representative, 0, 1 + random.bounded(static_cast<int>(representative.size())));
    }
    case 8:
        queryClass = QStringLiteral("id-exact");
        return random.bounded(2) ? subject.identifiers.value(0) : subject.identifiers.value(0).toLower();
    case 9:
        queryClass = QStringLiteral("id-prefix");
        return subject.identifiers.value(0).left(4 + random.bounded(14));
    case 10: {
        queryClass = QStringLiteral("id-masked");
        const QString identifier = subject.identifiers.value(0);
        switch (random.bounded(3)) {
        case 0:
            return identifier.left(4) + QString(10, u'*') + identifier.right(4);
        case 1:
            return identifier.left(6) + QString(8, u'*') + identifier.right(4);
        default:
            return identifier.left(3) + QStringLiteral("***") + identifier.right(4 + random.bounded(3));
        }
    }
    case 11: {
        queryClass = QStringLiteral("case-number");
        QString caseNumber = m_caseNumbers[random.bounded(static_cast<int>(m_caseNumbers.size()))];
        if (random.bounded(2))
            caseNumber.replace(u'(', u'（').replace(u')', u'）');
        return caseNumber;
    }
    case 12: {
        queryClass = QStringLiteral("random-han");
        static const QString pool =
            QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡林郭何高罗伟芳娜敏静丽强磊军洋勇艳杰涛"
                           "明超秀霞平刚桂英华安徽合肥芜湖科技贸易建材有限公司");
        QString text;
        const int length = 1 + random.bounded(4);
        for (int i = 0; i < length; ++i)
            text += pool[random.bounded(static_cast<int>(pool.size()))];
        return text;
    }
    default: {
        queryClass = QStringLiteral("random-latin");
        QString text;
        const int length = 1 + random.bounded(6);
        for (int i = 0; i < length; ++i)
            text += QChar(u'a' + random.bounded(26));
        return text;
    }
    }
}

void TestSearchRecall::randomQueriesMatchBruteForce()
{
    QRandomGenerator random(20261126);
    QHash<QString, int> perClass;
    for (int i = 0; i < 2500; ++i) {
        QString queryClass;
        const QString text = randomQuery(random, queryClass);
        SearchRequest request;
        request.query = m_classifier->classify(text);
        request.today = m_today;
        ++perClass[queryClass];
        compare(request, queryClass + QStringLiteral(" \"") + text + u'"');
        if (QTest::currentTestFailed())
            return;
    }
    qInfo() << "compared" << m_compared << "queries," << m_nonEmpty << "with results; per class" << perClass;
    QVERIFY(m_nonEmpty > 2000);
    QVERIFY(perClass.size() == 14);
}

void TestSearchRecall::filtersMatchBruteForce()
{
    QRandomGenerator random(7);
    for (int i = 0; i < 500; ++i) {
        QString queryClass;
        const QString text = random.bounded(3) == 0 ? QString() : randomQuery(random, queryClass);
        SearchRequest request;
        request.query = m_classifier->classify(text);
        request.today = m_today;
        const OracleSubject &someone = m_subjects[random.bounded(static_cast<int>(m_subjects.size()))];
        SearchFilters &filters = request.filters;
        if (random.bounded(2))
            filters.regionCode = someone.regionCode.left(2 + 2 * random.bounded(3)).leftJustified(6, u'0');
        if (random.bounded(4) == 0)
            filters.courtCode = m_courts[random.bounded(static_cast<int>(m_courts.size()))];
        if (random.bounded(4) == 0)
            filters.ground = 1 + random.bounded(6);
        if (random.bounded(4) == 0)
            filters.publicationState = random.bounded(2) ? SearchFilters::inForce : 1 + random.bounded(4);
        if (random.bounded(4) == 0) {
            filters.listedFrom = QDate(2015 + random.bounded(10), 1 + random.bounded(12), 1);
            filters.listedTo = filters.listedFrom.addDays(random.bounded(900));
        }
        if (random.bounded(5) == 0)
            filters.measureCategory = 1 + random.bounded(9);
        if (random.bounded(5) == 0)
            filters.underObjection = true;
        if (filters.isEmpty())
            filters.ground = 1;
        compare(request, QStringLiteral("filtered \"%1\" region %2 court %3 ground %4 state %5 category %6")
                             .arg(text, filters.regionCode, filters.courtCode)
                             .arg(filters.ground)
                             .arg(filters.publicationState)
                             .arg(filters.measureCategory));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestSearchRecall)
#include "test_search_recall.moc"
