#include "RegisterRepairDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

RegisterRepairDialog::RegisterRepairDialog(const BreachRecord &record, QWidget *parent)
    : QDialog(parent),
      m_breachId(record.id),
      m_applicant(new QLineEdit(this)),
      m_contact(new QLineEdit(this)),
      m_received(new QDateEdit(QDate::currentDate(), this)),
      m_statement(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Apply for credit repair"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(QDate::currentDate());
    m_statement->setPlaceholderText(tr("What the applicant corrected and performed, in their words"));
    m_statement->setMaximumHeight(90);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *hint = new QLabel(tr("After registering, add the proof of performance and the signed credit commitment "
                               "to the application (Tools → Credit repair)."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(
        tr("Breach information:"),
        new QLabel(
            QStringLiteral("%1 · %2 · %3").arg(breachTierText(record.tier), record.authority, record.documentNumber),
            this));
    form->addRow(tr("&Applicant:"), m_applicant);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("&Statement:"), m_statement);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(540, sizeHint().height());
}

RepairDraft RegisterRepairDialog::draft() const
{
    return {m_breachId, m_applicant->text(), m_contact->text(), m_received->date(), m_statement->toPlainText()};
}

void RegisterRepairDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace creditdesk
