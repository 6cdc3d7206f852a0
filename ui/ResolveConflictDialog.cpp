#include "ResolveConflictDialog.h"

#include "ConflictDescription.h"

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

#include <algorithm>

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
    const ConflictDescription description(conflict);
    const int refusedState = description.refusedState();
    const QString refusedDecider = description.refusedDecider();

    auto *intro = new QLabel(tr("%1 (%2) was changed by another desk before this desk's change reached the server. "
                                "The other desk's change stands on every desk; this desk's change was kept here.")
                                 .arg(description.caseTitle(), conflict.caseNumber));
    intro->setWordWrap(true);
    auto *corrections = new QLabel(description.leftBehindText());
    corrections->setWordWrap(true);
    corrections->setVisible(!corrections->text().isEmpty());

    auto *comparison = new QGroupBox(tr("Compare"));
    auto *grid = new QGridLayout(comparison);
    grid->addWidget(new QLabel(tr("<b>This desk's change (refused)</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>The case now</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("State")), 1, 0);
    grid->addWidget(valueLabel(description.refusedChangeText(), refusedState != conflict.currentState), 1, 1);
    grid->addWidget(valueLabel(description.stateText(conflict.currentState), refusedState != conflict.currentState), 1,
                    2);
    grid->addWidget(new QLabel(tr("Decided by")), 2, 0);
    grid->addWidget(valueLabel(refusedDecider, refusedDecider != conflict.currentDecidedBy), 2, 1);
    grid->addWidget(valueLabel(conflict.currentDecidedBy, refusedDecider != conflict.currentDecidedBy), 2, 2);
    grid->addWidget(new QLabel(tr("Changed by")), 3, 0);
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
    // A listing leaves the list once, a correction is decided once and a whitelist entry revoked
    // once: the other desk's mirror of the court's decision, decision or revocation stands.
    m_takeStepAgain->setEnabled(description.kind() == ConflictDescription::Kind::Objection
                                || description.kind() == ConflictDescription::Kind::Repair);
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
    // Tall enough for the wrapped texts at this width (the explanation of what a refused change
    // left behind adds lines).
    constexpr int width = 640;
    resize(width, std::max(480, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                            : layout->totalSizeHint().height()));
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
