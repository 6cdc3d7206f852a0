#pragma once

#include "workflow/AuthenticationService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace creditdesk {

/// Creates the first administrator of a new (non-demo) database.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdminDialog(AuthenticationService &service, QWidget *parent = nullptr);
    const AuthenticationService::SignedIn &signedIn() const { return m_signedIn; }
    void accept() override;

private:
    AuthenticationService &m_service;
    QLineEdit *m_user;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
    AuthenticationService::SignedIn m_signedIn;
};

/// Changes the signed-in user's password; forced after an admin reset.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(AuthenticationService &service, const Actor &actor, bool forced, QWidget *parent = nullptr);
    void accept() override;

private:
    AuthenticationService &m_service;
    Actor m_actor;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace creditdesk
