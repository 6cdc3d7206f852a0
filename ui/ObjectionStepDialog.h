#pragma once

#include "workflow/ObjectionService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace creditdesk {

/// Takes one step of an objection case: the date it happened and the reason, and for
/// decisions what they need — the court's outcome and document, and for a correction which
/// fields of the record change to what (or whether the listing is revoked or deleted).
class ObjectionStepDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectionStepDialog(const Objection &objection, ObjectionState to, QWidget *parent = nullptr);

    ObjectionStep step() const;
    void showError(const QString &message);

private:
    void updateCorrections();

    ObjectionState m_to;
    QDateEdit *m_on;
    QPlainTextEdit *m_reason;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_decision = nullptr;
    QTableWidget *m_changes = nullptr;
    QComboBox *m_record = nullptr;
    QLabel *m_error;
};

} // namespace creditdesk
