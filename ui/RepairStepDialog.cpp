#include "RepairStepDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

RepairStepDialog::RepairStepDialog(RepairState to, const QDate &earliest, QWidget *parent)
    : QDialog(parent), m_on(new QDateEdit(QDate::currentDate(), this)), m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(repairStepText(to));
    m_on->setCalendarPopup(true);
    m_on->setMinimumDate(earliest);
    m_on->setMaximumDate(QDate::currentDate());
    m_reason->setPlaceholderText(tr("The reason; it goes into the application and the audit journal"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_on);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (to == RepairState::Repaired) {
        auto *effects = new QLabel(tr("Repair stops publication of the information, ends every measure applied "
                                      "because of it, and queues a notification to each implementing department, in "
                                      "one step. The history keeps everything."),
                                   this);
        effects->setWordWrap(true);
        effects->setStyleSheet(QStringLiteral("color: #9a6000"));
        layout->addWidget(effects);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(repairStepText(to));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QDate RepairStepDialog::on() const
{
    return m_on->date();
}

QString RepairStepDialog::reason() const
{
    return m_reason->toPlainText();
}

void RepairStepDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

} // namespace creditdesk
