#pragma once

#include "domain/Actor.h"
#include "store/AuditRepository.h"

#include <QAbstractTableModel>

namespace creditdesk {

class AuditService;

/// The audit journal newest first, filtered, loaded a page at a time as the view scrolls.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SequenceColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        ReasonColumn,
        DetailsColumn,
        ColumnCount
    };

    AuditTableModel(const AuditService &service, const Actor &actor, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    QString error() const { return m_error; }
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorChanged(const QString &error);

private:
    const AuditService &m_service;
    Actor m_actor;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    QString m_error;
    int m_pageSize = 200;
    bool m_exhausted = true;
    bool m_notifying = false;
};

} // namespace creditdesk
