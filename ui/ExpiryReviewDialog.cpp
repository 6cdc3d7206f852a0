#include "ExpiryReviewDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

ExpiryReviewDialog::ExpiryReviewDialog(ExpiryService &service, const Actor &actor, const ExpiryProposal &proposal,
                                       QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_proposal(proposal),
      m_table(new QTableWidget(0, 6, this)),
      m_reason(new QLineEdit(this)),
      m_confirm(new QPushButton(tr("&Confirm and apply"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Publication periods that have ended"));
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Subject"), tr("Case or decision number"), tr("Ended on"), tr("Due by"), tr("Then")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Proposed entries"));
    const QLocale locale;
    const QColor late(0xb0, 0x00, 0x20);
    for (const ExpiryProposal::ListingItem &item : proposal.listings) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(tr("Listing: fixed period ended (Art. 10)")));
        m_table->setItem(row, 1, new QTableWidgetItem(item.subjectName));
        m_table->setItem(row, 2, new QTableWidgetItem(item.listing.caseNumber));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.toString(item.periodEnd, QLocale::ShortFormat)));
        auto *due = new QTableWidgetItem(item.overdue
                                             ? tr("%1 (overdue)").arg(locale.toString(item.dueOn, QLocale::ShortFormat))
                                             : locale.toString(item.dueOn, QLocale::ShortFormat));
        if (item.overdue)
            due->setForeground(late);
        m_table->setItem(row, 4, due);
        m_table->setItem(row, 5, new QTableWidgetItem(tr("deleted; measures lifted; departments notified")));
    }
    for (const ExpiryProposal::BreachItem &item : proposal.breaches) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(tr("%1: maximum period reached").arg(breachTierText(item.record.tier))));
        m_table->setItem(row, 1, new QTableWidgetItem(item.subjectName));
        m_table->setItem(row, 2, new QTableWidgetItem(item.record.documentNumber));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.toString(item.record.maximumUntil, QLocale::ShortFormat)));
        m_table->setItem(row, 4, new QTableWidgetItem(tr("at once")));
        m_table->setItem(row, 5,
                         new QTableWidgetItem(tr("publication stopped; measures lifted; departments notified")));
    }
    m_table->resizeColumnsToContents();

    auto *intro = new QLabel(tr("%n entry(ies) reached the end of their publication period as of %1. Check them; "
                                "nothing changes until you confirm. Each entry gets its own audit entry.",
                                nullptr, static_cast<int>(proposal.size()))
                                 .arg(locale.toString(proposal.asOf, QLocale::LongFormat)),
                             this);
    intro->setWordWrap(true);
    if (proposal.truncated)
        m_status->setText(tr("More entries are waiting: confirm these, then review again."));
    m_reason->setPlaceholderText(tr("Reason, e.g. checked against the court's list"));
    m_reason->setText(tr("Periods checked; publication ends as the rules require"));
    m_confirm->setEnabled(!proposal.isEmpty() && actor.may(Action::ConfirmExpiry));
    if (!actor.may(Action::ConfirmExpiry))
        m_status->setText(tr("Only an officer can confirm."));
    auto *later = new QPushButton(tr("&Later"), this);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &ExpiryReviewDialog::confirm);
    auto *reasonRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(later);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(reasonRow);
    layout->addLayout(buttons);
    resize(1000, 520);
}

void ExpiryReviewDialog::confirm()
{
    const int total = static_cast<int>(m_proposal.size());
    if (QMessageBox::question(this, windowTitle(), tr("Apply the end of publication to %n entry(ies)?", nullptr, total))
        != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Ending publication…"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto outcome = m_service.confirm(m_actor, m_proposal, m_reason->text(), [&](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!outcome) {
        QMessageBox::warning(this, windowTitle(), outcome.error());
        return;
    }
    QString text = tr("Listings deleted: %1; items of breach information stopped: %2.")
                       .arg(outcome->listingsDeleted)
                       .arg(outcome->breachesStopped);
    if (!outcome->skipped.isEmpty())
        text += u'\n' + tr("Skipped because they changed meanwhile:") + u'\n' + outcome->skipped.join(u'\n');
    QMessageBox::information(this, windowTitle(), text);
    Q_EMIT applied();
    accept();
}

} // namespace creditdesk
