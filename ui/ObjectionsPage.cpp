#include "ObjectionsPage.h"

#include "ListExport.h"
#include "ObjectionCaseDialog.h"
#include "item/ObjectionQueueModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace creditdesk {

ObjectionsPage::ObjectionsPage(ObjectionService &service, const Actor &actor, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(actor),
      m_model(new ObjectionQueueModel(service, actor, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_queue(new QComboBox(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    m_queue->addItem(tr("Registered by me"), static_cast<int>(ObjectionService::Queue::Mine));
    m_queue->addItem(tr("All open"), static_cast<int>(ObjectionService::Queue::Open));
    m_queue->addItem(tr("Overdue"), static_cast<int>(ObjectionService::Queue::Overdue));
    m_queue->addItem(tr("Due within 2 working days"), static_cast<int>(ObjectionService::Queue::DueSoon));
    m_queue->addItem(tr("All, including closed"), static_cast<int>(ObjectionService::Queue::All));
    m_queue->setCurrentIndex(1);
    m_queue->setAccessibleName(tr("Queue"));
    auto *route = new QComboBox(this);
    route->addItem(tr("Both routes"), 0);
    route->addItem(tr("Court list"), static_cast<int>(ObjectionRoute::CourtList));
    route->addItem(tr("Credit platform"), static_cast<int>(ObjectionRoute::CreditPlatform));
    route->setAccessibleName(tr("Route"));
    auto *state = new QComboBox(this);
    state->addItem(tr("Every state"), 0);
    for (const ObjectionState each : ObjectionStateMachine::allStates())
        state->addItem(objectionStateText(each), static_cast<int>(each));
    state->setAccessibleName(tr("State"));
    connect(route, &QComboBox::currentIndexChanged, this,
            [this, route] { m_model->setRouteFilter(route->currentData().toInt()); });
    connect(state, &QComboBox::currentIndexChanged, this,
            [this, state] { m_model->setStateFilter(state->currentData().toInt()); });
    m_filter->setPlaceholderText(tr("Filter by subject, case number, state, officer…"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ObjectionQueueModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ObjectionQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ObjectionQueueModel::SubjectColumn, 180);
    m_view->setColumnWidth(ObjectionQueueModel::CaseNumberColumn, 190);
    m_view->setColumnWidth(ObjectionQueueModel::NextStepColumn, 230);
    m_view->setColumnWidth(ObjectionQueueModel::DaysLeftColumn, 150);
    m_view->setAccessibleName(tr("Objections"));

    auto *open = new QPushButton(tr("&Open case"), this);
    auto *exportButton = ListExport::button(this, *m_proxy, tr("Objections"), QStringLiteral("objections"));
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    auto *top = new QHBoxLayout;
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue); // Alt+Q chooses the queue
    top->addWidget(queueLabel);
    top->addWidget(m_queue);
    top->addWidget(route);
    top->addWidget(state);
    top->addWidget(m_filter, 1);
    top->addWidget(reloadButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(open);
    bottom->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_queue, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setQueue(static_cast<ObjectionService::Queue>(m_queue->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ObjectionsPage::updateStatus);
    connect(m_model, &ObjectionQueueModel::reloaded, this, &ObjectionsPage::updateStatus);
    connect(m_view, &QTableView::activated, this, &ObjectionsPage::openCurrent);
    connect(open, &QPushButton::clicked, this, &ObjectionsPage::openCurrent);
    connect(reloadButton, &QPushButton::clicked, this, &ObjectionsPage::reload);
    m_model->setQueue(ObjectionService::Queue::Open);
}

void ObjectionsPage::showQueue(int queue)
{
    const int index = m_queue->findData(queue);
    if (index >= 0)
        m_queue->setCurrentIndex(index);
}

void ObjectionsPage::reload()
{
    m_model->reload();
}

void ObjectionsPage::updateStatus()
{
    if (!m_model->error().isEmpty()) {
        m_status->setText(m_model->error());
        return;
    }
    m_status->setText(tr("%n case(s)", nullptr, m_proxy->rowCount()));
}

void ObjectionsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_proxy->data(current, ObjectionQueueModel::ObjectionIdRole).toLongLong();
    ObjectionCaseDialog dialog(m_service, m_actor, id, this);
    connect(&dialog, &ObjectionCaseDialog::changed, this, &ObjectionsPage::reload);
    dialog.exec();
}

} // namespace creditdesk
