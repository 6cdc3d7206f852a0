#include "RepairCaseDialog.h"

#include "RepairEligibilityPanel.h"
#include "RepairStepDialog.h"
#include "domain/EvidenceFile.h"
#include "workflow/RepairService.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setAlternatingRowColors(true);
    return widget;
}

} // namespace

RepairCaseDialog::RepairCaseDialog(RepairService &service, const Actor &actor, qint64 applicationId, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_applicationId(applicationId),
      m_summary(new QLabel(this)),
      m_eligibility(new RepairEligibilityPanel(this)),
      m_evidence(table({tr("Kind"), tr("File"), tr("Size"), tr("Added by"), tr("SHA-256")}, this)),
      m_history(table({tr("Date"), tr("Step"), tr("By"), tr("Reason")}, this)),
      m_steps(new QHBoxLayout)
{
    setWindowTitle(tr("Credit repair application %1").arg(applicationId));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_history->setAccessibleName(tr("History"));
    auto *addEvidenceButton = new QPushButton(tr("&Add evidence…"), this);
    addEvidenceButton->setVisible(actor.may(Action::HandleRepair));
    connect(addEvidenceButton, &QPushButton::clicked, this, &RepairCaseDialog::addEvidence);
    connect(m_evidence, &QTableWidget::cellActivated, this, [this](int row, int) { openEvidence(row); });

    auto *left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(new QLabel(tr("Evidence (double-click to open):"), this));
    left->addWidget(m_evidence, 1);
    left->addWidget(addEvidenceButton, 0, Qt::AlignLeft);
    left->addWidget(new QLabel(tr("History:"), this));
    left->addWidget(m_history, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_eligibility, 2);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_steps->addStretch();
    m_steps->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(m_steps);
    resize(1040, 640);
    reload();
}

void RepairCaseDialog::reload()
{
    const auto application = m_service.find(m_applicationId);
    if (!application) {
        m_summary->setText(tr("Application %1 does not exist.").arg(m_applicationId));
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("<b>%1</b> — %2<br>Applicant: %3 %4<br>Received %5, due %6 · rule set %7<br>"
                          "Statement: %8<br>Registered by %9")
                           .arg(application->subjectName.toHtmlEscaped(), repairStateText(application->state),
                                application->applicantName.toHtmlEscaped(),
                                application->applicantContact.toHtmlEscaped(),
                                locale.toString(application->receivedOn, QLocale::ShortFormat),
                                locale.toString(application->dueOn, QLocale::ShortFormat), application->ruleSet,
                                application->statement.toHtmlEscaped(), application->registeredBy.toHtmlEscaped()));
    m_rowVersion = application->rowVersion;
    const QDate day = application->isOpen()              ? QDate::currentDate()
                      : application->decidedOn.isValid() ? application->decidedOn
                                                         : application->stateSince;
    auto eligibility = m_service.eligibility(m_actor, application->breachId, day);
    if (eligibility)
        m_eligibility->showEligibility(eligibility.value());
    else
        m_eligibility->showMessage(eligibility.error());

    m_evidence->setRowCount(0);
    m_evidenceIds.clear();
    if (auto files = m_service.evidence(m_actor, m_applicationId)) {
        for (const RepairRepository::Evidence &file : files.value()) {
            const int row = m_evidence->rowCount();
            m_evidence->insertRow(row);
            m_evidence->setItem(row, 0, new QTableWidgetItem(repairEvidenceKindText(file.kind)));
            m_evidence->setItem(
                row, 1,
                new QTableWidgetItem(file.refusedByServer
                                         ? tr("%1 (refused by the central server: not counted)").arg(file.fileName)
                                         : file.fileName));
            m_evidence->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(file.size)));
            m_evidence->setItem(row, 3, new QTableWidgetItem(file.addedBy));
            m_evidence->setItem(row, 4, new QTableWidgetItem(file.sha256.left(16) + QStringLiteral("…")));
            m_evidenceIds.append(file.id);
        }
    }
    m_evidence->resizeColumnsToContents();
    m_history->setRowCount(0);
    if (auto events = m_service.history(m_actor, m_applicationId)) {
        for (const RepairRepository::Event &event : events.value()) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            m_history->setItem(row, 0, new QTableWidgetItem(locale.toString(event.actedOn, QLocale::ShortFormat)));
            m_history->setItem(row, 1, new QTableWidgetItem(row == 0 ? tr("Received") : repairStateText(event.to)));
            m_history->setItem(row, 2, new QTableWidgetItem(event.actor));
            m_history->setItem(row, 3, new QTableWidgetItem(event.reason));
        }
    }
    m_history->resizeColumnsToContents();

    // The step buttons: what this actor may do next.
    while (m_steps->count() > 2) {
        QLayoutItem *item = m_steps->takeAt(0);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // the button may be the one whose click is being handled
        }
        delete item;
    }
    int position = 0;
    for (const RepairState next : RepairStateMachine::next(application->state)) {
        const Action needed = RepairStateMachine::isDecision(next) ? Action::DecideRepair : Action::HandleRepair;
        if (!m_actor.may(needed))
            continue;
        auto *button = new QPushButton(repairStepText(next), this);
        connect(button, &QPushButton::clicked, this, [this, next] { takeStep(next); });
        m_steps->insertWidget(position++, button);
    }
}

void RepairCaseDialog::takeStep(RepairState to)
{
    const auto application = m_service.find(m_applicationId);
    if (!application)
        return;
    RepairStepDialog dialog(to, application->receivedOn, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status done =
            m_service.advance(m_actor, m_applicationId, m_rowVersion, {to, dialog.on(), dialog.reason()});
        if (done) {
            reload();
            Q_EMIT changed();
            return;
        }
        QMessageBox::warning(this, repairStepText(to), done.error());
        const auto now = m_service.find(m_applicationId);
        if (!now || now->rowVersion != m_rowVersion) { // changed meanwhile: show it as it is
            reload();
            return;
        }
    }
}

void RepairCaseDialog::addEvidence()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add evidence"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Scans and documents (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    const QStringList kinds = {repairEvidenceKindText(RepairEvidenceKind::ProofOfPerformance),
                               repairEvidenceKindText(RepairEvidenceKind::CreditCommitment),
                               repairEvidenceKindText(RepairEvidenceKind::Other)};
    bool chosen = false;
    const QString kind = QInputDialog::getItem(
        this, tr("Add evidence"), tr("What is %1?").arg(QFileInfo(path).fileName()), kinds, 0, false, &chosen);
    if (!chosen)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Add evidence"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const auto added =
        m_service.addEvidence(m_actor, m_applicationId, static_cast<RepairEvidenceKind>(kinds.indexOf(kind) + 1), path,
                              file.read(EvidenceFile::maximumBytes + 1));
    if (!added) {
        QMessageBox::warning(this, tr("Add evidence"), added.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

void RepairCaseDialog::openEvidence(int row)
{
    if (row < 0 || row >= m_evidenceIds.size())
        return;
    auto content = m_service.evidenceContent(m_actor, m_evidenceIds.at(row));
    if (!content) {
        QMessageBox::warning(this, tr("Open evidence"), content.error());
        return;
    }
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("creditdesk-repair-%1-%2")
                                           .arg(m_evidenceIds.at(row))
                                           .arg(m_evidence->item(row, 1)->text()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content->size()) {
        QMessageBox::warning(this, tr("Open evidence"), tr("%1 cannot be written.").arg(path));
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace creditdesk
