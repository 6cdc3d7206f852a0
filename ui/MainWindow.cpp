#include "MainWindow.h"

#include "AboutDialog.h"
#include "AdministrationPage.h"
#include "AuditPage.h"
#include "CorrectionsPage.h"
#include "DashboardPage.h"
#include "DossierPage.h"
#include "ExpiryReviewDialog.h"
#include "FeedbackExportDialog.h"
#include "IdleLock.h"
#include "NoticeTemplatesDialog.h"
#include "NoticesPage.h"
#include "ObjectionCaseDialog.h"
#include "ObjectionsPage.h"
#include "PackageImportDialog.h"
#include "PasswordDialogs.h"
#include "RepairCaseDialog.h"
#include "RepairsPage.h"
#include "ScreeningPage.h"
#include "SearchPage.h"
#include "SignInDialog.h"
#include "SyncPage.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"
#include "workflow/AuditService.h"
#include "workflow/ObjectionService.h"
#include "workflow/RepairService.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

namespace creditdesk {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString headerKey = QStringLiteral("search/columns");
const QString queryKey = QStringLiteral("search/lastQuery");
const QString languageKey = QStringLiteral("ui/language"); ///< read by app/gui/main.cpp at start
} // namespace

MainWindow::MainWindow(SearchResultModel &searchModel, DossierFactory dossierFactory, QSettings &settings,
                       const QString &databaseDescription, const Actor &actor, const MainWindowServices &services,
                       QWidget *parent)
    : QMainWindow(parent),
      m_searchModel(searchModel),
      m_dossierFactory(std::move(dossierFactory)),
      m_settings(settings),
      m_actor(actor),
      m_services(services),
      m_tabs(new QTabWidget(this)),
      m_searchPage(new SearchPage(searchModel, this))
{
    setWindowTitle(tr("CreditDesk"));
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_searchPage, tr("Search"));
    // The search tab stays open.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    if (!m_actor.userName.isEmpty()) {
        statusBar()->addPermanentWidget(
            new QLabel(tr("Signed in: %1 (%2)").arg(m_actor.userName, rolesText(m_actor.roles)), this));
    }
    statusBar()->addPermanentWidget(new QLabel(databaseDescription, this));

    connect(m_searchPage, &SearchPage::subjectActivated, this, &MainWindow::openSubject);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    createActions();
    restoreSettings();
    if (m_services.authentication && !m_actor.userName.isEmpty()) {
        m_idleLock = new IdleLock(m_services.policy.idleLockMinutes, this);
        connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    }
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    if (!m_services.databasePath.isEmpty() && m_actor.may(Action::ExchangePackages)) {
        QAction *importAction =
            fileMenu->addAction(tr("&Import a package from the credit platform…"), this, &MainWindow::importPackage);
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    }
    if (m_services.exchange && m_actor.may(Action::ExchangePackages))
        fileMenu->addAction(tr("&Export a feedback package for the credit platform…"), this,
                            &MainWindow::exportFeedback);
    if (!fileMenu->isEmpty())
        fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *find = goMenu->addAction(tr("&Search"), this, [this] {
        m_tabs->setCurrentWidget(m_searchPage);
        m_searchPage->focusQuery();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    QAction *closeTabAction =
        goMenu->addAction(tr("&Close dossier"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close});
    QAction *next = goMenu->addAction(
        tr("&Next tab"), this, [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setShortcut(QKeySequence::NextChild);

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    if (m_services.audit && m_actor.may(Action::ViewAuditJournal)) {
        QAction *audit = toolsMenu->addAction(tr("&Audit journal"), this, &MainWindow::openAuditJournal);
        audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    }
    if (m_services.corrections && (m_actor.may(Action::DecideCorrection) || m_actor.may(Action::RegisterCorrection)))
        toolsMenu->addAction(tr("Listing &corrections"), this, &MainWindow::openCorrections);
    if (m_services.objections && m_actor.may(Action::ViewObjections)) {
        QAction *objections = toolsMenu->addAction(tr("&Objections"), this, [this] { openObjections(); });
        objections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }
    if (m_services.repairs && m_actor.may(Action::ViewRepairs)) {
        QAction *repairs = toolsMenu->addAction(tr("Credit &repair"), this, &MainWindow::openRepairs);
        repairs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    }
    if (m_services.screening && !m_services.databasePath.isEmpty() && m_actor.may(Action::ViewScreening)) {
        QAction *screening = toolsMenu->addAction(tr("&Screen applicants"), this, &MainWindow::openScreening);
        screening->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    }
    if (m_services.statistics && !m_services.databasePath.isEmpty() && m_actor.may(Action::ViewStatistics)) {
        QAction *statistics = toolsMenu->addAction(tr("S&tatistics"), this, &MainWindow::openDashboard);
        statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    }
    if (m_services.notices && m_actor.may(Action::ViewNotices)) {
        QAction *notices = toolsMenu->addAction(tr("&Notices"), this, &MainWindow::openNotices);
        notices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    if (m_services.sync && m_actor.may(Action::ViewObjections))
        toolsMenu->addAction(tr("Central &server"), this, &MainWindow::openSync);
    if (m_services.notices && m_actor.may(Action::EditNoticeTemplates))
        toolsMenu->addAction(tr("Notice &wording and issuing office…"), this, &MainWindow::editNoticeTemplates);
    if (m_services.expiry && m_actor.may(Action::ConfirmExpiry))
        toolsMenu->addAction(tr("Review &ended publication periods…"), this, [this] { reviewEndedPeriods(); });
    if (m_services.users && m_services.policies && m_actor.may(Action::ManageUsers))
        toolsMenu->addAction(tr("&Users and security policy"), this, &MainWindow::openAdministration);
    if (m_services.backUp && m_actor.may(Action::MakeBackup))
        toolsMenu->addAction(tr("&Back up now…"), this, &MainWindow::backUpNow);
    if (m_services.authentication && !m_actor.userName.isEmpty()) {
        toolsMenu->addSeparator();
        toolsMenu->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
        QAction *lockAction = toolsMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
        lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    }
    if (toolsMenu->isEmpty())
        toolsMenu->menuAction()->setVisible(false);

    // The language: the system's by default, or chosen here; it applies at the next start.
    QMenu *languageMenu = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = m_settings.value(languageKey).toString();
    for (const auto &[code, name] :
         {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            m_settings.setValue(languageKey, code);
            statusBar()->showMessage(tr("The language changes when CreditDesk is started again."), 10000);
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CreditDesk"), this, &MainWindow::showAbout);
}

void MainWindow::openSubject(qint64 subjectId)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DossierPage *>(m_tabs->widget(i));
        if (page && page->model()->subjectId() == subjectId) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    DossierModel *model = m_dossierFactory();
    if (!model->load(subjectId)) {
        QMessageBox::warning(this, tr("Dossier"), model->error());
        delete model;
        return;
    }
    auto *page = new DossierPage(model, m_tabs);
    page->setRevealMinutes(m_services.policy.revealMinutes);
    const int index = m_tabs->addTab(page, model->title());
    m_tabs->setTabToolTip(index, model->summary());
    m_tabs->setCurrentIndex(index);
}

void MainWindow::openAuditJournal()
{
    if (!m_services.audit)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (qobject_cast<AuditPage *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page =
        new AuditPage(*m_services.audit, m_actor, m_services.audit->users(), m_services.audit->actions(), m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Audit journal")));
}

void MainWindow::openAdministration()
{
    if (!m_services.users || !m_services.policies)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (qobject_cast<AdministrationPage *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new AdministrationPage(*m_services.users, *m_services.policies, m_actor, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Administration")));
}

void MainWindow::openCorrections()
{
    if (!m_services.corrections)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<CorrectionsPage *>(m_tabs->widget(i))) {
            page->refresh();
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new CorrectionsPage(*m_services.corrections, m_actor, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Listing corrections")));
}

void MainWindow::openObjections(int queue)
{
    if (!m_services.objections)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ObjectionsPage *>(m_tabs->widget(i))) {
            page->showQueue(queue);
            page->reload();
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new ObjectionsPage(*m_services.objections, m_actor, m_tabs);
    page->showQueue(queue);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Objections")));
}

void MainWindow::openRepairs()
{
    if (!m_services.repairs)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<RepairsPage *>(m_tabs->widget(i))) {
            page->reload();
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new RepairsPage(*m_services.repairs, m_actor, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Credit repair")));
}

void MainWindow::openScreening()
{
    if (!m_services.screening)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ScreeningPage *>(m_tabs->widget(i))) {
            page->reload();
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new ScreeningPage(*m_services.screening, m_services.databasePath, m_actor, m_settings, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Screening")));
}

void MainWindow::openDashboard()
{
    if (!m_services.statistics)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (qobject_cast<DashboardPage *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new DashboardPage(*m_services.statistics, m_services.databasePath, m_actor, m_settings,
                                   QDate::currentDate(), m_tabs);
    connect(page, &DashboardPage::subjectRequested, this, &MainWindow::openSubject);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Statistics")));
}

void MainWindow::openNotices()
{
    if (!m_services.notices)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (qobject_cast<NoticesPage *>(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new NoticesPage(*m_services.notices, m_services.databasePath, m_actor, QDate::currentDate(), m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Notices")));
}

void MainWindow::openSync()
{
    if (!m_services.sync)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<SyncPage *>(m_tabs->widget(i))) {
            page->reload();
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *page = new SyncPage(*m_services.sync, m_actor, m_services.synchronise, m_services.officeKeys, m_tabs);
    if (m_services.objections) {
        connect(page, &SyncPage::openObjectionRequested, this, [this](qint64 objectionId) {
            ObjectionCaseDialog dialog(*m_services.objections, m_actor, objectionId, this);
            dialog.exec();
        });
    }
    if (m_services.repairs) {
        connect(page, &SyncPage::openRepairRequested, this, [this](qint64 applicationId) {
            RepairCaseDialog dialog(*m_services.repairs, m_actor, applicationId, this);
            dialog.exec();
        });
    }
    connect(page, &SyncPage::openSubjectRequested, this, &MainWindow::openSubject);
    connect(page, &SyncPage::changesApplied, this, &MainWindow::reloadChangedData);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, tr("Central server")));
}

void MainWindow::editNoticeTemplates()
{
    if (!m_services.notices)
        return;
    NoticeTemplatesDialog dialog(*m_services.notices, m_actor, this);
    dialog.exec();
}

QDialog *MainWindow::reviewEndedPeriods(bool quiet)
{
    if (!m_services.expiry || !m_actor.may(Action::ConfirmExpiry))
        return nullptr;
    auto proposal = m_services.expiry->propose(m_actor, QDate::currentDate());
    if (!proposal) {
        if (!quiet)
            QMessageBox::warning(this, tr("Publication periods that have ended"), proposal.error());
        return nullptr;
    }
    if (proposal->isEmpty()) {
        if (!quiet)
            QMessageBox::information(this, tr("Publication periods that have ended"),
                                     tr("No listing or breach information has reached the end of its period."));
        return nullptr;
    }
    auto *dialog = new ExpiryReviewDialog(*m_services.expiry, m_actor, proposal.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::remindOfDeadlines()
{
    // One thing at a time: the ended periods first, then the deadlines.
    if (QDialog *review = reviewEndedPeriods(true)) {
        connect(review, &QDialog::finished, this, &MainWindow::remindOfCaseDeadlines);
        return;
    }
    remindOfCaseDeadlines();
}

void MainWindow::remindOfCaseDeadlines()
{
    if (m_services.repairs && m_actor.may(Action::ViewRepairs)) {
        if (auto open = m_services.repairs->queue(m_actor, true, QDate::currentDate()); open) {
            const auto overdue =
                std::count_if(open->cbegin(), open->cend(), [](const RepairCase &entry) { return entry.isOverdue(); });
            if (overdue > 0) {
                auto *label = new QLabel(
                    tr("Credit repair: %n application(s) overdue.", nullptr, static_cast<int>(overdue)), this);
                label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
                statusBar()->addWidget(label);
            }
        }
    }
    if (!m_services.objections || !m_actor.may(Action::ViewObjections))
        return;
    auto open = m_services.objections->queue(m_actor, ObjectionService::Queue::Open, QDate::currentDate());
    if (!open)
        return;
    int overdue = 0;
    int soon = 0;
    int missingCalendar = 0;
    for (const ObjectionCase &entry : open.value()) {
        overdue += entry.isOverdue() ? 1 : 0;
        soon += entry.isDueSoon() ? 1 : 0;
        missingCalendar += entry.clockError.isEmpty() ? 0 : 1;
    }
    QString text = tr("Objections: %1 overdue, %2 due within 2 working days.").arg(overdue).arg(soon);
    if (missingCalendar > 0)
        text +=
            u' ' + tr("%n case(s) without a deadline: the holiday calendar lacks a year.", nullptr, missingCalendar);
    auto *label = new QLabel(text, this);
    if (overdue > 0)
        label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    statusBar()->addWidget(label);
    if (overdue == 0 && soon == 0 && missingCalendar == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Objection deadlines"), text, QMessageBox::NoButton, this);
    QPushButton *openQueue = box->addButton(tr("Open the queue"), QMessageBox::AcceptRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int queue =
        static_cast<int>(overdue == 0 ? ObjectionService::Queue::DueSoon : ObjectionService::Queue::Overdue);
    connect(box, &QMessageBox::buttonClicked, this, [this, openQueue, queue](QAbstractButton *button) {
        if (button == openQueue)
            openObjections(queue);
    });
    box->open();
}

void MainWindow::lock()
{
    if (m_locked || !m_services.authentication)
        return;
    m_locked = true;
    if (m_idleLock)
        m_idleLock->pause();
    // Hide what is on screen; the widgets and their state stay as they are.
    centralWidget()->hide();
    SignInDialog dialog(*m_services.authentication, tr("locked"), this);
    dialog.setUnlockUser(m_actor.userName);
    for (;;) {
        if (dialog.exec() == QDialog::Accepted)
            break;
        const auto answer = QMessageBox::question(this, tr("CreditDesk is locked"),
                                                  tr("Quit CreditDesk? Unsaved work in open dialogs is lost."));
        if (answer == QMessageBox::Yes) {
            m_locked = false;
            close();
            return;
        }
    }
    centralWidget()->show();
    m_locked = false;
    if (m_idleLock)
        m_idleLock->resume();
}

void MainWindow::backUpNow()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Back up now"), tr("Reason (recorded in the audit journal):"),
                                                 QLineEdit::Normal, tr("Routine backup"), &ok);
    if (!ok)
        return;
    // A large cache takes a while to copy: the copy runs on a worker with its own connection,
    // and the window stays responsive.
    QProgressDialog progress(tr("Writing and checking the backup…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Result<QString> result{Error{}};
    QEventLoop loop;
    QThread *worker = QThread::create([this, &result, reason] { result = m_services.backUp(m_actor, reason); });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();
    if (!result) {
        QMessageBox::warning(this, tr("Backup"), result.error());
        return;
    }
    QMessageBox::information(this, tr("Backup"),
                             tr("The backup was written and checked:\n%1\nThe newest %n backup(s) are kept.", nullptr,
                                m_services.backupsKept)
                                 .arg(result.value()));
}

void MainWindow::importPackage()
{
    const QString folderKey = QStringLiteral("exchange/folder");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a package from the credit platform"),
                                                      m_settings.value(folderKey).toString(),
                                                      tr("Exchange packages (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(folderKey, QFileInfo(path).absolutePath());
    importPackageFile(path);
}

void MainWindow::importPackageFile(const QString &path)
{
    PackageImportDialog dialog(m_services.databasePath, m_actor, path, this);
    QString appliedMessage;
    connect(&dialog, &PackageImportDialog::applied, this,
            [&appliedMessage](const QString &message) { appliedMessage = message; });
    dialog.start();
    dialog.exec();
    if (appliedMessage.isEmpty())
        return;
    reloadChangedData();
    statusBar()->showMessage(appliedMessage, 10000);
}

void MainWindow::reloadChangedData()
{
    // A dialog open (a step being decided on a row, an import writing) keeps the rows it was
    // opened on: read again once it has closed.
    if (QApplication::activeModalWidget()) {
        if (!m_reloadWaiting) {
            m_reloadWaiting = true;
            QTimer::singleShot(500, this, [this] {
                m_reloadWaiting = false;
                reloadChangedData();
            });
        }
        return;
    }
    m_searchModel.reload();
    QStringList notRead;
    for (int i = 1; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (auto *dossier = qobject_cast<DossierPage *>(page)) {
            DossierModel *model = dossier->model();
            if (!model->load(model->subjectId())) {
                notRead.append(tr("%1: %2").arg(model->title(), model->error()));
                continue;
            }
            m_tabs->setTabText(i, model->title());
            m_tabs->setTabToolTip(i, model->summary());
        } else if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
            dashboard->refresh();
        } else if (auto *objections = qobject_cast<ObjectionsPage *>(page)) {
            objections->reload();
        } else if (auto *repairs = qobject_cast<RepairsPage *>(page)) {
            repairs->reload();
        } else if (auto *corrections = qobject_cast<CorrectionsPage *>(page)) {
            corrections->refresh();
        }
    }
    if (!notRead.isEmpty())
        QMessageBox::warning(this, tr("Dossiers not read again"),
                             tr("The cache changed, but these open dossiers could not be read again and show what "
                                "they showed before; close and open them again:\n%1")
                                 .arg(notRead.join(u'\n')));
}

void MainWindow::exportFeedback()
{
    const QString folderKey = QStringLiteral("exchange/outgoingFolder");
    const QString folder =
        m_settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    FeedbackExportDialog dialog(*m_services.exchange, m_actor, folder, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.report())
        return;
    m_settings.setValue(folderKey, QFileInfo(dialog.filePath()).absolutePath());
    QMessageBox::information(
        this, dialog.windowTitle(),
        tr("Outgoing package %1 written with %n record(s):\n%2", nullptr, static_cast<int>(dialog.report()->records))
            .arg(dialog.report()->header.sequence)
            .arg(QDir::toNativeSeparators(dialog.filePath())));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(*m_services.authentication, m_actor, false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    page->deleteLater();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(m_settings.value(stateKey).toByteArray());
    const QByteArray header = m_settings.value(headerKey).toByteArray();
    if (!header.isEmpty())
        m_searchPage->restoreHeaderState(header);
    const QString lastQuery = m_settings.value(queryKey).toString();
    if (!lastQuery.isEmpty())
        m_searchPage->setQuery(lastQuery);
}

void MainWindow::saveSettings()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(headerKey, m_searchPage->headerState());
    m_settings.setValue(queryKey, m_searchPage->query());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace creditdesk
