#include "CourtDecisionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

CourtDecisionDialog::CourtDecisionDialog(const Listing &listing, const WorkingCalendar &calendar, QWidget *parent)
    : QDialog(parent),
      m_listing(listing),
      m_calendar(calendar),
      m_kind(new QComboBox(this)),
      m_event(new QComboBox(this)),
      m_decided(new QDateEdit(QDate::currentDate(), this)),
      m_due(new QLabel(this)),
      m_document(new QLineEdit(this)),
      m_creditor(new QLineEdit(this)),
      m_reason(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Record the court's decision"));
    m_kind->addItem(tr("Deletion (Art. 10)"), static_cast<int>(ListingExitKind::Deletion));
    m_kind->addItem(tr("Revocation of a wrongful listing (Art. 9)"), static_cast<int>(ListingExitKind::Revocation));
    for (const DeletionEvent event : ListingExitRules::deletionEvents()) {
        if (event != DeletionEvent::PeriodEnded || listing.periodEnd().isValid())
            m_event->addItem(deletionEventText(event), static_cast<int>(event));
    }
    m_decided->setCalendarPopup(true);
    m_decided->setMaximumDate(QDate::currentDate());
    m_document->setPlaceholderText(tr("e.g. (2026)皖0102执恢12号决定书"));
    m_creditor->setPlaceholderText(tr("The creditor who applied for the deletion"));
    m_reason->setPlaceholderText(tr("Why the office records this now; it goes into the audit journal"));
    m_reason->setMaximumHeight(70);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *effects = new QLabel(tr("The listing leaves the list on the court's date. Every measure applied because of "
                                  "it ends today, and each implementing department is notified in the next exchange "
                                  "package. The history keeps everything."),
                               this);
    effects->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Listing:"), new QLabel(listing.caseNumber, this));
    form->addRow(tr("&Decision:"), m_kind);
    form->addRow(tr("Art. 10 &event:"), m_event);
    form->addRow(tr("Court decided &on:"), m_decided);
    form->addRow(tr("Mirror due by:"), m_due);
    form->addRow(tr("Court do&cument:"), m_document);
    form->addRow(tr("Credi&tor:"), m_creditor);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(effects);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CourtDecisionDialog::update);
    connect(m_event, &QComboBox::currentIndexChanged, this, &CourtDecisionDialog::update);
    connect(m_decided, &QDateEdit::dateChanged, this, &CourtDecisionDialog::update);
    update();
    resize(560, sizeHint().height());
}

void CourtDecisionDialog::update()
{
    const bool deletion = m_kind->currentData().toInt() == static_cast<int>(ListingExitKind::Deletion);
    m_event->setEnabled(deletion);
    const auto event = static_cast<DeletionEvent>(m_event->currentData().toInt());
    m_creditor->setEnabled(deletion && event == DeletionEvent::CreditorApplied);
    if (deletion && event == DeletionEvent::PeriodEnded && m_listing.periodEnd().isValid()) {
        m_decided->setDate(m_listing.periodEnd());
        m_decided->setEnabled(false);
    } else {
        m_decided->setEnabled(true);
    }
    auto due = ListingExitRules::dueDate(m_decided->date(), m_calendar);
    const QDate today = QDate::currentDate();
    if (!due) {
        m_due->setText(due.error());
        return;
    }
    const QString date = QLocale().toString(due.value(), QLocale::LongFormat);
    m_due->setText(due.value() < today ? tr("%1 — already past: the record will show it as late").arg(date) : date);
    m_due->setStyleSheet(due.value() < today ? QStringLiteral("color: #b00020") : QString());
}

CourtDecision CourtDecisionDialog::decision() const
{
    CourtDecision decision;
    decision.kind = static_cast<ListingExitKind>(m_kind->currentData().toInt());
    decision.event = decision.kind == ListingExitKind::Deletion
                         ? static_cast<DeletionEvent>(m_event->currentData().toInt())
                         : DeletionEvent::None;
    decision.courtDecidedOn = m_decided->date();
    decision.documentNumber = m_document->text();
    decision.creditor = m_creditor->isEnabled() ? m_creditor->text() : QString();
    decision.reason = m_reason->toPlainText();
    return decision;
}

void CourtDecisionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace creditdesk
