#include "FeedbackDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace creditdesk {

FeedbackDialog::FeedbackDialog(const AppliedMeasure &measure, const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_handling(new QComboBox(this)),
      m_result(new QPlainTextEdit(this)),
      m_action(new QLineEdit(this)),
      m_occurredOn(new QDateEdit(today, this)),
      m_reportedBy(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Record feedback"));
    for (int handling = 1; handling <= 4; ++handling)
        m_handling->addItem(feedbackHandlingText(handling), handling);
    m_result->setTabChangesFocus(true);
    m_result->setPlaceholderText(tr("e.g. the application for a bidding licence was refused"));
    m_result->setFixedHeight(m_result->fontMetrics().lineSpacing() * 4);
    m_action->setPlaceholderText(tr("e.g. licence refused under the measure"));
    m_occurredOn->setCalendarPopup(true);
    // Between the day the measure was applied and the day it was lifted, never after today.
    m_occurredOn->setDateRange(measure.startedOn.isValid() ? measure.startedOn : QDate(1990, 1, 1),
                               measure.endedOn.isValid() ? std::min(measure.endedOn, today) : today);
    m_action->setMaxLength(500);
    m_reportedBy->setMaxLength(100);
    m_reportedBy->setText(measure.department);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *intro = new QLabel(tr("%1\nApplied by %2 since %3, case %4.")
                                 .arg(measure.measureTitle, measure.department,
                                      QLocale().toString(measure.startedOn, QLocale::ShortFormat), measure.caseNumber),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Handling:"), m_handling);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("&Action taken:"), m_action);
    form->addRow(tr("&Date:"), m_occurredOn);
    form->addRow(tr("Reported &by:"), m_reportedBy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Feedback FeedbackDialog::feedback() const
{
    return Feedback{m_handling->currentData().toInt(), m_result->toPlainText(), m_action->text(), m_occurredOn->date(),
                    m_reportedBy->text()};
}

void FeedbackDialog::showError(const QString &message)
{
    m_message->setText(message);
}

} // namespace creditdesk
