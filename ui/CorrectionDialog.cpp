#include "CorrectionDialog.h"

#include "domain/ListingCorrection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace creditdesk {

CorrectionDialog::CorrectionDialog(const QString &caseNumber, QWidget *parent)
    : QDialog(parent),
      m_field(new QComboBox(this)),
      m_value(new QLineEdit(this)),
      m_reason(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Request a correction of %1").arg(caseNumber));
    for (const QString &field : ListingCorrection::correctableFields())
        m_field->addItem(ListingCorrection::fieldText(field), field);
    m_reason->setPlaceholderText(tr("e.g. the court's letter of 2 November 2026"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *intro =
        new QLabel(tr("A reviewer other than you decides the correction; the listing changes only then."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Corrected value:"), m_value);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CorrectionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString CorrectionDialog::field() const
{
    return m_field->currentData().toString();
}

QString CorrectionDialog::value() const
{
    return m_value->text();
}

QString CorrectionDialog::reason() const
{
    return m_reason->text();
}

void CorrectionDialog::showError(const QString &message)
{
    m_message->setText(message);
}

} // namespace creditdesk
