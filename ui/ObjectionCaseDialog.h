#pragma once

#include "domain/Actor.h"
#include "workflow/ObjectionService.h"

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace creditdesk {

/// One objection case: its facts and clock, the history of its steps, the evidence files (add,
/// view), and a button for each step the route allows next and the officer's role permits.
class ObjectionCaseDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectionCaseDialog(ObjectionService &service, const Actor &actor, qint64 objectionId, QWidget *parent = nullptr);

    /// Re-reads the case from the database.
    void reload();
    QTableWidget *historyView() const { return m_history; }

Q_SIGNALS:
    void changed();

private:
    void takeStep(ObjectionState to);
    void addEvidence();
    void viewEvidence();

    ObjectionService &m_service;
    Actor m_actor;
    qint64 m_id;
    QLabel *m_facts;
    QLabel *m_clock;
    QTableWidget *m_history;
    QListWidget *m_evidence;
    QHBoxLayout *m_steps;
};

} // namespace creditdesk
