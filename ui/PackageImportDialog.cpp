#include "PackageImportDialog.h"

#include "workflow/PackageImportJob.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

constexpr int progressSteps = 1000;

} // namespace

PackageImportDialog::PackageImportDialog(QString databasePath, Actor actor, QString packagePath, QWidget *parent)
    : QDialog(parent),
      m_databasePath(std::move(databasePath)),
      m_actor(std::move(actor)),
      m_packagePath(std::move(packagePath)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_problemsHeading(new QLabel(this)),
      m_problems(new QTreeWidget(this)),
      m_copy(new QPushButton(tr("&Copy the list"), this)),
      m_close(new QPushButton(tr("Cancel"), this)),
      m_poll(new QTimer(this))
{
    setWindowTitle(tr("Import a package from the credit platform"));
    resize(760, 420);
    auto *file = new QLabel(tr("Package: %1").arg(QFileInfo(m_packagePath).fileName()), this);
    file->setToolTip(m_packagePath);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, progressSteps);
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Line"), tr("Field"), tr("Reason")});
    m_problems->setRootIsDecorated(false);
    m_problems->setAlternatingRowColors(true);
    m_problems->setSortingEnabled(true);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->header()->setStretchLastSection(true);
    m_problemsHeading->setBuddy(m_problems);
    m_problemsHeading->hide();
    m_problems->hide();
    m_copy->hide();
    m_copy->setToolTip(tr("Copies each line as \"line N, field F: reason\", to send back to the platform"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_problemsHeading);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);

    connect(m_close, &QPushButton::clicked, this, &PackageImportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &PackageImportDialog::copyProblems);
    connect(m_poll, &QTimer::timeout, this, &PackageImportDialog::poll);
}

PackageImportDialog::~PackageImportDialog() = default; // the job cancels and waits

void PackageImportDialog::start()
{
    if (m_job || m_outcome)
        return;
    m_status->setText(tr("Checking every record; nothing is written unless all are right…"));
    m_job = std::make_unique<PackageImportJob>(m_databasePath, m_actor, m_packagePath);
    m_job->start();
    m_poll->start(50);
}

QString PackageImportDialog::statusText() const
{
    return m_status->text();
}

void PackageImportDialog::reject()
{
    if (!m_job) {
        QDialog::reject();
        return;
    }
    // The import stops after the records it is checking, or before it commits; the dialog
    // says what became of the package once it has stopped.
    m_job->cancel();
    m_cancelAsked = true;
    m_close->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void PackageImportDialog::poll()
{
    if (!m_job)
        return;
    if (!m_job->finished()) {
        const qint64 total = m_job->total();
        if (total > 0)
            m_progress->setValue(static_cast<int>(m_job->done() * progressSteps / total));
        return;
    }
    m_poll->stop();
    const auto result = m_job->result();
    m_job.reset();
    m_close->setEnabled(true);
    m_close->setText(tr("Close"));
    showResult(result);
}

void PackageImportDialog::showResult(const Result<ExchangeService::ImportReport> &result)
{
    if (!result) {
        m_progress->hide();
        m_status->setText(result.error());
        return;
    }
    const ExchangeService::ImportReport &report = *result;
    m_outcome = report.outcome;
    const QString name = report.header.packageId.isEmpty() ? QFileInfo(m_packagePath).fileName()
                                                           : QStringLiteral("%1 (%2/%3)")
                                                                 .arg(report.header.packageId, report.header.source)
                                                                 .arg(report.header.sequence);
    using Outcome = ExchangeService::ImportReport::Outcome;
    switch (report.outcome) {
    case Outcome::Applied: {
        m_progress->setValue(progressSteps);
        QString message = tr("Package %1 applied: %n record(s) in %2 s.", nullptr, static_cast<int>(report.records))
                              .arg(name, QLocale().toString(report.seconds, 'f', 1));
        for (const QString &later : report.alsoApplied)
            message += u'\n' + tr("Waiting package %1 applied after it.").arg(later);
        if (m_cancelAsked)
            message += u'\n' + tr("It was written before the cancel could stop it.");
        m_status->setText(message);
        // What it said that was not taken, and what became of waiting packages after it.
        if (!report.notTaken.isEmpty() || !report.problems.isEmpty())
            showProblems(tr("Not taken or not applied, though the package was applied:"),
                         report.notTaken + report.problems);
        Q_EMIT applied(message);
        return;
    }
    case Outcome::AlreadyApplied:
        m_status->setText(tr("Package %1 was applied before; nothing changed.").arg(name));
        break;
    case Outcome::Waiting:
        m_status->setText(
            tr("Package %1 is ahead of its sequence: it is kept and applied when the packages before it arrive.")
                .arg(name)
            + (m_cancelAsked ? u'\n' + tr("It was written before the cancel could stop it.") : QString()));
        break;
    case Outcome::Cancelled:
        m_status->setText(tr("Cancelled: nothing was written."));
        break;
    case Outcome::Rejected:
        if (report.failedHere) {
            // The database of this desk failed: nothing for the platform to correct.
            m_status->setText(tr("Package %1 could not be imported here; nothing was written.").arg(name));
            showProblems(tr("What went wrong on this desk:"), report.problems);
            break;
        }
        m_status->setText(tr("Package %1 rejected; nothing was written.").arg(name));
        showProblems(
            tr("%n fault(s), each to be corrected by the platform:", nullptr, static_cast<int>(report.problems.size())),
            report.problems);
        break;
    }
    m_progress->hide();
}

void PackageImportDialog::showProblems(const QString &heading, const QList<PackageProblem> &problems)
{
    m_problemsHeading->setText(heading);
    m_problems->setSortingEnabled(false);
    m_problems->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(problems.size());
    for (const PackageProblem &problem : problems) {
        auto *item = new QTreeWidgetItem;
        if (problem.line > 0)
            item->setData(0, Qt::DisplayRole, problem.line); // sorts as a number
        item->setText(1, problem.field);
        item->setText(2, problem.reason);
        item->setToolTip(2, problem.reason);
        items.append(item);
    }
    m_problems->addTopLevelItems(items);
    m_problems->setSortingEnabled(true);
    m_problems->sortByColumn(0, Qt::AscendingOrder);
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problemsHeading->show();
    m_problems->show();
    m_copy->show();
    m_problems->setFocus();
}

void PackageImportDialog::copyProblems()
{
    QStringList lines;
    for (int row = 0; row < m_problems->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_problems->topLevelItem(row);
        PackageProblem problem{item->data(0, Qt::DisplayRole).toInt(), item->text(1), item->text(2)};
        lines.append(problem.text());
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace creditdesk
