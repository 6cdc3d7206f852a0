// Tests of the demo data: deterministic, and consistent with the rules (valid identifiers that
// agree with region, birth date and sex; no minors listed; every ground and state present).
#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "search/NameKey.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

namespace {

QList<SubjectRecord> generate(quint64 seed, int count)
{
    auto reference = ReferenceData::loadBundled();
    QList<DemoGenerator::Measure> measures;
    QHash<qint64, QString> names;
    for (int i = 0; i < reference->measures.size(); ++i) {
        measures.append({i + 1, reference->measures[i].categoryNumber, reference->measures[i].categoryNumber,
                         reference->measures[i].sourceCode});
        names.insert(reference->measures[i].categoryNumber, QStringLiteral("部门%1").arg(i));
    }
    DemoGenerator::Settings settings;
    settings.seed = seed;
    DemoGenerator generator(reference.value(), measures, names, settings);
    return generator.next(count);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData();
    void identifiersAreConsistent();
    void coversGroundsStatesAndRareNames();
    void writesAnAuditedDatabase();
};

void TestDemoGenerator::sameSeedSameData()
{
    const QList<SubjectRecord> first = generate(42, 300);
    const QList<SubjectRecord> second = generate(42, 300);
    const QList<SubjectRecord> other = generate(43, 300);
    QCOMPARE(first.size(), 300);
    bool differs = false;
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(first[i].subject.name, second[i].subject.name);
        QCOMPARE(first[i].subject.identifiers.first().value, second[i].subject.identifiers.first().value);
        QCOMPARE(first[i].listings.size(), second[i].listings.size());
        QCOMPARE(first[i].listings.first().listing.caseNumber, second[i].listings.first().listing.caseNumber);
        differs = differs || first[i].subject.name != other[i].subject.name;
    }
    QVERIFY(differs);
}

void TestDemoGenerator::identifiersAreConsistent()
{
    const QList<SubjectRecord> records = generate(7, 3000);
    QSet<QString> identifiers;
    for (const SubjectRecord &record : records) {
        const Subject &subject = record.subject;
        const Identifier &identifier = subject.identifiers.first();
        QVERIFY2(!identifiers.contains(identifier.value), qPrintable(identifier.value));
        identifiers.insert(identifier.value);
        if (subject.kind == SubjectKind::Person) {
            const IdNumber::Validation id = IdNumber::validate(identifier.value);
            QVERIFY2(id.valid, qPrintable(identifier.value + u' ' + id.reason));
            QCOMPARE(id.regionCode, subject.regionCode);
            QCOMPARE(id.birthDate, subject.birthDate);
            QCOMPARE(id.sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F"), subject.sex);
            for (const ListingRecord &listing : record.listings) {
                // Minors are never listed (SPC rules Art. 3).
                QVERIFY(listing.listing.decisionDate >= subject.birthDate.addYears(18));
            }
        } else {
            const CreditCode::Validation code = CreditCode::validate(identifier.value);
            QVERIFY2(code.valid, qPrintable(identifier.value + u' ' + code.reason));
            QCOMPARE(code.regionCode, subject.regionCode);
            QVERIFY(!subject.legalRepresentative.isEmpty());
        }
        for (const ListingRecord &listing : record.listings) {
            const CaseNumber::Parsed parsed = CaseNumber::parse(listing.listing.caseNumber, 2026);
            QVERIFY2(parsed.valid, qPrintable(listing.listing.caseNumber + u' ' + parsed.reason));
            QCOMPARE(parsed.courtCode, listing.listing.courtCode);
            QVERIFY(listing.listing.decisionDate <= QDate(2026, 11, 20));
            QVERIFY(!listing.applications.isEmpty());
        }
    }
}

void TestDemoGenerator::coversGroundsStatesAndRareNames()
{
    const QList<SubjectRecord> records = generate(7, 10000);
    QSet<int> grounds;
    QSet<int> states;
    QSet<int> deletionEvents;
    bool outsideBmp = false;
    bool oneCharacterGivenName = false;
    bool expired = false;
    int organisations = 0;
    int feedback = 0;
    for (const SubjectRecord &record : records) {
        const QString &name = record.subject.name;
        outsideBmp = outsideBmp || name.contains(QString::fromUcs4(U"𠮷")) || name.contains(QString::fromUcs4(U"𪚥"));
        if (record.subject.kind == SubjectKind::Person)
            oneCharacterGivenName = oneCharacterGivenName || NameKeyBuilder::characterCount(name) == 2;
        else
            ++organisations;
        for (const ListingRecord &listing : record.listings) {
            grounds.insert(static_cast<int>(listing.listing.ground));
            states.insert(static_cast<int>(listing.listing.state));
            deletionEvents.insert(static_cast<int>(listing.listing.deletionEvent));
            expired = expired || listing.listing.effectiveState(QDate(2026, 11, 20)) == EffectiveState::Expired;
            for (const MeasureApplicationRecord &application : listing.applications)
                feedback += static_cast<int>(application.feedback.size());
        }
    }
    QCOMPARE(grounds.size(), 6);
    QCOMPARE(states.size(), 4);
    QCOMPARE(deletionEvents.size(), 9); // none and all eight deletion events
    QVERIFY(expired);
    QVERIFY(outsideBmp);
    QVERIFY(oneCharacterGivenName);
    QVERIFY(organisations > 1500 && organisations < 2500);
    QVERIFY(feedback > 10000);
}

void TestDemoGenerator::writesAnAuditedDatabase()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(2500));
    QSqlQuery query(db.database().connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM subject), (SELECT count(*) FROM listing), "
                       "(SELECT count(*) FROM measure_application), (SELECT count(*) FROM measure_feedback), "
                       "(SELECT count(*) FROM user_account), "
                       "(SELECT count(*) FROM audit_entry WHERE action = 'demo.generate')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2500);
    QVERIFY(query.value(1).toInt() > 3000);
    QVERIFY(query.value(2).toInt() > 7000);
    QVERIFY(query.value(3).toInt() > 1000);
    QCOMPARE(query.value(4).toInt(), 4);
    QCOMPARE(query.value(5).toInt(), 3); // one per batch of 1000
    QCOMPARE(db.database().metaValue(QStringLiteral("demo")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
