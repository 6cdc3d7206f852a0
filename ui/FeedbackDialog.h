#pragma once

#include "domain/Dossier.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace creditdesk {

/// Asks an officer for a department's feedback on one applied measure: how the department
/// handled the subject, the result, the action taken, the day, and who reported it.
class FeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackDialog(const AppliedMeasure &measure, const QDate &today, QWidget *parent = nullptr);
    Feedback feedback() const;
    void showError(const QString &message);

private:
    QComboBox *m_handling;
    QPlainTextEdit *m_result;
    QLineEdit *m_action;
    QDateEdit *m_occurredOn;
    QLineEdit *m_reportedBy;
    QLabel *m_message;
};

} // namespace creditdesk
