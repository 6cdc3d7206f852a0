// Masking policy, audited dossier reads and reveals with a reason and a time limit.
#include "Actors.h"
#include "TestDatabase.h"
#include "domain/SecurityPolicy.h"
#include "store/AuditRepository.h"
#include "workflow/DossierService.h"
#include "workflow/PolicyService.h"

#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestMaskingReveal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultPolicy();
    void dossierIsMaskedAndAudited();
    void revealNeedsPermissionAndReason();
    void adminChangesPolicy();

private:
    QList<AuditEntry> entries(const QString &action);

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_person = 0;
    QString m_fullId;
};

void TestMaskingReveal::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(30));
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT subject_id, value FROM subject_identifier WHERE type = 1 LIMIT 1")));
    QVERIFY(query.next());
    m_person = query.value(0).toLongLong();
    m_fullId = query.value(1).toString();
}

void TestMaskingReveal::cleanupTestCase()
{
    m_db.reset();
}

QList<AuditEntry> TestMaskingReveal::entries(const QString &action)
{
    AuditFilter filter;
    filter.actionPrefix = action;
    return AuditRepository(m_db->database().connection()).page(filter, 0, 1000).value();
}

void TestMaskingReveal::defaultPolicy()
{
    const MaskingPolicy policy = MaskingPolicy::defaults();
    QCOMPARE(policy.apply(IdentifierType::ResidentId, QStringLiteral("11010519491231002X")),
             QStringLiteral("110105********002X"));
    QCOMPARE(policy.apply(IdentifierType::CreditCode, QStringLiteral("91340100MA2N12344D")),
             QStringLiteral("91340100MA2N12344D"));
    QCOMPARE(policy.apply(IdentifierType::Passport, QStringLiteral("E12345678")), QStringLiteral("E1*****78"));
    const MaskingPolicy roundTrip = MaskingPolicy::fromJson(policy.toJson());
    QCOMPARE(roundTrip.apply(IdentifierType::ResidentId, m_fullId), policy.apply(IdentifierType::ResidentId, m_fullId));
}

void TestMaskingReveal::dossierIsMaskedAndAudited()
{
    DossierService service(m_db->database());
    const int before = static_cast<int>(entries(QStringLiteral("dossier.open")).size());
    auto dossier = service.open(test::auditor(), m_person);
    QVERIFY(dossier.ok());
    const QString shown = dossier->subject.identifiers.first().value;
    QCOMPARE(shown, m_fullId.left(6) + QStringLiteral("********") + m_fullId.right(4));
    const auto opened = entries(QStringLiteral("dossier.open"));
    QCOMPARE(opened.size(), before + 1);
    QCOMPARE(opened.first().actor, QStringLiteral("auditor"));
    QCOMPARE(opened.first().entityId, QString::number(m_person));
}

void TestMaskingReveal::revealNeedsPermissionAndReason()
{
    DossierService service(m_db->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto admin = service.reveal(test::admin(), m_person, IdentifierType::ResidentId, QStringLiteral("curious"), now);
    QVERIFY(!admin.ok());
    QVERIFY(admin.error().contains(QStringLiteral("may not")));
    auto noReason = service.reveal(test::officer(), m_person, IdentifierType::ResidentId, QStringLiteral("  "), now);
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().contains(QStringLiteral("reason")));
    QCOMPARE(entries(QStringLiteral("identifier.reveal")).size(), 0);

    auto revealed = service.reveal(test::officer(), m_person, IdentifierType::ResidentId,
                                   QStringLiteral("identity check for objection 7"), now);
    QVERIFY2(revealed.ok(), qPrintable(revealed.ok() ? QString() : revealed.error()));
    QCOMPARE(revealed->value, m_fullId);
    QCOMPARE(revealed->expiresAt, now.addSecs(5 * 60));
    const auto audited = entries(QStringLiteral("identifier.reveal"));
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.first().actor, QStringLiteral("officer"));
    QCOMPARE(audited.first().reason, QStringLiteral("identity check for objection 7"));
    QVERIFY(!audited.first().details.contains(m_fullId)); // the journal does not copy the identifier
}

void TestMaskingReveal::adminChangesPolicy()
{
    PolicyService policies(m_db->database());
    SecurityPolicy policy = policies.load();
    policy.masking.setRule(IdentifierType::ResidentId, {true, 3, 2});
    policy.revealMinutes = 2;
    QVERIFY(!policies.save(test::officer(), policy, QStringLiteral("stricter")).ok());
    QVERIFY(!policies.save(test::admin(), policy, QString()).ok());
    QVERIFY(policies.save(test::admin(), policy, QStringLiteral("stricter masking by notice 3")).ok());
    QCOMPARE(policies.load().revealMinutes, 2);
    auto dossier = DossierService(m_db->database()).open(test::officer(), m_person);
    QCOMPARE(dossier->subject.identifiers.first().value, m_fullId.left(3) + QString(13, u'*') + m_fullId.right(2));
    QCOMPARE(entries(QStringLiteral("policy.change")).size(), 1);
}

QTEST_GUILESS_MAIN(TestMaskingReveal)
#include "test_masking_reveal.moc"
