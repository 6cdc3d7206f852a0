#include "CorrectionsPage.h"

#include "ListExport.h"
#include "workflow/ListingCorrectionService.h"

#include <QCoreApplication>
#include <QDate>
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
constexpr int dueRole = Qt::UserRole + 3;
constexpr int dueColumn = 7;

/// The due date in the locale's format with the working days left or overdue.
QString dueText(const PendingCorrection &entry)
{
    if (!entry.dueOn.isValid())
        return entry.clockError;
    const QString date = QLocale().toString(entry.dueOn, QLocale::ShortFormat);
    if (!entry.clockError.isEmpty()) // overdue; the holiday calendar cannot say by how many days
        return QCoreApplication::translate("creditdesk::CorrectionsPage", "%1, overdue (%2)")
            .arg(date, entry.clockError);
    if (entry.workingDaysLeft < 0)
        return QCoreApplication::translate("creditdesk::CorrectionsPage", "%1, %n working day(s) overdue", nullptr,
                                           -entry.workingDaysLeft)
            .arg(date);
    return QCoreApplication::translate("creditdesk::CorrectionsPage", "%1, %n working day(s) left", nullptr,
                                       entry.workingDaysLeft)
        .arg(date);
}

/// A cell of the due column: sorts by the date, not by its text in the locale's format.
class DueItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(dueRole).toDate() < other.data(dueRole).toDate();
    }
};
} // namespace

CorrectionsPage::CorrectionsPage(ListingCorrectionService &service, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_service(service), m_actor(actor), m_table(new QTableWidget(this)), m_status(new QLabel(this))
{
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Listing"), tr("Field"), tr("Current value"),
                                        tr("Corrected value"), tr("Registered by"), tr("Reason"), tr("Due")});
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
    auto pending = m_service.pendingWithDeadlines(m_actor, QDate::currentDate());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!pending) {
        m_status->setText(pending.error());
        return;
    }
    int overdue = 0;
    for (const PendingCorrection &entry : pending.value()) {
        const ListingCorrection &correction = entry.correction;
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
                                   correction.reason,
                                   dueText(entry)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = column == dueColumn ? new DueItem(cells[column]) : new QTableWidgetItem(cells[column]);
            item->setData(idRole, correction.id);
            item->setData(versionRole, correction.rowVersion);
            m_table->setItem(row, column, item);
        }
        // An overdue correction is red.
        m_table->item(row, dueColumn)->setData(dueRole, entry.dueOn);
        if (entry.isOverdue()) {
            ++overdue;
            m_table->item(row, dueColumn)->setForeground(Qt::red);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n correction(s) waiting for a decision.", nullptr, m_table->rowCount())
                      + (overdue > 0 ? u' ' + tr("%n overdue (SPC rules Art. 9: three working days).", nullptr, overdue)
                                     : QString()));
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
