#pragma once

#include "domain/Actor.h"
#include "workflow/RepairService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace creditdesk {

/// Credit repair applications with their processing clock: the open ones or all. Days left
/// are coloured (overdue red, within two working days amber); sorting and filtering are left
/// to a proxy model.
class RepairQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        ApplicantColumn,
        StateColumn,
        ReceivedColumn,
        DueColumn,
        DaysLeftColumn,
        RuleSetColumn,
        RegisteredByColumn,
        ColumnCount
    };
    enum Role { ApplicationIdRole = Qt::UserRole + 1, SortRole };

    RepairQueueModel(RepairService &service, Actor actor, QObject *parent = nullptr);

    void setOpenOnly(bool openOnly) { m_openOnly = openOnly; }
    void setToday(const QDate &today) { m_today = today; }
    void reload();
    QString error() const { return m_error; }
    const RepairCase *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded(int rows);

private:
    RepairService &m_service;
    Actor m_actor;
    bool m_openOnly = true;
    QDate m_today = QDate::currentDate();
    QList<RepairCase> m_cases;
    QString m_error;
};

} // namespace creditdesk
