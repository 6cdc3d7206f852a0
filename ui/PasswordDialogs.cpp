#include "PasswordDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

QLineEdit *passwordField(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    return label;
}

} // namespace

FirstAdminDialog::FirstAdminDialog(AuthenticationService &service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_user(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_password(passwordField(this)),
      m_repeat(passwordField(this)),
      m_message(messageLabel(this))
{
    setWindowTitle(tr("First administrator"));
    auto *intro = new QLabel(tr("This database has no users yet. Create the administrator account; the "
                                "administrator then adds officers, reviewers and auditors."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void FirstAdminDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    auto result =
        m_service.createFirstAdmin(m_user->text(), m_displayName->text(), m_password->text(), QStringLiteral("gui"));
    if (!result) {
        m_message->setText(result.error());
        return;
    }
    m_signedIn = result.value();
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(AuthenticationService &service, const Actor &actor, bool forced,
                                           QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_current(passwordField(this)),
      m_password(passwordField(this)),
      m_repeat(passwordField(this)),
      m_message(messageLabel(this))
{
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    if (forced) {
        auto *intro = new QLabel(tr("An administrator reset your password. Choose a new one before you go on."), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    const Status changed = m_service.changePassword(m_actor, m_current->text(), m_password->text());
    if (!changed) {
        m_message->setText(changed.error());
        return;
    }
    QDialog::accept();
}

} // namespace creditdesk
