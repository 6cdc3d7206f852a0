#include "CorrectionsPage.h"

#include "ListExport.h"
#include "workflow/ListingCorrectionService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int versionRole = Qt::UserRole + 2;
} // namespace

CorrectionsPage::CorrectionsPage(ListingCorrectionService &service, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_service(service), m_actor(actor), m_table(new QTableWidget(this)), m_status(new QLabel(this))
{
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Listing"), tr("Field"), tr("Current value"),
                                        tr("Corrected value"), tr("Registered by"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto *approve = new QPushButton(tr("&Approve…"), this);
    auto *reject = new QPushButton(tr("&Reject…"), this);
    auto *reload = new QPushButton(tr("Re&load"), this);
    const bool mayDecide = actor.may(Action::DecideCorrection);
    approve->setEnabled(mayDecide);
    reject->setEnabled(mayDecide);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(approve);
    buttons->addWidget(reject);
    buttons->addWidget(reload);
    buttons->addStretch();
    buttons->addWidget(
        ListExport::button(this, *m_table->model(), tr("Listing corrections"), QStringLiteral("listing-corrections")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(reject, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(reload, &QPushButton::clicked, this, &CorrectionsPage::refresh);
    refresh();
}

void CorrectionsPage::refresh()
{
    auto pending = m_service.pending(m_actor);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!pending) {
        m_status->setText(pending.error());
        return;
    }
    for (const ListingCorrection &correction : pending.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {QString::number(correction.id),
                                   QString::number(correction.listingId),
                                   ListingCorrection::fieldText(correction.field),
                                   correction.oldValue,
                                   correction.newValue,
                                   correction.fromDesk.isEmpty()
                                       ? correction.registeredBy
                                       : tr("%1 (desk %2)").arg(correction.registeredBy, correction.fromDesk),
                                   correction.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(idRole, correction.id);
            item->setData(versionRole, correction.rowVersion);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n correction(s) waiting for a decision.", nullptr, m_table->rowCount()));
}

bool CorrectionsPage::decideRow(int row, bool approve, const QString &reason)
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return false;
    const qint64 id = item->data(idRole).toLongLong();
    const Status decided = m_service.decide(m_actor, id, item->data(versionRole).toLongLong(), approve, reason);
    const QString message = decided ? (approve ? tr("Correction %1 approved; the listing was changed.").arg(id)
                                               : tr("Correction %1 rejected.").arg(id))
                                    : decided.error();
    refresh();
    m_status->setText(message);
    return decided.ok();
}

void CorrectionsPage::decideSelected(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_status->setText(tr("Select a correction first."));
        return;
    }
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, approve ? tr("Approve correction") : tr("Reject correction"),
                              tr("Reason (recorded in the audit journal):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        decideRow(row, approve, reason);
}

} // namespace creditdesk
