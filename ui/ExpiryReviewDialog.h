#pragma once

#include "domain/Actor.h"
#include "workflow/ExpiryService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace creditdesk {

/// The expiry job's proposal for an officer to confirm: listings whose fixed period has ended
/// (with the deletion's due date, overdue in red) and breach information past its maximum
/// publication period. Nothing changes until the officer gives a reason and confirms; the
/// confirmation shows progress and can be cancelled (then nothing is applied).
class ExpiryReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ExpiryReviewDialog(ExpiryService &service, const Actor &actor, const ExpiryProposal &proposal,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void applied();

private:
    void confirm();

    ExpiryService &m_service;
    Actor m_actor;
    ExpiryProposal m_proposal;
    QTableWidget *m_table;
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    QLabel *m_status;
};

} // namespace creditdesk
