#include "AuditTableModel.h"

#include "workflow/AuditService.h"

#include <QLocale>

namespace creditdesk {

AuditTableModel::AuditTableModel(const AuditService &service, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(actor)
{}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_notifying = true;
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_exhausted = false;
    endResetModel();
    m_notifying = false;
    fetchMore({});
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries[index.row()];
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return entry.details;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SequenceColumn:
        return entry.sequence;
    case TimeColumn:
        return QLocale().toString(entry.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return entry.origin == QLatin1String("gui") ? entry.actor
                                                    : QString(entry.actor + QStringLiteral(" (") + entry.origin + u')');
    case ActionColumn:
        return entry.action;
    case EntityColumn:
        return QString(entry.entityType + u' ' + entry.entityId);
    case ReasonColumn:
        return entry.reason;
    case DetailsColumn:
        return entry.details == QLatin1String("{}") ? QString() : entry.details;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SequenceColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_notifying;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_notifying)
        return;
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.last().sequence;
    auto page = m_service.page(m_actor, m_filter, before, m_pageSize);
    if (!page) {
        m_exhausted = true;
        m_error = page.error();
        Q_EMIT errorChanged(m_error);
        return;
    }
    if (page->size() < m_pageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    m_notifying = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries.append(page.value());
    endInsertRows();
    m_notifying = false;
}

} // namespace creditdesk
