#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace creditdesk {

/// Asks an officer for a correction of one field of a listing: which field, the corrected value
/// and the reason (e.g. the court's letter).
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(const QString &caseNumber, QWidget *parent = nullptr);
    QString field() const;
    QString value() const;
    QString reason() const;
    void showError(const QString &message);

private:
    QComboBox *m_field;
    QLineEdit *m_value;
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace creditdesk
