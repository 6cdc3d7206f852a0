#include "ScreeningPage.h"

#include "ListExport.h"
#include "ScreeningReviewDialog.h"
#include "ScreeningSetupDialog.h"
#include "WhitelistDialog.h"
#include "item/ScreeningResultModel.h"
#include "workflow/ScreeningJob.h"
#include "workflow/ScreeningReviewService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

const QString hitKey = QStringLiteral("screening/hitThreshold");
const QString reviewKey = QStringLiteral("screening/reviewThreshold");
const QString folderKey = QStringLiteral("screening/folder");

} // namespace

ScreeningPage::ScreeningPage(ScreeningReviewService &review, QString databasePath, const Actor &actor,
                             QSettings &settings, QWidget *parent)
    : QWidget(parent),
      m_review(review),
      m_databasePath(std::move(databasePath)),
      m_actor(actor),
      m_settings(settings),
      m_model(new ScreeningResultModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_batches(new QComboBox(this)),
      m_showNoHit(new QCheckBox(tr("Show &no-hit rows too"), this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this)),
      m_summary(new QLabel(this)),
      m_awaiting(new QLabel(this)),
      m_nextAwaiting(new QPushButton(tr("Open the next &awaiting confirmation"), this)),
      m_poll(new QTimer(this))
{
    m_batches->setAccessibleName(tr("Screening batch"));
    m_batches->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setPlaceholderText(tr("Filter by applicant, subject, result, decision…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ScreeningResultModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScreeningResultModel::LineColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Screening results by applicant"));
    m_view->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *screen = new QPushButton(tr("&Screen a file…"), this);
    screen->setVisible(actor.may(Action::ScreenApplicants));
    auto *whitelist = new QPushButton(tr("&Whitelist…"), this);
    auto *open = new QPushButton(tr("&Compare and decide…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Batch:"), this));
    top->addWidget(m_batches, 1);
    top->addWidget(screen);
    top->addWidget(whitelist);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showNoHit);
    filters->addWidget(m_filter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_awaiting, 1);
    bottom->addWidget(m_nextAwaiting);
    bottom->addWidget(ListExport::button(this, *m_proxy, tr("Screening results"), QStringLiteral("screening-results")));
    bottom->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(screen, &QPushButton::clicked, this, &ScreeningPage::chooseFile);
    connect(whitelist, &QPushButton::clicked, this, &ScreeningPage::openWhitelist);
    connect(open, &QPushButton::clicked, this, [this] { openReview(m_view->currentIndex()); });
    connect(m_view, &QTreeView::activated, this, &ScreeningPage::openReview);
    connect(m_batches, &QComboBox::currentIndexChanged, this, &ScreeningPage::showBatch);
    connect(m_showNoHit, &QCheckBox::toggled, this, &ScreeningPage::showBatch);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_nextAwaiting, &QPushButton::clicked, this, &ScreeningPage::openNextAwaiting);
    connect(m_poll, &QTimer::timeout, this, &ScreeningPage::pollJob);
    reload();
}

ScreeningPage::~ScreeningPage() = default;

void ScreeningPage::reload(qint64 batchId)
{
    const qint64 shown = batchId > 0 ? batchId : m_batches->currentData().toLongLong();
    auto batches = m_review.batches(m_actor);
    const QSignalBlocker blocker(m_batches);
    m_batches->clear();
    if (!batches) {
        m_summary->setText(batches.error());
        return;
    }
    for (const ScreeningRepository::Batch &batch : batches.value()) {
        m_batches->addItem(tr("%1 — %2, %3 — %n hit(s)", nullptr, static_cast<int>(batch.hits))
                               .arg(batch.id)
                               .arg(batch.fileName, QLocale().toString(batch.screenedOn, QLocale::ShortFormat)),
                           batch.id);
    }
    const int index = m_batches->findData(shown);
    m_batches->setCurrentIndex(index >= 0 ? index : 0);
    if (batches->isEmpty())
        m_summary->setText(tr("No batch screened yet. Choose “Screen a file…” to check applicants against the "
                              "list (CSV in UTF-8 or GB18030, or XLSX)."));
    showBatch();
    updateAwaiting();
}

void ScreeningPage::showBatch()
{
    const qint64 batchId = m_batches->currentData().toLongLong();
    if (batchId <= 0) {
        m_model->setReview({});
        return;
    }
    auto review = m_review.review(m_actor, batchId, m_showNoHit->isChecked());
    if (!review) {
        m_summary->setText(review.error());
        return;
    }
    m_model->setReview(review.value());
    const ScreeningRepository::Batch &batch = review->batch;
    const QJsonObject thresholds = QJsonDocument::fromJson(batch.thresholds.toUtf8()).object();
    m_summary->setText(
        tr("<b>%1</b> (%2), screened %3 by %4: rows %5 — <b>hits %6</b>, to review %7, listed in the past only "
           "%8, skipped %9.")
            .arg(batch.fileName.toHtmlEscaped(), batch.fileDescription.toHtmlEscaped(),
                 QLocale().toString(batch.screenedOn, QLocale::ShortFormat), batch.createdBy.toHtmlEscaped(),
                 QLocale().toString(batch.rowsScreened), QLocale().toString(batch.hits),
                 QLocale().toString(batch.possible), QLocale().toString(batch.history),
                 QLocale().toString(batch.rowsSkipped))
        + QStringLiteral("<br><small>")
        + tr("Frozen record: file SHA-256 %1…, list %2, hit threshold %3, review threshold %4, algorithm version %5.")
              .arg(batch.fileSha256.left(16), batch.listSnapshot,
                   QLocale().toString(thresholds.value(QStringLiteral("hit")).toDouble(), 'f', 2),
                   QLocale().toString(thresholds.value(QStringLiteral("review")).toDouble(), 'f', 2))
              .arg(batch.algorithmVersion)
        + QStringLiteral("</small>"));
    m_view->expandAll();
    for (int column = 0; column < ScreeningResultModel::ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void ScreeningPage::updateAwaiting()
{
    auto awaiting = m_review.proposedConfirmations(m_actor);
    int count = 0;
    if (awaiting) {
        for (const ScreeningDecision &decision : awaiting.value())
            count += decision.decidedBy != m_actor.userName ? 1 : 0;
    }
    const bool reviewer = m_actor.may(Action::ConfirmScreeningHit);
    m_awaiting->setText(reviewer ? tr("%n confirmed hit(s) await a second officer.", nullptr, count) : QString());
    m_nextAwaiting->setVisible(reviewer && count > 0);
}

void ScreeningPage::openNextAwaiting()
{
    auto awaiting = m_review.proposedConfirmations(m_actor);
    if (!awaiting)
        return;
    for (const ScreeningDecision &decision : awaiting.value()) {
        if (decision.decidedBy == m_actor.userName)
            continue;
        if (refuseWhileScreening())
            return;
        reload(decision.batchId);
        auto *dialog = new ScreeningReviewDialog(m_review, m_actor, decision.batchId, decision.line, decision.subjectId,
                                                 QDate::currentDate(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ScreeningReviewDialog::changed, this, [this] { reload(); });
        dialog->open();
        return;
    }
}

bool ScreeningPage::refuseWhileScreening()
{
    if (!m_job)
        return false;
    // The batch holds the database's write lock until it is recorded.
    QMessageBox::information(this, tr("Screen applicants"),
                             tr("A batch is being screened; decisions can be taken when it is recorded."));
    return true;
}

void ScreeningPage::openReview(const QModelIndex &index)
{
    if (!index.isValid() || refuseWhileScreening())
        return;
    const int line = index.data(ScreeningResultModel::LineRole).toInt();
    const qint64 subjectId = index.data(ScreeningResultModel::SubjectIdRole).toLongLong();
    if (subjectId <= 0)
        return; // a row without any match: nothing to compare
    auto *dialog = new ScreeningReviewDialog(m_review, m_actor, m_batches->currentData().toLongLong(), line, subjectId,
                                             QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScreeningReviewDialog::changed, this, [this] { reload(); });
    dialog->open();
}

void ScreeningPage::openWhitelist()
{
    if (refuseWhileScreening())
        return;
    auto *dialog = new WhitelistDialog(m_review, m_actor, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ScreeningPage::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Screen applicants"), m_settings.value(folderKey).toString(),
                                     tr("Applicant tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(folderKey, QFileInfo(path).absolutePath());
    screenFile(path);
}

void ScreeningPage::screenFile(const QString &path)
{
    auto preview = ScreeningService::preview(path);
    if (!preview) {
        QMessageBox::warning(this, tr("Screen applicants"), preview.error());
        return;
    }
    ScreeningThresholds thresholds;
    thresholds.hit = m_settings.value(hitKey, thresholds.hit).toDouble();
    thresholds.review = m_settings.value(reviewKey, thresholds.review).toDouble();
    auto *dialog = new ScreeningSetupDialog(path, preview.value(), thresholds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const ScreeningOptions options = dialog->options();
        m_settings.setValue(hitKey, options.thresholds.hit);
        m_settings.setValue(reviewKey, options.thresholds.review);
        startScreening(path, options);
    });
    dialog->open();
}

void ScreeningPage::startScreening(const QString &path, const ScreeningOptions &options)
{
    if (m_job)
        return;
    m_jobFile = QFileInfo(path).fileName();
    m_job = std::make_unique<ScreeningJob>(m_databasePath, m_actor, path, options);
    m_progress = new QProgressDialog(tr("Screening %1…").arg(m_jobFile), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_job->start();
    m_poll->start(50);
}

void ScreeningPage::pollJob()
{
    // QProgressDialog::setValue processes events: the timer may fire again inside this call.
    if (!m_job || m_polling)
        return;
    const QScopedValueRollback<bool> polling(m_polling, true);
    if (!m_job->finished()) {
        if (m_progress)
            m_progress->setValue(std::min(m_job->progress(), 999));
        return;
    }
    m_poll->stop();
    auto result = m_job->result();
    m_job.reset();
    if (m_progress) {
        m_progress->close();
        m_progress = nullptr;
    }
    if (!result) {
        QMessageBox::warning(this, tr("Screen applicants"), result.error());
        Q_EMIT screened(0, result.error());
        return;
    }
    QString message = tr("%1: %n row(s) screened", nullptr, static_cast<int>(result->rows)).arg(m_jobFile);
    message += u'\n'
               + tr("Hits: %1; to review: %2; listed in the past only: %3; cleared by the whitelist: %4.")
                     .arg(result->hits)
                     .arg(result->possible)
                     .arg(result->history)
                     .arg(result->cleared);
    if (result->skipped > 0)
        message += u'\n' + tr("%n row(s) skipped:", nullptr, static_cast<int>(result->skipped)) + u'\n'
                   + result->rowErrors.mid(0, 20).join(u'\n');
    if (result->previousBatch > 0)
        message += u'\n'
                   + tr("The same file was screened in batch %1; %n row(s) changed since.", nullptr,
                        static_cast<int>(result->changedSincePrevious))
                         .arg(result->previousBatch);
    reload(result->batchId);
    Q_EMIT screened(result->batchId, message);
    if (!property("quiet").toBool())
        QMessageBox::information(this, tr("Screen applicants"), message);
}

} // namespace creditdesk
