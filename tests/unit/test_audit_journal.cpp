// Tests of the hash-chained audit journal: an intact chain verifies; an edited, deleted,
// inserted, reordered or truncated journal is caught and the first broken entry named.
#include "TestDatabase.h"
#include "store/AuditJournal.h"

#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestAuditJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void editedEntryIsCaught();
    void deletedEntryIsCaught();
    void reorderedEntriesAreCaught();
    void insertedEntryIsCaught();
    void truncatedJournalIsCaught();
    void rolledBackChangeLeavesNoEntry();

private:
    void exec(const QString &statement);
    AuditJournal::Verification verify();

    std::unique_ptr<test::TestDatabase> m_db;
};

void TestAuditJournal::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createEmpty());
    const Actor actor{QStringLiteral("officer"), QStringLiteral("Officer"), QStringLiteral("test"), Role::Officer};
    QVERIFY(m_db->database()
                .transaction([&]() -> Status {
                    AuditJournal journal(m_db->database().connection());
                    for (int i = 1; i <= 10; ++i) {
                        AuditRecord record{QStringLiteral("listing.state"), QStringLiteral("listing"),
                                           QString::number(i), QStringLiteral("court decision %1").arg(i),
                                           QJsonObject{{QStringLiteral("state"), i % 4}}};
                        auto appended = journal.append(actor, record);
                        if (!appended)
                            return Error{appended.error()};
                        if (appended.value() != i)
                            return Error{QStringLiteral("unexpected sequence")};
                    }
                    return {};
                })
                .ok());
}

void TestAuditJournal::cleanup()
{
    m_db.reset();
}

void TestAuditJournal::exec(const QString &statement)
{
    QSqlQuery query(m_db->database().connection());
    QVERIFY2(query.exec(statement), qPrintable(statement));
}

AuditJournal::Verification TestAuditJournal::verify()
{
    return AuditJournal(m_db->database().connection()).verify();
}

void TestAuditJournal::intactChainVerifies()
{
    const auto result = verify();
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.entries, 10);
    QCOMPARE(result.firstBrokenSequence, 0);
}

void TestAuditJournal::editedEntryIsCaught()
{
    exec(QStringLiteral("UPDATE audit_entry SET reason = 'nothing to see' WHERE sequence = 4"));
    const auto result = verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 4);
    QVERIFY(result.problem.contains(QStringLiteral("changed")));
}

void TestAuditJournal::deletedEntryIsCaught()
{
    exec(QStringLiteral("DELETE FROM audit_entry WHERE sequence = 6"));
    const auto result = verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 6);
}

void TestAuditJournal::reorderedEntriesAreCaught()
{
    exec(QStringLiteral("UPDATE audit_entry SET sequence = -3 WHERE sequence = 3"));
    exec(QStringLiteral("UPDATE audit_entry SET sequence = 3 WHERE sequence = 7"));
    exec(QStringLiteral("UPDATE audit_entry SET sequence = 7 WHERE sequence = -3"));
    const auto result = verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 3);
}

void TestAuditJournal::insertedEntryIsCaught()
{
    // Make room after entry 5 and insert a forged entry that copies entry 5's hash as previous.
    exec(QStringLiteral("UPDATE audit_entry SET sequence = sequence + 100 WHERE sequence > 5"));
    exec(QStringLiteral("UPDATE audit_entry SET sequence = sequence - 99 WHERE sequence > 100"));
    exec(QStringLiteral("INSERT INTO audit_entry SELECT 6, occurred_at, 'intruder', origin, action, entity_type, "
                        "entity_id, 'forged', details, entry_hash, entry_hash FROM audit_entry WHERE sequence = 5"));
    const auto result = verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 6);
}

void TestAuditJournal::truncatedJournalIsCaught()
{
    exec(QStringLiteral("DELETE FROM audit_entry WHERE sequence >= 9"));
    const auto result = verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 9);
}

void TestAuditJournal::rolledBackChangeLeavesNoEntry()
{
    const Actor actor{QStringLiteral("officer"), QStringLiteral("Officer"), QStringLiteral("test"), Role::Officer};
    const Status status = m_db->database().transaction([&]() -> Status {
        auto appended =
            AuditJournal(m_db->database().connection())
                .append(actor,
                        {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("1"), QStringLiteral("r"), {}});
        if (!appended)
            return Error{appended.error()};
        return Error{QStringLiteral("the change itself failed")};
    });
    QVERIFY(!status.ok());
    const auto result = verify();
    QVERIFY2(result.intact, qPrintable(result.problem));
    QCOMPARE(result.entries, 10);
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "test_audit_journal.moc"
