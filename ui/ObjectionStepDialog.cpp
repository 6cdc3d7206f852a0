#include "ObjectionStepDialog.h"

#include "domain/ListingCorrection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

ObjectionStepDialog::ObjectionStepDialog(const Objection &objection, ObjectionState to, QWidget *parent)
    : QDialog(parent),
      m_to(to),
      m_on(new QDateEdit(QDate::currentDate(), this)),
      m_reason(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Objection %1: %2").arg(objection.id).arg(objectionStepText(to)));
    m_on->setCalendarPopup(true);
    m_on->setMinimumDate(objection.receivedOn);
    m_on->setMaximumDate(QDate::currentDate());
    m_reason->setPlaceholderText(tr("Why: recorded in the case, the notice and the audit journal"));
    m_reason->setMaximumHeight(90);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(tr("%1, %2").arg(objection.subjectName, objection.caseNumber), this));
    form->addRow(tr("From:"), new QLabel(objectionStateText(objection.state), this));
    form->addRow(tr("&Date:"), m_on);
    form->addRow(tr("&Reason:"), m_reason);
    const bool courtDecision = to == ObjectionState::CourtDecided || to == ObjectionState::ReconsiderationDecided;
    if (courtDecision) {
        m_outcome = new QComboBox(this);
        m_outcome->addItem(tr("No error: the record stays"), static_cast<int>(ObjectionOutcome::Upheld));
        m_outcome->addItem(tr("The record is corrected"), static_cast<int>(ObjectionOutcome::Corrected));
        m_decision = new QLineEdit(this);
        m_decision->setPlaceholderText(tr("Document number and holding, e.g. （2026）皖01执异12号"));
        form->addRow(tr("&Outcome:"), m_outcome);
        form->addRow(tr("Court's &decision:"), m_decision);
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &ObjectionStepDialog::updateCorrections);
    }
    if (courtDecision || to == ObjectionState::Corrected) {
        m_changes = new QTableWidget(static_cast<int>(ListingCorrection::correctableFields().size()), 2, this);
        m_changes->setHorizontalHeaderLabels({tr("Field"), tr("New value (empty: unchanged)")});
        m_changes->horizontalHeader()->setStretchLastSection(true);
        m_changes->verticalHeader()->hide();
        int row = 0;
        for (const QString &field : ListingCorrection::correctableFields()) {
            auto *name = new QTableWidgetItem(ListingCorrection::fieldText(field));
            name->setData(Qt::UserRole, field);
            name->setFlags(Qt::ItemIsEnabled);
            m_changes->setItem(row, 0, name);
            m_changes->setItem(row++, 1, new QTableWidgetItem);
        }
        m_changes->setColumnWidth(0, 230);
        m_changes->setWordWrap(false);
        m_changes->setMaximumHeight(190);
        m_record = new QComboBox(this);
        m_record->addItem(tr("Stays published"), 0);
        m_record->addItem(tr("Revoked (wrongly listed)"), 3);
        m_record->addItem(tr("Deleted"), 4);
        form->addRow(tr("Corrections:"), m_changes);
        form->addRow(tr("The &listing:"), m_record);
        updateCorrections();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(objectionStepText(to));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void ObjectionStepDialog::updateCorrections()
{
    if (!m_changes)
        return;
    const bool corrects =
        !m_outcome || m_outcome->currentData().toInt() == static_cast<int>(ObjectionOutcome::Corrected);
    m_changes->setEnabled(corrects);
    m_record->setEnabled(corrects);
}

ObjectionStep ObjectionStepDialog::step() const
{
    ObjectionStep step;
    step.to = m_to;
    step.actedOn = m_on->date();
    step.reason = m_reason->toPlainText();
    if (m_outcome)
        step.outcome = static_cast<ObjectionOutcome>(m_outcome->currentData().toInt());
    if (m_decision)
        step.decisionText = m_decision->text();
    const bool corrects = m_changes && m_changes->isEnabled();
    if (corrects) {
        for (int row = 0; row < m_changes->rowCount(); ++row) {
            const QString value = m_changes->item(row, 1)->text().trimmed();
            if (!value.isEmpty())
                step.changes.append({m_changes->item(row, 0)->data(Qt::UserRole).toString(), value});
        }
        step.publicationState = m_record->currentData().toInt();
    }
    return step;
}

void ObjectionStepDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace creditdesk
