#include "ObjectionCaseDialog.h"

#include "ObjectionStepDialog.h"
#include "domain/ListingCorrection.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace creditdesk {

ObjectionCaseDialog::ObjectionCaseDialog(ObjectionService &service, const Actor &actor, qint64 objectionId,
                                         QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_id(objectionId),
      m_facts(new QLabel(this)),
      m_clock(new QLabel(this)),
      m_history(new QTableWidget(0, 5, this)),
      m_evidence(new QListWidget(this)),
      m_steps(new QHBoxLayout)
{
    setWindowTitle(tr("Objection %1").arg(objectionId));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clock->setWordWrap(true);
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Step"), tr("By"), tr("Reason"), tr("Changes")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setColumnWidth(3, 220);
    m_history->setWordWrap(false);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QHBoxLayout(evidenceBox);
    auto *evidenceButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), evidenceBox);
    auto *view = new QPushButton(tr("&View"), evidenceBox);
    add->setVisible(actor.may(Action::HandleObjection));
    evidenceButtons->addWidget(add);
    evidenceButtons->addWidget(view);
    evidenceButtons->addStretch();
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addLayout(evidenceButtons);
    evidenceBox->setMaximumHeight(140);
    connect(add, &QPushButton::clicked, this, &ObjectionCaseDialog::addEvidence);
    connect(view, &QPushButton::clicked, this, &ObjectionCaseDialog::viewEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &ObjectionCaseDialog::viewEvidence);

    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(m_steps);
    bottom->addStretch();
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_clock);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(evidenceBox);
    layout->addLayout(bottom);
    resize(900, 640);
    reload();
}

void ObjectionCaseDialog::reload()
{
    const auto objection = m_service.find(m_id);
    if (!objection) {
        m_facts->setText(tr("Objection %1 does not exist.").arg(m_id));
        return;
    }
    const Objection &o = *objection;
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList fields;
    for (const QString &field : o.fields)
        fields.append(ListingCorrection::fieldText(field));
    QString html = QStringLiteral("<table>");
    html += row(tr("Subject"), tr("%1, case %2").arg(o.subjectName, o.caseNumber));
    html +=
        row(tr("State"),
            objectionStateText(o.state)
                + (o.outcome != ObjectionOutcome::None ? tr(" (%1)").arg(objectionOutcomeText(o.outcome)) : QString()));
    html += row(tr("Route"), objectionRouteText(o.route));
    html += row(tr("Applicant"),
                o.applicantName + (o.applicantIsAgent ? tr(" (agent)") : QString())
                    + (o.applicantContact.isEmpty() ? QString() : QStringLiteral(", ") + o.applicantContact));
    html += row(tr("Received on"),
                tr("%1, %2").arg(locale.toString(o.receivedOn, QLocale::LongFormat), objectionChannelText(o.channel)));
    html += row(tr("Grounds"), objectionGroundText(o.ground)
                                   + (o.groundsText.isEmpty() ? QString() : QStringLiteral(": ") + o.groundsText));
    if (!fields.isEmpty())
        html += row(tr("Disputed fields"), fields.join(QStringLiteral(", ")));
    if (o.duplicateOf > 0)
        html += row(tr("Duplicate"),
                    tr("objection %1 on the same listing was open when this one arrived").arg(o.duplicateOf));
    if (!o.courtDecision.isEmpty())
        html += row(tr("Court's decision"), o.courtDecision);
    if (!o.decidedBy.isEmpty())
        html += row(
            tr("Decided"),
            tr("%1 by %2: %3").arg(locale.toString(o.decidedOn, QLocale::ShortFormat), o.decidedBy, o.decisionReason));
    m_facts->setText(html + QStringLiteral("</table>"));

    auto entry = m_service.withClock(o, QDate::currentDate());
    if (!entry) {
        m_clock->setText(entry.error());
    } else if (!entry->clockError.isEmpty()) {
        m_clock->setText(entry->clockError);
        m_clock->setStyleSheet(QStringLiteral("color: #b00020"));
    } else if (entry->deadline.applies) {
        const int left = entry->daysLeft;
        const QString unit = entry->deadline.workingDays ? tr("working days") : tr("days");
        m_clock->setText(left < 0
                             ? tr("%1 by %2: overdue by %3 %4.")
                                   .arg(entry->deadline.step, locale.toString(entry->deadline.due, QLocale::LongFormat))
                                   .arg(-left)
                                   .arg(unit)
                             : tr("%1 by %2: %3 %4 left.")
                                   .arg(entry->deadline.step, locale.toString(entry->deadline.due, QLocale::LongFormat))
                                   .arg(left)
                                   .arg(unit));
        m_clock->setStyleSheet(left < 0    ? QStringLiteral("color: #b00020; font-weight: bold")
                               : left <= 2 ? QStringLiteral("color: #9a5b00; font-weight: bold")
                                           : QString());
    } else {
        m_clock->setText(tr("No time limit runs in this state."));
        m_clock->setStyleSheet(QString());
    }

    auto history = m_service.history(m_actor, m_id);
    m_history->setRowCount(0);
    if (history) {
        for (const ObjectionRepository::Event &event : history.value()) {
            const int r = m_history->rowCount();
            m_history->insertRow(r);
            QStringList changes;
            for (const QJsonValue &change : event.details.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = change.toObject();
                changes.append(tr("%1: %2 → %3")
                                   .arg(ListingCorrection::fieldText(c.value(QStringLiteral("field")).toString()),
                                        c.value(QStringLiteral("old")).toVariant().toString(),
                                        c.value(QStringLiteral("new")).toVariant().toString()));
            }
            const QStringList cells{locale.toString(event.actedOn, QLocale::ShortFormat), objectionStateText(event.to),
                                    event.actor, event.reason, changes.join(QStringLiteral("; "))};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setToolTip(cells[c]);
                m_history->setItem(r, c, item);
            }
        }
    }

    m_evidence->clear();
    auto files = m_service.evidence(m_actor, m_id);
    if (files) {
        for (const ObjectionRepository::Evidence &file : files.value()) {
            auto *item = new QListWidgetItem(tr("%1 (%2 KB, SHA-256 %3…)")
                                                 .arg(file.fileName)
                                                 .arg((file.size + 1023) / 1024)
                                                 .arg(file.sha256.left(12)),
                                             m_evidence);
            item->setData(Qt::UserRole, file.id);
            item->setData(Qt::UserRole + 1, file.fileName);
            item->setToolTip(tr("Added by %1 at %2; SHA-256 %3").arg(file.addedBy, file.addedAt, file.sha256));
        }
    }

    while (QLayoutItem *item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ObjectionState next : ObjectionStateMachine::next(o.route, o.state)) {
        const bool decision = ObjectionStateMachine::isDecision(next);
        if (!m_actor.may(decision ? Action::DecideObjection : Action::HandleObjection))
            continue;
        auto *button = new QPushButton(objectionStepText(next) + QStringLiteral("…"), this);
        button->setToolTip(tr("The case becomes: %1").arg(objectionStateText(next)));
        connect(button, &QPushButton::clicked, this, [this, next] { takeStep(next); });
        m_steps->addWidget(button);
    }
}

void ObjectionCaseDialog::takeStep(ObjectionState to)
{
    const auto objection = m_service.find(m_id);
    if (!objection)
        return;
    ObjectionStepDialog dialog(*objection, to, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = m_service.advance(m_actor, m_id, objection->rowVersion, dialog.step());
        if (status) {
            reload();
            Q_EMIT changed();
            return;
        }
        dialog.showError(status.error());
    }
}

void ObjectionCaseDialog::addEvidence()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add evidence"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents and scans (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)"));
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > ObjectionService::maximumEvidenceBytes) {
            QMessageBox::warning(this, tr("Add evidence"),
                                 file.isOpen() ? tr("%1 is larger than %2 MB.")
                                                     .arg(path)
                                                     .arg(ObjectionService::maximumEvidenceBytes / (1024 * 1024))
                                               : tr("Cannot read %1: %2").arg(path, file.errorString()));
            continue;
        }
        auto stored = m_service.addEvidence(m_actor, m_id, path, file.readAll());
        if (!stored)
            QMessageBox::warning(this, tr("Add evidence"), stored.error());
    }
    reload();
}

void ObjectionCaseDialog::viewEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!item)
        return;
    auto content = m_service.evidenceContent(m_actor, item->data(Qt::UserRole).toLongLong());
    if (!content) {
        QMessageBox::warning(this, tr("Evidence"), content.error());
        return;
    }
    // A copy in the temporary folder, opened with the system's viewer.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("creditdesk-evidence"));
    QDir().mkpath(folder);
    QFile copy(QDir(folder).filePath(item->data(Qt::UserRole + 1).toString()));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(content.value()) != content->size()) {
        QMessageBox::warning(this, tr("Evidence"), tr("Cannot write %1: %2").arg(copy.fileName(), copy.errorString()));
        return;
    }
    copy.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy.fileName()));
}

} // namespace creditdesk
