#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace creditdesk {

class PolicyService;
class UserService;

/// The admin's page: user accounts with their roles (add, change roles, reset a password) and
/// the security policy (masking of resident ID numbers, lock-out, idle lock, reveal time, four
/// eyes). Every change asks for a reason and is audited by the services.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(UserService &users, PolicyService &policies, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *userTable() const { return m_userTable; }
    QLabel *statusLabel() const { return m_status; }
    void refreshUsers();
    /// Saves the policy form with \a reason; returns false and shows why when refused.
    bool savePolicy(const QString &reason);
    QSpinBox *keepStartBox() const { return m_keepStart; }
    QSpinBox *keepEndBox() const { return m_keepEnd; }

private:
    void loadPolicy();
    void addUser();
    void resetPassword();
    void changeRoles();
    QString selectedUser() const;
    QString askReason(const QString &title);

    UserService &m_userService;
    PolicyService &m_policyService;
    Actor m_actor;
    QTableWidget *m_userTable;
    QSpinBox *m_keepStart;
    QSpinBox *m_keepEnd;
    QSpinBox *m_lockoutAttempts;
    QSpinBox *m_lockoutMinutes;
    QSpinBox *m_idleMinutes;
    QSpinBox *m_revealMinutes;
    QCheckBox *m_fourEyes;
    QLabel *m_status;
};

} // namespace creditdesk
