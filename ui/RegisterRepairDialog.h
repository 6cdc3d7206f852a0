#pragma once

#include "workflow/RepairService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace creditdesk {

/// Registers a credit repair application on one item of breach information: who applies, when
/// it arrived and what they say they corrected. Evidence is added to the application afterwards.
class RegisterRepairDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterRepairDialog(const BreachRecord &record, QWidget *parent = nullptr);

    RepairDraft draft() const;
    void showError(const QString &message);

private:
    qint64 m_breachId;
    QLineEdit *m_applicant;
    QLineEdit *m_contact;
    QDateEdit *m_received;
    QPlainTextEdit *m_statement;
    QLabel *m_error;
};

} // namespace creditdesk
