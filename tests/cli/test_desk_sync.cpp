// The desks' side of central server mode, against a real PostgreSQL server started for the test
// on loopback: two desks (SQLite caches made from the same demo data) and one server. Objection
// steps taken on one desk reach the other with their journal; steps taken offline one after the
// other are sent in a row; two reviewers deciding the same case on two desks: the first decision
// stands on both desks, the second is kept as a conflict for an officer, never overwriting; a
// desk offline for a while catches up in pages; the server restarted in the middle of a desk's
// synchronisation, the desk going on without gaps or repeats; a change on a listing a desk does
// not have waits until it has it; the officer's command line; the central server page,
// synchronising on its worker and resolving a conflict; departments' feedback recorded on one
// desk reaching the other; and credit repair (breach information, applications with their
// evidence files, decisions and what they set off) shared between the desks; and the court's
// revocations and deletions of listings as an office mirrored them; corrections of listings,
// registered on one desk and decided on either; the screening whitelist; and the main window
// showing what a synchronisation brought.
#include "Actors.h"
#include "ConflictDescription.h"
#include "DossierPage.h"
#include "MainWindow.h"
#include "OfficeKeyBox.h"
#include "PostgresInstance.h"
#include "ResolveConflictDialog.h"
#include "SyncPage.h"
#include "WhitelistDialog.h"
#include "common/Localization.h"
#include "exchange/ExchangePackage.h"
#include "item/DossierModel.h"
#include "item/ListingTableModel.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchClient.h"
#include "store/Database.h"
#include "store/ListingExitRepository.h"
#include "store/RepairRepository.h"
#include "store/ServerStore.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"
#include "workflow/FeedbackService.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/ObjectionService.h"
#include "workflow/OfficeKeyService.h"
#include "workflow/RepairService.h"
#include "workflow/ScreeningReviewService.h"
#include "workflow/ScreeningService.h"
#include "workflow/SyncService.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace creditdesk;

namespace {

using S = ObjectionState;

/// The court's decision as an officer records it.
CourtDecision courtDecision(ListingExitKind kind, DeletionEvent event, const QDate &decidedOn, const QString &reason)
{
    CourtDecision decision;
    decision.kind = kind;
    decision.event = event;
    decision.courtDecidedOn = decidedOn;
    decision.reason = reason;
    return decision;
}

/// Counts the measures in force on a listing (with count()).
QString measuresInForceOn(qint64 listing)
{
    return QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = %1 AND ended_on IS NULL")
        .arg(listing);
}

/// One office's desk: its cache and the services the test drives.
struct Desk
{
    QString name;
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<ObjectionService> objections;
    std::unique_ptr<SyncService> sync;
};

} // namespace

class TestDeskSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepsTravelBetweenDesks();
    void stepsTakenOfflineAreSentInARow();
    void concurrentDecisionsBecomeAConflict();
    void revocationLiftsMeasuresOnBothDesks();
    void refusedStepsCorrectionsAreUndone();
    void decisionPulledOverWaitingCorrectionsStands();
    void offlineDeskCatchesUpInPages();
    void serverRestartedMidSync();
    void changeOnAnUnknownListingWaits();
    void officerUsesTheCommandLine();
    void pageSynchronisesAndResolves();
    void feedbackTravelsBetweenDesks();
    void repairTravelsBetweenDesks();
    void concurrentRepairDecisionsBecomeAConflict();
    void bothDesksRepairOneApplication();
    void courtDecisionsTravelBetweenDesks();
    void concurrentCourtDecisionsBecomeAConflict();
    void otherDesksMirrorTakesEffectWhenOwnIsRefused();
    void correctionsTravelBetweenDesks();
    void concurrentCorrectionDecisionsBecomeAConflict();
    void approvalPulledOverOwnApprovalStands();
    void approvalsOfOneFieldOnTwoDesksDoNotOverwrite();
    void whitelistTravelsBetweenDesks();
    void whitelistEntryBeyondAYearWaits();
    void whitelistTravelsOnlyKeyedWithTheOfficeKey();
    void officeKeyBoxSetsTheKey();
    void whitelistChangesWaitForTheOfficeKey();
    void plainEntryOfAnEarlierVersionIsKeyedOnArrival();
    void whitelistEntryOfCopiedCachesIsFoundOnce();
    void revocationCoversEntriesOfAnotherKey();
    void rejectionOverAnApprovalMadeBeforeJoiningStands();
    void windowShowsWhatSynchronisationBrought();

private:
    /// Records new breach information (general tier, two measures) on \a desk for the subject of
    /// shared listing \a index, and an application on it with both kinds of evidence, accepted.
    /// Returns (breach, application) on that desk.
    std::pair<qint64, qint64> repairCaseOn(Database &database, int index);
    /// An objection registered on A on \a listing, accepted and under review, synchronised to B:
    /// (its id on A, its id on B); zeros when a step failed.
    std::pair<qint64, qint64> caseUnderReviewOnBoth(qint64 listing);
    /// The \a index-th published listing (from 0) with measures in force, the same on every desk.
    qint64 listingWithMeasures(int index);
    /// An applicant of a listed person's name, with a masked ID that fits, whitelisted on A.
    struct Namesake
    {
        qint64 subject = 0;
        QString masked;
        QString file; ///< the applicants' file screened
        QDate today = QDate(2026, 11, 20);
    };
    /// Screens \a namesake's file on A and whitelists the applicant against the listed person until
    /// the end of 2026, as officer-a.
    void whitelistOnA(Namesake &namesake);
    void whitelistOn(Database &database, Namesake &namesake);
    Result<ScreeningService::Summary> screenNamesake(Desk &desk, const Namesake &namesake);
    /// Makes an office key on A and sets it on B, as their officers would; its fingerprint.
    QString shareOfficeKey();
    /// The first column of the first row of \a sql on the test's server database, as text.
    QString serverText(const QString &sql);
    /// A correction of the basis issuer of \a listing to \a corrected registered on A by the officer
    /// and synchronised to B: (its id on A, its id on B); zeros when a step failed.
    std::pair<qint64, qint64> correctionOnBoth(qint64 listing, const QString &corrected);
    /// The dialog resolving \a conflict names the case, says what the refused change left behind and
    /// offers "the other desk's decision stands", and taking the step again only when
    /// \a takeStepAgainOffered; saved as \a screenshot-LANGUAGE.png when screenshots are asked for.
    /// It installs the screenshot's language: call it last in a test.
    void checkResolveDialog(const SyncRepository::Conflict &conflict, const QString &screenshot,
                            bool takeStepAgainOffered);
    Desk openDesk(const QString &name);
    /// A desk named \a name in its own file \a file (a second installation may take a name), a copy
    /// of \a source (the demo cache when empty), with \a beforeJoining's work done before it joins.
    Desk openDeskAs(const QString &name, const QString &file, const QString &source = QString(),
                    const std::function<bool(Database &)> &beforeJoining = {});
    Result<SyncService::Report> synchronise(Desk &desk, int pageSize = 500, const SyncService::Progress &progress = {});
    qint64 registerOn(Desk &desk, qint64 listingId);
    QString advance(Desk &desk, qint64 id, S to, const QString &reason = QStringLiteral("test step"));
    int count(Desk &desk, const QString &sql);
    /// The first column of the first row of \a sql on \a desk, as text.
    QString text(Desk &desk, const QString &sql);
    qint64 sharedListing(int index) const { return m_listings.value(index); }

    test::PostgresInstance m_server;
    QTemporaryDir m_folder;
    QString m_base; ///< the demo cache every desk starts from
    QList<qint64> m_listings;
    QString m_serverDatabase; ///< a new server database for each test
    int m_testNumber = 0;
    int m_connectionNumber = 0;
    Desk m_a;
    Desk m_b;
    const Actor m_officer = test::officer();
    const Actor m_reviewer = test::reviewer();
    const Actor m_admin = test::admin();
};

void TestDeskSync::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_base = m_folder.filePath(QStringLiteral("base.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(CREDITDESK_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), m_base,
                                                     QStringLiteral("--subjects"), QStringLiteral("300")});
    QVERIFY(demo.waitForFinished(120000));
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    auto database = Database::open(m_base, QStringLiteral("base"));
    QVERIFY(database);
    QSqlQuery query(database.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM listing ORDER BY id")));
    while (query.next())
        m_listings.append(query.value(0).toLongLong());
    QVERIFY(m_listings.size() > 200);
    // Two repair applications every desk has from the start, accepted.
    for (const int index : {80, 81})
        QVERIFY(repairCaseOn(*database.value(), index).second > 0);
}

void TestDeskSync::init()
{
    // A server database of its own for each test, so that no test pulls another's changes.
    m_serverDatabase = QStringLiteral("desks%1").arg(++m_testNumber);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("make"));
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_server.port());
        admin.setUserName(QStringLiteral("creditdesk"));
        admin.setPassword(m_server.password());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery make(admin);
        QVERIFY(make.exec(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase)));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    auto location = ServerStore::parseAddress(m_server.address(m_serverDatabase));
    QVERIFY(location);
    auto store = ServerStore::connect(location.value(), m_server.password(), QStringLiteral("migrate"));
    QVERIFY2(store, qPrintable(store ? QString() : store.error()));
    QVERIFY(store.value()->migrate());
    store.value().reset();
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
    m_a = openDesk(QStringLiteral("desk-a"));
    m_b = openDesk(QStringLiteral("desk-b"));
    QVERIFY(m_a.database && m_b.database);
}

void TestDeskSync::cleanup()
{
    for (Desk *desk : {&m_a, &m_b}) {
        desk->sync.reset();
        desk->objections.reset();
        desk->database.reset();
    }
}

Desk TestDeskSync::openDesk(const QString &name)
{
    return openDeskAs(name, name);
}

Desk TestDeskSync::openDeskAs(const QString &name, const QString &file, const QString &source,
                              const std::function<bool(Database &)> &beforeJoining)
{
    Desk desk;
    desk.name = name;
    desk.path = m_folder.filePath(QStringLiteral("%1-%2.sqlite").arg(file).arg(m_testNumber));
    if (!QFile::copy(source.isEmpty() ? m_base : source, desk.path))
        return desk;
    auto database = Database::open(desk.path, QStringLiteral("%1-%2").arg(file).arg(m_testNumber));
    if (!database) {
        qWarning() << database.error();
        return desk;
    }
    desk.database = std::move(database.value());
    desk.objections = std::make_unique<ObjectionService>(*desk.database);
    desk.sync = std::make_unique<SyncService>(*desk.database);
    if (beforeJoining && !beforeJoining(*desk.database)) {
        desk.database.reset();
        return desk;
    }
    const Status joined =
        desk.sync->join(m_admin, m_server.address(m_serverDatabase), name, QStringLiteral("某市信用办 %1").arg(name));
    if (!joined) {
        qWarning() << joined.error();
        desk.database.reset();
    }
    return desk;
}

Result<SyncService::Report> TestDeskSync::synchronise(Desk &desk, int pageSize, const SyncService::Progress &progress)
{
    auto location = ServerStore::parseAddress(m_server.address(m_serverDatabase));
    if (!location)
        return Error{location.error()};
    const QString connection = QStringLiteral("server-%1").arg(++m_connectionNumber);
    Result<SyncService::Report> report = Error{QString()};
    {
        auto server = ServerStore::connect(location.value(), m_server.password(), connection);
        if (!server)
            return Error{server.error()};
        report = desk.sync->synchronise(m_officer, *server.value(), progress, pageSize);
    }
    QSqlDatabase::removeDatabase(connection);
    return report;
}

qint64 TestDeskSync::registerOn(Desk &desk, qint64 listingId)
{
    ObjectionDraft draft;
    draft.listingId = listingId;
    draft.applicantName = QStringLiteral("张三");
    draft.applicantContact = QStringLiteral("13800000000");
    draft.receivedOn = QDate(2026, 11, 2);
    draft.groundsText = QStringLiteral("履行情况有误");
    draft.fields = {QStringLiteral("performance")};
    auto id = desk.objections->registerObjection(m_officer, draft);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

QString TestDeskSync::advance(Desk &desk, qint64 id, S to, const QString &reason)
{
    const auto objection = desk.objections->find(id);
    if (!objection)
        return QStringLiteral("no case %1").arg(id);
    ObjectionStep step;
    step.to = to;
    step.actedOn = QDate(2026, 11, 20);
    step.reason = reason;
    if (to == S::Corrected)
        step.changes = {{QStringLiteral("performance"), QStringLiteral("1")}};
    const Actor &actor = ObjectionStateMachine::isDecision(to) ? m_reviewer : m_officer;
    const Status status = desk.objections->advance(actor, id, objection->rowVersion, step);
    return status ? QString() : status.error();
}

QString TestDeskSync::text(Desk &desk, const QString &sql)
{
    QSqlQuery query(desk.database->connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

int TestDeskSync::count(Desk &desk, const QString &sql)
{
    QSqlQuery query(desk.database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestDeskSync::stepsTravelBetweenDesks()
{
    const qint64 listing = sharedListing(3);
    const qint64 onA = registerOn(m_a, listing);
    QVERIFY(onA > 0);
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());

    auto sentByA = synchronise(m_a);
    QVERIFY2(sentByA, qPrintable(sentByA ? QString() : sentByA.error()));
    QCOMPARE(sentByA->sent, 3);
    QCOMPARE(sentByA->accepted, 3);
    QCOMPARE(sentByA->applied, 0);

    const int casesOnB = count(m_b, QStringLiteral("SELECT count(*) FROM objection"));
    auto pulledByB = synchronise(m_b);
    QVERIFY2(pulledByB, qPrintable(pulledByB ? QString() : pulledByB.error()));
    QCOMPARE(pulledByB->sent, 0);
    QCOMPARE(pulledByB->applied, 3);
    QCOMPARE(pulledByB->created, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM objection")), casesOnB + 1);
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM objection"));
    const auto caseOnB = m_b.objections->find(onB);
    QVERIFY(caseOnB);
    QCOMPARE(caseOnB->listingId, listing);
    QCOMPARE(caseOnB->state, S::UnderReview);
    QCOMPARE(caseOnB->applicantName, QStringLiteral("张三"));
    QCOMPARE(caseOnB->registeredBy, m_officer.userName);
    // The journal came along, step by step; the listing shows 异议中 on both desks.
    auto journal = m_b.objections->history(m_officer, onB);
    QVERIFY(journal);
    QCOMPARE(journal->size(), 3);
    QCOMPARE(journal->last().to, S::UnderReview);
    QCOMPARE(journal->last().reason, QStringLiteral("test step"));
    QCOMPARE(count(m_b, QStringLiteral("SELECT under_objection FROM listing WHERE id = %1").arg(listing)), 1);
    // Applied changes are audited on the desk that applied them, and are not sent back.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply'")), 3);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);

    // B's reviewer decides; A learns of it at its next synchronisation.
    QCOMPARE(advance(m_b, onB, S::Upheld, QStringLiteral("记录无误")), QString());
    auto sentByB = synchronise(m_b);
    QVERIFY(sentByB);
    QCOMPARE(sentByB->accepted, 1);
    auto pulledByA = synchronise(m_a);
    QVERIFY(pulledByA);
    QCOMPARE(pulledByA->applied, 1);
    QCOMPARE(pulledByA->created, 0);
    const auto caseOnA = m_a.objections->find(onA);
    QCOMPARE(caseOnA->state, S::Upheld);
    QCOMPARE(caseOnA->decidedBy, m_reviewer.userName);
    QCOMPARE(caseOnA->outcome, ObjectionOutcome::Upheld);
    QCOMPARE(count(m_a, QStringLiteral("SELECT under_objection FROM listing WHERE id = %1").arg(listing)), 0);
    // Nothing more to exchange either way.
    auto quiet = synchronise(m_a);
    QVERIFY(quiet);
    QCOMPARE(quiet->sent + quiet->applied, 0);
}

void TestDeskSync::stepsTakenOfflineAreSentInARow()
{
    // A desk joining under a name another installation holds is refused, and learns nothing.
    {
        Desk impostor = openDeskAs(QStringLiteral("desk-a"), QStringLiteral("desk-a-again"));
        QVERIFY(impostor.database);
        QVERIFY(synchronise(m_a));
        auto refused = synchronise(impostor);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("desk-a")), qPrintable(refused.error()));
    }
    // Four steps on A before it synchronises: each change follows the one before it.
    const qint64 onA = registerOn(m_a, sharedListing(5));
    QVERIFY(onA > 0);
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());
    QCOMPARE(advance(m_a, onA, S::Corrected, QStringLiteral("更正履行情况")), QString());
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE base_version = -1")), 3);
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 4);
    QCOMPARE(sent->refused, 0);
    QSqlQuery versions(m_a.database->connection());
    QVERIFY(versions.exec(QStringLiteral("SELECT server_version FROM sync_outbox ORDER BY id")));
    QList<int> made;
    while (versions.next())
        made.append(versions.value(0).toInt());
    QCOMPARE(made, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(count(m_b, QStringLiteral("SELECT performance FROM listing WHERE id = %1").arg(sharedListing(5))), 0);
    auto pulled = synchronise(m_b);
    QVERIFY(pulled);
    QCOMPARE(pulled->applied, 4);
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM objection"));
    QCOMPARE(m_b.objections->find(onB)->state, S::Corrected);
    // The decision's correction of the record is made on B as well, with its history event.
    const QString performance = QStringLiteral("SELECT performance FROM listing WHERE id = %1").arg(sharedListing(5));
    QCOMPARE(count(m_a, performance), 1);
    QCOMPARE(count(m_b, performance), 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND note LIKE "
                                       "'%desk-a%'")
                            .arg(sharedListing(5))),
             pulled->corrections);
}

void TestDeskSync::concurrentDecisionsBecomeAConflict()
{
    // A case both desks have, under review.
    const qint64 onA = registerOn(m_a, sharedListing(7));
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM objection"));
    QCOMPARE(m_b.objections->find(onB)->state, S::UnderReview);

    // Both reviewers decide while the desks are apart: A upholds the record, B cannot determine.
    QCOMPARE(advance(m_a, onA, S::Upheld, QStringLiteral("A：记录无误")), QString());
    QCOMPARE(advance(m_b, onB, S::Undetermined, QStringLiteral("B：无法核实")), QString());
    auto first = synchronise(m_a);
    QVERIFY(first);
    QCOMPARE(first->accepted, 1);
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->sent, 1);
    QCOMPARE(second->refused, 1);
    QCOMPARE(second->applied, 1);

    // The first decision stands on both desks; B's is kept as a conflict for an officer.
    QCOMPARE(m_a.objections->find(onA)->state, S::Upheld);
    QCOMPARE(m_b.objections->find(onB)->state, S::Upheld);
    QCOMPARE(m_b.objections->find(onB)->decisionReason, QStringLiteral("A：记录无误"));
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncRepository::Conflict conflict = conflicts->first();
    QCOMPARE(conflict.caseId, onB);
    QCOMPARE(conflict.currentState, static_cast<int>(S::Upheld));
    QCOMPARE(conflict.change.reason, QStringLiteral("B：无法核实"));
    QCOMPARE(
        conflict.change.payload.value(QStringLiteral("event")).toObject().value(QStringLiteral("to_state")).toInt(),
        static_cast<int>(S::Undetermined));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict'")), 1);
    // B's own note of its refused step ("undetermined") does not stay on the listing.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing WHERE id = %1 AND objection_annotation IS NULL")
                            .arg(sharedListing(7))),
             1);
    // Only the desk whose decision stands reports it to the platform; B reports neither its refused
    // step nor the decision it received from A.
    auto outcomesIn = [&](Desk &desk) {
        const QString package = m_folder.filePath(desk.name + QStringLiteral("-feedback.jsonl"));
        auto written = ExchangeService(*desk.database).exportFeedback(m_admin, 0, package);
        if (!written)
            return QStringList{written.error()};
        QFile file(package);
        if (!file.open(QIODevice::ReadOnly))
            return QStringList{QStringLiteral("unreadable")};
        QStringList outcomes;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.contains("objection_outcome"))
                outcomes.append(QString::fromUtf8(line));
        }
        return outcomes;
    };
    const QStringList fromB = outcomesIn(m_b);
    QVERIFY2(fromB.isEmpty(), qPrintable(fromB.join(u'\n')));
    const QStringList fromA = outcomesIn(m_a);
    QCOMPARE(fromA.size(), 1);
    QVERIFY2(fromA.first().contains(QStringLiteral("upheld")), qPrintable(fromA.first()));
    QCOMPARE(m_a.sync->conflicts(m_officer, true)->size(), 0);
    // A's desk is not told of B's refused step.
    auto quiet = synchronise(m_a);
    QVERIFY(quiet);
    QCOMPARE(quiet->applied, 0);

    // Until it is resolved, no step is taken on the case on B.
    const QString blocked = advance(m_b, onB, S::ApplicantNotified);
    QVERIFY2(blocked.contains(QStringLiteral("conflict")), qPrintable(blocked));
    // An officer resolves it, with a reason; the server learns of it at the next synchronisation.
    QVERIFY(!m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::OtherDecisionStands, QString()));
    // A refused decision gives way only by a reviewer's call.
    QVERIFY(
        !m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::OtherDecisionStands, QStringLiteral("x")));
    QVERIFY(!m_b.sync->resolve(test::auditor(), conflict.id, SyncService::Resolution::OtherDecisionStands,
                               QStringLiteral("x")));
    QVERIFY(m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                              QStringLiteral("与A办核对，维持A办决定")));
    const Status again =
        m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::TakeStepAgain, QStringLiteral("again"));
    QVERIFY(!again);
    QVERIFY(again.error().contains(m_reviewer.userName));
    QCOMPARE(m_b.sync->conflicts(m_officer, true)->size(), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.resolve'")), 1);
    QCOMPARE(advance(m_b, onB, S::ApplicantNotified), QString());
    auto reported = synchronise(m_b);
    QVERIFY(reported);
    QCOMPARE(reported->resolutionsReported, 1);
    auto location = ServerStore::parseAddress(m_server.address(m_serverDatabase));
    {
        auto server = ServerStore::connect(location.value(), m_server.password(), QStringLiteral("check"));
        QVERIFY(server);
        QCOMPARE(server.value()->openConflicts(QStringLiteral("desk-b"))->size(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestDeskSync::revocationLiftsMeasuresOnBothDesks()
{
    // A listing with measures in force, revoked by an objection's decision on A.
    const qint64 listing = count(m_a, QStringLiteral("SELECT min(listing_id) FROM measure_application WHERE "
                                                     "ended_on IS NULL AND listing_id IN (SELECT id FROM listing "
                                                     "WHERE state = 1)"));
    QVERIFY(listing > 0);
    const qint64 onA = registerOn(m_a, listing);
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());
    ObjectionStep revoke;
    revoke.to = S::Corrected;
    revoke.actedOn = QDate(2026, 11, 20);
    revoke.reason = QStringLiteral("列入依据已撤销");
    revoke.outcome = ObjectionOutcome::Corrected;
    revoke.publicationState = 3;
    QVERIFY(m_a.objections->advance(m_reviewer, onA, m_a.objections->find(onA)->rowVersion, revoke));
    const QString inForce = measuresInForceOn(listing);
    QCOMPARE(count(m_a, inForce), 0);
    const int notified =
        count(m_a, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1").arg(listing));
    QVERIFY(notified > 0);
    QVERIFY(synchronise(m_a));
    QVERIFY(count(m_b, inForce) > 0);
    // The platform's package reached B first and revoked the listing there (a package does not
    // lift measures): the pulled decision still lifts them.
    QSqlQuery platform(m_b.database->connection());
    QVERIFY(platform.exec(QStringLiteral("UPDATE listing SET state = 3 WHERE id = %1").arg(listing)));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->corrections, 1);
    // Revoked on B too, its measures lifted there; the departments are notified by A only.
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)), 3);
    QCOMPARE(count(m_b, inForce), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                       "from_desk = 'desk-a'")
                            .arg(listing)),
             notified);
    auto liftingsIn = [&](Desk &desk) {
        const QString package = m_folder.filePath(desk.name + QStringLiteral("-liftings.jsonl"));
        if (!ExchangeService(*desk.database).exportFeedback(m_admin, 0, package))
            return -1;
        QFile file(package);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return static_cast<int>(file.readAll().count("\"measure_lifting\""));
    };
    QCOMPARE(liftingsIn(m_b), 0);
    QCOMPARE(liftingsIn(m_a), notified);
}

void TestDeskSync::refusedStepsCorrectionsAreUndone()
{
    // A case on a listing with measures in force, under review on both desks.
    const qint64 listing = listingWithMeasures(3);
    QVERIFY(listing > 0);
    const auto [onA, onB] = caseUnderReviewOnBoth(listing);
    QVERIFY(onA > 0 && onB > 0);
    const QString obligation = text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing));
    const QString inForce = measuresInForceOn(listing);
    const int measures = count(m_b, inForce);
    QVERIFY(measures > 0);

    // A upholds the record; B corrects the obligation and revokes the listing, and is second.
    QCOMPARE(advance(m_a, onA, S::Upheld, QStringLiteral("A：记录无误")), QString());
    ObjectionStep correct;
    correct.to = S::Corrected;
    correct.actedOn = QDate(2026, 11, 21);
    correct.reason = QStringLiteral("B：列入有误");
    correct.outcome = ObjectionOutcome::Corrected;
    correct.publicationState = 3;
    correct.changes = {{QStringLiteral("obligation"), QStringLiteral("B：已部分履行")}};
    QVERIFY(m_b.objections->advance(m_reviewer, onB, m_b.objections->find(onB)->rowVersion, correct));
    QCOMPARE(text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing)),
             QStringLiteral("B：已部分履行"));
    QCOMPARE(count(m_b, inForce), 0);
    const QString ownQueued = QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                             "from_desk IS NULL AND withdrawn_at IS NULL")
                                  .arg(listing);
    const int notified = count(m_b, ownQueued);
    QVERIFY(notified > 0);
    // And notifies the applicant, still offline: both steps are refused, both undone at the first
    // refusal — also when the run stops before the second is sent.
    QCOMPARE(advance(m_b, onB, S::ApplicantNotified), QString());
    QVERIFY(synchronise(m_a));
    auto first = synchronise(m_b, 500, [](int sent, int) { return sent == 0; });
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QVERIFY(first->cancelled);
    QCOMPARE(first->refused, 1);
    QCOMPARE(text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing)), obligation);
    QCOMPARE(count(m_b, ownQueued), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 0 AND undone_at IS NOT NULL")),
             1);
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->refused, 1);
    QCOMPARE(second->applied, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "json_extract(details, '$.undone.undoneWithAnEarlierStep') = 1")),
             1);

    // B's corrections are undone with the conflict: the obligation as it was, the listing
    // published again, its measures in force, B's notifications withdrawn and never exported.
    QCOMPARE(text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing)), obligation);
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Published));
    QCOMPARE(count(m_b, inForce), measures);
    QCOMPARE(count(m_b, ownQueued), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 3 AND "
                                       "note LIKE '%central server%'")
                            .arg(listing)),
             1);
    QCOMPARE(
        text(m_b, QStringLiteral("SELECT json_extract(details, '$.undone.steps[0].fields[0].backTo') FROM audit_entry "
                                 "WHERE action = 'sync.conflict' AND json_extract(details, '$.undone.steps') IS NOT "
                                 "NULL")),
        obligation);
    QCOMPARE(
        count(m_b, QStringLiteral(
                       "SELECT json_extract(details, '$.undone.steps[0].measuresInForceAgain') FROM "
                       "audit_entry WHERE action = 'sync.conflict' AND json_extract(details, '$.undone.steps') IS NOT "
                       "NULL")),
        measures);
    const QString package = m_folder.filePath(QStringLiteral("b-refused-%1.jsonl").arg(m_testNumber));
    QVERIFY(ExchangeService(*m_b.database).exportFeedback(m_admin, 0, package));
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\"measure_lifting\""), 0);
    // A's decision stands on B; the conflict says what was undone.
    QCOMPARE(m_b.objections->find(onB)->state, S::Upheld);
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 2);
    QVERIFY(!ConflictDescription(conflicts->first()).leftBehindText().isEmpty());
    QVERIFY(ConflictDescription(conflicts->last()).leftBehindText().isEmpty()); // the notification corrected nothing
}

void TestDeskSync::decisionPulledOverWaitingCorrectionsStands()
{
    const qint64 listing = listingWithMeasures(4);
    QVERIFY(listing > 0);
    const auto [onA, onB] = caseUnderReviewOnBoth(listing);
    QVERIFY(onA > 0 && onB > 0);
    const QString inForce = measuresInForceOn(listing);
    const int measures = count(m_b, inForce);
    QVERIFY(measures > 0);
    // A corrects the obligation; B corrects it otherwise, corrects the filing date (empty before)
    // and revokes the listing.
    ObjectionStep onADesk;
    onADesk.to = S::Corrected;
    onADesk.actedOn = QDate(2026, 11, 20);
    onADesk.reason = QStringLiteral("A：更正履行义务");
    onADesk.outcome = ObjectionOutcome::Corrected;
    onADesk.changes = {{QStringLiteral("obligation"), QStringLiteral("A：给付 10 万元")}};
    QVERIFY(m_a.objections->advance(m_reviewer, onA, m_a.objections->find(onA)->rowVersion, onADesk));
    QSqlQuery noFilingDate(m_b.database->connection());
    QVERIFY(noFilingDate.exec(QStringLiteral("UPDATE listing SET filing_date = NULL WHERE id = %1").arg(listing)));
    ObjectionStep onBDesk = onADesk;
    onBDesk.actedOn = QDate(2026, 11, 21);
    onBDesk.reason = QStringLiteral("B：撤销并更正");
    onBDesk.publicationState = 3;
    onBDesk.changes = {{QStringLiteral("obligation"), QStringLiteral("B：给付 8 万元")},
                       {QStringLiteral("filing_date"), QStringLiteral("2026-01-05")}};
    QVERIFY(m_b.objections->advance(m_reviewer, onB, m_b.objections->find(onB)->rowVersion, onBDesk));
    QVERIFY(synchronise(m_a));
    // B's step was taken while B was pulling: A's decision arrives over it (the outbox row is held
    // back for one run to make that order), then B's is sent and refused.
    QSqlQuery holdBack(m_b.database->connection());
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 1 WHERE state = 0")));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing)),
             QStringLiteral("A：给付 10 万元"));
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 0 WHERE state = 1 AND server_sequence IS "
                                         "NULL")));
    auto refused = synchronise(m_b);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error()));
    QCOMPARE(refused->refused, 1);
    // A's decision stands: its obligation kept (B's correction of it is not put back over it), the
    // filing date empty again (NULL, as before), the listing published with its measures in force.
    QCOMPARE(text(m_b, QStringLiteral("SELECT obligation FROM listing WHERE id = %1").arg(listing)),
             QStringLiteral("A：给付 10 万元"));
    QCOMPARE(
        count(m_b, QStringLiteral("SELECT count(*) FROM listing WHERE id = %1 AND filing_date IS NULL").arg(listing)),
        1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Published));
    QCOMPARE(count(m_b, inForce), measures);
    QCOMPARE(text(m_b, QStringLiteral("SELECT json_extract(details, '$.undone.steps[0].fields[0].field') || '=' || "
                                      "json_extract(details, '$.undone.steps[0].fields[0].backTo') || ';' || "
                                      "json_extract(details, '$.undone.steps[0].fields[1].field') || '=' || "
                                      "json_extract(details, '$.undone.steps[0].fields[1].keptAsChangedSince') FROM "
                                      "audit_entry WHERE action = 'sync.conflict'")),
             QStringLiteral("filing_date=;obligation=A：给付 10 万元"));
    QCOMPARE(m_b.objections->find(onB)->decisionReason, QStringLiteral("A：更正履行义务"));
}

void TestDeskSync::offlineDeskCatchesUpInPages()
{
    QList<qint64> cases;
    for (int i = 0; i < 40; ++i) {
        const qint64 id = registerOn(m_a, sharedListing(20 + i));
        QVERIFY(id > 0);
        cases.append(id);
        if (i % 4 == 0)
            QCOMPARE(advance(m_a, id, S::Accepted), QString());
    }
    auto sent = synchronise(m_a);
    QVERIFY(sent);
    QCOMPARE(sent->accepted, 50);
    const int before = count(m_b, QStringLiteral("SELECT count(*) FROM objection"));
    auto caught = synchronise(m_b, 7);
    QVERIFY2(caught, qPrintable(caught ? QString() : caught.error()));
    QCOMPARE(caught->applied, 50);
    QCOMPARE(caught->created, 40);
    QCOMPARE(caught->lastSequence, 50);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM objection")), before + 40);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM objection WHERE state = %1").arg(int(S::Accepted))),
             count(m_a, QStringLiteral("SELECT count(*) FROM objection WHERE state = %1").arg(int(S::Accepted))));
    // In the order they were made: the cases on B follow the listings A registered them on.
    QSqlQuery order(m_b.database->connection());
    QVERIFY(order.exec(QStringLiteral("SELECT listing_id FROM objection ORDER BY id DESC LIMIT 40")));
    QList<qint64> listings;
    while (order.next())
        listings.prepend(order.value(0).toLongLong());
    QCOMPARE(listings, m_listings.mid(20, 40));
}

void TestDeskSync::serverRestartedMidSync()
{
    for (int i = 0; i < 30; ++i)
        QVERIFY(registerOn(m_a, sharedListing(100 + i)) > 0);
    QVERIFY(synchronise(m_a));
    // B pulls in pages of 5; after 12 changes the server goes down.
    bool stopped = false;
    auto interrupted = synchronise(m_b, 5, [&](int, int applied) {
        if (applied == 12 && !stopped) {
            stopped = true;
            return m_server.stop();
        }
        return true;
    });
    QVERIFY(stopped);
    QVERIFY(!interrupted);
    QVERIFY2(interrupted.error().contains(QStringLiteral("applied: 1")), qPrintable(interrupted.error()));
    // What was applied is whole and remembered; B's own step, taken meanwhile, waits in its outbox.
    const int applied = count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply'"));
    QVERIFY(applied >= 12 && applied <= 15);
    QCOMPARE(count(m_b, QStringLiteral("SELECT last_pulled_sequence FROM sync_desk")), applied);
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM objection"));
    QCOMPARE(advance(m_b, onB, S::Accepted), QString());
    QVERIFY(!synchronise(m_b)); // nobody listening
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 0")), 1);

    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    auto resumed = synchronise(m_b, 5);
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error()));
    QCOMPARE(resumed->accepted, 1);
    QCOMPARE(resumed->applied, 30 - applied);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(DISTINCT local_id) FROM sync_entity")), 30);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply'")), 30);
    auto back = synchronise(m_a);
    QVERIFY(back);
    QCOMPARE(back->applied, 1);
}

void TestDeskSync::changeOnAnUnknownListingWaits()
{
    const qint64 listing = sharedListing(150);
    const qint64 onA = registerOn(m_a, listing);
    QVERIFY(onA > 0);
    QVERIFY(registerOn(m_a, sharedListing(151)) > 0);
    QVERIFY(synchronise(m_a));
    // B has not received the listing's package yet (its case number differs until then).
    QSqlQuery hide(m_b.database->connection());
    QVERIFY(
        hide.exec(QStringLiteral("UPDATE listing SET case_number = case_number || '-' WHERE id = %1").arg(listing)));
    auto waiting = synchronise(m_b);
    QVERIFY(waiting);
    QCOMPARE(waiting->applied, 0);
    QVERIFY2(waiting->waitingFor.contains(QStringLiteral("import")), qPrintable(waiting->waitingFor));
    QCOMPARE(count(m_b, QStringLiteral("SELECT last_pulled_sequence FROM sync_desk")), 0);
    QVERIFY(hide.exec(
        QStringLiteral("UPDATE listing SET case_number = substr(case_number, 1, length(case_number) - 1) WHERE id = %1")
            .arg(listing)));
    auto applied = synchronise(m_b);
    QVERIFY(applied);
    QCOMPARE(applied->applied, 2);
    QVERIFY(applied->waitingFor.isEmpty());

    // A decision from a desk with a newer CreditDesk corrects a field this one does not know:
    // it waits too, and nothing of it is applied.
    QSqlQuery last(m_a.database->connection());
    QVERIFY(last.exec(QStringLiteral("SELECT payload FROM sync_outbox ORDER BY id DESC LIMIT 1")) && last.next());
    QJsonObject payload = QJsonDocument::fromJson(last.value(0).toByteArray()).object();
    QJsonObject event = payload.value(QStringLiteral("event")).toObject();
    QJsonObject details = event.value(QStringLiteral("details")).toObject();
    details.insert(QStringLiteral("changes"),
                   QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("colour")},
                                          {QStringLiteral("new"), QStringLiteral("red")}}});
    event.insert(QStringLiteral("details"), details);
    payload.insert(QStringLiteral("event"), event);
    {
        auto server = ServerStore::connect(ServerStore::parseAddress(m_server.address(m_serverDatabase)).value(),
                                           m_server.password(), QStringLiteral("newer-desk"));
        QVERIFY(server);
        QVERIFY(server.value()->registerDesk(QStringLiteral("desk-new"), QStringLiteral("某市信用办"),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces)));
        ServerStore::Change change{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                   QStringLiteral("objection"),
                                   QStringLiteral("objection/new/1"),
                                   0,
                                   QStringLiteral("objection.register"),
                                   payload,
                                   QStringLiteral("officer"),
                                   QStringLiteral("newer")};
        QVERIFY(server.value()->push(QStringLiteral("desk-new"), change));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-desk"));
    const int cases = count(m_b, QStringLiteral("SELECT count(*) FROM objection"));
    auto newer = synchronise(m_b);
    QVERIFY(newer);
    QCOMPARE(newer->applied, 0);
    QVERIFY2(newer->waitingFor.contains(QStringLiteral("colour")), qPrintable(newer->waitingFor));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM objection")), cases);
}

void TestDeskSync::officerUsesTheCommandLine()
{
    auto cli = [this](const QStringList &arguments, const QString &user, QString *output = nullptr,
                      const QByteArray &input = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CREDITDESK_SERVER_PASSWORD"), m_server.password());
        environment.insert(QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo"));
        environment.insert(QStringLiteral("CREDITDESK_USER"), user);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CREDITDESK_CLI_PATH), QStringList{QStringLiteral("sync")} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitCode();
    };
    // A third desk joins by the command line and catches up; a conflict makes "run" exit 3.
    const QString path = m_folder.filePath(QStringLiteral("desk-c-%1.sqlite").arg(m_testNumber));
    QVERIFY(QFile::copy(m_base, path));
    QString output;
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 1);
    QVERIFY2(output.contains(QStringLiteral("sync join")), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("join"), QStringLiteral("--db"), path, QStringLiteral("--server"),
                  QStringLiteral("postgresql://creditdesk:secret@127.0.0.1/x"), QStringLiteral("--desk"),
                  QStringLiteral("desk-c"), QStringLiteral("--office"), QStringLiteral("某市信用办")},
                 QStringLiteral("admin"), &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("CREDITDESK_SERVER_PASSWORD")), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("join"), QStringLiteral("--db"), path, QStringLiteral("--server"),
                  m_server.address(m_serverDatabase), QStringLiteral("--desk"), QStringLiteral("desk-c"),
                  QStringLiteral("--office"), QStringLiteral("某市信用办")},
                 QStringLiteral("admin"), &output),
             0);
    // The office key made on A is typed in on C.
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QVERIFY2(output.contains(QStringLiteral("no office key")), qPrintable(output));
    auto madeOnA = OfficeKeyService(*m_a.database).create(m_officer, QStringLiteral("首台"));
    QVERIFY(madeOnA);
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path, QStringLiteral("--set")},
                 QStringLiteral("officer"), &output, madeOnA->key.text().toUtf8() + '\n'),
             2);
    QVERIFY2(output.contains(QStringLiteral("--reason")), qPrintable(output));
    const QStringList setKey{QStringLiteral("office-key"), QStringLiteral("--db"),     path,
                             QStringLiteral("--set"),      QStringLiteral("--reason"), QStringLiteral("同一办公室")};
    QCOMPARE(cli(setKey, QStringLiteral("officer"), &output, "0123-not-a-key\n"), 1);
    QVERIFY2(output.contains(QStringLiteral("0-9")), qPrintable(output));
    QCOMPARE(cli(setKey, QStringLiteral("officer"), &output, madeOnA->key.text().toUtf8() + '\n'), 0);
    QVERIFY2(output.contains(madeOnA->key.fingerprint()), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QVERIFY2(output.contains(madeOnA->key.fingerprint()) && output.contains(QStringLiteral("officer")),
             qPrintable(output));
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path, QStringLiteral("--show")},
                 QStringLiteral("officer"), &output),
             2);
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path, QStringLiteral("--show"),
                  QStringLiteral("--reason"), QStringLiteral("第四台")},
                 QStringLiteral("officer"), &output),
             0);
    QCOMPARE(output.trimmed(), madeOnA->key.text());
    QCOMPARE(cli({QStringLiteral("office-key"), QStringLiteral("--db"), path, QStringLiteral("--new"),
                  QStringLiteral("--set")},
                 QStringLiteral("officer"), &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("one of --new, --set and --show")), qPrintable(output));

    const qint64 onA = registerOn(m_a, sharedListing(160));
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());
    QVERIFY(synchronise(m_a));
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QVERIFY2(output.contains(QStringLiteral("applied: 3")), qPrintable(output));

    // C's reviewer decides by hand in C's cache (opened here), A decides first.
    {
        auto database = Database::open(path, QStringLiteral("desk-c"));
        QVERIFY(database);
        ObjectionService objections(*database.value());
        QSqlQuery last(database.value()->connection());
        QVERIFY(last.exec(QStringLiteral("SELECT max(id) FROM objection")) && last.next());
        const qint64 onC = last.value(0).toLongLong();
        ObjectionStep step;
        step.to = S::Undetermined;
        step.actedOn = QDate(2026, 11, 21);
        step.reason = QStringLiteral("C：无法核实");
        QVERIFY(objections.advance(m_reviewer, onC, objections.find(onC)->rowVersion, step));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("desk-c"));
    QCOMPARE(advance(m_a, onA, S::Upheld, QStringLiteral("A：记录无误")), QString());
    QVERIFY(synchronise(m_a));
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--db"), path}, QStringLiteral("reviewer"), &output), 3);
    QVERIFY2(output.contains(QStringLiteral("conflicts: 1")), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("conflicts"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QVERIFY2(output.contains(QStringLiteral("C：无法核实")) && output.contains(QStringLiteral("\topen")),
             qPrintable(output));
    const QString conflictId = output.split(u'\n').value(1).section(u'\t', 0, 0);
    QCOMPARE(
        cli({QStringLiteral("resolve"), QStringLiteral("--db"), path, QStringLiteral("--conflict"), conflictId,
             QStringLiteral("--resolution"), QStringLiteral("maybe"), QStringLiteral("--reason"), QStringLiteral("x")},
            QStringLiteral("officer")),
        2);
    QCOMPARE(cli({QStringLiteral("resolve"), QStringLiteral("--db"), path, QStringLiteral("--conflict"), conflictId,
                  QStringLiteral("--resolution"), QStringLiteral("other-decision-stands"), QStringLiteral("--reason"),
                  QStringLiteral("维持A办决定")},
                 QStringLiteral("reviewer"), &output),
             0);
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--db"), path}, QStringLiteral("officer"), &output), 0);
    QVERIFY2(output.contains(QStringLiteral("changes to send: 0; open conflicts: 0")), qPrintable(output));
}

void TestDeskSync::pageSynchronisesAndResolves()
{
    // Screenshots for the documentation when asked: CREDITDESK_SCREENSHOT_DIR and _LANGUAGE.
    const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR");
    const QString language =
        installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    auto save = [&](QWidget *widget, const QString &name) {
        if (!screenshots.isEmpty())
            QVERIFY(widget->grab().save(QDir(screenshots).filePath(name + u'-' + language + QStringLiteral(".png"))));
    };
    const qint64 onA = registerOn(m_a, sharedListing(170));
    QCOMPARE(advance(m_a, onA, S::Accepted), QString());
    QCOMPARE(advance(m_a, onA, S::UnderReview), QString());
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM objection"));
    QCOMPARE(advance(m_a, onA, S::Upheld, QStringLiteral("记录无误，维持")), QString());
    QVERIFY(synchronise(m_a));
    QCOMPARE(advance(m_b, onB, S::Undetermined, QStringLiteral("申请人材料无法核实")), QString());

    // The page synchronises on a worker with connections of its own.
    const QString address = m_server.address(m_serverDatabase);
    const QString path = m_b.path;
    OfficeKeyService officeKeys(*m_b.database);
    SyncPage page(
        *m_b.sync, m_reviewer,
        [path](const Actor &actor, const QString &password, const SyncService::Progress &progress) {
            auto database = Database::open(path, QStringLiteral("page-worker"));
            if (!database)
                return Result<SyncService::Report>(Error{database.error()});
            return SyncService(**database).synchroniseWithPassword(actor, password, progress);
        },
        &officeKeys);
    // A reviewer reads the office key's state; setting it is for officers and administrators.
    QVERIFY(page.officeKeyBox());
    QVERIFY(!page.officeKeyBox()->stateLabel()->text().isEmpty());
    QVERIFY(!page.officeKeyBox()->showButton()->isEnabled());
    QVERIFY(page.officeKeyBox()->makeButton()->isHidden());
    QVERIFY(page.officeKeyBox()->enterButton()->isHidden() && page.officeKeyBox()->showButton()->isHidden());
    page.resize(1100, 520);
    page.show();
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("desk-b")));
    QCOMPARE(page.conflictView()->model()->rowCount(), 0);
    qputenv("CREDITDESK_SERVER_PASSWORD", m_server.password().toUtf8());
    QTest::mouseClick(page.synchroniseButton(), Qt::LeftButton);
    QVERIFY(page.isSynchronising());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isSynchronising(), 60000);
    qunsetenv("CREDITDESK_SERVER_PASSWORD");
    QVERIFY2(page.messageLabel()->text().contains(language == QLatin1String("en") ? QStringLiteral("conflicts: 1")
                                                                                  : QStringLiteral("因冲突未被接受 1")),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.conflictView()->model()->rowCount(), 1);
    QCOMPARE(page.conflictView()->model()->index(0, 5).data().toString(), QStringLiteral("申请人材料无法核实"));
    save(&page, QStringLiteral("sync-conflicts"));

    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts && conflicts->size() == 1);
    ResolveConflictDialog dialog(conflicts->first(), &page);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason, no resolution
    dialog.reasonEdit()->setPlainText(QStringLiteral("与A办电话核对，维持A办决定"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.resolution(), SyncService::Resolution::OtherDecisionStands);
    save(&dialog, QStringLiteral("sync-resolve"));
    dialog.close();

    QVERIFY(!page.resolveRow(0, SyncService::Resolution::OtherDecisionStands, QStringLiteral("  ")));
    QCOMPARE(page.conflictView()->model()->rowCount(), 1);
    QVERIFY(page.resolveRow(0, dialog.resolution(), dialog.reason()));
    QCOMPARE(page.conflictView()->model()->rowCount(), 0);
    page.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(page.conflictView()->model()->rowCount(), 1);
    QVERIFY(page.conflictView()->model()->index(0, 8).data().toString().contains(QStringLiteral("维持A办决定")));
}

void TestDeskSync::feedbackTravelsBetweenDesks()
{
    // Two measures in force without feedback, the same on both desks (copies of one cache).
    QSqlQuery open(m_a.database->connection());
    QVERIFY(open.exec(QStringLiteral("SELECT a.id, a.started_on, d.name FROM measure_application a JOIN department d "
                                     "ON d.id = a.department_id WHERE a.ended_on IS NULL AND NOT EXISTS (SELECT 1 "
                                     "FROM measure_feedback f WHERE f.application_id = a.id) ORDER BY a.id LIMIT 2")));
    struct Application
    {
        qint64 id;
        QDate startedOn;
        QString department;
    };
    QList<Application> applications;
    while (open.next())
        applications.append({open.value(0).toLongLong(), QDate::fromString(open.value(1).toString(), Qt::ISODate),
                             open.value(2).toString()});
    QCOMPARE(applications.size(), 2);
    const auto feedbackOn = [&](Desk &desk, qint64 application) {
        return count(desk, QStringLiteral("SELECT count(*) FROM measure_feedback WHERE application_id = %1 AND result "
                                          "LIKE '已限制%'")
                               .arg(application));
    };
    // The first came in a platform package on both desks: it is found by the platform's key, even
    // where its other fields differ (B's start day below).
    for (Desk *desk : {&m_a, &m_b}) {
        QSqlQuery key(desk->database->connection());
        QVERIFY(key.exec(QStringLiteral("INSERT INTO exchange_key (source, kind, key, local_id) VALUES ('平台', "
                                        "'application', 'A-1', %1)")
                             .arg(applications.at(0).id)));
    }
    FeedbackService feedback(*m_a.database);
    for (int index = 0; index < 2; ++index) {
        Feedback entry;
        entry.handlingType = 2;
        entry.result = QStringLiteral("已限制其申请第 %1 项").arg(index + 1);
        entry.action = index == 0 ? QString() : QStringLiteral("驳回申请");
        entry.occurredOn = applications.at(index).startedOn;
        entry.reportedBy = QStringLiteral("王科长");
        auto recorded = feedback.record(m_officer, applications.at(index).id, entry, QDate::currentDate());
        QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error()));
    }
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'feedback'")), 2);
    // An objection step after the entries: it must not wait behind them.
    const qint64 objection = registerOn(m_a, sharedListing(60));
    QVERIFY(objection > 0);
    auto sentByA = synchronise(m_a);
    QVERIFY2(sentByA, qPrintable(sentByA ? QString() : sentByA.error()));
    QCOMPARE(sentByA->sent, 3);
    QCOMPARE(sentByA->accepted, 3);

    // B lacks the second measure application (its platform package has not come yet): it takes
    // the first entry and the objection, and sets the second entry aside.
    QSqlQuery hide(m_b.database->connection());
    QVERIFY(hide.exec(QStringLiteral("UPDATE measure_application SET started_on = '2000-01-01' WHERE id IN (%1, %2)")
                          .arg(applications.at(0).id)
                          .arg(applications.at(1).id)));
    // Counted once for the whole country (and once more for each level of area below it).
    const QString nationalWithFeedback =
        QStringLiteral("SELECT sum(with_feedback) FROM statistics_measure WHERE area IN (SELECT area FROM "
                       "statistics_area WHERE level = 0)");
    const int withFeedback = count(m_b, nationalWithFeedback);
    const int casesOnB = count(m_b, QStringLiteral("SELECT count(*) FROM objection"));
    auto first = synchronise(m_b);
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QCOMPARE(first->applied, 2);
    QCOMPARE(first->feedback, 1);
    QCOMPARE(first->created, 1);
    QCOMPARE(first->setAside, 1);
    QVERIFY2(first->waitingFor.isEmpty(), qPrintable(first->waitingFor));
    QCOMPARE(count(m_b, QStringLiteral("SELECT last_pulled_sequence FROM sync_desk")), 3);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM objection")), casesOnB + 1);
    QSqlQuery aside(m_b.database->connection());
    QVERIFY(aside.exec(QStringLiteral("SELECT waiting_for FROM sync_set_aside")) && aside.next());
    const QString waitingFor = aside.value(0).toString();
    QVERIFY2(waitingFor.contains(applications.at(1).startedOn.toString(Qt::ISODate))
                 && waitingFor.contains(applications.at(1).department),
             qPrintable(waitingFor));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.set_aside'")), 1);
    QCOMPARE(feedbackOn(m_b, applications.at(0).id), 1);
    QCOMPARE(feedbackOn(m_b, applications.at(1).id), 0);
    // The entry as recorded on A: who recorded it and when, no action, the desk it came from.
    QSqlQuery onA(m_a.database->connection());
    QVERIFY(onA.exec(QStringLiteral("SELECT recorded_at FROM measure_feedback WHERE application_id = %1")
                         .arg(applications.at(0).id))
            && onA.next());
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM measure_feedback WHERE from_desk = 'desk-a' AND "
                                       "recorded_by = '%1' AND reported_by = '王科长' AND handling_type = 2 AND "
                                       "action IS NULL AND recorded_at = '%2'")
                            .arg(m_officer.userName, onA.value(0).toString())),
             1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply' AND "
                                       "entity_type = 'measure_feedback'")),
             1);
    QCOMPARE(count(m_b, nationalWithFeedback), withFeedback + 1);

    // The package with the application is imported: the next synchronisation applies the entry.
    for (const Application &application : applications)
        QVERIFY(hide.exec(QStringLiteral("UPDATE measure_application SET started_on = '%1' WHERE id = %2")
                              .arg(application.startedOn.toString(Qt::ISODate))
                              .arg(application.id)));
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->applied, 1);
    QCOMPARE(second->feedback, 1);
    QCOMPARE(second->setAside, 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_set_aside")), 0);
    QCOMPARE(feedbackOn(m_b, applications.at(1).id), 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM measure_feedback WHERE application_id = %1 AND action = "
                                       "'驳回申请'")
                            .arg(applications.at(1).id)),
             1);
    // Not sent back, and not carried by B's packages to the platform: A reports its own entries.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    const QString path = m_folder.filePath(QStringLiteral("out-b-%1.jsonl").arg(m_testNumber));
    auto exported = ExchangeService(*m_b.database).exportFeedback(m_officer, 0, path);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
    QFile package(path);
    QVERIFY(package.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(package.readAll()).contains(QStringLiteral("已限制其申请")));

    // The same change once more (a desk made from a copy of a cache that has the entry): not
    // recorded twice.
    QSqlQuery change(m_a.database->connection());
    QVERIFY(change.exec(QStringLiteral("SELECT e.entity_key, b.payload FROM sync_outbox b JOIN sync_entity e ON "
                                       "e.entity_type = b.entity_type AND e.local_id = b.local_id WHERE b.entity_type "
                                       "= 'feedback' ORDER BY b.id LIMIT 1"))
            && change.next());
    SyncRepository repository(m_b.database->connection());
    auto again = repository.applyFeedback(change.value(0).toString(), 1,
                                          QJsonDocument::fromJson(change.value(1).toByteArray()).object(),
                                          QStringLiteral("desk-a"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QVERIFY(!again->createdHere);
    QCOMPARE(feedbackOn(m_b, applications.at(0).id), 1);

    // An entry B refuses (a handling this version does not know, from a newer desk) is set aside
    // with the reason, and does not stop the changes after it.
    QJsonObject refused = QJsonDocument::fromJson(change.value(1).toByteArray()).object();
    QJsonObject refusedEntry = refused.value(QStringLiteral("feedback")).toObject();
    refusedEntry.insert(QStringLiteral("handling_type"), 9);
    refused.insert(QStringLiteral("feedback"), refusedEntry);
    {
        auto server = ServerStore::connect(ServerStore::parseAddress(m_server.address(m_serverDatabase)).value(),
                                           m_server.password(), QStringLiteral("feedback-newer-desk"));
        QVERIFY(server);
        QVERIFY(server.value()->registerDesk(QStringLiteral("desk-new"), QStringLiteral("某市信用办"),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QVERIFY(server.value()->push(QStringLiteral("desk-new"),
                                     {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("feedback"),
                                      QStringLiteral("feedback/new/1"), 0, QStringLiteral("feedback.record"), refused,
                                      QStringLiteral("officer"), QStringLiteral("已限制")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("feedback-newer-desk"));
    const qint64 later = registerOn(m_a, sharedListing(61));
    QVERIFY(later > 0);
    QVERIFY(synchronise(m_a));
    const int entriesOnB = count(m_b, QStringLiteral("SELECT count(*) FROM measure_feedback"));
    auto refusedRun = synchronise(m_b);
    QVERIFY2(refusedRun, qPrintable(refusedRun ? QString() : refusedRun.error()));
    QCOMPARE(refusedRun->setAside, 1);
    QCOMPARE(refusedRun->applied, 1); // the objection after it
    QVERIFY(refusedRun->waitingFor.isEmpty());
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM measure_feedback")), entriesOnB);
    QVERIFY(aside.exec(QStringLiteral("SELECT waiting_for FROM sync_set_aside")) && aside.next());
    QVERIFY2(aside.value(0).toString().contains(QStringLiteral("handling_type")),
             qPrintable(aside.value(0).toString()));
    // Tried again at each synchronisation, it stays set aside without failing them (audited again
    // only if the reason changes).
    const QString setAsideAudits = QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.set_aside'");
    const int auditedBefore = count(m_b, setAsideAudits);
    auto retried = synchronise(m_b);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error()));
    QCOMPARE(retried->applied, 0);
    QCOMPARE(retried->setAside, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_set_aside")), 1);
    QCOMPARE(count(m_b, setAsideAudits), auditedBefore);

    // A's entries stay once on A.
    QVERIFY(synchronise(m_a));
    QCOMPARE(feedbackOn(m_a, applications.at(0).id), 1);
    QCOMPARE(feedbackOn(m_a, applications.at(1).id), 1);
}

std::pair<qint64, qint64> TestDeskSync::repairCaseOn(Database &database, int index)
{
    RepairService repairs(database);
    BreachDraft draft;
    QSqlQuery subject(database.connection());
    if (!subject.exec(QStringLiteral("SELECT subject_id FROM listing WHERE id = %1").arg(sharedListing(index)))
        || !subject.next())
        return {0, 0};
    draft.subjectId = subject.value(0).toLongLong();
    draft.tier = BreachTier::General;
    draft.decisionDate = QDate(2026, 5, 4);
    draft.authority = QStringLiteral("某市市场监督管理局");
    draft.documentNumber = QStringLiteral("某市监罚〔2026〕%1号").arg(index);
    draft.behaviour = QStringLiteral("未按期履行行政处罚决定");
    draft.reason = QStringLiteral("平台推送");
    auto catalogue = RepairRepository(database.connection()).measuresForDemo(2);
    if (!catalogue || catalogue->size() != 2)
        return {0, 0};
    for (const auto &[measureId, departmentId] : catalogue.value())
        draft.measures.append({measureId, departmentId});
    auto breach = repairs.recordBreach(m_officer, draft);
    if (!breach) {
        qWarning() << breach.error();
        return {0, 0};
    }
    auto application =
        repairs.registerApplication(m_officer, {breach.value(), QStringLiteral("李四"), QStringLiteral("13900000000"),
                                                QDate(2026, 11, 2), QStringLiteral("罚款已缴清，已整改")});
    if (!application) {
        qWarning() << application.error();
        return {breach.value(), 0};
    }
    const qint64 id = application.value();
    if (!repairs.addEvidence(m_officer, id, RepairEvidenceKind::ProofOfPerformance, QStringLiteral("缴款凭证.pdf"),
                             QByteArrayLiteral("%PDF-1.4\n% proof ") + QByteArray::number(index))
        || !repairs.addEvidence(m_officer, id, RepairEvidenceKind::CreditCommitment, QStringLiteral("信用承诺书.pdf"),
                                QByteArrayLiteral("%PDF-1.4\n% commitment ") + QByteArray::number(index)))
        return {breach.value(), 0};
    const Status accepted = repairs.advance(m_officer, id, repairs.find(id)->rowVersion,
                                            {RepairState::Accepted, QDate(2026, 11, 3), QStringLiteral("材料齐全")});
    if (!accepted)
        qWarning() << accepted.error();
    return {breach.value(), accepted ? id : 0};
}

void TestDeskSync::repairTravelsBetweenDesks()
{
    // A receives breach information and an application with its evidence, and accepts it.
    const auto [breachOnA, onA] = repairCaseOn(*m_a.database, 70);
    QVERIFY(breachOnA > 0 && onA > 0);
    const int applicationsOnB = count(m_b, QStringLiteral("SELECT count(*) FROM repair_application"));
    auto sentByA = synchronise(m_a);
    QVERIFY2(sentByA, qPrintable(sentByA ? QString() : sentByA.error()));
    QCOMPARE(sentByA->sent, 5); // the information, the registration, two files, the acceptance
    QCOMPARE(sentByA->accepted, 5);

    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QVERIFY2(pulled->waitingFor.isEmpty(), qPrintable(pulled->waitingFor));
    QCOMPARE(pulled->applied, 5);
    QCOMPARE(pulled->breaches, 1);
    QCOMPARE(pulled->created, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM repair_application")), applicationsOnB + 1);
    // On B: the information with its measures, the application with its journal and its files, all
    // marked as A's; nothing sent back.
    const qint64 breachOnB =
        count(m_b, QStringLiteral(
                       "SELECT id FROM breach_record WHERE document_number = '某市监罚〔2026〕70号' AND from_desk = "
                       "'desk-a' AND state = 1 AND recorded_by = '%1'")
                       .arg(m_officer.userName));
    QVERIFY(breachOnB > 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = %1 AND "
                                       "ended_on IS NULL")
                            .arg(breachOnB)),
             2);
    const qint64 onB =
        count(m_b, QStringLiteral("SELECT id FROM repair_application WHERE breach_id = %1").arg(breachOnB));
    RepairService repairsA(*m_a.database);
    RepairService repairsB(*m_b.database);
    QCOMPARE(repairsB.find(onB)->state, RepairState::Accepted);
    QCOMPARE(repairsB.find(onB)->registeredBy, m_officer.userName);
    QCOMPARE(repairsB.find(onB)->dueOn, repairsA.find(onA)->dueOn);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM repair_event WHERE application_id = %1 AND from_desk = "
                                       "'desk-a'")
                            .arg(onB)),
             2);
    auto files = repairsB.evidence(m_reviewer, onB);
    QVERIFY(files);
    QCOMPARE(files->size(), 2);
    for (const RepairRepository::Evidence &file : files.value()) {
        auto content = repairsB.evidenceContent(m_reviewer, file.id);
        QVERIFY(content);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex()),
                 file.sha256);
        QVERIFY(content->endsWith(" 70"));
    }
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply' AND entity_type "
                                       "IN ('breach', 'repair')")),
             5);

    // B's reviewer decides it, with the evidence that came from A (four eyes: A's officer registered it).
    const Status repaired =
        repairsB.advance(m_reviewer, onB, repairsB.find(onB)->rowVersion,
                         {RepairState::Repaired, QDate(2026, 11, 20), QStringLiteral("已履行，准予修复")});
    QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error()));
    const QString notificationsOf =
        QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE breach_id = %1 AND "
                       "from_desk IS %2");
    const int notified = count(m_b, notificationsOf.arg(breachOnB).arg(QStringLiteral("NULL")));
    QVERIFY(notified > 0);
    QVERIFY(synchronise(m_b));
    auto decided = synchronise(m_a);
    QVERIFY2(decided, qPrintable(decided ? QString() : decided.error()));
    QCOMPARE(decided->applied, 1);
    QCOMPARE(decided->corrections, 1);
    // On A: the decision, the information out of publication, its measures ended; the departments
    // are notified by B, which decided.
    QCOMPARE(repairsA.find(onA)->state, RepairState::Repaired);
    QCOMPARE(repairsA.find(onA)->decidedBy, m_reviewer.userName);
    QCOMPARE(count(m_a, QStringLiteral("SELECT state FROM breach_record WHERE id = %1").arg(breachOnA)),
             static_cast<int>(BreachState::Repaired));
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = %1 AND "
                                       "ended_on = '2026-11-20'")
                            .arg(breachOnA)),
             2);
    QCOMPARE(count(m_a, notificationsOf.arg(breachOnA).arg(QStringLiteral("'desk-b'"))), notified);
    QCOMPARE(count(m_a, notificationsOf.arg(breachOnA).arg(QStringLiteral("NULL"))), 0);
    // Only B reports the outcome to the platform.
    auto carries = [&](Desk &desk, const QByteArray &what) {
        const QString package = m_folder.filePath(desk.name + QStringLiteral("-repair-%1.jsonl").arg(m_testNumber));
        auto written = ExchangeService(*desk.database).exportFeedback(m_admin, 0, package);
        QFile file(package);
        return written && file.open(QIODevice::ReadOnly) && file.readAll().contains(what);
    };
    QVERIFY(carries(m_b, "\"repair_outcome\""));
    QVERIFY(!carries(m_a, "\"repair_outcome\""));

    // An application both desks had before they joined: found by who registered it and when, not
    // added twice.
    const auto before = [](Desk &desk, int index) {
        QSqlQuery query(desk.database->connection());
        query.exec(QStringLiteral("SELECT a.id FROM repair_application a JOIN breach_record b ON b.id = a.breach_id "
                                  "WHERE b.document_number = '某市监罚〔2026〕%1号'")
                       .arg(index));
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    const qint64 shared = before(m_a, 80);
    QVERIFY(shared > 0);
    QVERIFY(repairsA.advance(m_officer, shared, repairsA.find(shared)->rowVersion,
                             {RepairState::Withdrawn, QDate(2026, 11, 25), QStringLiteral("申请人撤回")}));
    const int applications = count(m_b, QStringLiteral("SELECT count(*) FROM repair_application"));
    QVERIFY(synchronise(m_a));
    auto withdrawn = synchronise(m_b);
    QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : withdrawn.error()));
    QCOMPARE(withdrawn->applied, 1);
    QCOMPARE(withdrawn->created, 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM repair_application")), applications);
    QCOMPARE(repairsB.find(before(m_b, 80))->state, RepairState::Withdrawn);

    // Information B lacks and cannot match (changed on B since): the pull waits for it with a
    // message that says what to do.
    const qint64 other = before(m_a, 81);
    QSqlQuery hide(m_b.database->connection());
    QVERIFY(hide.exec(QStringLiteral("UPDATE breach_record SET document_number = document_number || '（旧）' WHERE "
                                     "document_number = '某市监罚〔2026〕81号'")));
    QVERIFY(repairsA.advance(m_officer, other, repairsA.find(other)->rowVersion,
                             {RepairState::Withdrawn, QDate(2026, 11, 25), QStringLiteral("申请人撤回")}));
    QVERIFY(synchronise(m_a));
    auto waiting = synchronise(m_b);
    QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error()));
    QCOMPARE(waiting->applied, 0);
    QVERIFY2(waiting->waitingFor.contains(QStringLiteral("record it on this desk")), qPrintable(waiting->waitingFor));
}

void TestDeskSync::concurrentRepairDecisionsBecomeAConflict()
{
    const auto [breachOnA, onA] = repairCaseOn(*m_a.database, 71);
    QVERIFY(onA > 0);
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM repair_application"));
    RepairService repairsA(*m_a.database);
    RepairService repairsB(*m_b.database);
    QCOMPARE(repairsB.find(onB)->state, RepairState::Accepted);

    // A's reviewer refuses while B's repairs it; A's decision reaches the server first.
    QVERIFY(repairsA.advance(m_reviewer, onA, repairsA.find(onA)->rowVersion,
                             {RepairState::Refused, QDate(2026, 11, 20), QStringLiteral("A：仍有未履行义务")}));
    QVERIFY(repairsB.advance(m_reviewer, onB, repairsB.find(onB)->rowVersion,
                             {RepairState::Repaired, QDate(2026, 11, 21), QStringLiteral("B：准予修复")}));
    const qint64 breachOnB =
        count(m_b, QStringLiteral("SELECT breach_id FROM repair_application WHERE id = %1").arg(onB));
    const QString inForce =
        QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = %1 AND ended_on IS NULL");
    const QString queued = QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE breach_id = %1 AND "
                                          "withdrawn_at IS NULL");
    QCOMPARE(count(m_b, inForce.arg(breachOnB)), 0);
    QVERIFY(count(m_b, queued.arg(breachOnB)) > 0);
    QVERIFY(synchronise(m_a));
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->refused, 1);
    QCOMPARE(second->applied, 1);
    // What B's refused repair set off on B is undone: the information published again, its
    // measures in force again, its notifications withdrawn before any package carried them.
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM breach_record WHERE id = %1").arg(breachOnB)),
             static_cast<int>(BreachState::Published));
    QCOMPARE(count(m_b, inForce.arg(breachOnB)), 2);
    QCOMPARE(count(m_b, queued.arg(breachOnB)), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "json_extract(details, '$.undone.republished') = 1 AND "
                                       "json_extract(details, '$.undone.measuresInForceAgain') = 2")),
             1);
    // A's decision stands on both desks; B's is kept as a conflict, with what it set off named.
    QCOMPARE(repairsB.find(onB)->state, RepairState::Refused);
    QCOMPARE(repairsB.find(onB)->decisionReason, QStringLiteral("A：仍有未履行义务"));
    QCOMPARE(repairsA.find(onA)->state, RepairState::Refused);
    QCOMPARE(count(m_a, QStringLiteral("SELECT state FROM breach_record WHERE id = %1").arg(breachOnA)),
             static_cast<int>(BreachState::Published));
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncRepository::Conflict conflict = conflicts->first();
    QCOMPARE(conflict.change.entityType, QStringLiteral("repair"));
    QCOMPARE(conflict.caseId, onB);
    QCOMPARE(conflict.caseNumber, QStringLiteral("某市监罚〔2026〕71号"));
    QCOMPARE(conflict.currentState, static_cast<int>(RepairState::Refused));
    const ConflictDescription description(conflict);
    QVERIFY(description.kind() == ConflictDescription::Kind::Repair);
    QCOMPARE(description.refusedState(), static_cast<int>(RepairState::Repaired));
    QCOMPARE(description.refusedChangeText(), repairStateText(RepairState::Repaired));
    QCOMPARE(description.refusedDecider(), m_reviewer.userName);
    QVERIFY(!description.leftBehindText().isEmpty());
    // B reports neither its refused decision nor A's.
    const QString package = m_folder.filePath(QStringLiteral("b-conflict-%1.jsonl").arg(m_testNumber));
    QVERIFY(ExchangeService(*m_b.database).exportFeedback(m_admin, 0, package));
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray carried = file.readAll();
    QVERIFY(!carried.contains("\"repair_outcome\""));
    QVERIFY(!carried.contains("\"measure_lifting\""));

    // On B, no step until the conflict is resolved; a decision's conflict is resolved by a reviewer.
    const Status blocked = repairsB.advance(m_officer, onB, repairsB.find(onB)->rowVersion,
                                            {RepairState::Withdrawn, QDate(2026, 11, 22), QStringLiteral("x")});
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().contains(QStringLiteral("conflict")), qPrintable(blocked.error()));
    QVERIFY(!m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                               QStringLiteral("A 先决定")));
    QVERIFY(m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                              QStringLiteral("A 先决定")));
    auto reported = synchronise(m_b);
    QVERIFY(reported);
    QCOMPARE(reported->resolutionsReported, 1);

    // Files added on both desks to one application before either heard of the other's: the later
    // one is refused, marked and not counted towards the conditions, and no file or step is added
    // there until the conflict is resolved.
    const auto [otherBreach, otherOnA] = repairCaseOn(*m_a.database, 72);
    QVERIFY(otherBreach > 0 && otherOnA > 0);
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    const qint64 otherOnB = count(m_b, QStringLiteral("SELECT max(id) FROM repair_application"));
    QVERIFY(repairsA.addEvidence(m_officer, otherOnA, RepairEvidenceKind::Other, QStringLiteral("补充说明.pdf"),
                                 QByteArrayLiteral("%PDF-1.4\n% A")));
    QVERIFY(repairsB.addEvidence(m_officer, otherOnB, RepairEvidenceKind::Other, QStringLiteral("补充材料.pdf"),
                                 QByteArrayLiteral("%PDF-1.4\n% B")));
    QVERIFY(synchronise(m_a));
    auto files = synchronise(m_b);
    QVERIFY2(files, qPrintable(files ? QString() : files.error()));
    QCOMPARE(files->refused, 1);
    QCOMPARE(files->applied, 1);
    auto evidence = repairsB.evidence(m_reviewer, otherOnB);
    QVERIFY(evidence);
    QStringList refusedFiles;
    for (const RepairRepository::Evidence &one : evidence.value()) {
        if (one.refusedByServer)
            refusedFiles.append(one.fileName);
    }
    QCOMPARE(evidence->size(), 4);
    QCOMPARE(refusedFiles, QStringList{QStringLiteral("补充材料.pdf")});
    auto blockedFile = repairsB.addEvidence(m_officer, otherOnB, RepairEvidenceKind::Other, QStringLiteral("再补.pdf"),
                                            QByteArrayLiteral("%PDF-1.4\n% again"));
    QVERIFY(!blockedFile);
    QVERIFY2(blockedFile.error().contains(QStringLiteral("conflict")), qPrintable(blockedFile.error()));

    // Last (it installs the screenshot's language): the refused repair may be taken again.
    checkResolveDialog(conflict, QStringLiteral("sync-resolve-repair"), true);
}

void TestDeskSync::bothDesksRepairOneApplication()
{
    const auto [breachOnA, onA] = repairCaseOn(*m_a.database, 73);
    QVERIFY(breachOnA > 0 && onA > 0);
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    const qint64 onB = count(m_b, QStringLiteral("SELECT max(id) FROM repair_application"));
    const qint64 breachOnB =
        count(m_b, QStringLiteral("SELECT breach_id FROM repair_application WHERE id = %1").arg(onB));
    RepairService repairsA(*m_a.database);
    RepairService repairsB(*m_b.database);
    QVERIFY(repairsA.advance(m_reviewer, onA, repairsA.find(onA)->rowVersion,
                             {RepairState::Repaired, QDate(2026, 11, 20), QStringLiteral("A：准予修复")}));
    QVERIFY(repairsB.advance(m_reviewer, onB, repairsB.find(onB)->rowVersion,
                             {RepairState::Repaired, QDate(2026, 11, 21), QStringLiteral("B：准予修复")}));
    // B's decision is held back, as when B decides while its synchronisation is pulling: A's
    // decision is applied over it first, finding the information stopped already.
    const QString held = QStringLiteral("UPDATE sync_outbox SET state = %1 WHERE entity_type = 'repair' AND local_id = "
                                        "%2 AND pushed_at IS NULL");
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 0")), 1);
    QSqlQuery hold(m_b.database->connection());
    QVERIFY(hold.exec(held.arg(1).arg(onB)));
    QVERIFY(synchronise(m_a));
    auto first = synchronise(m_b);
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QCOMPARE(first->applied, 1);
    QVERIFY(hold.exec(held.arg(0).arg(onB)));
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->refused, 1);
    // B's refused repair is undone and A's takes effect on B: stopped on A's day, the measures
    // ended, the departments notified by A only.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM breach_record WHERE id = %1 AND state = %2 AND stopped_on "
                                       "= '2026-11-20'")
                            .arg(breachOnB)
                            .arg(static_cast<int>(BreachState::Repaired))),
             1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = %1 AND "
                                       "ended_on = '2026-11-20'")
                            .arg(breachOnB)),
             2);
    const QString notifications = QStringLiteral(
        "SELECT count(*) FROM outgoing_notification WHERE breach_id = %1 AND withdrawn_at IS NULL AND from_desk IS %2");
    QCOMPARE(count(m_b, notifications.arg(breachOnB).arg(QStringLiteral("NULL"))), 0);
    QVERIFY(count(m_b, notifications.arg(breachOnB).arg(QStringLiteral("'desk-a'"))) > 0);
    QCOMPARE(repairsB.find(onB)->decisionReason, QStringLiteral("A：准予修复"));
}

std::pair<qint64, qint64> TestDeskSync::caseUnderReviewOnBoth(qint64 listing)
{
    const qint64 onA = registerOn(m_a, listing);
    if (onA <= 0 || !advance(m_a, onA, S::Accepted).isEmpty() || !advance(m_a, onA, S::UnderReview).isEmpty()
        || !synchronise(m_a) || !synchronise(m_b))
        return {0, 0};
    return {onA, count(m_b, QStringLiteral("SELECT max(id) FROM objection"))};
}

qint64 TestDeskSync::listingWithMeasures(int index)
{
    return count(m_a, QStringLiteral("SELECT listing_id FROM measure_application WHERE ended_on IS NULL AND "
                                     "listing_id IN (SELECT id FROM listing WHERE state = 1) GROUP BY listing_id "
                                     "ORDER BY listing_id LIMIT 1 OFFSET %1")
                          .arg(index));
}

void TestDeskSync::courtDecisionsTravelBetweenDesks()
{
    const qint64 listing = listingWithMeasures(0);
    QVERIFY(listing > 0);
    CourtListService courtA(*m_a.database);
    CourtListService courtB(*m_b.database);
    CourtDecision deletion = courtDecision(ListingExitKind::Deletion, DeletionEvent::ObligationPerformed,
                                           QDate(2026, 11, 20), QStringLiteral("已履行完毕，法院决定删除"));
    deletion.documentNumber = QStringLiteral("（2026）某01执恢12号之一");
    const QString inForce = measuresInForceOn(listing);
    const int measures = count(m_a, inForce);
    QVERIFY(measures > 0);
    auto mirrored =
        courtA.mirrorDecision(m_officer, listing, courtA.listing(listing)->rowVersion, deletion, QDate(2026, 11, 23));
    QVERIFY2(mirrored, qPrintable(mirrored ? QString() : mirrored.error()));
    const int notified =
        count(m_a, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1").arg(listing));
    QVERIFY(notified > 0);
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'exit' AND action = "
                                       "'exit.delete' AND local_id = %1")
                            .arg(listing)),
             1);

    // A deletion at the end of a fixed period is not sent: every desk confirms it itself.
    const qint64 ended = count(m_a, QStringLiteral("SELECT min(id) FROM listing WHERE state = 1 AND period_months = 24 "
                                                   "AND extension_months = 0 AND id <> %1")
                                        .arg(listing));
    QVERIFY(ended > 0);
    QSqlQuery decidedLongAgo(m_a.database->connection());
    QVERIFY(decidedLongAgo.exec(
        QStringLiteral("UPDATE listing SET decision_date = '2023-01-10' WHERE id = %1").arg(ended)));
    CourtDecision periodEnded = courtDecision(ListingExitKind::Deletion, DeletionEvent::PeriodEnded,
                                              courtA.listing(ended)->periodEnd(), QStringLiteral("期限届满"));
    QVERIFY(courtA.mirrorDecision(m_officer, ended, courtA.listing(ended)->rowVersion, periodEnded));
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'exit'")), 1);

    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    QCOMPARE(count(m_b, inForce), measures);
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->exits, 1);
    QCOMPARE(pulled->corrections, 1);
    // Deleted on B as on A, on the court's day, with its history and the mirror as A recorded it.
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Deleted));
    QCOMPARE(count(m_b, QStringLiteral("SELECT deletion_event FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(DeletionEvent::ObligationPerformed));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 5 AND "
                                       "occurred_on = '2026-11-20' AND note LIKE '%desk-a%'")
                            .arg(listing)),
             1);
    auto exits = courtB.exits(m_officer,
                              count(m_b, QStringLiteral("SELECT subject_id FROM listing WHERE id = %1").arg(listing)));
    QVERIFY(exits);
    QCOMPARE(exits->size(), 1);
    QCOMPARE(exits->first().fromDesk, QStringLiteral("desk-a"));
    QCOMPARE(exits->first().recordedBy, m_officer.userName);
    QCOMPARE(exits->first().documentNumber, deletion.documentNumber);
    QCOMPARE(exits->first().mirroredOn, QDate(2026, 11, 23));
    QCOMPARE(exits->first().dueOn, QDate::fromString(text(m_a, QStringLiteral("SELECT due_on FROM listing_exit "
                                                                              "WHERE listing_id = %1")
                                                                   .arg(listing)),
                                                     Qt::ISODate));
    QVERIFY(exits->first().dueOn.isValid());
    // Its measures ended on B too; the departments are notified by A only.
    QCOMPARE(count(m_b, inForce), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                       "from_desk = 'desk-a'")
                            .arg(listing)),
             notified);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply' AND "
                                       "entity_type = 'listing' AND entity_id = '%1' AND "
                                       "json_extract(details, '$.action') = 'exit.delete'")
                            .arg(listing)),
             1);
    // Nothing is sent back, and B cannot mirror a decision on it again.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'exit'")), 0);
    QVERIFY(
        !courtB.mirrorDecision(m_officer, listing, courtB.listing(listing)->rowVersion, deletion, QDate(2026, 11, 24)));
    auto again = synchronise(m_a);
    QVERIFY(again);
    QCOMPARE(again->applied, 0);
}

void TestDeskSync::concurrentCourtDecisionsBecomeAConflict()
{
    const qint64 listing = listingWithMeasures(1);
    QVERIFY(listing > 0);
    const qint64 subject = count(m_a, QStringLiteral("SELECT subject_id FROM listing WHERE id = %1").arg(listing));
    CourtListService courtA(*m_a.database);
    CourtListService courtB(*m_b.database);
    const Actor officerA = test::officer(QStringLiteral("officer-a"));
    const Actor officerB = test::officer(QStringLiteral("officer-b"));
    // A mirrors a revocation while B mirrors a deletion on the creditor's request; A's is sent first.
    CourtDecision revocation = courtDecision(ListingExitKind::Revocation, DeletionEvent::None, QDate(2026, 11, 19),
                                             QStringLiteral("A：法院撤销错误纳入"));
    QVERIFY(
        courtA.mirrorDecision(officerA, listing, courtA.listing(listing)->rowVersion, revocation, QDate(2026, 11, 20)));
    CourtDecision deletion = courtDecision(ListingExitKind::Deletion, DeletionEvent::CreditorApplied,
                                           QDate(2026, 11, 19), QStringLiteral("B：申请执行人申请删除"));
    deletion.creditor = QStringLiteral("某某银行股份有限公司");
    QVERIFY(
        courtB.mirrorDecision(officerB, listing, courtB.listing(listing)->rowVersion, deletion, QDate(2026, 11, 21)));
    const QString inForce = measuresInForceOn(listing);
    const int measures = count(m_a, QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = %1 "
                                                   "AND ended_on = '2026-11-20'")
                                        .arg(listing));
    QVERIFY(measures > 0);
    QCOMPARE(count(m_b, inForce), 0);
    const QString ownQueued = QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                             "from_desk IS NULL AND withdrawn_at IS NULL")
                                  .arg(listing);
    const int notifiedByB = count(m_b, ownQueued);
    QVERIFY(notifiedByB > 0);
    const auto creditorKey = NameKeyBuilder().key(deletion.creditor);
    QVERIFY(ListingExitRepository(m_b.database->connection())
                .lastDeletionOnRequestOf(subject, creditorKey, QDate(2026, 12, 31))
                ->has_value());

    QVERIFY(synchronise(m_a));
    // B's run stops after sending (cancelled before it pulls): its deletion refused and undone, the
    // listing back on the list until A's revocation arrives — and nothing else can be mirrored on
    // it meanwhile.
    auto pushedOnly = synchronise(m_b, 500, [](int sent, int) { return sent == 0; });
    QVERIFY2(pushedOnly, qPrintable(pushedOnly ? QString() : pushedOnly.error()));
    QVERIFY(pushedOnly->cancelled);
    QCOMPARE(pushedOnly->refused, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Published));
    auto blocked =
        courtB.mirrorDecision(officerB, listing, courtB.listing(listing)->rowVersion, deletion, QDate(2026, 11, 22));
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().contains(QStringLiteral("conflict")), qPrintable(blocked.error()));
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->applied, 1);
    QCOMPARE(second->exits, 1);
    // A's revocation stands on both desks. B's deletion was undone first: the listing back on the
    // list (its history says why), its measures in force and its notifications withdrawn; then A's
    // revocation took it off again and ended the measures, notified by A.
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Revoked));
    QCOMPARE(count(m_b, QStringLiteral("SELECT deletion_event FROM listing WHERE id = %1").arg(listing)), 0);
    QCOMPARE(text(m_b, QStringLiteral("SELECT group_concat(kind, ',') FROM (SELECT kind FROM listing_event WHERE "
                                      "listing_id = %1 AND kind IN (3, 4, 5) ORDER BY id)")
                           .arg(listing)),
             QStringLiteral("5,3,4"));
    QCOMPARE(count(m_b, inForce), 0);
    QCOMPARE(count(m_b, ownQueued), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                       "withdrawn_at IS NOT NULL")
                            .arg(listing)),
             notifiedByB);
    QVERIFY(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                      "from_desk = 'desk-a' AND withdrawn_at IS NULL")
                           .arg(listing))
            > 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "entity_type = 'listing' AND json_extract(details, '$.undone.returnedToList') "
                                       "= 1 AND json_extract(details, '$.undone.measuresInForceAgain') = %1")
                            .arg(measures)),
             1);
    auto exits = courtB.exits(m_officer, subject);
    QVERIFY(exits);
    QCOMPARE(exits->size(), 2); // the latest mirrored first: B's on the 21st, then A's
    QCOMPARE(exits->at(0).recordedBy, officerB.userName);
    QVERIFY(exits->at(0).fromDesk.isEmpty());
    QVERIFY(exits->at(0).wasRefused());
    QCOMPARE(exits->at(1).fromDesk, QStringLiteral("desk-a"));
    QCOMPARE(exits->at(1).recordedBy, officerA.userName);
    QVERIFY(!exits->at(1).wasRefused());
    // The refused deletion no longer blocks the creditor's new request.
    QVERIFY(!ListingExitRepository(m_b.database->connection())
                 .lastDeletionOnRequestOf(subject, creditorKey, QDate(2026, 12, 31))
                 ->has_value());

    // The conflict reads as the court's decision on the listing.
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncRepository::Conflict conflict = conflicts->first();
    QCOMPARE(conflict.change.entityType, QStringLiteral("exit"));
    QCOMPARE(conflict.caseId, listing);
    QCOMPARE(conflict.subjectId, subject);
    QCOMPARE(conflict.caseNumber,
             text(m_b, QStringLiteral("SELECT case_number FROM listing WHERE id = %1").arg(listing)));
    QVERIFY(!conflict.caseNumber.isEmpty());
    QCOMPARE(conflict.currentState, static_cast<int>(PublicationState::Revoked));
    QCOMPARE(conflict.currentDecidedBy, officerA.userName);
    const ConflictDescription description(conflict);
    QVERIFY(description.kind() == ConflictDescription::Kind::CourtDecision);
    QVERIFY(description.caseTitle().contains(QString::number(listing)));
    QCOMPARE(description.refusedState(), static_cast<int>(PublicationState::Deleted));
    QVERIFY(description.refusedChangeText().contains(deletionEventText(DeletionEvent::CreditorApplied)));
    QCOMPARE(description.refusedDecider(), officerB.userName);
    QVERIFY(!description.leftBehindText().isEmpty());
    // Resolved by one who mirrors court decisions, and only as "the other desk's decision stands".
    QVERIFY(!m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                               QStringLiteral("复核")));
    QVERIFY(
        !m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::TakeStepAgain, QStringLiteral("重新录入")));
    QVERIFY(m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                              QStringLiteral("以撤销决定为准")));
    auto reported = synchronise(m_b);
    QVERIFY(reported);
    QCOMPARE(reported->resolutionsReported, 1);

    // A keeps its revocation and never hears of B's deletion.
    auto onA = synchronise(m_a);
    QVERIFY(onA);
    QCOMPARE(onA->applied, 0);
    QCOMPARE(count(m_a, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Revoked));
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM listing_exit WHERE listing_id = %1").arg(listing)), 1);

    // Last (it installs the screenshot's language): the refused mirror cannot be made again.
    checkResolveDialog(conflict, QStringLiteral("sync-resolve-court-decision"), false);
}

void TestDeskSync::otherDesksMirrorTakesEffectWhenOwnIsRefused()
{
    const qint64 listing = listingWithMeasures(2);
    QVERIFY(listing > 0);
    CourtListService courtA(*m_a.database);
    CourtListService courtB(*m_b.database);
    CourtDecision deletion = courtDecision(ListingExitKind::Deletion, DeletionEvent::SettlementPerformed,
                                           QDate(2026, 11, 19), QStringLiteral("A：和解履行完毕"));
    QVERIFY(
        courtA.mirrorDecision(m_officer, listing, courtA.listing(listing)->rowVersion, deletion, QDate(2026, 11, 20)));
    CourtDecision revocation =
        courtDecision(ListingExitKind::Revocation, DeletionEvent::None, QDate(2026, 11, 19), QStringLiteral("B：撤销"));
    QVERIFY(courtB.mirrorDecision(m_officer, listing, courtB.listing(listing)->rowVersion, revocation,
                                  QDate(2026, 11, 21)));
    QVERIFY(synchronise(m_a));
    // B's mirror was taken while B was pulling A's: it waits to be sent while A's arrives (the
    // outbox row is held back for one run to make that order).
    QSqlQuery holdBack(m_b.database->connection());
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 1 WHERE entity_type = 'exit'")));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->corrections, 0); // the listing is off the list here already, its measures ended
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Revoked));
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 0 WHERE entity_type = 'exit'")));
    auto refused = synchronise(m_b);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error()));
    QCOMPARE(refused->refused, 1);
    // B's revocation undone, and A's deletion, already recorded here, takes effect.
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Deleted));
    QCOMPARE(count(m_b, QStringLiteral("SELECT deletion_event FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(DeletionEvent::SettlementPerformed));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = %1 AND ended_on "
                                       "IS NULL")
                            .arg(listing)),
             0);
    QVERIFY(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                      "from_desk = 'desk-a' AND withdrawn_at IS NULL")
                           .arg(listing))
            > 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = %1 AND "
                                       "from_desk IS NULL AND withdrawn_at IS NULL")
                            .arg(listing)),
             0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "json_array_length(details, '$.undone.otherDesksMirror') = 1")),
             1);
    // A refused revocation is resolved by an officer, who mirrors court decisions.
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(ConflictDescription(conflicts->first()).refusedState(), static_cast<int>(PublicationState::Revoked));
    const Status resolved = m_b.sync->resolve(
        m_officer, conflicts->first().id, SyncService::Resolution::OtherDecisionStands, QStringLiteral("以删除为准"));
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error()));
}

void TestDeskSync::checkResolveDialog(const SyncRepository::Conflict &conflict, const QString &screenshot,
                                      bool takeStepAgainOffered)
{
    const QString language =
        installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    ResolveConflictDialog dialog(conflict);
    dialog.show();
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible())
            texts.append(label->text());
    }
    QVERIFY2(texts.contains(ConflictDescription(conflict).leftBehindText()), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.join(u'\n').contains(conflict.caseNumber), qPrintable(texts.join(u'\n')));
    const QList<QRadioButton *> choices = dialog.findChildren<QRadioButton *>();
    QCOMPARE(choices.size(), 2);
    QVERIFY(choices.at(0)->isEnabled() && choices.at(0)->isChecked());
    QCOMPARE(choices.at(1)->isEnabled(), takeStepAgainOffered);
    if (const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR"); !screenshots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(screenshots).filePath(QStringLiteral("%1-%2.png").arg(screenshot, language))));
}

std::pair<qint64, qint64> TestDeskSync::correctionOnBoth(qint64 listing, const QString &corrected)
{
    auto registered = ListingCorrectionService(*m_a.database)
                          .registerCorrection(m_officer, listing, QStringLiteral("basis_issuer"), corrected,
                                              QStringLiteral("执行依据作出单位有误"));
    if (!registered) {
        qWarning() << registered.error();
        return {0, 0};
    }
    auto sent = synchronise(m_a);
    auto pulled = synchronise(m_b);
    if (!sent || !pulled || sent->accepted != 1 || pulled->applied != 1)
        return {0, 0};
    const int onB = count(m_b, QStringLiteral("SELECT max(id) FROM listing_correction WHERE listing_id = %1 AND "
                                              "from_desk = 'desk-a'")
                                   .arg(listing));
    return {registered.value(), onB};
}

void TestDeskSync::correctionsTravelBetweenDesks()
{
    const qint64 listing = sharedListing(120);
    const QString issuerOf = QStringLiteral("SELECT basis_issuer FROM listing WHERE id = %1").arg(listing);
    const QString before = text(m_a, issuerOf);
    const QString corrected = QStringLiteral("某市中级人民法院（更正）");
    QVERIFY(before != corrected);
    ListingCorrectionService correctionsA(*m_a.database);
    ListingCorrectionService correctionsB(*m_b.database);
    const auto [onA, onB] = correctionOnBoth(listing, corrected);
    QVERIFY(onA > 0 && onB > 0);
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'correction' AND "
                                       "action = 'correction.register' AND state = 1")),
             1);
    // On B it waits for a decision, named as registered on desk A; the record is as it was.
    auto pending = correctionsB.pending(m_reviewer);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    const ListingCorrection waiting = pending->first();
    QCOMPARE(waiting.id, onB);
    QCOMPARE(waiting.fromDesk, QStringLiteral("desk-a"));
    QCOMPARE(waiting.registeredBy, m_officer.userName);
    QCOMPARE(waiting.oldValue, before);
    QCOMPARE(waiting.newValue, corrected);
    QCOMPARE(text(m_b, issuerOf), before);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'correction'")), 0);
    // Four eyes hold across desks: the one who registered it on A cannot decide it on B.
    QVERIFY(!correctionsB.decide(test::reviewer(m_officer.userName), onB, waiting.rowVersion, true,
                                 QStringLiteral("本人核实")));
    // B's reviewer approves: B's record corrected, the decision sent, and A's record corrected by it.
    const Status approved = correctionsB.decide(m_reviewer, onB, waiting.rowVersion, true, QStringLiteral("核实无误"));
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error()));
    QCOMPARE(text(m_b, issuerOf), corrected);
    auto sent = synchronise(m_b);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    auto pulled = synchronise(m_a);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->corrections, 1);
    QCOMPARE(text(m_a, issuerOf), corrected);
    const auto decided = correctionsA.find(onA);
    QVERIFY(decided);
    QVERIFY(decided->state == ListingCorrection::State::Approved);
    QCOMPARE(decided->decidedBy, m_reviewer.userName);
    QCOMPARE(decided->decisionReason, QStringLiteral("核实无误"));
    QCOMPARE(decided->decidedOnDesk, QStringLiteral("desk-b"));
    QVERIFY(decided->fromDesk.isEmpty());
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 6 AND "
                                       "note LIKE '%desk-b%'")
                            .arg(listing)),
             1);
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply' AND entity_type "
                                       "= 'listing_correction' AND entity_id = '%1' AND "
                                       "json_array_length(details, '$.listingCorrections') = 1")
                            .arg(onA)),
             1);
    // Nothing travels back: each outbox holds its own change only.
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'correction'")), 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'correction'")), 1);
    auto quiet = synchronise(m_b);
    QVERIFY(quiet);
    QCOMPARE(quiet->sent, 0);
    QCOMPARE(quiet->applied, 0);
}

void TestDeskSync::concurrentCorrectionDecisionsBecomeAConflict()
{
    const qint64 listing = sharedListing(121);
    const qint64 subject = count(m_a, QStringLiteral("SELECT subject_id FROM listing WHERE id = %1").arg(listing));
    const QString issuerOf = QStringLiteral("SELECT basis_issuer FROM listing WHERE id = %1").arg(listing);
    const QString before = text(m_a, issuerOf);
    const QString corrected = QStringLiteral("某区人民法院（更正）");
    ListingCorrectionService correctionsA(*m_a.database);
    ListingCorrectionService correctionsB(*m_b.database);
    const auto [onA, onB] = correctionOnBoth(listing, corrected);
    QVERIFY(onA > 0 && onB > 0);
    const Actor reviewerA = test::reviewer(QStringLiteral("reviewer-a"));
    const Actor reviewerB = test::reviewer(QStringLiteral("reviewer-b"));
    // A's reviewer rejects it while B's approves; A's decision is sent first.
    QVERIFY(correctionsA.decide(reviewerA, onA, correctionsA.find(onA)->rowVersion, false,
                                QStringLiteral("A：依据无误，不予更正")));
    QVERIFY(correctionsB.decide(reviewerB, onB, correctionsB.find(onB)->rowVersion, true,
                                QStringLiteral("B：核实有误，予以更正")));
    QCOMPARE(text(m_b, issuerOf), corrected);
    QVERIFY(synchronise(m_a));
    // B's run stops after sending: its approval refused and undone (the record back, the correction
    // waiting again), and no second decision while the conflict is open.
    auto pushedOnly = synchronise(m_b, 500, [](int sent, int) { return sent == 0; });
    QVERIFY2(pushedOnly, qPrintable(pushedOnly ? QString() : pushedOnly.error()));
    QVERIFY(pushedOnly->cancelled);
    QCOMPARE(pushedOnly->refused, 1);
    QCOMPARE(text(m_b, issuerOf), before);
    auto waitingAgain = correctionsB.find(onB);
    QVERIFY(waitingAgain);
    QVERIFY(waitingAgain->state == ListingCorrection::State::Pending);
    QVERIFY(waitingAgain->decidedBy.isEmpty());
    const Status blocked =
        correctionsB.decide(reviewerB, onB, waitingAgain->rowVersion, true, QStringLiteral("再次更正"));
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().contains(QStringLiteral("another desk")), qPrintable(blocked.error()));
    // Resolved before A's decision arrives (by a reviewer, and only as "the other desk's decision
    // stands"): still no decision here until it has.
    auto openConflicts = m_b.sync->conflicts(m_reviewer, true);
    QVERIFY(openConflicts);
    QCOMPARE(openConflicts->size(), 1);
    QVERIFY(!m_b.sync->resolve(m_officer, openConflicts->first().id, SyncService::Resolution::OtherDecisionStands,
                               QStringLiteral("以A的决定为准")));
    QVERIFY(!m_b.sync->resolve(m_reviewer, openConflicts->first().id, SyncService::Resolution::TakeStepAgain,
                               QStringLiteral("重新决定")));
    const Status resolved =
        m_b.sync->resolve(m_reviewer, openConflicts->first().id, SyncService::Resolution::OtherDecisionStands,
                          QStringLiteral("以A的决定为准"));
    QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error()));
    QVERIFY(!correctionsB.decide(reviewerB, onB, correctionsB.find(onB)->rowVersion, true, QStringLiteral("再次更正")));
    auto second = synchronise(m_b);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(second->applied, 1);
    QCOMPARE(second->corrections, 0);
    QCOMPARE(second->resolutionsReported, 1);
    // A's rejection stands on both desks.
    const auto onBNow = correctionsB.find(onB);
    QVERIFY(onBNow->state == ListingCorrection::State::Rejected);
    QCOMPARE(onBNow->decidedBy, reviewerA.userName);
    QCOMPARE(onBNow->decidedOnDesk, QStringLiteral("desk-a"));
    QCOMPARE(text(m_b, issuerOf), before);
    QCOMPARE(
        count(m_b,
              QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 6").arg(listing)),
        2); // corrected, then put back
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "entity_type = 'listing_correction' AND "
                                       "json_extract(details, '$.undone.field.backTo') = '%1' AND "
                                       "json_extract(details, '$.undone.waitsForDecisionAgain') = 1")
                            .arg(before)),
             1);

    // The conflict reads as the decision on the correction.
    auto conflicts = m_b.sync->conflicts(m_reviewer, false);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncRepository::Conflict conflict = conflicts->first();
    QCOMPARE(conflict.change.entityType, QStringLiteral("correction"));
    QCOMPARE(conflict.caseId, onB);
    QCOMPARE(conflict.subjectId, subject);
    QCOMPARE(conflict.caseNumber,
             text(m_b, QStringLiteral("SELECT case_number FROM listing WHERE id = %1").arg(listing)));
    QCOMPARE(conflict.currentState, static_cast<int>(ListingCorrection::State::Rejected));
    QCOMPARE(conflict.currentDecidedBy, reviewerA.userName);
    const ConflictDescription description(conflict);
    QVERIFY(description.kind() == ConflictDescription::Kind::Correction);
    QVERIFY(description.caseTitle().contains(QString::number(onB)));
    QCOMPARE(description.refusedState(), static_cast<int>(ListingCorrection::State::Approved));
    QVERIFY(description.refusedChangeText().contains(corrected));
    QCOMPARE(description.refusedDecider(), reviewerB.userName);
    QVERIFY(!description.leftBehindText().isEmpty());

    // A keeps its rejection and never hears of B's approval.
    auto onANow = synchronise(m_a);
    QVERIFY(onANow);
    QCOMPARE(onANow->applied, 0);
    QVERIFY(correctionsA.find(onA)->state == ListingCorrection::State::Rejected);
    QCOMPARE(text(m_a, issuerOf), before);

    // Last (it installs the screenshot's language): a correction is decided once.
    checkResolveDialog(conflict, QStringLiteral("sync-resolve-correction"), false);
}

void TestDeskSync::approvalPulledOverOwnApprovalStands()
{
    const qint64 listing = sharedListing(122);
    const QString issuerOf = QStringLiteral("SELECT basis_issuer FROM listing WHERE id = %1").arg(listing);
    const QString corrected = QStringLiteral("某县人民法院（更正）");
    ListingCorrectionService correctionsA(*m_a.database);
    ListingCorrectionService correctionsB(*m_b.database);
    const auto [onA, onB] = correctionOnBoth(listing, corrected);
    QVERIFY(onA > 0 && onB > 0);
    QVERIFY(correctionsA.decide(test::reviewer(QStringLiteral("reviewer-a")), onA, correctionsA.find(onA)->rowVersion,
                                true, QStringLiteral("A：予以更正")));
    QVERIFY(correctionsB.decide(test::reviewer(QStringLiteral("reviewer-b")), onB, correctionsB.find(onB)->rowVersion,
                                true, QStringLiteral("B：予以更正")));
    QVERIFY(synchronise(m_a));
    // B's approval was taken while B was pulling A's: it waits to be sent while A's arrives (the
    // outbox row is held back for one run to make that order).
    QSqlQuery holdBack(m_b.database->connection());
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 1 WHERE entity_type = 'correction'")));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->corrections, 0); // the field has the value already
    QCOMPARE(correctionsB.find(onB)->decidedOnDesk, QStringLiteral("desk-a"));
    QVERIFY(holdBack.exec(QStringLiteral("UPDATE sync_outbox SET state = 0 WHERE entity_type = 'correction'")));
    auto refused = synchronise(m_b);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error()));
    QCOMPARE(refused->refused, 1);
    // A's approval stands: the field keeps the corrected value, nothing put back, the correction
    // stays decided by A.
    QCOMPARE(text(m_b, issuerOf), corrected);
    const auto onBNow = correctionsB.find(onB);
    QVERIFY(onBNow->state == ListingCorrection::State::Approved);
    QCOMPARE(onBNow->decidedBy, QStringLiteral("reviewer-a"));
    QCOMPARE(
        count(m_b,
              QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 6").arg(listing)),
        1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.conflict' AND "
                                       "entity_type = 'listing_correction' AND "
                                       "json_extract(details, '$.undone.field') IS NULL AND "
                                       "json_extract(details, '$.undone.waitsForDecisionAgain') = 0")),
             1);
}

void TestDeskSync::approvalsOfOneFieldOnTwoDesksDoNotOverwrite()
{
    // Two corrections of one field registered on A; A's reviewer approves the first, B's the
    // second before either hears of the other. On one desk the second approval would be refused
    // (the listing changed since it was registered); across desks neither overwrites the other:
    // each desk keeps its value and both name the other desk's approval as not made.
    const qint64 listing = sharedListing(123);
    const QString issuerOf = QStringLiteral("SELECT basis_issuer FROM listing WHERE id = %1").arg(listing);
    const QString before = text(m_a, issuerOf);
    ListingCorrectionService correctionsA(*m_a.database);
    ListingCorrectionService correctionsB(*m_b.database);
    QList<qint64> onA;
    for (const QString &value : {QStringLiteral("甲法院"), QStringLiteral("乙法院")}) {
        auto registered = correctionsA.registerCorrection(m_officer, listing, QStringLiteral("basis_issuer"), value,
                                                          QStringLiteral("执行依据作出单位有误"));
        QVERIFY(registered);
        onA.append(registered.value());
    }
    // Registered within one millisecond (as a fast machine does): still two corrections on B.
    QSqlQuery sameMoment(m_a.database->connection());
    QVERIFY(sameMoment.exec(QStringLiteral("UPDATE listing_correction SET registered_at = (SELECT registered_at FROM "
                                           "listing_correction WHERE id = %1) WHERE id = %2")
                                .arg(onA.at(0))
                                .arg(onA.at(1))));
    QVERIFY(sameMoment.exec(
        QStringLiteral("UPDATE sync_outbox SET payload = json_set(payload, '$.correction.registered_at', (SELECT "
                       "registered_at FROM listing_correction WHERE id = %1)) WHERE entity_type = 'correction' AND "
                       "local_id = %1")
            .arg(onA.at(1))));
    QVERIFY(synchronise(m_a));
    QVERIFY(synchronise(m_b));
    auto pending = correctionsB.pending(m_reviewer);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(1).newValue, QStringLiteral("乙法院"));
    QVERIFY(correctionsA.decide(m_reviewer, onA.at(0), correctionsA.find(onA.at(0))->rowVersion, true,
                                QStringLiteral("A：甲")));
    QVERIFY(
        correctionsB.decide(m_reviewer, pending->at(1).id, pending->at(1).rowVersion, true, QStringLiteral("B：乙")));
    QVERIFY(synchronise(m_a));
    auto onB = synchronise(m_b);
    QVERIFY2(onB, qPrintable(onB ? QString() : onB.error()));
    QCOMPARE(onB->accepted, 1); // another correction: the server sees no conflict
    QCOMPARE(onB->applied, 1);
    QCOMPARE(onB->corrections, 0);
    QCOMPARE(onB->notMade, 1);
    auto onANow = synchronise(m_a);
    QVERIFY(onANow);
    QCOMPARE(onANow->notMade, 1);
    QCOMPARE(text(m_a, issuerOf), QStringLiteral("甲法院"));
    QCOMPARE(text(m_b, issuerOf), QStringLiteral("乙法院"));
    for (Desk *desk : {&m_a, &m_b}) {
        QCOMPARE(count(*desk, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 6 "
                                             "AND note LIKE '%not made here%'")
                                  .arg(listing)),
                 1);
        QCOMPARE(count(*desk, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.apply' AND "
                                             "json_extract(details, '$.listingCorrectionsNotMade[0].old') = '%1'")
                                  .arg(before)),
                 1);
    }
}

void TestDeskSync::whitelistOnA(Namesake &namesake)
{
    whitelistOn(*m_a.database, namesake);
}

void TestDeskSync::whitelistOn(Database &database, Namesake &namesake)
{
    // A listed person with a unique name; an applicant of that name with a masked ID that fits.
    QSqlQuery person(database.connection());
    QVERIFY(person.exec(QStringLiteral(
        "SELECT s.id, s.name, i.value FROM subject s JOIN subject_identifier i ON i.subject_id = s.id AND i.type = 1 "
        "WHERE s.kind = 1 AND EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.state = 1 AND "
        "l.period_months = 0) AND (SELECT count(*) FROM subject t WHERE t.name_key = s.name_key) = 1 "
        "ORDER BY s.id LIMIT 1")));
    QVERIFY(person.next());
    namesake.subject = person.value(0).toLongLong();
    const QString id = person.value(2).toString();
    namesake.masked = id.left(6) + QStringLiteral("********") + id.right(4);
    namesake.file = m_folder.filePath(QStringLiteral("namesake-%1.csv").arg(m_testNumber));
    {
        QFile csv(namesake.file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("姓名,证件号码\n%1,%2\n").arg(person.value(1).toString(), namesake.masked).toUtf8());
    }
    ScreeningOptions options;
    options.today = namesake.today;
    auto onA = ScreeningService(database).screenFile(m_officer, namesake.file, options);
    QVERIFY2(onA, qPrintable(onA ? QString() : onA.error()));
    QCOMPARE(onA->hits, 1);
    QVERIFY(ScreeningReviewService(database).decideNotSamePerson(
        test::officer(QStringLiteral("officer-a")), onA->batchId, 2, namesake.subject, QStringLiteral("出生年份不同"),
        QDate(2026, 12, 31), namesake.today));
}

Result<ScreeningService::Summary> TestDeskSync::screenNamesake(Desk &desk, const Namesake &namesake)
{
    ScreeningOptions options;
    options.today = namesake.today;
    return ScreeningService(*desk.database).screenFile(m_officer, namesake.file, options);
}

QString TestDeskSync::shareOfficeKey()
{
    auto made = OfficeKeyService(*m_a.database).create(m_officer, QStringLiteral("本办公室首台"));
    if (!made)
        return QStringLiteral("<not made: %1>").arg(made.error());
    auto set = OfficeKeyService(*m_b.database).set(m_officer, made->key.text(), QStringLiteral("同一办公室"));
    if (!set)
        return QStringLiteral("<not set: %1>").arg(set.error());
    return set->key.fingerprint();
}

QString TestDeskSync::serverText(const QString &sql)
{
    QString value;
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("inspect"));
        server.setHostName(QStringLiteral("127.0.0.1"));
        server.setPort(m_server.port());
        server.setUserName(QStringLiteral("creditdesk"));
        server.setPassword(m_server.password());
        server.setDatabaseName(m_serverDatabase);
        QSqlQuery query(server);
        if (!server.open() || !query.exec(sql) || !query.next())
            value = QStringLiteral("<no row: %1>").arg(query.lastError().text());
        else
            value = query.value(0).toString();
        query.finish();
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return value;
}

void TestDeskSync::whitelistEntryBeyondAYearWaits()
{
    QCOMPARE(shareOfficeKey().size(), 9);
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    // A desk of another version (or a hand-made change) sends an entry lasting three years.
    QSqlQuery tamper(m_a.database->connection());
    QVERIFY(tamper.exec(QStringLiteral("UPDATE sync_outbox SET payload = json_set(payload, '$.entry.expires_on', "
                                       "'2029-12-31') WHERE entity_type = 'whitelist'")));
    QVERIFY(synchronise(m_a));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 0);
    QVERIFY2(pulled->waitingFor.contains(QStringLiteral("more than a year")), qPrintable(pulled->waitingFor));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM screening_whitelist")), 0);
    QCOMPARE(screenNamesake(m_b, namesake)->hits, 1);
}

void TestDeskSync::whitelistTravelsBetweenDesks()
{
    const QString fingerprint = shareOfficeKey();
    QCOMPARE(fingerprint.size(), 9);
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 subject = namesake.subject;
    const QString &masked = namesake.masked;
    const QDate today = namesake.today;
    const auto screen = [&](Desk &desk) { return screenNamesake(desk, namesake); };
    ScreeningReviewService reviewA(*m_a.database);
    ScreeningReviewService reviewB(*m_b.database);
    const Actor officerA = test::officer(QStringLiteral("officer-a"));
    const Actor officerB = test::officer(QStringLiteral("officer-b"));
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    // The server has the applicant's key keyed with the office key, not the plain hash screening
    // makes of the identifier.
    const QString plainKey = text(m_a, QStringLiteral("SELECT applicant_key FROM screening_result"));
    QCOMPARE(plainKey.size(), 64);
    const QString onServer =
        serverText(QStringLiteral("SELECT payload->'entry'->>'applicant_key' FROM change_log WHERE entity_type = "
                                  "'whitelist'"));
    QCOMPARE(onServer.size(), 64);
    QVERIFY(onServer != plainKey);
    QCOMPARE(serverText(QStringLiteral("SELECT payload->'entry'->>'office_key' FROM change_log WHERE entity_type = "
                                       "'whitelist'")),
             fingerprint);
    QCOMPARE(
        serverText(QStringLiteral("SELECT count(*) FROM change_log WHERE payload::text LIKE '%%1%'").arg(plainKey)),
        QStringLiteral("0"));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->whitelisted, 1);
    QCOMPARE(pulled->otherOfficeKey, 0);
    // On B the applicant is cleared against that listing: screening there no longer flags them.
    auto entries = reviewB.whitelist(m_officer, false, today);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const WhitelistEntry entry = entries->first();
    QCOMPARE(entry.fromDesk, QStringLiteral("desk-a"));
    QCOMPARE(entry.createdBy, officerA.userName);
    QCOMPARE(entry.subjectId, subject);
    QCOMPARE(entry.identifierMasked, masked);
    QCOMPARE(entry.decisionId, 0); // the decision stays with A's batch
    QCOMPARE(entry.expiresOn, QDate(2026, 12, 31));
    auto onB = screen(m_b);
    QVERIFY(onB);
    QCOMPARE(onB->hits, 0);
    QCOMPARE(onB->cleared, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0); // nothing sent back
    if (const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR"); !screenshots.isEmpty()) {
        // The whitelist on B names the desk the entry was made on.
        const QString language =
            installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
        WhitelistDialog dialog(reviewB, m_officer, today);
        dialog.resize(1000, 300);
        dialog.show();
        QVERIFY(dialog.grab().save(QDir(screenshots).filePath(QStringLiteral("whitelist-desks-%1.png").arg(language))));
    }

    // Both desks revoke the entry before hearing of each other: A's revocation stands on both; B's
    // is a conflict that an officer resolves as the other desk's decision.
    const qint64 onAEntry = reviewA.whitelist(m_officer, false, today)->first().id;
    QVERIFY(reviewA.revokeWhitelist(officerA, onAEntry, QStringLiteral("A：新情况")));
    QVERIFY(reviewB.revokeWhitelist(officerB, entry.id, QStringLiteral("B：新情况")));
    QVERIFY(synchronise(m_a));
    auto refused = synchronise(m_b);
    QVERIFY2(refused, qPrintable(refused ? QString() : refused.error()));
    QCOMPARE(refused->refused, 1);
    QCOMPARE(refused->applied, 1);
    auto revoked = reviewB.whitelist(m_officer, true, today);
    QVERIFY(revoked);
    QCOMPARE(revoked->first().revokedBy, officerA.userName);
    QCOMPARE(revoked->first().revokedOnDesk, QStringLiteral("desk-a"));
    QCOMPARE(revoked->first().revokeReason, QStringLiteral("A：新情况"));
    QCOMPARE(screen(m_b)->hits, 1);
    auto conflicts = m_b.sync->conflicts(m_officer, true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncRepository::Conflict conflict = conflicts->first();
    QCOMPARE(conflict.change.entityType, QStringLiteral("whitelist"));
    QCOMPARE(conflict.caseId, entry.id);
    QCOMPARE(conflict.subjectId, subject);
    QCOMPARE(conflict.currentState, 2);
    QCOMPARE(conflict.currentDecidedBy, officerA.userName);
    const ConflictDescription description(conflict);
    QVERIFY(description.kind() == ConflictDescription::Kind::Whitelist);
    QCOMPARE(description.refusedState(), 2);
    QCOMPARE(description.refusedDecider(), officerB.userName);
    QVERIFY(description.refusedChangeText().contains(masked));
    QVERIFY(description.leftBehindText().isEmpty());
    QVERIFY(!m_b.sync->resolve(m_reviewer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                               QStringLiteral("以A为准")));
    QVERIFY(
        !m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::TakeStepAgain, QStringLiteral("再次撤销")));
    QVERIFY(m_b.sync->resolve(m_officer, conflict.id, SyncService::Resolution::OtherDecisionStands,
                              QStringLiteral("以A为准")));
    // A keeps its own revocation.
    auto onANow = synchronise(m_a);
    QVERIFY(onANow);
    QCOMPARE(onANow->applied, 0);
    QCOMPARE(reviewA.whitelist(m_officer, true, today)->first().revokedBy, officerA.userName);
    QCOMPARE(screen(m_a)->hits, 1);
    // Neither the entry nor its revocations (A's accepted, B's refused and kept as a conflict) named
    // the applicant by the plain key on the server.
    QCOMPARE(serverText(QStringLiteral("SELECT (SELECT count(*) FROM change_log WHERE entity_type = 'whitelist') + "
                                       "(SELECT count(*) FROM conflict)")),
             QStringLiteral("3"));
    QCOMPARE(serverText(QStringLiteral("SELECT (SELECT count(*) FROM change_log WHERE payload::text LIKE '%%1%') + "
                                       "(SELECT count(*) FROM conflict WHERE payload::text LIKE '%%1%')")
                            .arg(plainKey)),
             QStringLiteral("0"));
}

void TestDeskSync::whitelistTravelsOnlyKeyedWithTheOfficeKey()
{
    // Without an office key A keeps its entry's change back.
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    const QString plainKey = text(m_a, QStringLiteral("SELECT applicant_key FROM screening_result"));
    QCOMPARE(text(m_a, QStringLiteral("SELECT applicant_key FROM screening_whitelist")), plainKey);
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE entity_type = 'whitelist'")), 1);
    auto nothing = synchronise(m_a);
    QVERIFY(nothing);
    QCOMPARE(nothing->sent, 0);
    QCOMPARE(m_a.sync->overview(m_officer)->counts.waitingForOfficeKey, 1);
    // The change kept back holds up nothing else: an objection registered after it is sent.
    QVERIFY(registerOn(m_a, sharedListing(180)) > 0);
    auto objection = synchronise(m_a);
    QVERIFY2(objection, qPrintable(objection ? QString() : objection.error()));
    QCOMPARE(objection->sent, 1);
    QCOMPARE(objection->accepted, 1);
    QCOMPARE(m_a.sync->overview(m_officer)->counts.waitingForOfficeKey, 1);

    // The key made on A keys the entry, which then travels; screening on A still clears the applicant.
    OfficeKeyService keysA(*m_a.database);
    QVERIFY(!keysA.create(m_officer, QStringLiteral(" ")));
    QVERIFY(!keysA.create(m_reviewer, QStringLiteral("首台")));
    auto made = keysA.create(m_officer, QStringLiteral("首台"));
    QVERIFY2(made, qPrintable(made ? QString() : made.error()));
    QCOMPARE(made->entriesKeyed, 1);
    const QString fingerprint = made->key.fingerprint();
    QCOMPARE(text(m_a, QStringLiteral("SELECT office_key FROM screening_whitelist")), fingerprint);
    QCOMPARE(text(m_a, QStringLiteral("SELECT applicant_key FROM screening_whitelist")),
             made->key.applicantMatchKey(plainKey));
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'office-key.set'")), 1);
    QCOMPARE(screenNamesake(m_a, namesake)->cleared, 1);
    // A desk keeps its key.
    auto another = keysA.create(m_officer, QStringLiteral("再来一把"));
    QVERIFY(!another);
    QVERIFY2(another.error().contains(fingerprint), qPrintable(another.error()));
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    QCOMPARE(serverText(QStringLiteral("SELECT payload->'entry'->>'applicant_key' FROM change_log WHERE entity_type = "
                                       "'whitelist'")),
             made->key.applicantMatchKey(plainKey));

    // B without the key takes the entry (after A's objection) but it clears nobody there, and the
    // report says so.
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 2);
    QCOMPARE(pulled->whitelisted, 0);
    QCOMPARE(pulled->otherOfficeKey, 1);
    QCOMPARE(text(m_b, QStringLiteral("SELECT office_key FROM screening_whitelist")), fingerprint);
    QCOMPARE(screenNamesake(m_b, namesake)->hits, 1);

    // A mistyped key is refused, naming what is wrong; the right one (typed with spaces, in capitals)
    // makes B clear the applicant with the entry as it came.
    OfficeKeyService keysB(*m_b.database);
    auto typo = keysB.set(m_officer, made->key.text().left(60), QStringLiteral("同一办公室"));
    QVERIFY(!typo);
    QVERIFY2(typo.error().contains(QStringLiteral("64")), qPrintable(typo.error()));
    auto set = keysB.set(m_officer, made->key.text().toUpper().replace(u'-', u' '), QStringLiteral("同一办公室"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    QCOMPARE(set->entriesKeyed, 0);
    QCOMPARE(set->key.fingerprint(), fingerprint);
    auto cleared = screenNamesake(m_b, namesake);
    QVERIFY(cleared);
    QCOMPARE(cleared->hits, 0);
    QCOMPARE(cleared->cleared, 1);
    // Setting the same key again changes nothing; the key is shown again only with a reason, audited.
    auto again = keysB.set(m_officer, made->key.text(), QStringLiteral("再次"));
    QVERIFY(again);
    QVERIFY(again->alreadySet);
    QVERIFY(!keysB.reveal(m_officer, QString()));
    auto shown = keysB.reveal(m_officer, QStringLiteral("第三台"));
    QVERIFY(shown);
    QCOMPARE(shown.value(), made->key.text());
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action LIKE 'office-key.%'")), 2);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0); // nothing sent back
}

void TestDeskSync::officeKeyBoxSetsTheKey()
{
    // Screenshots for the documentation when asked: CREDITDESK_SCREENSHOT_DIR and _LANGUAGE.
    const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR");
    const QString language =
        installTranslations(*qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
    OfficeKeyService officeKeysB(*m_b.database);
    OfficeKeyBox box(officeKeysB, m_officer);
    QVERIFY(!box.stateLabel()->text().isEmpty());
    QVERIFY(box.makeButton()->isEnabled() && box.enterButton()->isEnabled());
    QVERIFY(!box.showButton()->isEnabled());
    // A mistyped key: the box says what is wrong and nothing is set.
    QVERIFY(!box.enterKey(QStringLiteral("0123 4567"), QStringLiteral("同一办公室")));
    QVERIFY2(box.stateLabel()->text().contains(QStringLiteral("64")), qPrintable(box.stateLabel()->text()));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM office_key")), 0);
    // The key A made, entered on B: the box names it by its fingerprint and offers to show it.
    auto made = OfficeKeyService(*m_a.database).create(m_officer, QStringLiteral("首台"));
    QVERIFY(made);
    auto entered = box.enterKey(made->key.text(), QStringLiteral("同一办公室"));
    QVERIFY2(entered, qPrintable(entered ? QString() : entered.error()));
    QVERIFY2(box.stateLabel()->text().contains(made->key.fingerprint()), qPrintable(box.stateLabel()->text()));
    QVERIFY(!box.makeButton()->isEnabled() && !box.enterButton()->isEnabled());
    QVERIFY(box.showButton()->isEnabled());
    auto shown = box.revealKey(QStringLiteral("第三台"));
    QVERIFY(shown);
    QCOMPARE(shown.value(), made->key.text());
    // Through the button: the reason asked for, then the key shown in a dialog to copy.
    box.reload();
    box.resize(900, box.sizeHint().height());
    box.show();
    if (!screenshots.isEmpty())
        QVERIFY(box.grab().save(QDir(screenshots).filePath(QStringLiteral("office-key-%1.png").arg(language))));
    QString keyShown;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
            input->setTextValue(QStringLiteral("第四台"));
            input->accept();
            return;
        }
        if (auto *key = dialog->findChild<QLineEdit *>())
            keyShown = key->text();
        if (!screenshots.isEmpty())
            dialog->grab().save(QDir(screenshots).filePath(QStringLiteral("office-key-shown-%1.png").arg(language)));
        dialog->close();
        answer.stop();
    });
    answer.start();
    QTest::mouseClick(box.showButton(), Qt::LeftButton);
    QCOMPARE(keyShown, made->key.text());
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'office-key.reveal'")), 2);
    // A desk with a key is not offered a second one, and one made anyway is refused.
    OfficeKeyService officeKeysA(*m_a.database);
    OfficeKeyBox boxA(officeKeysA, m_officer);
    QVERIFY(!boxA.makeButton()->isEnabled());
    auto second = boxA.makeKey(QStringLiteral("再来一把"));
    QVERIFY(!second);
    QVERIFY2(boxA.stateLabel()->text().contains(made->key.fingerprint()), qPrintable(boxA.stateLabel()->text()));
}

void TestDeskSync::whitelistChangesWaitForTheOfficeKey()
{
    // A desk without the key whitelists and revokes: both changes wait, then travel keyed.
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    const QString plainKey = text(m_a, QStringLiteral("SELECT applicant_key FROM screening_result"));
    ScreeningReviewService reviewA(*m_a.database);
    const qint64 entry = reviewA.whitelist(m_officer, false, namesake.today)->first().id;
    QVERIFY(reviewA.revokeWhitelist(test::officer(QStringLiteral("officer-a")), entry, QStringLiteral("A：新情况")));
    auto held = synchronise(m_a);
    QVERIFY2(held, qPrintable(held ? QString() : held.error()));
    QCOMPARE(held->sent, 0);
    QCOMPARE(m_a.sync->overview(m_officer)->counts.waitingForOfficeKey, 2);
    QCOMPARE(shareOfficeKey().size(), 9);
    QCOMPARE(m_a.sync->overview(m_officer)->counts.waitingForOfficeKey, 0);
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 2);
    QCOMPARE(
        serverText(QStringLiteral("SELECT count(*) FROM change_log WHERE payload::text LIKE '%%1%'").arg(plainKey)),
        QStringLiteral("0"));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 2);
    auto onB = ScreeningReviewService(*m_b.database).whitelist(m_officer, true, namesake.today);
    QVERIFY(onB);
    QCOMPARE(onB->size(), 1);
    QCOMPARE(onB->first().revokeReason, QStringLiteral("A：新情况"));
    QCOMPARE(screenNamesake(m_b, namesake)->hits, 1);
}

void TestDeskSync::plainEntryOfAnEarlierVersionIsKeyedOnArrival()
{
    const QString fingerprint = shareOfficeKey();
    QCOMPARE(fingerprint.size(), 9);
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    const QString plainKey = text(m_a, QStringLiteral("SELECT applicant_key FROM screening_result"));
    const QString keyedOnA = text(m_a, QStringLiteral("SELECT applicant_key FROM screening_whitelist"));
    QVERIFY(synchronise(m_a));
    // The change as a desk of an earlier version sent it: the plain key, no fingerprint.
    QCOMPARE(serverText(QStringLiteral("WITH changed AS (UPDATE change_log SET payload = jsonb_set(payload #- "
                                       "'{entry,office_key}', '{entry,applicant_key}', to_jsonb('%1'::text)) WHERE "
                                       "entity_type = 'whitelist' RETURNING 1) SELECT count(*) FROM changed")
                            .arg(plainKey)),
             QStringLiteral("1"));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->whitelisted, 1);
    QCOMPARE(text(m_b, QStringLiteral("SELECT applicant_key FROM screening_whitelist")), keyedOnA);
    QCOMPARE(text(m_b, QStringLiteral("SELECT office_key FROM screening_whitelist")), fingerprint);
    QCOMPARE(screenNamesake(m_b, namesake)->cleared, 1);

    // A fingerprint that is none stops the pull before the change, named.
    ScreeningReviewService reviewA(*m_a.database);
    QVERIFY(reviewA.revokeWhitelist(test::officer(QStringLiteral("officer-a")),
                                    reviewA.whitelist(m_officer, false, namesake.today)->first().id,
                                    QStringLiteral("A：新情况")));
    QVERIFY(synchronise(m_a));
    QCOMPARE(serverText(QStringLiteral("WITH changed AS (UPDATE change_log SET payload = jsonb_set(payload, "
                                       "'{entry,office_key}', to_jsonb('abc'::text)) WHERE action = 'whitelist.revoke' "
                                       "RETURNING 1) SELECT count(*) FROM changed")),
             QStringLiteral("1"));
    auto stopped = synchronise(m_b);
    QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error()));
    QVERIFY2(stopped->waitingFor.contains(QStringLiteral("not a fingerprint")), qPrintable(stopped->waitingFor));
    QCOMPARE(screenNamesake(m_b, namesake)->cleared, 1);
}

void TestDeskSync::whitelistEntryOfCopiedCachesIsFoundOnce()
{
    // Two desks made from copies of one cache with a whitelist entry; A has the office key, B not yet.
    cleanup();
    const QString copy = m_folder.filePath(QStringLiteral("with-whitelist-%1.sqlite").arg(m_testNumber));
    QVERIFY(QFile::copy(m_base, copy));
    Namesake namesake;
    {
        auto database = Database::open(copy, QStringLiteral("with-whitelist"));
        QVERIFY(database);
        whitelistOn(*database.value(), namesake);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("with-whitelist"));
    QVERIFY(!QTest::currentTestFailed());
    m_a = openDeskAs(QStringLiteral("desk-a"), QStringLiteral("whitelist-a"), copy);
    m_b = openDeskAs(QStringLiteral("desk-b"), QStringLiteral("whitelist-b"), copy);
    QVERIFY(m_a.database && m_b.database);
    auto made = OfficeKeyService(*m_a.database).create(m_officer, QStringLiteral("首台"));
    QVERIFY(made);
    QCOMPARE(made->entriesKeyed, 1);
    // A revokes it: the revocation travels keyed; B finds its own copy of the entry (plain there)
    // by who made it and when, and records the revocation on it.
    ScreeningReviewService reviewA(*m_a.database);
    QVERIFY(reviewA.revokeWhitelist(m_officer, reviewA.whitelist(m_officer, false, namesake.today)->first().id,
                                    QStringLiteral("A：新情况")));
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM screening_whitelist")), 1);
    QCOMPARE(text(m_b, QStringLiteral("SELECT revoke_reason FROM screening_whitelist")), QStringLiteral("A：新情况"));
    QCOMPARE(screenNamesake(m_b, namesake)->hits, 1);
    // B given the key later sends nothing of it again, and synchronises on.
    QVERIFY(OfficeKeyService(*m_b.database).set(m_officer, made->key.text(), QStringLiteral("同一办公室")));
    QCOMPARE(text(m_b, QStringLiteral("SELECT applicant_key FROM screening_whitelist")),
             text(m_a, QStringLiteral("SELECT applicant_key FROM screening_whitelist")));
    auto after = synchronise(m_b);
    QVERIFY2(after, qPrintable(after ? QString() : after.error()));
    QCOMPARE(after->sent, 0);
}

void TestDeskSync::revocationCoversEntriesOfAnotherKey()
{
    // A (with the office key) and B (without) both whitelist one applicant against one listing; B
    // has both entries, A's keyed with a key it cannot compare with.
    auto made = OfficeKeyService(*m_a.database).create(m_officer, QStringLiteral("首台"));
    QVERIFY(made);
    Namesake namesake;
    whitelistOnA(namesake);
    QVERIFY(!QTest::currentTestFailed());
    whitelistOn(*m_b.database, namesake);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(synchronise(m_a));
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->otherOfficeKey, 1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM screening_whitelist WHERE revoked_by IS NULL")), 2);
    {
        // The whitelist says which entry clears nobody on B.
        ScreeningReviewService review(*m_b.database);
        WhitelistDialog dialog(review, m_officer, namesake.today);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        int namingTheKey = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString state = table->item(row, table->columnCount() - 1)->text();
            const bool fromA = table->item(row, table->columnCount() - 2)->text().contains(QStringLiteral("desk-a"));
            QCOMPARE(state.contains(made->key.fingerprint()), fromA);
            namingTheKey += fromA ? 1 : 0;
        }
        QCOMPARE(namingTheKey, 1);
        if (const QString screenshots = qEnvironmentVariable("CREDITDESK_SCREENSHOT_DIR"); !screenshots.isEmpty()) {
            const QString language = installTranslations(
                *qApp, qEnvironmentVariable("CREDITDESK_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
            WhitelistDialog shown(review, m_officer, namesake.today);
            shown.resize(1200, 300);
            shown.show();
            QVERIFY(shown.grab().save(
                QDir(screenshots).filePath(QStringLiteral("whitelist-other-key-%1.png").arg(language))));
        }
    }
    // Revoking its own revokes A's too (same listing, name and masked identifier): once B has the
    // key, A's entry does not clear the applicant B's officer found to be the listed person after all.
    ScreeningReviewService reviewB(*m_b.database);
    const qint64 own =
        count(m_b, QStringLiteral("SELECT id FROM screening_whitelist WHERE from_desk IS NULL AND revoked_by IS NULL"));
    QVERIFY(reviewB.revokeWhitelist(m_officer, own, QStringLiteral("B：核实为本人")));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM screening_whitelist WHERE revoked_by IS NULL")), 0);
    QVERIFY(OfficeKeyService(*m_b.database).set(m_officer, made->key.text(), QStringLiteral("同一办公室")));
    QCOMPARE(screenNamesake(m_b, namesake)->hits, 1);
}

void TestDeskSync::rejectionOverAnApprovalMadeBeforeJoiningStands()
{
    // Two desks made from copies of one cache in which a correction waits for a decision. B's
    // reviewer approves it before B joins the server (nothing sent); A's, after A joined, rejects it.
    const qint64 listing = sharedListing(124);
    const QString issuerOf = QStringLiteral("SELECT basis_issuer FROM listing WHERE id = %1").arg(listing);
    const QString before = text(m_a, issuerOf);
    cleanup();
    const QString copy = m_folder.filePath(QStringLiteral("with-correction-%1.sqlite").arg(m_testNumber));
    QVERIFY(QFile::copy(m_base, copy));
    qint64 correction = 0;
    {
        auto database = Database::open(copy, QStringLiteral("with-correction"));
        QVERIFY(database);
        auto registered = ListingCorrectionService(*database.value())
                              .registerCorrection(m_officer, listing, QStringLiteral("basis_issuer"),
                                                  QStringLiteral("丙法院"), QStringLiteral("执行依据作出单位有误"));
        QVERIFY(registered);
        correction = registered.value();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("with-correction"));
    m_a = openDeskAs(QStringLiteral("desk-a"), QStringLiteral("copy-a"), copy);
    m_b = openDeskAs(QStringLiteral("desk-b"), QStringLiteral("copy-b"), copy, [&](Database &database) {
        ListingCorrectionService corrections(database);
        return bool(corrections.decide(m_reviewer, correction, corrections.find(correction)->rowVersion, true,
                                       QStringLiteral("B：加入前同意")));
    });
    QVERIFY(m_a.database && m_b.database);
    QCOMPARE(text(m_b, issuerOf), QStringLiteral("丙法院"));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    ListingCorrectionService correctionsA(*m_a.database);
    QVERIFY(correctionsA.decide(m_reviewer, correction, correctionsA.find(correction)->rowVersion, false,
                                QStringLiteral("A：不予更正")));
    auto sent = synchronise(m_a);
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error()));
    QCOMPARE(sent->accepted, 1);
    auto pulled = synchronise(m_b);
    QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error()));
    QCOMPARE(pulled->applied, 1);
    QCOMPARE(pulled->created, 0); // found by what it is, not recorded twice
    // The rejection that reached the server stands: B's record is put back.
    QCOMPARE(text(m_b, issuerOf), before);
    const auto onB = ListingCorrectionService(*m_b.database).find(correction);
    QVERIFY(onB->state == ListingCorrection::State::Rejected);
    QCOMPARE(onB->decidedOnDesk, QStringLiteral("desk-a"));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing_correction WHERE listing_id = %1").arg(listing)),
             1);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM listing_event WHERE listing_id = %1 AND kind = 6 AND "
                                       "note LIKE '%desk-a%'")
                            .arg(listing)),
             1);
}

void TestDeskSync::windowShowsWhatSynchronisationBrought()
{
    // B's window shows the dossier of a listed subject; A mirrors the court's revocation of the
    // listing and sends it. Once B's central server page has synchronised, the open dossier shows
    // the listing revoked without being opened again.
    const qint64 listing = sharedListing(190);
    const qint64 subject = count(m_b, QStringLiteral("SELECT subject_id FROM listing WHERE id = %1").arg(listing));
    QVERIFY(subject > 0);
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client(m_b.path);
    SearchResultModel searchModel(client, classifier, keys);
    DossierService dossiers(*m_b.database);
    QSettings settings(m_folder.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    const QString path = m_b.path;
    MainWindowServices services;
    services.databasePath = m_b.path;
    services.sync = m_b.sync.get();
    services.synchronise = [path](const Actor &actor, const QString &password, const SyncService::Progress &progress) {
        auto database = Database::open(path, QStringLiteral("window-worker"));
        if (!database)
            return Result<SyncService::Report>(Error{database.error()});
        return SyncService(**database).synchroniseWithPassword(actor, password, progress);
    };
    const Actor officer = m_officer;
    MainWindow window(
        searchModel, [&dossiers, officer] { return new DossierModel(dossiers, officer); }, settings,
        QStringLiteral("desk-b"), officer, services);
    window.show();
    window.openSubject(subject);
    auto *dossier = qobject_cast<DossierPage *>(window.tabs()->currentWidget());
    QVERIFY(dossier);
    auto stateShown = [&] {
        const ListingTableModel *listings = dossier->model()->listings();
        for (int row = 0; row < listings->rowCount(); ++row)
            if (listings->listingAt(row).id == listing)
                return static_cast<int>(listings->listingAt(row).state);
        return 0;
    };
    QCOMPARE(stateShown(), static_cast<int>(PublicationState::Published));

    CourtListService courtA(*m_a.database);
    CourtDecision revocation = courtDecision(ListingExitKind::Revocation, DeletionEvent::None, QDate(2026, 11, 19),
                                             QStringLiteral("法院撤销错误纳入"));
    QVERIFY(courtA.mirrorDecision(m_officer, listing, courtA.listing(listing)->rowVersion, revocation,
                                  QDate(2026, 11, 20)));
    QVERIFY(synchronise(m_a));

    window.openSync();
    auto *page = qobject_cast<SyncPage *>(window.tabs()->currentWidget());
    QVERIFY(page);
    qputenv("CREDITDESK_SERVER_PASSWORD", m_server.password().toUtf8());
    QTest::mouseClick(page->synchroniseButton(), Qt::LeftButton);
    QVERIFY(page->isSynchronising());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSynchronising(), 60000);
    qunsetenv("CREDITDESK_SERVER_PASSWORD");
    QCOMPARE(count(m_b, QStringLiteral("SELECT state FROM listing WHERE id = %1").arg(listing)),
             static_cast<int>(PublicationState::Revoked));
    QCOMPARE(stateShown(), static_cast<int>(PublicationState::Revoked));
}

QTEST_MAIN(TestDeskSync)
#include "test_desk_sync.moc"
