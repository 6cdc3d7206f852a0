#include "NoticesPage.h"

#include "ListExport.h"
#include "NoticeBatchDialog.h"
#include "item/NoticeRegisterModel.h"
#include "notices/NoticeRenderer.h"
#include "workflow/NoticeBatchJob.h"
#include "workflow/NoticeService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

/// A printer for notices: A4 without margins, the notice's own layout placing the type area.
void prepare(QPrinter &printer, const Notice &notice)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setDocName(notice.title + u' ' + notice.serialText);
}

QDate earliestDate()
{
    return QDate(2000, 1, 1);
}

} // namespace

NoticesPage::NoticesPage(NoticeService &service, QString databasePath, const Actor &actor, const QDate &today,
                         QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_databasePath(std::move(databasePath)),
      m_actor(actor),
      m_today(today),
      m_model(new NoticeRegisterModel(service, actor, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_query(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_preview(new QPushButton(tr("Print pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_save(new QPushButton(tr("Save as P&DF…"), this)),
      m_reissue(new QPushButton(tr("&Reissue…"), this)),
      m_poll(new QTimer(this))
{
    m_query->setPlaceholderText(tr("Serial number, recipient or verification code"));
    m_query->setClearButtonEnabled(true);
    m_type->addItem(tr("All notices"), QString());
    for (const NoticeType type : noticeTypes())
        m_type->addItem(noticeTypeText(type), noticeTypeName(type));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(earliestDate());
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(earliestDate());
    }
    auto *searchButton = new QPushButton(tr("&Search"), this);
    auto *verifyButton = new QPushButton(tr("&Verify a notice…"), this);
    auto *batchButton = new QPushButton(tr("Issue in a &batch…"), this);
    batchButton->setEnabled(actor.may(Action::IssueNotice) && !m_databasePath.isEmpty());
    m_reissue->setVisible(actor.may(Action::IssueNotice));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NoticeRegisterModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NoticeRegisterModel::IssuedOnColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_type);
    top->addWidget(new QLabel(tr("Issued from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(searchButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(verifyButton);
    bottom->addWidget(batchButton);
    bottom->addWidget(ListExport::button(this, *m_proxy, tr("Notices"), QStringLiteral("notices")));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addWidget(m_save);
    actions->addWidget(m_reissue);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addLayout(bottom);

    connect(searchButton, &QPushButton::clicked, this, &NoticesPage::search);
    connect(m_query, &QLineEdit::returnPressed, this, &NoticesPage::search);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NoticesPage::search);
    connect(m_preview, &QPushButton::clicked, this, &NoticesPage::previewCurrent);
    connect(m_view, &QTableView::activated, this, &NoticesPage::previewCurrent);
    connect(m_print, &QPushButton::clicked, this, &NoticesPage::printCurrent);
    connect(m_save, &QPushButton::clicked, this, &NoticesPage::saveCurrent);
    connect(m_reissue, &QPushButton::clicked, this, &NoticesPage::reissueCurrent);
    connect(verifyButton, &QPushButton::clicked, this, &NoticesPage::verify);
    connect(batchButton, &QPushButton::clicked, this, &NoticesPage::askForBatch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NoticesPage::updateButtons);
    connect(m_model, &NoticeRegisterModel::reloaded, this, [this](int rows) {
        m_status->setText(m_model->error().isEmpty() ? tr("%n notices.", nullptr, rows) : m_model->error());
        updateButtons();
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &NoticesPage::pollBatch);
    search();
    m_view->resizeColumnsToContents();
}

NoticesPage::~NoticesPage() = default;

void NoticesPage::search()
{
    NoticeSearch filter;
    filter.text = m_query->text().trimmed();
    filter.type = m_type->currentData().toString();
    if (m_from->date() > earliestDate())
        filter.issuedFrom = m_from->date();
    if (m_to->date() > earliestDate())
        filter.issuedTo = m_to->date();
    m_model->search(filter);
}

std::unique_ptr<Notice> NoticesPage::currentNotice() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Notice *notice = current.isValid() ? m_model->noticeAt(current.row()) : nullptr;
    if (!notice)
        return nullptr;
    auto copy = std::make_unique<Notice>(*notice);
    // Notices of schema 10 did not keep the office's name: they are drawn with today's.
    if (copy->officeName.isEmpty())
        copy->officeName = m_service.officeName();
    return copy;
}

void NoticesPage::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid() && m_view->selectionModel()->hasSelection();
    for (QPushButton *button : {m_preview, m_print, m_save, m_reissue})
        button->setEnabled(selected);
}

void NoticesPage::previewCurrent()
{
    const auto notice = currentNotice();
    if (!notice)
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, *notice);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(notice->serialText));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&notice](QPrinter *target) { static_cast<void>(NoticeRenderer::paint(*notice, *target)); });
    preview.resize(900, 1000);
    preview.exec();
}

void NoticesPage::printCurrent()
{
    const auto notice = currentNotice();
    if (!notice)
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, *notice);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = NoticeRenderer::paint(*notice, printer); !printed)
        QMessageBox::warning(this, tr("Print"), printed.error());
}

void NoticesPage::saveCurrent()
{
    const auto notice = currentNotice();
    if (!notice)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"),
                                     QDir(folder).filePath(NoticeService::fileNameFor(*notice)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = NoticeRenderer::writePdf(*notice, path); !written)
        QMessageBox::warning(this, tr("Save the notice as PDF"), written.error());
    else
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void NoticesPage::reissueCurrent()
{
    const auto notice = currentNotice();
    if (!notice)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reissue %1").arg(notice->serialText),
        tr("The notice is issued again as version %1 under the same serial number, with today's facts and wording; "
           "the earlier version stays in the register. Why is it reissued?")
            .arg(notice->version + 1),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto reissued = m_service.reissue(m_actor, notice->id, reason, m_today);
    if (!reissued) {
        QMessageBox::warning(this, tr("Reissue"), reissued.error());
        return;
    }
    m_model->reload();
    m_status->setText(tr("%1 reissued as version %2.").arg(reissued->serialText).arg(reissued->version));
}

QString NoticesPage::verificationText(const QString &codeOrSerial) const
{
    auto verification = m_service.verify(m_actor, codeOrSerial);
    if (!verification)
        return verification.error();
    if (!verification->found)
        return tr("%1: no genuine notice in the register has this verification code or serial number.")
            .arg(codeOrSerial.trimmed());
    const Notice &notice = verification->notice;
    const QString what = tr("%1, version %2, to %3, issued on %4")
                             .arg(notice.serialText)
                             .arg(notice.version)
                             .arg(notice.recipient, QLocale().toString(notice.issuedOn, QLocale::LongFormat));
    return verification->current
               ? tr("Genuine and current: %1.").arg(what)
               : tr("Genuine but superseded: %1. Version %2 replaces it.").arg(what).arg(verification->latestVersion);
}

void NoticesPage::verify()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Verify a notice"),
                                               tr("Verification code (XXXX-XXXX-XXXX-XXXX) or serial number:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    QMessageBox::information(this, tr("Verify a notice"), verificationText(code));
}

void NoticesPage::askForBatch()
{
    NoticeBatchDialog dialog(m_service, m_actor, m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startBatch(dialog.type(), dialog.language(), dialog.limit(), dialog.folder());
}

void NoticesPage::startBatch(NoticeType type, const QString &language, int limit, const QString &folder)
{
    if (m_job)
        return;
    m_job = std::make_unique<NoticeBatchJob>(m_databasePath, m_actor,
                                             NoticeBatchJob::Request{type, folder, limit, language, m_today});
    m_progress =
        new QProgressDialog(tr("Issuing notices: %1…").arg(noticeTypeText(type)), tr("Cancel"), 0, limit, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &NoticesPage::cancelBatch);
    m_job->start();
    m_poll->start();
}

void NoticesPage::cancelBatch()
{
    if (m_job)
        m_job->cancel();
}

void NoticesPage::pollBatch()
{
    if (!m_job)
        return;
    if (!m_job->finished()) {
        if (m_job->total() > 0)
            m_progress->setMaximum(m_job->total());
        m_progress->setValue(m_job->done());
        return;
    }
    m_poll->stop();
    const auto outcome = m_job->result();
    m_job.reset();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_lastBatchMessage = outcome ? tr("%n notices issued and saved.", nullptr, outcome->written)
                                 : tr("The batch stopped: %1").arg(outcome.error());
    m_status->setText(m_lastBatchMessage);
    search();
    Q_EMIT batchFinished(outcome ? outcome->written : -1);
}

} // namespace creditdesk
