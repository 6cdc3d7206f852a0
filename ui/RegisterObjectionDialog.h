#pragma once

#include "workflow/ObjectionService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace creditdesk {

/// Registers an objection against one listing: applicant (the subject or an agent), channel,
/// date received, route, grounds and the disputed fields. Errors from the service are shown in
/// the dialog, which stays open so nothing typed is lost.
class RegisterObjectionDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterObjectionDialog(qint64 listingId, const QString &caseNumber, QWidget *parent = nullptr);

    ObjectionDraft draft() const;
    void showError(const QString &message);

private:
    qint64 m_listingId;
    QLineEdit *m_applicant;
    QCheckBox *m_agent;
    QLineEdit *m_contact;
    QComboBox *m_channel;
    QDateEdit *m_received;
    QComboBox *m_route;
    QComboBox *m_ground;
    QPlainTextEdit *m_grounds;
    QListWidget *m_fields;
    QLabel *m_error;
};

} // namespace creditdesk
