#include "ScreeningDecisionDialog.h"

#include "screening/ScreeningDecision.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

ScreeningDecisionDialog::ScreeningDecisionDialog(const QString &title, const QString &question, bool offerWhitelist,
                                                 const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    layout->addWidget(questionLabel);
    auto *reasonLabel = new QLabel(tr("&Reason (recorded and audited):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    if (offerWhitelist) {
        m_whitelist = new QCheckBox(tr("&Whitelist this applicant against this listing until"), this);
        m_until = new QDateEdit(today.addMonths(6), this);
        m_until->setCalendarPopup(true);
        m_until->setMinimumDate(today);
        m_until->setMaximumDate(latestWhitelistEnd(today));
        m_until->setEnabled(false);
        m_until->setAccessibleName(tr("Whitelist until"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_whitelist);
        row->addWidget(m_until);
        row->addStretch(1);
        layout->addLayout(row);
        auto *note = new QLabel(tr("Later batches then clear this match instead of reporting it; the entry can be "
                                   "revoked at any time and lasts at most a year."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
        connect(m_whitelist, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    }
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 300);
}

QString ScreeningDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

std::optional<QDate> ScreeningDecisionDialog::whitelistUntil() const
{
    if (!m_whitelist || !m_whitelist->isChecked())
        return std::nullopt;
    return m_until->date();
}

} // namespace creditdesk
