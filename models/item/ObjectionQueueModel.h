#pragma once

#include "domain/Actor.h"
#include "workflow/ObjectionService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace creditdesk {

/// One queue of objection cases with their clocks: mine, all open, overdue, due within two
/// working days, or all. Days left are coloured (overdue red, due soon amber) and the whole
/// queue reloads on demand; sorting and text filtering are left to a proxy model.
class ObjectionQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        CaseNumberColumn,
        RouteColumn,
        StateColumn,
        ReceivedColumn,
        NextStepColumn,
        DueColumn,
        DaysLeftColumn,
        RegisteredByColumn,
        ColumnCount
    };
    enum Role { ObjectionIdRole = Qt::UserRole + 1, SortRole };

    ObjectionQueueModel(ObjectionService &service, Actor actor, QObject *parent = nullptr);

    void setQueue(ObjectionService::Queue queue);
    ObjectionService::Queue queue() const { return m_queue; }
    void setToday(const QDate &today) { m_today = today; }
    /// Only cases of this route / in this state; 0 for all.
    void setRouteFilter(int route);
    void setStateFilter(int state);
    void reload();
    QString error() const { return m_error; }
    const ObjectionCase *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Writes the queue as shown to CSV (UTF-8 with BOM, as Excel on Chinese Windows opens it).
    Status exportCsv(const QString &path) const;

Q_SIGNALS:
    void reloaded(int rows);

private:
    ObjectionService &m_service;
    Actor m_actor;
    ObjectionService::Queue m_queue = ObjectionService::Queue::Open;
    QDate m_today = QDate::currentDate();
    QList<ObjectionCase> m_cases;
    int m_route = 0;
    int m_state = 0;
    QString m_error;
};

} // namespace creditdesk
