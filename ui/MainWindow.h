#pragma once

#include <QMainWindow>

#include <functional>

class QSettings;
class QTabWidget;

namespace creditdesk {

class DossierModel;
class SearchPage;
class SearchResultModel;

/// The main window: the search page as the first tab and one closable tab per opened dossier.
/// Remembers its geometry, the search columns and the last query.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Makes a new, empty dossier model; the window loads a subject into it.
    using DossierFactory = std::function<DossierModel *()>;

    MainWindow(SearchResultModel &searchModel, DossierFactory dossierFactory, QSettings &settings,
               const QString &databaseDescription, QWidget *parent = nullptr);

    SearchPage *searchPage() const { return m_searchPage; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Opens (or brings forward) the dossier of \a subjectId.
    void openSubject(qint64 subjectId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings();
    void closeTab(int index);
    void showAbout();

    SearchResultModel &m_searchModel;
    DossierFactory m_dossierFactory;
    QSettings &m_settings;
    QTabWidget *m_tabs;
    SearchPage *m_searchPage;
};

} // namespace creditdesk
