#pragma once

#include "domain/Subject.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace creditdesk {

class DossierModel;
class RepairEligibilityPanel;

/// A subject's dossier: identity (ID number masked), listings with state and dates, applied
/// measures grouped by category with departments' feedback, and the dated history.
class DossierPage : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of \a model.
    explicit DossierPage(DossierModel *model, QWidget *parent = nullptr);
    /// How long a revealed identifier stays visible, for the reveal prompt's text.
    void setRevealMinutes(int minutes) { m_revealMinutes = minutes; }

    DossierModel *model() const { return m_model; }
    QTableView *listingView() const { return m_listings; }
    QTreeView *measureView() const { return m_measures; }
    QTableView *historyView() const { return m_history; }
    QTableView *breachView() const { return m_breaches; }
    RepairEligibilityPanel *eligibilityPanel() const { return m_eligibility; }
    /// Shows section 0 (listings), 1 (measures and feedback), 2 (history) or 3 (breach
    /// information and repair).
    void showSection(int section);

private:
    void refresh();
    void refreshIdentity();
    void requestReveal(IdentifierType type, const QString &label);
    void requestCorrection();
    void registerObjection();
    void recordCourtDecision();
    void registerRepair();
    void recordFeedback();
    void showEligibility();

    DossierModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QFormLayout *m_identity;
    QTabWidget *m_sections;
    QTableView *m_listings;
    QTreeView *m_measures;
    QTableView *m_history;
    QTableView *m_breaches;
    RepairEligibilityPanel *m_eligibility;
    int m_revealMinutes = 5;
};

} // namespace creditdesk
