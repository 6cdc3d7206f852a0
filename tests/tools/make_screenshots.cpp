// Renders the main screens and dialogs of CreditDesk into PNG files for the documentation and
// for review: sign-in, search, dossier (with a revealed identifier), the reveal prompt and the
// audit viewer, in the language given. Run by scripts/screenshots.sh under Xvfb.
#include "AboutDialog.h"
#include "AdministrationPage.h"
#include "AuditPage.h"
#include "CorrectionsPage.h"
#include "DashboardPage.h"
#include "DossierPage.h"
#include "ExpiryReviewDialog.h"
#include "FeedbackExportDialog.h"
#include "MainWindow.h"
#include "NoticeTemplatesDialog.h"
#include "NoticesPage.h"
#include "ObjectionCaseDialog.h"
#include "ObjectionStepDialog.h"
#include "ObjectionsPage.h"
#include "PackageImportDialog.h"
#include "RepairCaseDialog.h"
#include "RepairStepDialog.h"
#include "RepairsPage.h"
#include "RevealDialog.h"
#include "ScreeningPage.h"
#include "ScreeningReviewDialog.h"
#include "ScreeningSetupDialog.h"
#include "SearchFilterBar.h"
#include "SearchPage.h"
#include "SignInDialog.h"
#include "StatisticsChartPanel.h"
#include "common/Localization.h"
#include "item/DossierModel.h"
#include "item/NoticeRegisterModel.h"
#include "item/ScreeningResultModel.h"
#include "item/SearchResultModel.h"
#include "notices/NoticeRenderer.h"
#include "search/NameKey.h"
#include "search/SearchBenchmark.h"
#include "search/SearchClient.h"
#include "security/PasswordHasher.h"
#include "store/Database.h"
#include "workflow/AuditService.h"
#include "workflow/AuthenticationService.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"
#include "workflow/ExpiryService.h"
#include "workflow/FeedbackService.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/NoticeService.h"
#include "workflow/ObjectionService.h"
#include "workflow/PolicyService.h"
#include "workflow/RepairService.h"
#include "workflow/ScreeningReviewService.h"
#include "workflow/ScreeningService.h"
#include "workflow/StatisticsService.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLineEdit>
#include <QPageLayout>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace creditdesk;

namespace {

void save(QWidget *widget, const QString &path)
{
    QTest::qWait(200);
    widget->grab().save(path);
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("Demo database."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("zh_CN or en."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("Search shown."),
                                         QStringLiteral("TEXT"), QStringLiteral("王伟"));
    const QCommandLineOption subjectOption(QStringLiteral("subject"), QStringLiteral("Name of the dossier shown."),
                                           QStringLiteral("NAME"));
    parser.addOptions({databaseOption, outOption, languageOption, queryOption, subjectOption});
    parser.process(application);
    const QString language = installTranslations(application, parser.value(languageOption));
    const QDir out(parser.value(outOption));
    auto file = [&](const QString &name) { return out.filePath(name + u'-' + language + QStringLiteral(".png")); };

    auto database = Database::open(parser.value(databaseOption), QStringLiteral("screenshots"));
    if (!database) {
        qCritical("%s", qPrintable(database.error()));
        return 1;
    }
    const PasswordHasher hasher;
    AuthenticationService authentication(**database, hasher);

    SignInDialog signIn(authentication, QFileInfo(parser.value(databaseOption)).fileName());
    signIn.setUserName(QStringLiteral("officer"));
    signIn.passwordEdit()->setText(QStringLiteral("demo"));
    signIn.show();
    save(&signIn, file(QStringLiteral("signin")));
    signIn.accept();
    const Actor officer = signIn.signedIn().actor;
    auto auditorSignIn =
        authentication.signIn(QStringLiteral("auditor"), QStringLiteral("demo"), QStringLiteral("gui"));
    if (!auditorSignIn) {
        qCritical("%s", qPrintable(auditorSignIn.error()));
        return 1;
    }

    QTemporaryDir settingsFolder;
    QSettings settings(settingsFolder.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    NameKeyBuilder keys;
    const QueryClassifier classifier(keys);
    SearchClient client((*database)->path());
    SearchResultModel searchModel(client, classifier, keys);
    DossierService dossiers(**database);
    FeedbackService feedback(**database);
    AuditService audit(**database);
    MainWindowServices services;
    services.authentication = &authentication;
    services.audit = &audit;
    services.policy = PolicyService(**database).load();
    MainWindow window(
        searchModel,
        [&dossiers, &officer, &feedback] {
            auto *model = new DossierModel(dossiers, officer);
            model->setFeedbackService(&feedback); // the measures tab offers Record feedback…
            return model;
        },
        settings,
        QCoreApplication::translate("main", "Database: %1").arg(QFileInfo(parser.value(databaseOption)).fileName()),
        officer, services);
    window.resize(1200, 760);
    window.show();
    // Results and counts come from the search threads.
    auto waitForSearch = [&searchModel] {
        QElapsedTimer waited;
        waited.start();
        while ((searchModel.isLoading() || !searchModel.isCountKnown()) && waited.elapsed() < 10000)
            QTest::qWait(20);
    };
    window.searchPage()->setQuery(parser.value(queryOption));
    waitForSearch();
    save(&window, file(QStringLiteral("search")));
    window.searchPage()->setQuery(QStringLiteral("wang wei"));
    waitForSearch();
    save(&window, file(QStringLiteral("search-pinyin")));
    window.searchPage()->showFilters(true);
    if (auto *province = window.searchPage()->filterBar()->findChild<QComboBox *>(); province)
        province->setCurrentIndex(province->findData(QStringLiteral("340000")));
    window.searchPage()->setQuery(QStringLiteral("科技有限"));
    waitForSearch();
    save(&window, file(QStringLiteral("search-filters")));
    window.searchPage()->filterBar()->clear();
    window.searchPage()->showFilters(false);
    window.searchPage()->setQuery(parser.value(queryOption));
    waitForSearch();

    // The dossier shown: the named subject, or the result of the search with most listings.
    if (parser.isSet(subjectOption)) {
        window.searchPage()->setQuery(parser.value(subjectOption));
        waitForSearch();
    }
    int chosen = -1;
    int mostListings = 0;
    for (int row = 0; row < searchModel.rowCount(); ++row) {
        const int listings = searchModel.index(row, SearchResultModel::ListingsColumn).data().toInt();
        if (listings > mostListings) {
            mostListings = listings;
            chosen = row;
        }
    }
    if (chosen < 0) {
        qCritical("no subject to show");
        return 1;
    }
    window.openSubject(searchModel.subjectIdAt(chosen));
    auto *page = qobject_cast<DossierPage *>(window.tabs()->currentWidget());
    save(&window, file(QStringLiteral("dossier")));
    page->showSection(1);
    save(&window, file(QStringLiteral("dossier-measures")));
    page->showSection(2);
    save(&window, file(QStringLiteral("dossier-history")));
    page->showSection(0);

    RevealDialog reveal(identifierTypeText(IdentifierType::ResidentId), page->model()->title(),
                        services.policy.revealMinutes, &window);
    reveal.reasonEdit()->setText(QCoreApplication::translate("Screenshots", "Identity check for objection 12"));
    reveal.show();
    save(&reveal, file(QStringLiteral("reveal")));
    reveal.close();
    page->model()->reveal(IdentifierType::ResidentId, reveal.reason());
    save(&window, file(QStringLiteral("dossier-revealed")));

    AuditPage auditPage(audit, auditorSignIn->actor, audit.users(), audit.actions());
    auditPage.resize(1200, 600);
    auditPage.show();
    auditPage.verify();
    save(&auditPage, file(QStringLiteral("audit")));

    auto adminSignIn = authentication.signIn(QStringLiteral("admin"), QStringLiteral("demo"), QStringLiteral("gui"));
    if (!adminSignIn) {
        qCritical("%s", qPrintable(adminSignIn.error()));
        return 1;
    }
    UserService users(**database, hasher);
    PolicyService policies(**database);
    AdministrationPage administration(users, policies, adminSignIn->actor);
    administration.resize(1000, 620);
    administration.show();
    save(&administration, file(QStringLiteral("administration")));

    // A correction registered by the officer, in the reviewer's queue.
    ListingCorrectionService corrections(**database);
    page->model()->setCorrectionService(&corrections);
    page->model()->requestCorrection(0, QStringLiteral("obligation"), QStringLiteral("支付货款人民币30000元及利息"),
                                     QStringLiteral("法院来函 2026-11-02"));
    auto reviewerSignIn =
        authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("demo"), QStringLiteral("gui"));
    if (!reviewerSignIn) {
        qCritical("%s", qPrintable(reviewerSignIn.error()));
        return 1;
    }
    CorrectionsPage queue(corrections, reviewerSignIn->actor);
    queue.resize(1100, 400);
    queue.show();
    save(&queue, file(QStringLiteral("corrections")));

    // Objections: cases in several states (made once; the tool runs per language on one file),
    // the queue, a case with its history and evidence, and a reviewer's decision.
    const Actor reviewer = reviewerSignIn->actor;
    ObjectionService objections(**database);
    const QDate today = QDate::currentDate();
    auto existing = objections.queue(officer, ObjectionService::Queue::All, today);
    qint64 shownCase = 0;
    if (existing && existing->isEmpty()) {
        QList<qint64> listingIds;
        for (int row = 0; row < searchModel.rowCount() && listingIds.size() < 5; ++row) {
            auto opened = dossiers.open(officer, searchModel.subjectIdAt(row));
            if (opened && !opened->listings.isEmpty())
                listingIds.append(opened->listings.first().id);
        }
        struct Plan
        {
            ObjectionRoute route;
            int daysAgo;
            QList<ObjectionState> steps;
        };
        const QList<Plan> plans = {
            {ObjectionRoute::CreditPlatform, 24, {}},
            {ObjectionRoute::CreditPlatform, 10, {ObjectionState::Accepted, ObjectionState::UnderReview}},
            {ObjectionRoute::CourtList, 2, {ObjectionState::Accepted, ObjectionState::ForwardedToCourt}},
            {ObjectionRoute::CreditPlatform,
             37,
             {ObjectionState::Accepted, ObjectionState::UnderReview, ObjectionState::Upheld}},
            {ObjectionRoute::CourtList, 0, {}},
        };
        for (qsizetype i = 0; i < plans.size() && i < listingIds.size(); ++i) {
            ObjectionDraft draft;
            draft.listingId = listingIds[i];
            draft.route = plans[i].route;
            draft.applicantName = i % 2 ? QStringLiteral("北京某律师事务所 刘律师") : QStringLiteral("王伟");
            draft.applicantIsAgent = i % 2 == 1;
            draft.receivedOn = today.addDays(-plans[i].daysAgo);
            draft.ground = i == 2 ? ObjectionGround::ShouldHaveBeenDeleted : ObjectionGround::Inaccurate;
            draft.groundsText = i == 2 ? QStringLiteral("已全部履行，应当删除") : QStringLiteral("履行情况记载有误");
            draft.fields = {QStringLiteral("performance")};
            auto id = objections.registerObjection(officer, draft);
            if (!id) {
                qCritical("%s", qPrintable(id.error()));
                return 1;
            }
            int day = 0;
            for (const ObjectionState step : plans[i].steps) {
                ObjectionStep next;
                next.to = step;
                next.actedOn = draft.receivedOn.addDays(qMin(++day, plans[i].daysAgo));
                next.reason = ObjectionStateMachine::isDecision(step) ? QStringLiteral("经核查信息无误")
                                                                      : QStringLiteral("材料齐全，按规定办理");
                const Status taken = objections.advance(ObjectionStateMachine::isDecision(step) ? reviewer : officer,
                                                        id.value(), objections.find(id.value())->rowVersion, next);
                if (!taken) {
                    qCritical("%s", qPrintable(taken.error()));
                    return 1;
                }
            }
            if (i == 1) {
                shownCase = id.value();
                auto evidence = objections.addEvidence(officer, id.value(), QStringLiteral("还款凭证.pdf"),
                                                       QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
                if (!evidence)
                    qWarning("%s", qPrintable(evidence.error()));
            }
        }
    } else if (existing) {
        for (const ObjectionCase &entry : existing.value()) {
            if (entry.objection.state == ObjectionState::UnderReview)
                shownCase = entry.objection.id;
        }
    }
    ObjectionsPage objectionsPage(objections, reviewer);
    objectionsPage.resize(1200, 420);
    objectionsPage.show();
    save(&objectionsPage, file(QStringLiteral("objections")));
    if (shownCase > 0) {
        ObjectionCaseDialog caseDialog(objections, reviewer, shownCase);
        caseDialog.show();
        save(&caseDialog, file(QStringLiteral("objection-case")));
        ObjectionStepDialog decision(*objections.find(shownCase), ObjectionState::Corrected);
        decision.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("经核实，被执行人已部分履行"));
        if (auto *table = decision.findChild<QTableWidget *>())
            table->item(1, 1)->setText(QStringLiteral("1"));
        decision.show();
        save(&decision, file(QStringLiteral("objection-decision")));
    }

    // Credit repair (the demo database has breach information with applications in every
    // stage): the dossier's eligibility panel, the queue, an application ready for decision and
    // the reviewer's decision, and the expiry job's proposal.
    RepairService repairs(**database);
    CourtListService court(**database);
    ExpiryService expiry(**database);
    auto repairQueue = repairs.queue(reviewer, true, today);
    const RepairCase *ready = nullptr;
    if (repairQueue) {
        for (const RepairCase &entry : repairQueue.value()) {
            if (entry.application.state != RepairState::Accepted)
                continue;
            auto eligibility = repairs.eligibility(reviewer, entry.application.breachId, today);
            if (eligibility && eligibility->eligible()) {
                ready = &entry;
                break;
            }
        }
    }
    if (!ready) {
        qCritical("no repair application ready for decision: make the demo with --repairs");
        return 1;
    }
    DossierModel *repairDossier = new DossierModel(dossiers, officer);
    repairDossier->setRepairService(&repairs);
    repairDossier->setCourtListService(&court);
    repairDossier->load(ready->application.subjectId);
    DossierPage repairPage(repairDossier);
    repairPage.resize(1200, 760);
    repairPage.showSection(3);
    repairPage.show();
    save(&repairPage, file(QStringLiteral("dossier-repair")));
    RepairsPage repairsPage(repairs, reviewer);
    repairsPage.resize(1200, 420);
    repairsPage.show();
    save(&repairsPage, file(QStringLiteral("repairs")));
    RepairCaseDialog repairCase(repairs, reviewer, ready->application.id);
    repairCase.show();
    save(&repairCase, file(QStringLiteral("repair-case")));
    RepairStepDialog repairDecision(RepairState::Repaired, ready->application.receivedOn);
    repairDecision.setReason(QStringLiteral("已缴清罚款并完成整改，提交信用承诺书，符合修复条件"));
    repairDecision.show();
    save(&repairDecision, file(QStringLiteral("repair-decision")));
    auto proposal = expiry.propose(officer, today);
    if (proposal) {
        ExpiryReviewDialog expiryDialog(expiry, officer, proposal.value());
        expiryDialog.show();
        save(&expiryDialog, file(QStringLiteral("expiry")));
    }

    // Batch screening: a file of applicants made from the demo — listed people by ID, one in
    // traditional characters with a slip in the ID, one masked, organisations by credit code and
    // by legal representative, and strangers; the mapping step, the results and the review.
    const QString applicants = settingsFolder.filePath(QStringLiteral("投标人名单.csv"));
    {
        QSqlQuery people((*database)->connection());
        people.exec(QStringLiteral(
            "SELECT s.name, i.value FROM subject s JOIN subject_identifier i ON i.subject_id = s.id AND i.type = 1 "
            "WHERE EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.state = 1 AND l.period_months = 0) "
            "AND (SELECT count(*) FROM subject t WHERE t.name_key = s.name_key) = 1 ORDER BY s.id LIMIT 200"));
        QStringList rows{QStringLiteral("序号,姓名/名称,证件号码,统一社会信用代码,法定代表人")};
        int number = 0;
        int person = 0;
        auto add = [&](const QString &name, const QString &id, const QString &code, const QString &representative) {
            rows.append(QStringLiteral("TB-%1,%2,%3,%4,%5")
                            .arg(++number, 3, 10, QLatin1Char('0'))
                            .arg(name, id, code, representative));
        };
        bool traditionalShown = false;
        while (people.next() && person < 5) {
            const QString name = people.value(0).toString();
            QString id = people.value(1).toString();
            const bool writtenTraditionally = SearchBenchmark::traditional(name) != name;
            if (person == 1 && !writtenTraditionally && !traditionalShown)
                continue; // the second row shows a name written in traditional characters
            ++person;
            if (person == 2) {
                traditionalShown = true;
                id[15] = QChar(u'0' + (id[15].digitValue() + 3) % 10);
                add(SearchBenchmark::traditional(name), id, {}, {});
            } else if (person == 4) {
                add(name, id.left(6) + QStringLiteral("********") + id.right(4), {}, {});
            } else {
                add(name, id, {}, {});
            }
            add(QStringLiteral("赵%1").arg(QChar(0x4E00 + 0x100 * number)),
                QStringLiteral("11010120070315%1").arg(100 + number) + u'X', {}, {});
        }
        QSqlQuery organisations((*database)->connection());
        organisations.exec(QStringLiteral(
            "SELECT s.name, i.value, s.legal_representative FROM subject s JOIN subject_identifier i ON i.subject_id = "
            "s.id AND i.type = 2 WHERE s.legal_representative IS NOT NULL AND EXISTS (SELECT 1 FROM listing l WHERE "
            "l.subject_id = s.id AND l.state = 1 AND l.period_months = 0) ORDER BY s.id LIMIT 2"));
        if (organisations.next())
            add(organisations.value(0).toString(), {}, organisations.value(1).toString(), {});
        if (organisations.next())
            add(organisations.value(0).toString() + QStringLiteral("（分公司）"), {}, {},
                organisations.value(2).toString());
        QFile csv(applicants);
        csv.open(QIODevice::WriteOnly);
        csv.write(rows.join(u'\n').toUtf8() + '\n');
    }
    auto preview = ScreeningService::preview(applicants);
    if (!preview) {
        qCritical("%s", qPrintable(preview.error()));
        return 1;
    }
    ScreeningSetupDialog mapping(applicants, preview.value(), ScreeningThresholds{});
    mapping.show();
    save(&mapping, file(QStringLiteral("screening-mapping")));
    ScreeningOptions screeningOptions = mapping.options();
    auto batch = ScreeningService(**database).screenFile(officer, applicants, screeningOptions);
    if (!batch) {
        qCritical("%s", qPrintable(batch.error()));
        return 1;
    }
    ScreeningReviewService screening(**database);
    ScreeningPage screeningPage(screening, (*database)->path(), officer, settings);
    screeningPage.reload(batch->batchId);
    screeningPage.resize(1200, 560);
    screeningPage.show();
    save(&screeningPage, file(QStringLiteral("screening-results")));
    ScreeningReviewDialog screeningReview(
        screening, officer, batch->batchId, 4,
        screeningPage.proxy()->index(1, 0).data(ScreeningResultModel::SubjectIdRole).toLongLong(), today);
    screeningReview.show();
    save(&screeningReview, file(QStringLiteral("screening-review")));

    // The statistics dashboard: every chart, over the years since 2019 for the whole list, then
    // the regions of the province with the most listings.
    StatisticsService statistics(**database);
    auto waitForCharts = [](DashboardPage &charts) {
        QEventLoop loop;
        QObject::connect(&charts, &DashboardPage::chartsReady, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    settings.remove(QStringLiteral("statistics"));
    DashboardPage dashboard(statistics, (*database)->path(), officer, settings, today);
    dashboard.resize(1240, 760);
    dashboard.show();
    waitForCharts(dashboard);
    dashboard.setPeriod(QDate(2019, 1, 1), today);
    dashboard.refresh();
    waitForCharts(dashboard);
    for (int tab = 0; tab < dashboard.tabs()->count(); ++tab) {
        dashboard.tabs()->setCurrentIndex(tab);
        save(&dashboard, file(QStringLiteral("statistics-") + dashboard.tabs()->widget(tab)->objectName()));
        // The PDF export of the chart, to be rendered and looked at (not kept with the docs).
        auto *panel = qobject_cast<StatisticsChartPanel *>(dashboard.tabs()->widget(tab));
        const QString pdf =
            QDir::temp().filePath(QStringLiteral("creditdesk-statistics-%1-%2.pdf").arg(panel->objectName(), language));
        if (panel->exportPdf(pdf))
            qInfo("wrote %s", qPrintable(pdf));
    }
    // The listings behind the first ground's bar.
    {
        QWidget *shown = nullptr;
        QEventLoop loop;
        QObject::connect(&dashboard, &DashboardPage::rowsShown, &loop, [&](QWidget *dialog) {
            shown = dialog;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        dashboard.activate(StatisticsChart::ListingsByGround, 0);
        loop.exec();
        if (shown) {
            save(shown, file(QStringLiteral("statistics-listings-behind")));
            shown->close();
        }
    }
    const StatisticsTable provinces = dashboard.panel(StatisticsChart::ListingsByRegion)->table();
    if (!provinces.rows.isEmpty()) {
        dashboard.tabs()->setCurrentIndex(2);
        dashboard.activate(StatisticsChart::ListingsByRegion, 0);
        dashboard.refresh();
        waitForCharts(dashboard);
        save(&dashboard, file(QStringLiteral("statistics-drill-down")));
    }

    // Notices: a few of each kind in this language, the register, the print preview of one,
    // and the administrator's wording and office dialog.
    NoticeService notices(**database);
    const QString noticeLanguage =
        language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const NoticeType type : noticeTypes()) {
        auto issued = notices.batch(officer, type, QDir::temp().filePath(QStringLiteral("creditdesk-notices")), 2,
                                    noticeLanguage, today);
        if (!issued)
            qWarning("%s", qPrintable(issued.error()));
    }
    NoticesPage register_(notices, (*database)->path(), officer, today);
    register_.resize(1240, 560);
    register_.show();
    register_.view()->resizeColumnsToContents();
    register_.view()->selectRow(0);
    save(&register_, file(QStringLiteral("notices")));
    if (const auto shown = register_.currentNotice()) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setFullPage(true);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                          QPageLayout::Millimeter));
        QPrintPreviewDialog printPreview(&printer);
        QObject::connect(&printPreview, &QPrintPreviewDialog::paintRequested, &printPreview,
                         [&shown](QPrinter *target) { static_cast<void>(NoticeRenderer::paint(*shown, *target)); });
        printPreview.resize(820, 1000);
        printPreview.show();
        save(&printPreview, file(QStringLiteral("notice-preview")));
    }
    NoticeTemplatesDialog wording(notices, adminSignIn->actor);
    wording.show();
    save(&wording, file(QStringLiteral("notice-wording")));
    AboutDialog aboutDialog;
    aboutDialog.show();
    aboutDialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    save(&aboutDialog, file(QStringLiteral("about-licences")));

    // A package from the platform with faults: rejected, each fault by line, field and reason.
    QTemporaryDir packageFolder;
    const QString packagePath = packageFolder.filePath(QStringLiteral("province-0001.jsonl"));
    PackageWriter writer;
    const QString first17 = QStringLiteral("11010119850101001");
    const QList<QJsonObject> faulty = {
        {{QStringLiteral("type"), QStringLiteral("subject")},
         {QStringLiteral("key"), QStringLiteral("S1")},
         {QStringLiteral("kind"), QStringLiteral("person")},
         {QStringLiteral("name"), QStringLiteral("张三")},
         {QStringLiteral("id_number"), QString(first17 + u'0')}},
        {{QStringLiteral("type"), QStringLiteral("listing")},
         {QStringLiteral("key"), QStringLiteral("L1")},
         {QStringLiteral("subject"), QStringLiteral("S9")},
         {QStringLiteral("court"), QStringLiteral("9999")},
         {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执12号")},
         {QStringLiteral("ground"), 2},
         {QStringLiteral("period_months"), 24},
         {QStringLiteral("filing_date"), QStringLiteral("2026-03-02")},
         {QStringLiteral("decision_date"), QStringLiteral("2026-03-01")}},
        {{QStringLiteral("type"), QStringLiteral("listing_extension")},
         {QStringLiteral("listing"), QStringLiteral("L1")},
         {QStringLiteral("months"), 48},
         {QStringLiteral("on"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}}};
    bool written = static_cast<bool>(writer.open(packagePath));
    for (const QJsonObject &record : faulty)
        written = written && static_cast<bool>(writer.write(record));
    PackageHeader header;
    header.packageId = QStringLiteral("province-0001");
    header.source = QStringLiteral("province");
    header.sequence = 1;
    if (written && static_cast<bool>(writer.finish(header))) {
        PackageImportDialog importDialog((*database)->path(), officer, packagePath);
        importDialog.show();
        importDialog.start();
        if (!QTest::qWaitFor([&] { return !importDialog.running(); }, 30000))
            qWarning("the import did not end");
        save(&importDialog, file(QStringLiteral("package-import-rejected")));
    }
    ExchangeService exchange(**database);
    FeedbackExportDialog exportDialog(exchange, officer, QDir::tempPath());
    exportDialog.show();
    save(&exportDialog, file(QStringLiteral("feedback-export")));
    return 0;
}
