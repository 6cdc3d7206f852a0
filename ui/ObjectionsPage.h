#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace creditdesk {

class ObjectionQueueModel;
class ObjectionService;

/// The objection queues: mine, all open, overdue, due within two working days, all; sortable
/// on every column, filtered by any text, exported to CSV; Enter opens the case.
class ObjectionsPage : public QWidget
{
    Q_OBJECT

public:
    ObjectionsPage(ObjectionService &service, const Actor &actor, QWidget *parent = nullptr);

    ObjectionQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void showQueue(int queue);
    void reload();

private:
    void openCurrent();
    void updateStatus();

    ObjectionService &m_service;
    Actor m_actor;
    ObjectionQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_queue;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace creditdesk
