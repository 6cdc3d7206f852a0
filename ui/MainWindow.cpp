#include "MainWindow.h"

#include "DossierPage.h"
#include "SearchPage.h"
#include "item/DossierModel.h"
#include "item/SearchResultModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace creditdesk {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString headerKey = QStringLiteral("search/header");
const QString queryKey = QStringLiteral("search/lastQuery");
} // namespace

MainWindow::MainWindow(SearchResultModel &searchModel, DossierFactory dossierFactory, QSettings &settings,
                       const QString &databaseDescription, QWidget *parent)
    : QMainWindow(parent),
      m_searchModel(searchModel),
      m_dossierFactory(std::move(dossierFactory)),
      m_settings(settings),
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

    auto *databaseLabel = new QLabel(databaseDescription, this);
    statusBar()->addPermanentWidget(databaseLabel);

    connect(m_searchPage, &SearchPage::subjectActivated, this, &MainWindow::openSubject);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    createActions();
    restoreSettings();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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
    const int index = m_tabs->addTab(page, model->title());
    m_tabs->setTabToolTip(index, model->summary());
    m_tabs->setCurrentIndex(index);
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
    QMessageBox::about(this, tr("About CreditDesk"),
                       tr("<h3>CreditDesk %1</h3><p>Workbench for credit-information officers: the list of judgment "
                          "defaulters, joint punishment, objections and credit repair.</p><p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
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
