// Tests of the derived listing states and the period arithmetic (Civil Code Art. 202).
#include "domain/Listing.h"

#include <QTest>

using namespace creditdesk;

class TestListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveState_data();
    void effectiveState();
};

void TestListing::effectiveState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QDate>("decision");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QDate>("periodEnd");

    const int published = static_cast<int>(PublicationState::Published);
    QTest::newRow("no fixed period stays active")
        << published << QDate(2015, 3, 1) << 0 << 0 << QDate(2026, 1, 1) << int(EffectiveState::Active) << QDate();
    QTest::newRow("last day still active") << published << QDate(2024, 3, 15) << 24 << 0 << QDate(2026, 3, 15)
                                           << int(EffectiveState::Active) << QDate(2026, 3, 15);
    QTest::newRow("day after expired") << published << QDate(2024, 3, 15) << 24 << 0 << QDate(2026, 3, 16)
                                       << int(EffectiveState::Expired) << QDate(2026, 3, 15);
    QTest::newRow("29 February ends 28 February") << published << QDate(2024, 2, 29) << 24 << 0 << QDate(2026, 3, 1)
                                                  << int(EffectiveState::Expired) << QDate(2026, 2, 28);
    QTest::newRow("extension counts") << published << QDate(2022, 1, 10) << 24 << 12 << QDate(2024, 6, 1)
                                      << int(EffectiveState::Active) << QDate(2025, 1, 10);
    QTest::newRow("masked is in force") << int(PublicationState::Masked) << QDate(2025, 1, 10) << 24 << 0
                                        << QDate(2025, 6, 1) << int(EffectiveState::Masked) << QDate(2027, 1, 10);
    QTest::newRow("deleted") << int(PublicationState::Deleted) << QDate(2025, 1, 10) << 0 << 0 << QDate(2025, 6, 1)
                             << int(EffectiveState::Deleted) << QDate();
    QTest::newRow("revoked") << int(PublicationState::Revoked) << QDate(2025, 1, 10) << 24 << 0 << QDate(2025, 6, 1)
                             << int(EffectiveState::Revoked) << QDate(2027, 1, 10);
}

void TestListing::effectiveState()
{
    QFETCH(int, state);
    QFETCH(QDate, decision);
    QFETCH(int, months);
    QFETCH(int, extension);
    QFETCH(QDate, today);
    QFETCH(int, expected);
    QFETCH(QDate, periodEnd);
    Listing listing;
    listing.state = static_cast<PublicationState>(state);
    listing.decisionDate = decision;
    listing.periodMonths = months;
    listing.extensionMonths = extension;
    QCOMPARE(listing.periodEnd(), periodEnd);
    QCOMPARE(int(listing.effectiveState(today)), expected);
    const bool inForce = expected == int(EffectiveState::Active) || expected == int(EffectiveState::Masked);
    QCOMPARE(listing.isEffective(today), inForce);
}

QTEST_GUILESS_MAIN(TestListing)
#include "test_listing.moc"
