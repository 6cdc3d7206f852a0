#include "RepairEligibilityPanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace creditdesk {

RepairEligibilityPanel::RepairEligibilityPanel(QWidget *parent)
    : QGroupBox(tr("Repair eligibility"), parent),
      m_ruleSet(new QLabel(this)),
      m_earliest(new QLabel(this)),
      m_stop(new QLabel(this)),
      m_verdict(new QLabel(this)),
      m_conditions(new QVBoxLayout)
{
    m_ruleSet->setWordWrap(true);
    m_verdict->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Rule set:"), m_ruleSet);
    form->addRow(tr("Earliest repair date:"), m_earliest);
    form->addRow(tr("Publication stops by itself on:"), m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Conditions:"), this));
    layout->addLayout(m_conditions);
    layout->addWidget(m_verdict);
    layout->addStretch();
    showMessage(tr("Select breach information to see whether it can be repaired."));
}

void RepairEligibilityPanel::clearConditions()
{
    while (QLayoutItem *item = m_conditions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void RepairEligibilityPanel::showEligibility(const RepairEligibility &eligibility)
{
    clearConditions();
    const QLocale locale;
    m_ruleSet->setText(eligibility.ruleSetTitle.isEmpty()
                           ? eligibility.ruleSetCode
                           : tr("%1 (%2)").arg(eligibility.ruleSetTitle, eligibility.ruleSetCode));
    m_earliest->setText(locale.toString(eligibility.earliestRepairDate, QLocale::LongFormat));
    m_stop->setText(locale.toString(eligibility.automaticStopDate, QLocale::LongFormat));
    for (const RepairEligibility::Check &check : eligibility.checks) {
        auto *line = new QLabel(this);
        line->setWordWrap(true);
        line->setTextFormat(Qt::RichText);
        const QString mark = check.met ? QStringLiteral("<span style='color:#1b7f3b'>✔</span>")
                                       : QStringLiteral("<span style='color:#b00020'>✘</span>");
        line->setText(
            QStringLiteral("%1 <b>%2</b> — %3").arg(mark, check.text.toHtmlEscaped(), check.detail.toHtmlEscaped()));
        line->setAccessibleName(tr("%1: %2").arg(check.met ? tr("met") : tr("missing"), check.text));
        m_conditions->addWidget(line);
    }
    const auto missing = eligibility.missing();
    m_verdict->setText(missing.isEmpty() ? tr("All conditions are met: a reviewer may decide the repair.")
                                         : tr("%n condition(s) missing.", nullptr, static_cast<int>(missing.size())));
    m_verdict->setStyleSheet(missing.isEmpty() ? QStringLiteral("color: #1b7f3b; font-weight: bold")
                                               : QStringLiteral("color: #b00020; font-weight: bold"));
}

void RepairEligibilityPanel::showMessage(const QString &message)
{
    clearConditions();
    m_ruleSet->clear();
    m_earliest->clear();
    m_stop->clear();
    m_verdict->setStyleSheet({});
    m_verdict->setText(message);
}

} // namespace creditdesk
