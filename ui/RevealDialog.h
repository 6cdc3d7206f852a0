#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace creditdesk {

/// Asks why the officer needs to see a full identifier. The reason goes into the audit journal
/// together with the reveal.
class RevealDialog : public QDialog
{
    Q_OBJECT

public:
    RevealDialog(const QString &identifierLabel, const QString &subjectName, int minutes, QWidget *parent = nullptr);
    QString reason() const;
    void showError(const QString &message);
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace creditdesk
