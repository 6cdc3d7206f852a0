#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace creditdesk {

class RepairService;
class RepairQueueModel;

/// The credit repair queue: open applications (or all) with their processing clocks, sortable
/// and filterable; an application opens in its case dialog.
class RepairsPage : public QWidget
{
    Q_OBJECT

public:
    RepairsPage(RepairService &service, const Actor &actor, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    /// Opens the application in \a row of the view; used by tests and screenshots.
    void openRow(int row);

private:
    void openCurrent();
    void updateStatus();

    RepairService &m_service;
    Actor m_actor;
    RepairQueueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QCheckBox *m_all;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace creditdesk
