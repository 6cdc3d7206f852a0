// Objection handling: every allowed and every forbidden transition of both routes (state
// machine and service), four eyes, two reviewers deciding the same case, a fault injected in
// the middle of a decision, the clocks of a case, duplicates, evidence files, and the record's
// 异议中 flag and annotation.
#include "Actors.h"
#include "TestDatabase.h"
#include "domain/ObjectionClock.h"
#include "search/NameKey.h"
#include "search/SearchEngine.h"
#include "workflow/DemoDataService.h"
#include "workflow/ObjectionService.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <map>
#include <set>

using namespace creditdesk;

namespace {

using S = ObjectionState;

/// The expected shape of each route, written out independently of the implementation.
const std::map<ObjectionRoute, std::set<std::pair<S, S>>> &expectedSteps()
{
    static const std::map<ObjectionRoute, std::set<std::pair<S, S>>> steps = {
        {ObjectionRoute::CreditPlatform,
         {{S::Submitted, S::Accepted},
          {S::Submitted, S::NotAccepted},
          {S::Accepted, S::UnderReview},
          {S::UnderReview, S::Corrected},
          {S::UnderReview, S::Upheld},
          {S::UnderReview, S::Undetermined},
          {S::NotAccepted, S::ApplicantNotified},
          {S::Corrected, S::ApplicantNotified},
          {S::Upheld, S::ApplicantNotified},
          {S::Undetermined, S::ApplicantNotified},
          {S::ApplicantNotified, S::Closed}}},
        {ObjectionRoute::CourtList,
         {{S::Submitted, S::Accepted},
          {S::Submitted, S::NotAccepted},
          {S::Accepted, S::ForwardedToCourt},
          {S::ForwardedToCourt, S::CourtDecided},
          {S::CourtDecided, S::ApplicantNotified},
          {S::NotAccepted, S::ApplicantNotified},
          {S::ApplicantNotified, S::ReconsiderationFiled},
          {S::ApplicantNotified, S::Closed},
          {S::ReconsiderationFiled, S::ReconsiderationDecided},
          {S::ReconsiderationDecided, S::Closed}}},
    };
    return steps;
}

} // namespace

class TestObjections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateMachine_data();
    void stateMachine();
    void serviceFollowsTheStateMachine_data();
    void serviceFollowsTheStateMachine();
    void fourEyes();
    void twoReviewersAtOnce();
    void faultMidDecisionChangesNothing();
    void correctionChangesTheRecordAndKeepsHistory();
    void underObjectionFlagAndAnnotation();
    void clocks();
    void queues();
    void duplicatesFlagged();
    void evidenceFiles();
    void badRegistrations();
    void nextYearsCalendarImported();
    void demoDatabaseHasCasesInEveryStage();

private:
    qint64 listing(int index) const { return m_listings.value(index); }
    qint64 registerOn(qint64 listingId, ObjectionRoute route, const QDate &received = QDate(2026, 11, 2));
    ObjectionStep stepTo(S to) const;
    /// Drives a new case along the shortest path to \a state; returns its id.
    qint64 caseIn(ObjectionRoute route, S state);
    QString advance(qint64 id, const ObjectionStep &step, const Actor &actor);
    QString advance(qint64 id, const ObjectionStep &step);
    QString listingValue(qint64 listingId, const QString &column);
    int auditCount();

    test::TestDatabase m_db;
    std::unique_ptr<ObjectionService> m_service;
    QList<qint64> m_listings;
    int m_nextListing = 0;
    const Actor m_officer = test::officer();
    const Actor m_reviewer = test::reviewer();
};

void TestObjections::initTestCase()
{
    QVERIFY(m_db.createDemo(400));
    m_service = std::make_unique<ObjectionService>(m_db.database());
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM listing ORDER BY id")));
    while (query.next())
        m_listings.append(query.value(0).toLongLong());
    QVERIFY(m_listings.size() > 300);
}

qint64 TestObjections::registerOn(qint64 listingId, ObjectionRoute route, const QDate &received)
{
    ObjectionDraft draft;
    draft.listingId = listingId;
    draft.route = route;
    draft.applicantName = QStringLiteral("张三");
    draft.receivedOn = received;
    draft.ground = ObjectionGround::Inaccurate;
    draft.groundsText = QStringLiteral("履行情况有误");
    draft.fields = {QStringLiteral("performance")};
    auto id = m_service->registerObjection(m_officer, draft);
    if (!id) {
        qWarning() << id.error();
        return 0;
    }
    return id.value();
}

ObjectionStep TestObjections::stepTo(S to) const
{
    ObjectionStep step;
    step.to = to;
    step.actedOn = QDate(2026, 11, 20);
    step.reason = QStringLiteral("test step");
    if (to == S::Corrected) {
        step.changes = {{QStringLiteral("performance"), QStringLiteral("1")}};
    }
    if (to == S::CourtDecided || to == S::ReconsiderationDecided) {
        step.outcome = ObjectionOutcome::Upheld;
        step.decisionText = QStringLiteral("（2026）皖01执异12号");
    }
    return step;
}

QString TestObjections::advance(qint64 id, const ObjectionStep &step, const Actor &actor)
{
    const auto objection = m_service->find(id);
    if (!objection)
        return QStringLiteral("no case");
    const Status status = m_service->advance(actor, id, objection->rowVersion, step);
    return status ? QString() : status.error();
}

QString TestObjections::advance(qint64 id, const ObjectionStep &step)
{
    return advance(id, step, ObjectionStateMachine::isDecision(step.to) ? m_reviewer : m_officer);
}

qint64 TestObjections::caseIn(ObjectionRoute route, S state)
{
    // Breadth-first over the expected steps from Submitted.
    std::map<S, QList<S>> paths{{S::Submitted, {}}};
    QList<S> frontier{S::Submitted};
    while (!frontier.isEmpty()) {
        const S from = frontier.takeFirst();
        for (const auto &[a, b] : expectedSteps().at(route)) {
            // Not through "not accepted": a case refused at the door never reaches the court.
            if (a == from && paths.count(b) == 0 && from != S::NotAccepted) {
                paths[b] = paths[from] + QList<S>{b};
                frontier.append(b);
            }
        }
    }
    if (paths.count(state) == 0)
        return 0;
    const qint64 id = registerOn(listing(m_nextListing++), route);
    for (const S step : paths[state]) {
        const QString error = advance(id, stepTo(step));
        if (!error.isEmpty()) {
            qWarning() << "path to" << objectionStateName(state) << "failed at" << objectionStateName(step) << error;
            return 0;
        }
    }
    return id;
}

QString TestObjections::listingValue(qint64 listingId, const QString &column)
{
    QSqlQuery query(m_db.database().connection());
    query.exec(QStringLiteral("SELECT %1 FROM listing WHERE id = %2").arg(column).arg(listingId));
    return query.next() ? query.value(0).toString() : QString();
}

int TestObjections::auditCount()
{
    QSqlQuery query(m_db.database().connection());
    query.exec(QStringLiteral("SELECT count(*) FROM audit_entry"));
    return query.next() ? query.value(0).toInt() : -1;
}

void TestObjections::stateMachine_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    for (const ObjectionRoute route : {ObjectionRoute::CreditPlatform, ObjectionRoute::CourtList}) {
        for (const S from : ObjectionStateMachine::allStates()) {
            for (const S to : ObjectionStateMachine::allStates()) {
                QTest::addRow("%s %s → %s", route == ObjectionRoute::CourtList ? "court" : "platform",
                              qPrintable(objectionStateName(from)), qPrintable(objectionStateName(to)))
                    << int(route) << int(from) << int(to) << (expectedSteps().at(route).count({from, to}) > 0);
            }
        }
    }
}

void TestObjections::stateMachine()
{
    QFETCH(int, route);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(
        ObjectionStateMachine::allows(static_cast<ObjectionRoute>(route), static_cast<S>(from), static_cast<S>(to)),
        allowed);
}

void TestObjections::serviceFollowsTheStateMachine_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("from");
    for (const ObjectionRoute route : {ObjectionRoute::CreditPlatform, ObjectionRoute::CourtList}) {
        for (const S from : ObjectionStateMachine::allStates()) {
            bool reachable = from == S::Submitted;
            for (const auto &[a, b] : expectedSteps().at(route))
                reachable = reachable || b == from;
            if (reachable)
                QTest::addRow("%s from %s", route == ObjectionRoute::CourtList ? "court" : "platform",
                              qPrintable(objectionStateName(from)))
                    << int(route) << int(from);
        }
    }
}

void TestObjections::serviceFollowsTheStateMachine()
{
    // From each reachable state, every target: allowed ones succeed (each on a fresh case),
    // forbidden ones are refused with the possible next steps and change nothing.
    QFETCH(int, route);
    QFETCH(int, from);
    const auto theRoute = static_cast<ObjectionRoute>(route);
    const qint64 probe = caseIn(theRoute, static_cast<S>(from));
    QVERIFY(probe > 0);
    for (const S to : ObjectionStateMachine::allStates()) {
        const bool allowed = expectedSteps().at(theRoute).count({static_cast<S>(from), to}) > 0;
        if (allowed) {
            const qint64 fresh = caseIn(theRoute, static_cast<S>(from));
            QVERIFY(fresh > 0);
            const QString error = advance(fresh, stepTo(to));
            QVERIFY2(error.isEmpty(), qPrintable(objectionStateName(to) + u' ' + error));
            QCOMPARE(m_service->find(fresh)->state, to);
        } else {
            const qint64 version = m_service->find(probe)->rowVersion;
            const int audits = auditCount();
            const QString error = advance(probe, stepTo(to));
            QVERIFY2(error.contains(QStringLiteral("cannot become")),
                     qPrintable(objectionStateName(to) + u' ' + error));
            QCOMPARE(m_service->find(probe)->rowVersion, version);
            QCOMPARE(auditCount(), audits);
        }
    }
}

void TestObjections::fourEyes()
{
    const Actor both = test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("both"));
    ObjectionDraft draft;
    draft.listingId = listing(m_nextListing++);
    draft.applicantName = QStringLiteral("李四");
    draft.receivedOn = QDate(2026, 11, 2);
    auto id = m_service->registerObjection(both, draft);
    QVERIFY(id.ok());
    QVERIFY(advance(id.value(), stepTo(S::Accepted), both).isEmpty()); // an officer's step: fine
    QVERIFY(advance(id.value(), stepTo(S::UnderReview), both).isEmpty());
    const QString refused = advance(id.value(), stepTo(S::Upheld), both);
    QVERIFY2(refused.contains(QStringLiteral("four eyes")), qPrintable(refused));
    QVERIFY(advance(id.value(), stepTo(S::Upheld), m_reviewer).isEmpty());
    // An officer may not decide at all.
    const qint64 other = caseIn(ObjectionRoute::CreditPlatform, S::UnderReview);
    QVERIFY(advance(other, stepTo(S::Upheld), m_officer).contains(QStringLiteral("may not")));
}

void TestObjections::twoReviewersAtOnce()
{
    const qint64 id = caseIn(ObjectionRoute::CreditPlatform, S::UnderReview);
    const qint64 version = m_service->find(id)->rowVersion;
    // A second connection to the same file, as a second desk would have.
    auto second = Database::open(m_db.path(), QStringLiteral("second-desk"));
    QVERIFY(second.ok());
    ObjectionService otherDesk(**second);
    QVERIFY(m_service->advance(test::reviewer(QStringLiteral("first")), id, version, stepTo(S::Upheld)).ok());
    const Status late =
        otherDesk.advance(test::reviewer(QStringLiteral("second")), id, version, stepTo(S::Undetermined));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QStringLiteral("Someone else")), qPrintable(late.error()));
    QCOMPARE(m_service->find(id)->state, S::Upheld);
    QCOMPARE(m_service->find(id)->decidedBy, QStringLiteral("first"));
}

void TestObjections::faultMidDecisionChangesNothing()
{
    const qint64 id = caseIn(ObjectionRoute::CreditPlatform, S::UnderReview);
    const qint64 listingId = m_service->find(id)->listingId;
    const QString obligation = listingValue(listingId, QStringLiteral("obligation"));
    const QString performance = listingValue(listingId, QStringLiteral("performance"));
    const QString version = listingValue(listingId, QStringLiteral("row_version"));
    const int audits = auditCount();
    ObjectionStep step = stepTo(S::Corrected);
    step.changes = {
        {QStringLiteral("obligation"), QStringLiteral("支付货款人民币1元")},
        {QStringLiteral("performance"), performance == QLatin1String("1") ? QStringLiteral("0") : QStringLiteral("1")}};
    for (const QString &point : {QStringLiteral("after-field-change"), QStringLiteral("before-audit")}) {
        m_service->setFaultInjection([point](const QString &at) -> Status {
            return at == point ? Status(Error{QStringLiteral("injected fault")}) : Status{};
        });
        const QString error = advance(id, step);
        QCOMPARE(error, QStringLiteral("injected fault"));
        QCOMPARE(m_service->find(id)->state, S::UnderReview);
        QCOMPARE(listingValue(listingId, QStringLiteral("obligation")), obligation);
        QCOMPARE(listingValue(listingId, QStringLiteral("performance")), performance);
        QCOMPARE(listingValue(listingId, QStringLiteral("row_version")), version);
        QCOMPARE(listingValue(listingId, QStringLiteral("under_objection")), QStringLiteral("1"));
        QCOMPARE(auditCount(), audits);
    }
    m_service->setFaultInjection({});
    QVERIFY(advance(id, step).isEmpty());
    QCOMPARE(listingValue(listingId, QStringLiteral("obligation")), QStringLiteral("支付货款人民币1元"));
}

void TestObjections::correctionChangesTheRecordAndKeepsHistory()
{
    const qint64 id = caseIn(ObjectionRoute::CourtList, S::ForwardedToCourt);
    const qint64 listingId = m_service->find(id)->listingId;
    const QString oldIssuer = listingValue(listingId, QStringLiteral("basis_issuer"));
    ObjectionStep decided = stepTo(S::CourtDecided);
    decided.outcome = ObjectionOutcome::Corrected;
    decided.changes = {{QStringLiteral("basis_issuer"), QStringLiteral("某市仲裁委员会")}};
    QVERIFY(advance(id, decided).isEmpty());
    QCOMPARE(listingValue(listingId, QStringLiteral("basis_issuer")), QStringLiteral("某市仲裁委员会"));
    auto history = m_service->history(m_reviewer, id);
    QVERIFY(history.ok());
    const QJsonObject details = history->last().details;
    const QJsonObject change = details.value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("old")).toString(), oldIssuer);
    QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("某市仲裁委员会"));
    QCOMPARE(details.value(QStringLiteral("decision")).toString(), QStringLiteral("（2026）皖01执异12号"));
    // The listing's own history has the corrected event.
    QSqlQuery query(m_db.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = ? AND kind = 6"));
    query.addBindValue(listingId);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).toInt() >= 1);
    // A decision that does not correct may not change the record, and one that corrects must.
    const qint64 other = caseIn(ObjectionRoute::CreditPlatform, S::UnderReview);
    ObjectionStep empty = stepTo(S::Corrected);
    empty.changes.clear();
    QVERIFY(advance(other, empty).contains(QStringLiteral("which fields")));
    ObjectionStep sneaky = stepTo(S::Upheld);
    sneaky.changes = {{QStringLiteral("obligation"), QStringLiteral("x")}};
    QVERIFY(advance(other, sneaky).contains(QStringLiteral("Only a decision that corrects")));
}

void TestObjections::underObjectionFlagAndAnnotation()
{
    const qint64 id = caseIn(ObjectionRoute::CreditPlatform, S::Accepted);
    const qint64 listingId = m_service->find(id)->listingId;
    QCOMPARE(listingValue(listingId, QStringLiteral("under_objection")), QStringLiteral("0"));
    QVERIFY(advance(id, stepTo(S::UnderReview)).isEmpty());
    QCOMPARE(listingValue(listingId, QStringLiteral("under_objection")), QStringLiteral("1"));
    // Search shows 异议中 and finds it by the filter.
    SearchRequest request;
    request.filters.underObjection = true;
    request.today = QDate(2026, 11, 20);
    auto page = SearchEngine(m_db.database().connection()).page(request, {}, 1000);
    QVERIFY(page.ok());
    bool found = false;
    for (const SearchRow &row : page->rows)
        found = found || (row.subjectId == m_service->find(id)->subjectId && row.underObjection);
    QVERIFY(found);
    ObjectionStep undetermined = stepTo(S::Undetermined);
    undetermined.reason = QStringLiteral("信息提供单位无法核实");
    QVERIFY(advance(id, undetermined).isEmpty());
    QCOMPARE(listingValue(listingId, QStringLiteral("under_objection")), QStringLiteral("0"));
    QVERIFY(listingValue(listingId, QStringLiteral("objection_annotation")).contains(QStringLiteral("无法核实")));
}

void TestObjections::clocks()
{
    // Received on Friday 13 Feb 2026: accept or refuse within 2 working days, across the nine
    // days of Spring Festival with the make-up Saturday of 14 Feb counting.
    const qint64 id = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform, QDate(2026, 2, 13));
    auto entry = m_service->withClock(*m_service->find(id), QDate(2026, 2, 14));
    QVERIFY(entry.ok());
    QCOMPARE(entry->deadline.due, QDate(2026, 2, 24));
    QVERIFY(entry->deadline.workingDays);
    QCOMPARE(entry->daysLeft, 1);
    QCOMPARE(m_service->withClock(*m_service->find(id), QDate(2026, 2, 25))->daysLeft, -1);
    // Court route received 15 Sep 2026 and forwarded on 17 Sep: the court's 15 days from its
    // receipt end on 2 Oct, in the National Day holiday, so on 8 Oct.
    const qint64 court = registerOn(listing(m_nextListing++), ObjectionRoute::CourtList, QDate(2026, 9, 15));
    ObjectionStep accepted = stepTo(S::Accepted);
    accepted.actedOn = QDate(2026, 9, 16);
    QVERIFY(advance(court, accepted).isEmpty());
    // Forwarding within 2 working days of acceptance: 18 Sep (Friday).
    QCOMPARE(m_service->withClock(*m_service->find(court), QDate(2026, 9, 16))->deadline.due, QDate(2026, 9, 18));
    ObjectionStep forwarded = stepTo(S::ForwardedToCourt);
    forwarded.actedOn = QDate(2026, 9, 17);
    QVERIFY(advance(court, forwarded).isEmpty());
    QCOMPARE(m_service->withClock(*m_service->find(court), QDate(2026, 9, 17))->deadline.due, QDate(2026, 10, 8));
    // Platform route: the written answer within 20 days of 15 Sep 2026 ends in National Day: 8 Oct.
    const qint64 platform = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform, QDate(2026, 9, 15));
    QVERIFY(advance(platform, stepTo(S::Accepted)).isEmpty());
    QVERIFY(advance(platform, stepTo(S::UnderReview)).isEmpty());
    QCOMPARE(m_service->withClock(*m_service->find(platform), QDate(2026, 9, 20))->deadline.due, QDate(2026, 10, 8));
    // Limits are per route and configurable; the change is audited.
    ObjectionTimeLimits longer = m_service->limits(ObjectionRoute::CreditPlatform);
    longer.answer = {30, false};
    QVERIFY(!m_service->setLimits(m_officer, ObjectionRoute::CreditPlatform, longer, QStringLiteral("x")).ok());
    QVERIFY(m_service->setLimits(test::admin(), ObjectionRoute::CreditPlatform, longer, QStringLiteral("省规定")).ok());
    QCOMPARE(m_service->withClock(*m_service->find(platform), QDate(2026, 9, 20))->deadline.due, QDate(2026, 10, 15));
    QCOMPARE(m_service->limits(ObjectionRoute::CourtList), ObjectionTimeLimits::defaults());
    QVERIFY(m_service
                ->setLimits(test::admin(), ObjectionRoute::CreditPlatform, ObjectionTimeLimits::defaults(),
                            QStringLiteral("back"))
                .ok());
    // A deadline in a year without a notice is reported.
    const qint64 late = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform, QDate(2026, 11, 2));
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE objection SET received_on = '2026-12-30' WHERE id = %1").arg(late)));
    auto missing = m_service->withClock(*m_service->find(late), QDate(2026, 12, 30));
    QVERIFY(missing.ok());
    QVERIFY2(missing->clockError.contains(QStringLiteral("2027")), qPrintable(missing->clockError));
}

void TestObjections::queues()
{
    const QDate today(2026, 11, 20);
    auto open = m_service->queue(m_officer, ObjectionService::Queue::Open, today);
    QVERIFY(open.ok());
    auto overdue = m_service->queue(m_reviewer, ObjectionService::Queue::Overdue, today);
    auto soon = m_service->queue(m_reviewer, ObjectionService::Queue::DueSoon, today);
    auto mine = m_service->queue(m_officer, ObjectionService::Queue::Mine, today);
    QVERIFY(overdue.ok() && soon.ok() && mine.ok());
    QVERIFY(!overdue->isEmpty());
    for (const ObjectionCase &entry : overdue.value())
        QVERIFY(entry.daysLeft < 0 && entry.objection.isOpen());
    for (const ObjectionCase &entry : soon.value())
        QVERIFY(entry.daysLeft >= 0 && entry.daysLeft <= 2);
    for (const ObjectionCase &entry : mine.value())
        QCOMPARE(entry.objection.registeredBy, m_officer.userName);
    QVERIFY(overdue->size() + soon->size() <= open->size());
    QVERIFY(!m_service->queue(test::admin(), ObjectionService::Queue::Open, today).ok());
}

void TestObjections::duplicatesFlagged()
{
    const qint64 listingId = listing(m_nextListing++);
    const qint64 first = registerOn(listingId, ObjectionRoute::CreditPlatform);
    const qint64 second = registerOn(listingId, ObjectionRoute::CourtList);
    QCOMPARE(m_service->find(first)->duplicateOf, 0);
    QCOMPARE(m_service->find(second)->duplicateOf, first);
}

void TestObjections::evidenceFiles()
{
    const qint64 id = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    auto stored = m_service->addEvidence(m_officer, id, QStringLiteral("/tmp/还款凭证.pdf"), pdf);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
    auto list = m_service->evidence(m_reviewer, id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().fileName, QStringLiteral("还款凭证.pdf"));
    QCOMPARE(list->first().mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(list->first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(m_service->evidenceContent(m_reviewer, stored.value()).value(), pdf);
    const auto refused = m_service->addEvidence(m_officer, id, QStringLiteral("setup.exe"), QByteArray("MZ\x90\0", 4));
    QVERIFY(!refused.ok() && refused.error().contains(QStringLiteral("setup.exe")));
    QVERIFY(!m_service->addEvidence(m_officer, id, QStringLiteral("empty.pdf"), {}).ok());
    QByteArray huge(ObjectionService::maximumEvidenceBytes + 1, 'x');
    huge.replace(0, 5, "%PDF-");
    const auto tooLarge = m_service->addEvidence(m_officer, id, QStringLiteral("scan.pdf"), huge);
    QVERIFY(!tooLarge.ok() && tooLarge.error().contains(QStringLiteral("MB")));
    QCOMPARE(m_service->evidence(m_reviewer, id)->size(), 1);
}

void TestObjections::badRegistrations()
{
    ObjectionDraft draft;
    draft.listingId = 99999999;
    draft.applicantName = QStringLiteral("王五");
    draft.receivedOn = QDate(2026, 11, 2);
    QVERIFY(m_service->registerObjection(m_officer, draft).error().contains(QStringLiteral("does not exist")));
    draft.listingId = listing(0);
    draft.applicantName = QStringLiteral("  ");
    QVERIFY(!m_service->registerObjection(m_officer, draft).ok());
    draft.applicantName = QStringLiteral("王五");
    draft.receivedOn = QDate::currentDate().addDays(3);
    QVERIFY(!m_service->registerObjection(m_officer, draft).ok());
    draft.receivedOn = QDate(2026, 11, 2);
    draft.fields = {QStringLiteral("password")};
    QVERIFY(m_service->registerObjection(m_officer, draft).error().contains(QStringLiteral("password")));
    draft.fields.clear();
    draft.ground = ObjectionGround::Other;
    draft.groundsText.clear();
    QVERIFY(!m_service->registerObjection(m_officer, draft).ok());
    QVERIFY(m_service->registerObjection(m_reviewer, draft).error().contains(QStringLiteral("may not")));
    // A step without a reason, or dated before the objection arrived, is refused.
    const qint64 id = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform);
    ObjectionStep noReason = stepTo(S::Accepted);
    noReason.reason.clear();
    QVERIFY(!advance(id, noReason).isEmpty());
    ObjectionStep early = stepTo(S::Accepted);
    early.actedOn = QDate(2026, 10, 1);
    QVERIFY(advance(id, early).contains(QStringLiteral("before the objection")));
}

void TestObjections::nextYearsCalendarImported()
{
    // A case whose deadline falls in 2027 has no clock until the 2027 notice is imported.
    const qint64 id = registerOn(listing(m_nextListing++), ObjectionRoute::CreditPlatform);
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE objection SET received_on = '2026-12-30' WHERE id = %1").arg(id)));
    QVERIFY(!m_service->withClock(*m_service->find(id), QDate(2026, 12, 30))->clockError.isEmpty());
    // A hypothetical 2027 notice: New Year 1-3 January, Spring Festival 6-13 February and so on.
    QList<WorkingCalendar::Day> notice;
    auto off = [&notice](int month, int first, int last, const QString &name) {
        for (int day = first; day <= last; ++day)
            notice.append({QDate(2027, month, day), false, name});
    };
    off(1, 1, 3, QStringLiteral("元旦"));
    off(2, 6, 13, QStringLiteral("春节"));
    off(4, 5, 5, QStringLiteral("清明节"));
    off(5, 1, 5, QStringLiteral("劳动节"));
    off(6, 9, 9, QStringLiteral("端午节"));
    off(9, 15, 15, QStringLiteral("中秋节"));
    off(10, 1, 7, QStringLiteral("国庆节"));
    notice.append({QDate(2027, 2, 20), true, QStringLiteral("春节")});
    // Refused: not an admin, no reason, a date of another year, too few days off.
    QVERIFY(
        !m_service->importCalendarYear(m_officer, 2027, notice, QStringLiteral("gov.cn"), QStringLiteral("x")).ok());
    QVERIFY(!m_service->importCalendarYear(test::admin(), 2027, notice, QStringLiteral("gov.cn"), QString()).ok());
    QList<WorkingCalendar::Day> wrongYear = notice;
    wrongYear.append({QDate(2025, 6, 1), false, QStringLiteral("x")});
    QVERIFY(m_service->importCalendarYear(test::admin(), 2027, wrongYear, QStringLiteral("gov.cn"), QStringLiteral("x"))
                .error()
                .contains(QStringLiteral("2025-06-01")));
    QVERIFY(
        !m_service
             ->importCalendarYear(test::admin(), 2027, notice.mid(0, 3), QStringLiteral("gov.cn"), QStringLiteral("x"))
             .ok());
    // A day twice, or a day of the 2026 notice (its New Year's Day), is refused by its date.
    QList<WorkingCalendar::Day> twice = notice;
    twice.append({QDate(2027, 2, 20), false, QStringLiteral("春节")});
    QVERIFY(m_service->importCalendarYear(test::admin(), 2027, twice, QStringLiteral("gov.cn"), QStringLiteral("x"))
                .error()
                .contains(QStringLiteral("2027-02-20")));
    QList<WorkingCalendar::Day> neighbour = notice;
    neighbour.append({QDate(2026, 1, 1), false, QStringLiteral("元旦")});
    const QString taken =
        m_service->importCalendarYear(test::admin(), 2027, neighbour, QStringLiteral("gov.cn"), QStringLiteral("x"))
            .error();
    QVERIFY2(taken.contains(QStringLiteral("2026-01-01")) && taken.contains(QStringLiteral("the 2026 notice")),
             qPrintable(taken));
    const int audits = auditCount();
    QVERIFY(m_service
                ->importCalendarYear(test::admin(), 2027, notice, QStringLiteral("国办发明电〔2026〕"),
                                     QStringLiteral("2027年节假日安排"))
                .ok());
    QCOMPARE(auditCount(), audits + 1);
    QVERIFY(m_service->calendar()->covers(2027));
    // Received Wednesday 30 Dec 2026: 31 Dec (1), then 1-3 Jan off, Monday 4 Jan (2).
    auto clocked = m_service->withClock(*m_service->find(id), QDate(2026, 12, 30));
    QVERIFY(clocked->clockError.isEmpty());
    QCOMPARE(clocked->deadline.due, QDate(2027, 1, 4));
}

void TestObjections::demoDatabaseHasCasesInEveryStage()
{
    test::TestDatabase demo(QStringLiteral("demo-objections"));
    QVERIFY(demo.createEmpty());
    DemoDataService::Request request;
    request.subjects = 200;
    request.objections = 12;
    QVERIFY(DemoDataService(demo.database()).generate(test::admin(), QStringLiteral("demo"), request).ok());
    ObjectionService service(demo.database());
    auto all = service.queue(m_reviewer, ObjectionService::Queue::All, QDate::currentDate());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 12);
    std::set<S> states;
    for (const ObjectionCase &entry : all.value())
        states.insert(entry.objection.state);
    QVERIFY(states.count(S::Submitted) && states.count(S::UnderReview) && states.count(S::ForwardedToCourt)
            && states.count(S::Closed) && states.count(S::Upheld));
}

QTEST_GUILESS_MAIN(TestObjections)
#include "test_objections.moc"
