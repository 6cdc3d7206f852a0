#pragma once

#include "workflow/AuthenticationService.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace creditdesk {

/// Asks for user name and password and signs in through the authentication service. In unlock
/// mode (idle lock) the user name is fixed and only the password is asked for.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AuthenticationService &service, const QString &databaseName, QWidget *parent = nullptr);

    /// Fixes the user name: the window was locked and this user unlocks it.
    void setUnlockUser(const QString &userName);
    void setUserName(const QString &userName);
    const AuthenticationService::SignedIn &signedIn() const { return m_signedIn; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    AuthenticationService &m_service;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QString m_unlockUser;
    AuthenticationService::SignedIn m_signedIn;
};

} // namespace creditdesk
