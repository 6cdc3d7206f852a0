#include "WhitelistDialog.h"

#include "ListExport.h"

#include "ScreeningDecisionDialog.h"
#include "workflow/ScreeningReviewService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

WhitelistDialog::WhitelistDialog(ScreeningReviewService &service, const Actor &actor, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_today(today),
      m_all(new QCheckBox(tr("Show &expired and revoked entries too"), this)),
      m_table(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Screening whitelist"));
    const QStringList headers = {tr("Entry"), tr("Applicant"), tr("Identifier"), tr("Listed subject"), tr("Listing"),
                                 tr("Until"), tr("Reason"),    tr("Added by"),   tr("State")};
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Whitelist entries"));
    auto *revoke = new QPushButton(tr("&Revoke…"), this);
    revoke->setVisible(actor.may(Action::ScreenApplicants));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(revoke, QDialogButtonBox::ActionRole);
    buttons->addButton(ListExport::button(this, *m_table->model(), tr("Whitelist"), QStringLiteral("whitelist")),
                       QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_all);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(revoke, &QPushButton::clicked, this, &WhitelistDialog::revokeCurrent);
    connect(m_all, &QCheckBox::toggled, this, &WhitelistDialog::reload);
    resize(960, 420);
    reload();
}

void WhitelistDialog::reload()
{
    auto entries = m_service.whitelist(m_actor, m_all->isChecked(), m_today);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!entries) {
        m_status->setText(entries.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const WhitelistEntry &entry = entries->at(row);
        // Who, with the desk when another desk of the office added or revoked it.
        const auto onDesk = [this](const QString &who, const QString &desk) {
            return desk.isEmpty() ? who : tr("%1 (desk %2)").arg(who, desk);
        };
        const QString state =
            !entry.revokedBy.isEmpty()
                ? tr("Revoked by %1: %2").arg(onDesk(entry.revokedBy, entry.revokedOnDesk), entry.revokeReason)
            : !entry.activeOn(m_today) ? tr("Expired")
            : entry.ofAnotherOfficeKey
                ? tr("Clears nobody here: keyed with the office key %1, not this desk's").arg(entry.officeKey)
                : tr("In force");
        const QStringList cells = {QString::number(entry.id),
                                   entry.applicantName,
                                   entry.identifierMasked,
                                   QString::number(entry.subjectId),
                                   QString::number(entry.listingId),
                                   QLocale().toString(entry.expiresOn, QLocale::ShortFormat),
                                   entry.reason,
                                   onDesk(entry.createdBy, entry.fromDesk),
                                   state};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, entry.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n entry(ies)", nullptr, static_cast<int>(entries->size())));
}

void WhitelistDialog::revokeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    ScreeningDecisionDialog dialog(tr("Revoke whitelist entry %1").arg(id),
                                   tr("The applicant is screened against the listing again from now on."), false,
                                   m_today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status revoked = m_service.revokeWhitelist(m_actor, id, dialog.reason()); !revoked)
        QMessageBox::warning(this, windowTitle(), revoked.error());
    reload();
}

} // namespace creditdesk
