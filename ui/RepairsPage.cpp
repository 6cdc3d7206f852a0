#include "RepairsPage.h"

#include "ListExport.h"
#include "RepairCaseDialog.h"
#include "item/RepairQueueModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace creditdesk {

RepairsPage::RepairsPage(RepairService &service, const Actor &actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(actor),
      m_model(new RepairQueueModel(service, actor, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_all(new QCheckBox(tr("Show &decided and withdrawn applications too"), this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter by subject, applicant, state, officer…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RepairQueueModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RepairQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RepairQueueModel::SubjectColumn, 200);
    m_view->setColumnWidth(RepairQueueModel::StateColumn, 150);
    m_view->setColumnWidth(RepairQueueModel::DaysLeftColumn, 150);
    m_view->setAccessibleName(tr("Credit repair applications"));

    auto *open = new QPushButton(tr("&Open application"), this);
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_all);
    top->addWidget(m_filter, 1);
    top->addWidget(reloadButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(
        ListExport::button(this, *m_proxy, tr("Credit repair applications"), QStringLiteral("credit-repair")));
    bottom->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_model->setOpenOnly(!all);
        reload();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &RepairsPage::updateStatus);
    connect(m_model, &RepairQueueModel::reloaded, this, &RepairsPage::updateStatus);
    connect(m_view, &QTableView::activated, this, &RepairsPage::openCurrent);
    connect(open, &QPushButton::clicked, this, &RepairsPage::openCurrent);
    connect(reloadButton, &QPushButton::clicked, this, &RepairsPage::reload);
    reload();
}

void RepairsPage::reload()
{
    m_model->reload();
}

void RepairsPage::updateStatus()
{
    if (!m_model->error().isEmpty()) {
        m_status->setText(m_model->error());
        return;
    }
    m_status->setText(tr("%n application(s)", nullptr, m_proxy->rowCount()));
}

void RepairsPage::openRow(int row)
{
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    openCurrent();
}

void RepairsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_proxy->data(current, RepairQueueModel::ApplicationIdRole).toLongLong();
    auto *dialog = new RepairCaseDialog(m_service, m_actor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepairCaseDialog::changed, this, &RepairsPage::reload);
    dialog->open();
}

} // namespace creditdesk
