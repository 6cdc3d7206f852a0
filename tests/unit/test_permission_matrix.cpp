// The permission matrix, action × role, and its enforcement inside the workflow services:
// for every action, a user of every role calls the service that performs it, and exactly the
// roles the matrix allows get past the permission check.
#include "Actors.h"
#include "TestDatabase.h"
#include "domain/Access.h"
#include "security/PasswordHasher.h"
#include "workflow/AuditService.h"
#include "workflow/BackupService.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"
#include "workflow/ExpiryService.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/NoticeService.h"
#include "workflow/ObjectionService.h"
#include "workflow/PolicyService.h"
#include "workflow/RepairService.h"
#include "workflow/ScreeningReviewService.h"
#include "workflow/ScreeningService.h"
#include "workflow/StatisticsService.h"
#include "workflow/UserService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void enforcedByServices_data();
    void enforcedByServices();
    void severalRoles();

private:
    /// Performs \a action through its service; returns the error text (empty on success).
    QString perform(Action action, const Actor &actor);
    Result<qint64> proposedHit(const QString &unique);

    std::unique_ptr<test::TestDatabase> m_db;
    PasswordHasher m_hasher;
    qint64 m_listingId = 0;
    qint64 m_subjectId = 0;
    QString m_courtCode;
    ListingDraft listingDraft(const QString &unique) const;
    Result<qint64> newBreach(const QString &unique);
    RepairDraft repairDraft(qint64 breachId, const QString &unique) const;
    int m_counter = 0;
};

namespace {

const QString refusedMarker = QStringLiteral("may not");

void addMatrixRows()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    // The expected matrix, written out in full: O officer, R reviewer, A auditor, M admin.
    const QList<std::pair<Action, QString>> expected = {
        {Action::SearchSubjects, QStringLiteral("ORAM")},   {Action::ViewDossier, QStringLiteral("ORAM")},
        {Action::RevealIdentifier, QStringLiteral("ORA")},  {Action::RegisterCorrection, QStringLiteral("O")},
        {Action::DecideCorrection, QStringLiteral("R")},    {Action::RecordFeedback, QStringLiteral("O")},
        {Action::ViewAuditJournal, QStringLiteral("AM")},   {Action::VerifyAuditJournal, QStringLiteral("AM")},
        {Action::ExportAuditJournal, QStringLiteral("AM")}, {Action::ManageUsers, QStringLiteral("M")},
        {Action::EditMaskingPolicy, QStringLiteral("M")},   {Action::EditReferenceData, QStringLiteral("M")},
        {Action::MakeBackup, QStringLiteral("M")},          {Action::RestoreBackup, QStringLiteral("M")},
        {Action::HandleObjection, QStringLiteral("O")},     {Action::DecideObjection, QStringLiteral("R")},
        {Action::ViewObjections, QStringLiteral("ORA")},    {Action::RecordListEntry, QStringLiteral("O")},
        {Action::MirrorCourtDecision, QStringLiteral("O")}, {Action::ConfirmExpiry, QStringLiteral("O")},
        {Action::HandleRepair, QStringLiteral("O")},        {Action::DecideRepair, QStringLiteral("R")},
        {Action::ViewRepairs, QStringLiteral("ORA")},       {Action::ScreenApplicants, QStringLiteral("O")},
        {Action::ConfirmScreeningHit, QStringLiteral("R")}, {Action::ViewScreening, QStringLiteral("ORA")},
        {Action::ViewStatistics, QStringLiteral("ORA")},    {Action::IssueNotice, QStringLiteral("O")},
        {Action::ViewNotices, QStringLiteral("ORA")},       {Action::EditNoticeTemplates, QStringLiteral("M")},
        {Action::ExchangePackages, QStringLiteral("OM")},
    };
    QCOMPARE(expected.size(), PermissionMatrix::allActions().size());
    const QList<std::pair<Role, QChar>> roles = {
        {Role::Officer, u'O'}, {Role::Reviewer, u'R'}, {Role::Auditor, u'A'}, {Role::Admin, u'M'}};
    for (const auto &[action, letters] : expected) {
        for (const auto &[role, letter] : roles) {
            QTest::addRow("%s × %s", qPrintable(actionText(action)), qPrintable(roleName(role)))
                << int(action) << int(role) << letters.contains(letter);
        }
    }
}

} // namespace

void TestPermissionMatrix::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(50));
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, subject_id FROM listing ORDER BY id LIMIT 1")) && query.next());
    m_listingId = query.value(0).toLongLong();
    m_subjectId = query.value(1).toLongLong();
    QVERIFY(query.exec(QStringLiteral("SELECT code FROM court ORDER BY code LIMIT 1")) && query.next());
    m_courtCode = query.value(0).toString();
}

void TestPermissionMatrix::cleanupTestCase()
{
    m_db.reset();
}

void TestPermissionMatrix::matrix_data()
{
    addMatrixRows();
}

void TestPermissionMatrix::matrix()
{
    QFETCH(int, action);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    QCOMPARE(PermissionMatrix::allows(Roles(static_cast<Role>(role)), static_cast<Action>(action)), allowed);
}

QString TestPermissionMatrix::perform(Action action, const Actor &actor)
{
    Database &db = m_db->database();
    const QString unique = QString::number(++m_counter);
    auto errorOf = [](const auto &result) { return result.ok() ? QString() : result.error(); };
    switch (action) {
    case Action::SearchSubjects:
        // Searching reads masked data only; the service boundary is the dossier.
        return actor.may(Action::SearchSubjects) ? QString() : refusedMarker;
    case Action::ViewDossier:
        return errorOf(DossierService(db).open(actor, m_subjectId));
    case Action::RevealIdentifier:
        return errorOf(DossierService(db).reveal(actor, m_subjectId, IdentifierType::ResidentId,
                                                 QStringLiteral("permission test")));
    case Action::RegisterCorrection:
        return errorOf(ListingCorrectionService(db).registerCorrection(
            actor, m_listingId, QStringLiteral("obligation"), QStringLiteral("支付货款人民币") + unique + u'元',
            QStringLiteral("permission test")));
    case Action::DecideCorrection: {
        auto id = ListingCorrectionService(db).registerCorrection(
            test::officer(QStringLiteral("registrar")), m_listingId, QStringLiteral("basis_issuer"),
            QStringLiteral("某仲裁委员会") + unique, QStringLiteral("permission test"));
        if (!id)
            return id.error();
        const auto correction = ListingCorrectionService(db).find(id.value());
        return errorOf(ListingCorrectionService(db).decide(actor, id.value(), correction->rowVersion, false,
                                                           QStringLiteral("permission test")));
    }
    case Action::RecordFeedback:
        // Feedback recording arrives with the exchange workflow; the matrix entry is checked above.
        return actor.may(Action::RecordFeedback) ? QString() : refusedMarker;
    case Action::ViewAuditJournal:
        return errorOf(AuditService(db).page(actor, {}, 0, 10));
    case Action::VerifyAuditJournal:
        return errorOf(AuditService(db).verify(actor));
    case Action::ExportAuditJournal:
        return errorOf(AuditService(db).exportCsv(
            actor, {}, m_db->folder() + QStringLiteral("/audit-") + unique + QStringLiteral(".csv")));
    case Action::ManageUsers:
        return errorOf(UserService(db, m_hasher)
                           .create(actor, QStringLiteral("user") + unique, {}, Role::Officer,
                                   QStringLiteral("initial-password"), QStringLiteral("test")));
    case Action::EditMaskingPolicy:
        return errorOf(PolicyService(db).save(actor, PolicyService(db).load(), QStringLiteral("permission test")));
    case Action::EditReferenceData:
        return actor.may(Action::EditReferenceData) ? QString() : refusedMarker;
    case Action::MakeBackup:
        return errorOf(BackupService(db).backup(
            actor, m_db->folder() + QStringLiteral("/backup-") + unique + QStringLiteral(".sqlite"),
            QStringLiteral("permission test")));
    case Action::HandleObjection: {
        ObjectionDraft draft;
        draft.listingId = m_listingId;
        draft.applicantName = QStringLiteral("申请人") + unique;
        draft.receivedOn = QDate(2026, 11, 2);
        return errorOf(ObjectionService(db).registerObjection(actor, draft));
    }
    case Action::DecideObjection: {
        ObjectionDraft draft;
        draft.listingId = m_listingId;
        draft.applicantName = QStringLiteral("申请人") + unique;
        draft.receivedOn = QDate(2026, 11, 2);
        auto id = ObjectionService(db).registerObjection(test::officer(QStringLiteral("registrar")), draft);
        if (!id)
            return id.error();
        ObjectionStep refuse;
        refuse.to = ObjectionState::NotAccepted;
        refuse.actedOn = QDate(2026, 11, 3);
        refuse.reason = QStringLiteral("permission test");
        return errorOf(
            ObjectionService(db).advance(actor, id.value(), ObjectionService(db).find(id.value())->rowVersion, refuse));
    }
    case Action::ViewObjections:
        return errorOf(ObjectionService(db).queue(actor, ObjectionService::Queue::Open, QDate(2026, 11, 20)));
    case Action::RecordListEntry:
        return errorOf(CourtListService(db).recordListing(actor, listingDraft(unique)));
    case Action::MirrorCourtDecision: {
        auto id = CourtListService(db).recordListing(test::officer(QStringLiteral("registrar")), listingDraft(unique));
        if (!id)
            return id.error();
        CourtDecision revoke;
        revoke.kind = ListingExitKind::Revocation;
        revoke.courtDecidedOn = QDate(2026, 11, 2);
        revoke.reason = QStringLiteral("permission test");
        return errorOf(CourtListService(db).mirrorDecision(actor, id.value(), 1, revoke, QDate(2026, 11, 3)));
    }
    case Action::ConfirmExpiry:
        return errorOf(ExpiryService(db).confirm(actor, ExpiryProposal{}, QStringLiteral("permission test")));
    case Action::HandleRepair: {
        auto breach = newBreach(unique);
        if (!breach)
            return breach.error();
        return errorOf(RepairService(db).registerApplication(actor, repairDraft(breach.value(), unique)));
    }
    case Action::DecideRepair: {
        auto breach = newBreach(unique);
        if (!breach)
            return breach.error();
        auto id = RepairService(db).registerApplication(test::officer(QStringLiteral("registrar")),
                                                        repairDraft(breach.value(), unique));
        if (!id)
            return id.error();
        RepairStep refuse{RepairState::Refused, QDate(2026, 11, 3), QStringLiteral("permission test")};
        RepairStep accept{RepairState::Accepted, QDate(2026, 11, 3), QStringLiteral("permission test")};
        if (const Status accepted = RepairService(db).advance(test::officer(QStringLiteral("registrar")), id.value(),
                                                              RepairService(db).find(id.value())->rowVersion, accept);
            !accepted)
            return accepted.error();
        return errorOf(
            RepairService(db).advance(actor, id.value(), RepairService(db).find(id.value())->rowVersion, refuse));
    }
    case Action::ViewRepairs:
        return errorOf(RepairService(db).queue(actor, true, QDate(2026, 11, 20)));
    case Action::ScreenApplicants: {
        const QString path = m_db->folder() + QStringLiteral("/applicants-") + unique + QStringLiteral(".csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write("姓名,证件号码\n张三,110101199003070011\n");
        file.close();
        return errorOf(ScreeningService(db).screenFile(actor, path, {}));
    }
    case Action::ConfirmScreeningHit: {
        auto proposal = proposedHit(unique);
        if (!proposal)
            return proposal.error();
        return errorOf(ScreeningReviewService(db).settleConfirmation(actor, proposal.value(), true,
                                                                     QStringLiteral("permission test")));
    }
    case Action::ViewScreening:
        return errorOf(ScreeningReviewService(db).batches(actor));
    case Action::IssueNotice: {
        QSqlQuery first(db.connection());
        if (!first.exec(QStringLiteral("SELECT min(id) FROM listing")) || !first.next())
            return QStringLiteral("no listing");
        return errorOf(NoticeService(db).issueListingNotice(actor, first.value(0).toLongLong(), QStringLiteral("zh_CN"),
                                                            QDate(2026, 11, 20)));
    }
    case Action::ViewNotices:
        return errorOf(NoticeService(db).verify(actor, QStringLiteral("某信〔2026〕1号")));
    case Action::ExchangePackages:
        return errorOf(ExchangeService(db).exportFeedback(
            actor, 0, m_db->folder() + QStringLiteral("/feedback-") + unique + QStringLiteral(".jsonl")));
    case Action::EditNoticeTemplates:
        return errorOf(NoticeService(db).setOffice(actor, QStringLiteral("测信"), QStringLiteral("测试市信用办"),
                                                   QStringLiteral("permission test")));
    case Action::ViewStatistics:
        return errorOf(StatisticsService(db).listingTrend(actor, StatisticsService::defaultFilter(QDate(2026, 11, 1))));
    case Action::RestoreBackup:
        // Only the permission: a real restore replaces the file under this test's connection.
        return errorOf(BackupService::restore(actor, m_db->folder() + QStringLiteral("/missing.sqlite"),
                                              m_db->folder() + QStringLiteral("/target.sqlite"),
                                              QStringLiteral("test")));
    }
    return QStringLiteral("unhandled");
}

Result<qint64> TestPermissionMatrix::proposedHit(const QString &unique)
{
    // A listed person in force, screened by an officer who proposes the confirmed hit.
    QSqlQuery query(m_db->database().connection());
    if (!query.exec(QStringLiteral("SELECT i.subject_id, i.value FROM subject_identifier i JOIN listing l ON "
                                   "l.subject_id = i.subject_id WHERE i.type = 1 AND l.state = 1 AND "
                                   "l.period_months = 0 ORDER BY i.subject_id LIMIT 1"))
        || !query.next())
        return Error{QStringLiteral("no listed person in force")};
    const qint64 subjectId = query.value(0).toLongLong();
    const QString path = m_db->folder() + QStringLiteral("/hit-") + unique + QStringLiteral(".csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString()};
    file.write(QStringLiteral("证件号码,序号\n%1,%2\n").arg(query.value(1).toString(), unique).toUtf8());
    file.close();
    const Actor screener = test::officer(QStringLiteral("screener"));
    ScreeningOptions options;
    options.today = QDate(2026, 11, 20);
    auto batch = ScreeningService(m_db->database()).screenFile(screener, path, options);
    if (!batch)
        return Error{batch.error()};
    return ScreeningReviewService(m_db->database())
        .proposeConfirmedHit(screener, batch->batchId, 2, subjectId, QStringLiteral("permission test"));
}

ListingDraft TestPermissionMatrix::listingDraft(const QString &unique) const
{
    ListingDraft draft;
    draft.subjectId = m_subjectId;
    draft.courtCode = m_courtCode;
    draft.caseNumber = QStringLiteral("(2026)京0105执") + unique + QStringLiteral("号");
    draft.ground = ListingGround::EvadesBySham;
    draft.decisionDate = QDate(2026, 10, 12);
    draft.reason = QStringLiteral("permission test");
    return draft;
}

Result<qint64> TestPermissionMatrix::newBreach(const QString &unique)
{
    BreachDraft draft;
    draft.subjectId = m_subjectId;
    draft.tier = BreachTier::Serious;
    draft.decisionDate = QDate(2025, 6, 1);
    draft.authority = QStringLiteral("某市市场监督管理局");
    draft.documentNumber = QStringLiteral("某市监罚〔2025〕") + unique + QStringLiteral("号");
    draft.behaviour = QStringLiteral("permission test");
    draft.reason = QStringLiteral("permission test");
    return RepairService(m_db->database()).recordBreach(test::officer(QStringLiteral("registrar")), draft);
}

RepairDraft TestPermissionMatrix::repairDraft(qint64 breachId, const QString &unique) const
{
    RepairDraft draft;
    draft.breachId = breachId;
    draft.applicantName = QStringLiteral("申请人") + unique;
    draft.receivedOn = QDate(2026, 11, 2);
    draft.statement = QStringLiteral("permission test");
    return draft;
}

void TestPermissionMatrix::enforcedByServices_data()
{
    addMatrixRows();
}

void TestPermissionMatrix::enforcedByServices()
{
    QFETCH(int, action);
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const Actor actor =
        test::actorWith(static_cast<Role>(role), roleName(static_cast<Role>(role)) + QStringLiteral("-user"));
    const QString error = perform(static_cast<Action>(action), actor);
    const bool refused = error.contains(refusedMarker);
    QVERIFY2(refused != allowed, qPrintable(error.isEmpty() ? QStringLiteral("(no error)") : error));
    if (allowed && static_cast<Action>(action) != Action::RestoreBackup)
        QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPermissionMatrix::severalRoles()
{
    const Actor both = test::actorWith(Role::Officer | Role::Auditor);
    QVERIFY(both.may(Action::RegisterCorrection));
    QVERIFY(both.may(Action::ViewAuditJournal));
    QVERIFY(!both.may(Action::ManageUsers));
    QVERIFY(!test::actorWith({}).may(Action::ViewDossier));
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "test_permission_matrix.moc"
