#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

SignInDialog::SignInDialog(AuthenticationService &service, const QString &databaseName, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign in to CreditDesk"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *heading = new QLabel(tr("<b>CreditDesk</b><br>Database: %1").arg(databaseName.toHtmlEscaped()), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    if (m_service.isDemoDatabase()) {
        auto *hint = new QLabel(tr("Demo database: sign in as officer, reviewer, auditor or admin with the password "
                                   "\"demo\"."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::setUnlockUser(const QString &userName)
{
    m_unlockUser = userName;
    setWindowTitle(tr("CreditDesk is locked"));
    m_user->setText(userName);
    m_user->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The window was locked after a period without activity. Your work is kept; enter your "
                          "password to continue."));
    m_password->setFocus();
}

void SignInDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const QString userName = m_unlockUser.isEmpty() ? m_user->text() : m_unlockUser;
    auto result = m_service.signIn(userName, m_password->text(), QStringLiteral("gui"));
    m_password->clear();
    if (!result) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(result.error());
        m_password->setFocus();
        return;
    }
    m_signedIn = result.value();
    QDialog::accept();
}

} // namespace creditdesk
