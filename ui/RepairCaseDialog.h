#pragma once

#include "domain/Actor.h"
#include "domain/RepairApplication.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace creditdesk {

class RepairService;
class RepairEligibilityPanel;

/// One credit repair application: who applied and when, the breach information and its
/// eligibility under the application's rule set, the evidence (added and opened here), the
/// history of steps, and buttons for the steps the actor may take next. A decision asks for
/// its date and reason and says what it will set off.
class RepairCaseDialog : public QDialog
{
    Q_OBJECT

public:
    RepairCaseDialog(RepairService &service, const Actor &actor, qint64 applicationId, QWidget *parent = nullptr);

Q_SIGNALS:
    void changed();

private:
    void reload();
    void takeStep(RepairState to);
    void addEvidence();
    void openEvidence(int row);

    RepairService &m_service;
    Actor m_actor;
    qint64 m_applicationId;
    qint64 m_rowVersion = 0; ///< the version shown: a step names it, so a change meanwhile is refused
    QLabel *m_summary;
    RepairEligibilityPanel *m_eligibility;
    QTableWidget *m_evidence;
    QTableWidget *m_history;
    QHBoxLayout *m_steps;
    QList<qint64> m_evidenceIds;
};

} // namespace creditdesk
