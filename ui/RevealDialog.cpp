#include "RevealDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

RevealDialog::RevealDialog(const QString &identifierLabel, const QString &subjectName, int minutes, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Show the full identifier"));
    auto *intro = new QLabel(tr("You are about to see the full %1 of %2. It is shown for %n minute(s) and the reveal "
                                "is recorded in the audit journal with your reason.",
                                nullptr, minutes)
                                 .arg(identifierLabel, subjectName),
                             this);
    intro->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Reason, e.g. verifying identity for objection case 12"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Show"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevealDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString RevealDialog::reason() const
{
    return m_reason->text();
}

void RevealDialog::showError(const QString &message)
{
    m_message->setText(message);
}

} // namespace creditdesk
