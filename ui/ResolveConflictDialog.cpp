#include "ResolveConflictDialog.h"

#include "domain/Objection.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

QLabel *valueLabel(const QString &text, bool differs)
{
    auto *label = new QLabel(text.toHtmlEscaped());
    label->setTextFormat(Qt::RichText);
    if (differs)
        label->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResolveConflictDialog::ResolveConflictDialog(const SyncRepository::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Resolve conflict %1").arg(conflict.id));
    const QJsonObject event = conflict.change.payload.value(QStringLiteral("event")).toObject();
    const QJsonObject refusedCase = conflict.change.payload.value(QStringLiteral("objection")).toObject();
    const auto refusedState = static_cast<ObjectionState>(event.value(QStringLiteral("to_state")).toInt());
    const auto currentState = static_cast<ObjectionState>(conflict.currentState);
    const QString refusedDecider = refusedCase.value(QStringLiteral("decided_by")).toString();

    auto *intro = new QLabel(tr("Another desk changed objection %1 (case %2) before this desk's step reached the "
                                "server. The other desk's step stands on every desk; this desk's step was kept "
                                "here.")
                                 .arg(conflict.objectionId)
                                 .arg(conflict.caseNumber));
    intro->setWordWrap(true);
    auto *corrections = new QLabel(tr("The refused step corrected this desk's listing record; those corrections are "
                                      "not undone by themselves: check the record in the dossier."));
    corrections->setWordWrap(true);
    corrections->setVisible(
        !event.value(QStringLiteral("details")).toObject().value(QStringLiteral("changes")).toArray().isEmpty());

    auto *comparison = new QGroupBox(tr("Compare"));
    auto *grid = new QGridLayout(comparison);
    grid->addWidget(new QLabel(tr("<b>This desk's step (refused)</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>The case now</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("State")), 1, 0);
    grid->addWidget(valueLabel(objectionStateText(refusedState), refusedState != currentState), 1, 1);
    grid->addWidget(valueLabel(objectionStateText(currentState), refusedState != currentState), 1, 2);
    grid->addWidget(new QLabel(tr("Decided by")), 2, 0);
    grid->addWidget(valueLabel(refusedDecider, refusedDecider != conflict.currentDecidedBy), 2, 1);
    grid->addWidget(valueLabel(conflict.currentDecidedBy, refusedDecider != conflict.currentDecidedBy), 2, 2);
    grid->addWidget(new QLabel(tr("Step taken by")), 3, 0);
    grid->addWidget(valueLabel(conflict.change.actor, false), 3, 1);
    grid->addWidget(new QLabel(tr("Reason")), 4, 0);
    grid->addWidget(valueLabel(conflict.change.reason, false), 4, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Recorded")), 5, 0);
    const QDateTime recorded = QDateTime::fromString(conflict.change.recordedAt, Qt::ISODateWithMs);
    grid->addWidget(valueLabel(recorded.isValid() ? QLocale().toString(recorded.toLocalTime(), QLocale::ShortFormat)
                                                  : conflict.change.recordedAt,
                               false),
                    5, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *choice = new QGroupBox(tr("Resolution"));
    auto *choiceLayout = new QVBoxLayout(choice);
    m_otherDecisionStands = new QRadioButton(tr("The other desk's decision stands"));
    m_takeStepAgain =
        new QRadioButton(tr("This desk's step is to be taken again on the case as it is now (after this resolution)"));
    m_otherDecisionStands->setChecked(true);
    choiceLayout->addWidget(m_otherDecisionStands);
    choiceLayout->addWidget(m_takeStepAgain);

    m_reason = new QPlainTextEdit;
    m_reason->setPlaceholderText(tr("Why (required; recorded in the audit journal)"));
    m_reason->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Resolve"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(corrections);
    layout->addWidget(comparison);
    layout->addWidget(choice);
    layout->addWidget(new QLabel(tr("Reason:")));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(640, 480);
}

SyncService::Resolution ResolveConflictDialog::resolution() const
{
    return m_takeStepAgain->isChecked() ? SyncService::Resolution::TakeStepAgain
                                        : SyncService::Resolution::OtherDecisionStands;
}

QString ResolveConflictDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace creditdesk
