#include "ScreeningReviewDialog.h"

#include "ScreeningDecisionDialog.h"
#include "domain/Listing.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

const char *differenceStyle = "background-color:#ffd8b8; color:#7a2300; font-weight:bold";

} // namespace

QString highlightedHtml(const QString &text, const QList<int> &positions, bool highlightAll)
{
    if (text.isEmpty())
        return QStringLiteral("<i>—</i>");
    if (highlightAll)
        return QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(differenceStyle), text.toHtmlEscaped());
    QString html;
    for (int i = 0; i < text.size(); ++i) {
        const QString character = QString(text.at(i)).toHtmlEscaped();
        html += positions.contains(i)
                    ? QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(differenceStyle), character)
                    : character;
    }
    return html;
}

ScreeningReviewDialog::ScreeningReviewDialog(ScreeningReviewService &service, const Actor &actor, qint64 batchId,
                                             int line, qint64 subjectId, const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_batchId(batchId),
      m_line(line),
      m_subjectId(subjectId),
      m_today(today),
      m_heading(new QLabel(this)),
      m_match(new QLabel(this)),
      m_fields(new QGridLayout),
      m_history(new QLabel(this)),
      m_confirm(new QPushButton(tr("&Confirmed hit…"), this)),
      m_notSame(new QPushButton(tr("&Not the same person…"), this)),
      m_secondConfirm(new QPushButton(tr("Con&firm as second officer…"), this)),
      m_reject(new QPushButton(tr("&Reject the proposal…"), this))
{
    setWindowTitle(tr("Review a screening match"));
    m_heading->setWordWrap(true);
    m_match->setWordWrap(true);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    auto *comparison = new QGroupBox(tr("Side by side (differences highlighted)"), this);
    comparison->setLayout(m_fields);
    auto *history = new QGroupBox(tr("Decisions"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notSame, QDialogButtonBox::ActionRole);
    buttons->addButton(m_secondConfirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reject, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(comparison);
    layout->addWidget(m_match);
    layout->addWidget(history);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ScreeningReviewDialog::proposeHit);
    connect(m_notSame, &QPushButton::clicked, this, &ScreeningReviewDialog::decideNotSame);
    connect(m_secondConfirm, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { settle(false); });
    resize(760, 560);
    reload();
}

QString ScreeningReviewDialog::fieldHtml(int field, bool listed) const
{
    if (!m_comparison || field < 0 || field >= m_comparison->fields.size())
        return {};
    const ComparedField &compared = m_comparison->fields.at(field);
    const bool wholeDiffers = !compared.equal && compared.differingPositions.isEmpty();
    return highlightedHtml(listed ? compared.listed : compared.applicant, compared.differingPositions, wholeDiffers);
}

void ScreeningReviewDialog::reload()
{
    auto comparison = m_service.compare(m_actor, m_batchId, m_line, m_subjectId);
    while (QLayoutItem *item = m_fields->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!comparison) {
        m_comparison.reset();
        m_heading->setText(comparison.error());
        for (QPushButton *button : {m_confirm, m_notSame, m_secondConfirm, m_reject})
            button->setVisible(false);
        return;
    }
    m_comparison = comparison.value();
    const ScreeningComparison &shown = *m_comparison;
    m_heading->setText(
        tr("<b>Row %1</b> of batch %2 — %3").arg(m_line).arg(m_batchId).arg(shown.row.name.toHtmlEscaped()));
    m_fields->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    m_fields->addWidget(new QLabel(tr("<b>Applicant (row %1)</b>").arg(m_line), this), 0, 1);
    m_fields->addWidget(new QLabel(tr("<b>Listed subject</b>"), this), 0, 2);
    for (int field = 0; field < shown.fields.size(); ++field) {
        const ComparedField &compared = shown.fields.at(field);
        m_fields->addWidget(
            new QLabel(compared.equal ? tr("%1 ✔").arg(compared.label) : tr("%1 ≠").arg(compared.label), this),
            field + 1, 0);
        auto *applicant = new QLabel(fieldHtml(field, false), this);
        auto *listed = new QLabel(fieldHtml(field, true), this);
        for (QLabel *label : {applicant, listed}) {
            label->setTextFormat(Qt::RichText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        m_fields->addWidget(applicant, field + 1, 1);
        m_fields->addWidget(listed, field + 1, 2);
    }
    m_fields->setColumnStretch(1, 1);
    m_fields->setColumnStretch(2, 1);
    const ListedSide &listed = shown.listed;
    QString standing = shown.match.whitelistId > 0
                           ? tr("cleared by whitelist entry %1").arg(shown.match.whitelistId)
                           : (shown.match.inForce ? tr("listing in force") : tr("past listing"));
    m_match->setText(tr("Score %1 (%2). Listing %3, %4, decided %5 — %6, %7.")
                         .arg(QLocale().toString(shown.match.score, 'f', 2), shown.match.explanation, listed.caseNumber,
                              listed.courtName, QLocale().toString(listed.decisionDate, QLocale::ShortFormat),
                              publicationStateText(static_cast<PublicationState>(listed.publicationState)), standing));
    QStringList lines;
    std::optional<ScreeningDecision> open;
    for (const ScreeningDecision &decision : shown.decisions) {
        QString line = tr("%1 by %2 (%3): %4")
                           .arg(screeningDecisionKindText(decision.kind), decision.decidedBy.toHtmlEscaped(),
                                decision.decidedAt, decision.reason.toHtmlEscaped());
        if (!decision.secondBy.isEmpty())
            line += tr("<br>&nbsp;&nbsp;%1 by %2 (%3): %4")
                        .arg(screeningDecisionStateText(decision.state), decision.secondBy.toHtmlEscaped(),
                             decision.secondAt, decision.secondReason.toHtmlEscaped());
        else
            line += QStringLiteral(" — ") + screeningDecisionStateText(decision.state);
        lines.append(line);
        if (decision.state != ScreeningDecisionState::Rejected)
            open = decision;
    }
    m_history->setText(lines.isEmpty() ? tr("No decision yet.") : lines.join(QStringLiteral("<br>")));
    const bool officer = m_actor.may(Action::ScreenApplicants);
    m_confirm->setVisible(officer && !open && shown.match.inForce && shown.match.whitelistId == 0);
    m_notSame->setVisible(officer && !open);
    const bool awaitingSecond = open && open->state == ScreeningDecisionState::Proposed;
    const bool mayBeSecond =
        m_actor.may(Action::ConfirmScreeningHit) && awaitingSecond && open->decidedBy != m_actor.userName;
    m_secondConfirm->setVisible(mayBeSecond);
    m_reject->setVisible(mayBeSecond);
    m_secondConfirm->setProperty("decision", open ? open->id : 0);
}

void ScreeningReviewDialog::report(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, windowTitle(), status.error());
    reload();
    if (status)
        Q_EMIT changed();
}

void ScreeningReviewDialog::proposeHit()
{
    ScreeningDecisionDialog dialog(
        tr("Confirmed hit"),
        tr("The applicant is the listed subject. A second officer confirms this before it takes effect."), false,
        m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto proposed = m_service.proposeConfirmedHit(m_actor, m_batchId, m_line, m_subjectId, dialog.reason());
    report(proposed ? Status{} : Status{Error{proposed.error()}});
}

void ScreeningReviewDialog::decideNotSame()
{
    ScreeningDecisionDialog dialog(tr("Not the same person"),
                                   tr("The applicant is someone else than the listed subject."), true, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto decided = m_service.decideNotSamePerson(m_actor, m_batchId, m_line, m_subjectId, dialog.reason(),
                                                 dialog.whitelistUntil(), m_today);
    report(decided ? Status{} : Status{Error{decided.error()}});
}

void ScreeningReviewDialog::settle(bool confirm)
{
    const qint64 decisionId = m_secondConfirm->property("decision").toLongLong();
    ScreeningDecisionDialog dialog(confirm ? tr("Confirm the hit") : tr("Reject the proposal"),
                                   confirm ? tr("You confirm, as the second officer, that the applicant is the listed "
                                                "subject.")
                                           : tr("You do not confirm the hit; the match is open for review again."),
                                   false, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(m_service.settleConfirmation(m_actor, decisionId, confirm, dialog.reason()));
}

} // namespace creditdesk
