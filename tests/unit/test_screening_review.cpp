// The review of screening results: every match kept, the side-by-side comparison with the
// differing characters, "confirmed hit" under four eyes, "not the same person" with a whitelist
// entry that clears the match in later batches until it expires or is revoked, and matching on
// worker threads giving the same record as matching on the calling thread.

#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "store/ScreeningReviewRepository.h"
#include "workflow/ScreeningReviewService.h"
#include "workflow/ScreeningService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;
using test::scalar;

class TestScreeningReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMatchIsKept();
    void comparisonShowsDifferences();
    void confirmedHitTakesTwoOfficers();
    void notSamePersonAndWhitelist();
    void whitelistLimits();
    void workersRecordTheSameAsOneThread();
    void headersWithAlternatives();

private:
    QString write(const QString &name, const QString &text);
    Result<ScreeningService::Summary> screen(const QString &file, const QDate &today = QDate(2026, 11, 20),
                                             int workers = -1);
    Result<ScreeningReviewService::BatchReview> review(qint64 batchId, bool includeNoHit = false);

    test::TestDatabase m_db;
    qint64 m_personId = 0;
    QString m_personName;
    QString m_residentId;
};

void TestScreeningReview::initTestCase()
{
    QVERIFY(m_db.createDemo(400));
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT s.id, s.name, i.value FROM subject s JOIN subject_identifier i ON i.subject_id = s.id AND i.type = 1 "
        "WHERE s.kind = 1 AND EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.state = 1 AND "
        "l.period_months = 0) AND (SELECT count(*) FROM subject t WHERE t.name_key = s.name_key) = 1 "
        "ORDER BY s.id LIMIT 1")));
    QVERIFY(query.next());
    m_personId = query.value(0).toLongLong();
    m_personName = query.value(1).toString();
    m_residentId = query.value(2).toString();
}

QString TestScreeningReview::write(const QString &name, const QString &text)
{
    const QString path = m_db.folder() + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

Result<ScreeningService::Summary> TestScreeningReview::screen(const QString &file, const QDate &today, int workers)
{
    ScreeningOptions options;
    options.today = today;
    options.workers = workers;
    return ScreeningService(m_db.database()).screenFile(test::officer(), file, options);
}

Result<ScreeningReviewService::BatchReview> TestScreeningReview::review(qint64 batchId, bool includeNoHit)
{
    return ScreeningReviewService(m_db.database()).review(test::officer(), batchId, includeNoHit);
}

void TestScreeningReview::everyMatchIsKept()
{
    // The listed person by ID (a hit) and a stranger (no hit): review rows list the hit only,
    // with its match; the whole record has both.
    const QString file =
        write(QStringLiteral("kept.csv"),
              QStringLiteral("姓名,证件号码\n%1,%2\n王小明,110101199003070011\n").arg(m_personName, m_residentId));
    auto summary = screen(file);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->hits, 1);
    auto withMatches = review(summary->batchId);
    QVERIFY2(withMatches, qPrintable(withMatches.error()));
    QCOMPARE(withMatches->rows.size(), 1);
    QCOMPARE(withMatches->rows.first().line, 2);
    QVERIFY(!withMatches->matches.isEmpty());
    QCOMPARE(withMatches->matches.first().subjectId, m_personId);
    QVERIFY(withMatches->matches.first().inForce);
    QCOMPARE(withMatches->matches.first().rank, 1);
    auto everything = review(summary->batchId, true);
    QVERIFY(everything);
    QCOMPARE(everything->rows.size(), 2);
    // An auditor may read the batches; a reviewer too; an administrator not.
    QVERIFY(ScreeningReviewService(m_db.database()).batches(test::auditor()));
    QVERIFY(!ScreeningReviewService(m_db.database()).batches(test::admin()));
}

void TestScreeningReview::comparisonShowsDifferences()
{
    // The listed person's ID with one digit changed and the name as listed: the ID field differs
    // in the masked part only when the slip is visible; here it is among the last four.
    QString mistyped = m_residentId;
    mistyped[15] = QChar(u'0' + (mistyped[15].digitValue() + 1) % 10);
    const QString file =
        write(QStringLiteral("compare.csv"), QStringLiteral("姓名,证件号码\n%1,%2\n").arg(m_personName, mistyped));
    auto summary = screen(file);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->hits + summary->possible, 1);
    auto comparison = ScreeningReviewService(m_db.database()).compare(test::officer(), summary->batchId, 2, m_personId);
    QVERIFY2(comparison, qPrintable(comparison.error()));
    QCOMPARE(comparison->fields.size(), 2);
    QVERIFY(comparison->fields.at(0).equal); // the name
    const ComparedField &id = comparison->fields.at(1);
    QVERIFY(!id.equal);
    QCOMPARE(id.applicant.size(), id.listed.size());
    QCOMPARE(id.differingPositions, QList<int>{15});
    QVERIFY(!id.applicant.contains(mistyped)); // masked on both sides
    QCOMPARE(differingPositions(QStringLiteral("張三"), QStringLiteral("张三")), QList<int>{0});
    QVERIFY(differingPositions(QStringLiteral("张三"), QStringLiteral("张三丰")).isEmpty());
}

void TestScreeningReview::confirmedHitTakesTwoOfficers()
{
    Database &db = m_db.database();
    const QString file = write(QStringLiteral("confirm.csv"), QStringLiteral("证件号码\n%1\n").arg(m_residentId));
    auto summary = screen(file);
    QVERIFY2(summary, qPrintable(summary.error()));
    ScreeningReviewService service(db);
    const Actor proposer = test::officer(QStringLiteral("li"));
    QVERIFY(!service.proposeConfirmedHit(proposer, summary->batchId, 2, m_personId, QStringLiteral(" ")));
    auto proposed =
        service.proposeConfirmedHit(proposer, summary->batchId, 2, m_personId, QStringLiteral("same ID, same name"));
    QVERIFY2(proposed, qPrintable(proposed.error()));
    // One open decision per match.
    QVERIFY(!service.proposeConfirmedHit(test::officer(QStringLiteral("wang")), summary->batchId, 2, m_personId,
                                         QStringLiteral("again")));
    QVERIFY(!service.decideNotSamePerson(test::officer(QStringLiteral("wang")), summary->batchId, 2, m_personId,
                                         QStringLiteral("other"), std::nullopt, QDate(2026, 11, 20)));
    // The proposer cannot be the second officer, even holding the reviewer's role; an officer
    // without it cannot either.
    const Actor proposerAsReviewer = test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("li"));
    auto self = service.settleConfirmation(proposerAsReviewer, proposed.value(), true, QStringLiteral("ok"));
    QVERIFY(!self);
    QVERIFY(self.error().contains(QStringLiteral("four eyes")));
    QVERIFY(!service.settleConfirmation(test::officer(QStringLiteral("zhao")), proposed.value(), true,
                                        QStringLiteral("ok")));
    auto pending = service.proposedConfirmations(test::reviewer());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().state, ScreeningDecisionState::Proposed);
    QVERIFY(service.settleConfirmation(test::reviewer(QStringLiteral("chen")), proposed.value(), true,
                                       QStringLiteral("checked the judgment")));
    // Settled once: a second reviewer meets the settled decision.
    const Status twice = service.settleConfirmation(test::reviewer(QStringLiteral("sun")), proposed.value(), false,
                                                    QStringLiteral("no"));
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QStringLiteral("meanwhile")), qPrintable(twice.error()));
    auto decisions = review(summary->batchId);
    QVERIFY(decisions);
    QCOMPARE(decisions->decisions.size(), 1);
    const ScreeningDecision &decision = decisions->decisions.first();
    QCOMPARE(decision.kind, ScreeningDecisionKind::ConfirmedHit);
    QCOMPARE(decision.state, ScreeningDecisionState::InEffect);
    QCOMPARE(decision.decidedBy, QStringLiteral("li"));
    QCOMPARE(decision.secondBy, QStringLiteral("chen"));
    QCOMPARE(decision.secondReason, QStringLiteral("checked the judgment"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity_type = 'screening_decision' AND "
                                   "entity_id = ?"),
                    {QString::number(proposed.value())})
                 .toInt(),
             2);
    // The frozen row is untouched by the decision.
    QCOMPARE(scalar(db, QStringLiteral("SELECT outcome FROM screening_result WHERE batch_id = ? AND line = 2"),
                    {summary->batchId})
                 .toInt(),
             static_cast<int>(ScreeningOutcome::Hit));
    // A rejected proposal opens the match again.
    auto again = screen(file);
    QVERIFY(again);
    auto second = service.proposeConfirmedHit(proposer, again->batchId, 2, m_personId, QStringLiteral("same"));
    QVERIFY(second);
    QVERIFY(service.settleConfirmation(test::reviewer(QStringLiteral("chen")), second.value(), false,
                                       QStringLiteral("the judgment names someone else")));
    QVERIFY(service.decideNotSamePerson(proposer, again->batchId, 2, m_personId, QStringLiteral("other person"),
                                        std::nullopt, QDate(2026, 11, 20)));
}

void TestScreeningReview::notSamePersonAndWhitelist()
{
    Database &db = m_db.database();
    // The listed person's name with a masked ID that fits: a hit to review.
    const QString masked = m_residentId.left(6) + QStringLiteral("********") + m_residentId.right(4);
    const QString file = write(QStringLiteral("namesake.csv"),
                               QStringLiteral("姓名,证件号码,序号\n%1,%2,7\n").arg(m_personName, masked));
    auto first = screen(file);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->hits, 1);
    ScreeningReviewService service(db);
    auto decided = service.decideNotSamePerson(test::officer(), first->batchId, 2, m_personId,
                                               QStringLiteral("born 1990, the listed person 1965"), QDate(2026, 12, 31),
                                               QDate(2026, 11, 20));
    QVERIFY2(decided, qPrintable(decided.error()));
    auto entries = service.whitelist(test::officer(), false, QDate(2026, 11, 20));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const WhitelistEntry entry = entries->first();
    QCOMPARE(entry.subjectId, m_personId);
    QCOMPARE(entry.decisionId, decided.value());
    QCOMPARE(entry.expiresOn, QDate(2026, 12, 31));
    // A pass reads the active entries at once when there are not too many, else asks per applicant.
    ScreeningReviewRepository repository(db.connection());
    auto inMemory = repository.allActiveWhitelist(QDate(2026, 12, 1), 10);
    QVERIFY(inMemory && inMemory->has_value());
    QCOMPARE((*inMemory)->size(), 1);
    const auto listings = (*inMemory)->values().first();
    QCOMPARE(listings.size(), 1u);
    QCOMPARE(listings.begin()->second, entry.id);
    auto tooMany = repository.allActiveWhitelist(QDate(2026, 12, 1), 0);
    QVERIFY(tooMany && !tooMany->has_value());
    QVERIFY(repository.allActiveWhitelist(QDate(2027, 1, 1), 10)->value().isEmpty()); // expired by then
    // Screened again while the entry is in force: cleared, not reported; the match is kept
    // with the entry that cleared it.
    auto cleared = screen(file, QDate(2026, 12, 1));
    QVERIFY2(cleared, qPrintable(cleared.error()));
    QCOMPARE(cleared->possible, 0);
    QCOMPARE(cleared->hits, 0);
    QCOMPARE(cleared->cleared, 1);
    // The same masked ID under another name is another applicant: not cleared.
    const QString other = write(QStringLiteral("other.csv"),
                                QStringLiteral("姓名,证件号码\n%1,%2\n").arg(QStringLiteral("欧阳修远"), masked));
    auto otherBatch = screen(other, QDate(2026, 12, 1));
    QVERIFY(otherBatch);
    QCOMPARE(otherBatch->cleared, 0);
    auto clearedReview = review(cleared->batchId);
    QVERIFY(clearedReview);
    QCOMPARE(clearedReview->rows.size(), 1);
    QCOMPARE(clearedReview->rows.first().outcome, static_cast<int>(ScreeningOutcome::NoHit));
    QCOMPARE(clearedReview->matches.first().whitelistId, entry.id);
    // A cleared match cannot be proposed as a hit.
    QVERIFY(!service.proposeConfirmedHit(test::officer(QStringLiteral("li")), cleared->batchId, 2, m_personId,
                                         QStringLiteral("x")));
    // After the end date the applicant is screened against the listing again.
    auto expired = screen(file, QDate(2027, 1, 1));
    QVERIFY(expired);
    QCOMPARE(expired->hits, 1);
    QCOMPARE(expired->cleared, 0);
    // Revoked: screened again at once, also when another entry cleared the applicant against the
    // listing (another desk of the office made one too: revoked with it); revoking twice is refused.
    WhitelistEntry twin = entry;
    twin.createdBy = QStringLiteral("officer-on-another-desk");
    auto twinId = repository.insertWhitelist(twin);
    QVERIFY(twinId);
    QVERIFY(service.revokeWhitelist(test::officer(), entry.id, QStringLiteral("new information")));
    QCOMPARE(repository.findWhitelist(twinId.value())->revokedBy, QStringLiteral("officer"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT json_extract(details, '$.alsoRevoked[0]') FROM audit_entry WHERE "
                                       "action = 'screening.whitelist-revoked'"))
                 .toLongLong(),
             twinId.value());
    QVERIFY(!service.revokeWhitelist(test::officer(), entry.id, QStringLiteral("again")));
    auto revoked = screen(file, QDate(2026, 12, 1));
    QVERIFY(revoked);
    QCOMPARE(revoked->hits, 1);
    auto all = service.whitelist(test::auditor(), true, QDate(2026, 12, 1));
    QVERIFY(all);
    QCOMPARE(all->first().revokedBy, QStringLiteral("officer"));
    QVERIFY(!service.whitelist(test::auditor(), false, QDate(2026, 12, 1))->size());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'screening.whitelist-revoked'"))
                 .toInt(),
             1);
}

void TestScreeningReview::whitelistLimits()
{
    const QString file = write(QStringLiteral("limits.csv"), QStringLiteral("姓名\n%1\n").arg(m_personName));
    auto batch = screen(file);
    QVERIFY(batch);
    ScreeningReviewService service(m_db.database());
    const QDate today(2026, 11, 20);
    QVERIFY(!service.decideNotSamePerson(test::officer(), batch->batchId, 2, m_personId, QStringLiteral("r"),
                                         today.addYears(1).addDays(1), today));
    // A name alone cannot be whitelisted: the entry would clear everyone of that name.
    auto nameOnly = service.decideNotSamePerson(test::officer(), batch->batchId, 2, m_personId, QStringLiteral("r"),
                                                today.addYears(1), today);
    QVERIFY(!nameOnly);
    QVERIFY2(nameOnly.error().contains(QStringLiteral("whitelisted")), qPrintable(nameOnly.error()));
    QVERIFY(!service.decideNotSamePerson(test::officer(), batch->batchId, 2, m_personId, QStringLiteral("r"),
                                         today.addDays(-1), today));
    QVERIFY(!service.decideNotSamePerson(test::reviewer(), batch->batchId, 2, m_personId, QStringLiteral("r"),
                                         std::nullopt, today));
    QVERIFY(!service.decideNotSamePerson(test::officer(), batch->batchId, 3, m_personId, QStringLiteral("r"),
                                         std::nullopt, today));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM screening_decision WHERE batch_id = ?"),
                    {batch->batchId})
                 .toInt(),
             0);
}

void TestScreeningReview::workersRecordTheSameAsOneThread()
{
    // A few thousand rows (many chunks): the listed people of the demo by ID, masked and by
    // name, and strangers; two workers record exactly what the calling thread records.
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT s.name, i.value FROM subject s JOIN subject_identifier i ON "
                                      "i.subject_id = s.id AND i.type = 1 ORDER BY s.id")));
    QString text = QStringLiteral("姓名,证件号码\n");
    int rows = 0;
    while (query.next() && rows < 3000) {
        const QString name = query.value(0).toString();
        const QString id = query.value(1).toString();
        text +=
            QStringLiteral("%1,%2\n%1,%3\n%1,\n").arg(name, id, id.left(6) + QStringLiteral("********") + id.right(4));
        rows += 3;
    }
    const QString file = write(QStringLiteral("workers.csv"), text);
    auto alone = screen(file, QDate(2026, 11, 20), 0);
    QVERIFY2(alone, qPrintable(alone.error()));
    auto together = screen(file, QDate(2026, 11, 20), 2);
    QVERIFY2(together, qPrintable(together.error()));
    QCOMPARE(together->rows, alone->rows);
    QCOMPARE(together->hits, alone->hits);
    QCOMPARE(together->possible, alone->possible);
    QVERIFY(alone->hits > 100);
    QCOMPARE(together->changedSincePrevious, 0);
    const QString matches = QStringLiteral("SELECT group_concat(line || ':' || rank || ':' || subject_id || ':' || "
                                           "score, ';') FROM (SELECT * FROM screening_match WHERE batch_id = ? ORDER "
                                           "BY line, rank)");
    QCOMPARE(scalar(m_db.database(), matches, {together->batchId}).toString(),
             scalar(m_db.database(), matches, {alone->batchId}).toString());
    const QString outcomes =
        QStringLiteral("SELECT group_concat(line || ':' || outcome || ':' || coalesce(subject_id, 0) "
                       "|| ':' || applicant_key, ';') FROM (SELECT * FROM screening_result WHERE "
                       "batch_id = ? ORDER BY line)");
    QCOMPARE(scalar(m_db.database(), outcomes, {together->batchId}).toString(),
             scalar(m_db.database(), outcomes, {alone->batchId}).toString());
}

void TestScreeningReview::headersWithAlternatives()
{
    // "姓名/名称" names one field twice over; "姓名/证件号码" names two and is left to the officer.
    auto mapping = ColumnMapping::recognise({QStringLiteral("序号"), QStringLiteral("姓名/名称"),
                                             QStringLiteral("证件号码"), QStringLiteral("法定代表人")});
    QVERIFY2(mapping, qPrintable(mapping.error()));
    QCOMPARE(mapping->column(ApplicantField::Name), 1);
    QCOMPARE(mapping->column(ApplicantField::LegalRepresentative), 3);
    auto slash = ColumnMapping::recognise({QStringLiteral("Name / 名称"), QStringLiteral("单位名称、企业名称")});
    QVERIFY(!slash); // both columns name the name: refused with both columns named
    QVERIFY2(slash.error().contains(QStringLiteral("Name / 名称"))
                 && slash.error().contains(QStringLiteral("单位名称、企业名称")),
             qPrintable(slash.error()));
    auto mixed = ColumnMapping::recognise({QStringLiteral("姓名/证件号码"), QStringLiteral("统一社会信用代码")});
    QVERIFY2(mixed, qPrintable(mixed.error()));
    QCOMPARE(mixed->column(ApplicantField::Name), -1);
    QCOMPARE(mixed->column(ApplicantField::IdNumber), -1);
    QCOMPARE(mixed->column(ApplicantField::CreditCode), 1);
}

QTEST_GUILESS_MAIN(TestScreeningReview)
#include "test_screening_review.moc"
