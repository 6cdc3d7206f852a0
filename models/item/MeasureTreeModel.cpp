#include "MeasureTreeModel.h"

#include <QLocale>

namespace creditdesk {

MeasureTreeModel::MeasureTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void MeasureTreeModel::setMeasures(const QList<AppliedMeasure> &measures)
{
    beginResetModel();
    m_measures = measures;
    m_nodes.clear();
    m_topLevel.clear();
    int currentCategory = -1;
    for (int m = 0; m < m_measures.size(); ++m) {
        const AppliedMeasure &measure = m_measures[m];
        if (currentCategory < 0 || m_nodes[currentCategory].categoryNumber != measure.categoryNumber) {
            Node category;
            category.kind = NodeKind::Category;
            category.row = static_cast<int>(m_topLevel.size());
            category.categoryNumber = measure.categoryNumber;
            category.categoryName = measure.categoryName;
            currentCategory = static_cast<int>(m_nodes.size());
            m_nodes.append(category);
            m_topLevel.append(currentCategory);
        }
        Node measureNode;
        measureNode.kind = NodeKind::Measure;
        measureNode.parent = currentCategory;
        measureNode.row = static_cast<int>(m_nodes[currentCategory].children.size());
        measureNode.measure = m;
        const int measureIndex = static_cast<int>(m_nodes.size());
        m_nodes.append(measureNode);
        m_nodes[currentCategory].children.append(measureIndex);
        for (int f = 0; f < measure.feedback.size(); ++f) {
            Node feedbackNode;
            feedbackNode.kind = NodeKind::Feedback;
            feedbackNode.parent = measureIndex;
            feedbackNode.row = f;
            feedbackNode.measure = m;
            feedbackNode.feedback = f;
            m_nodes[measureIndex].children.append(static_cast<int>(m_nodes.size()));
            m_nodes.append(feedbackNode);
        }
    }
    endResetModel();
}

const MeasureTreeModel::Node *MeasureTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto id = static_cast<qsizetype>(index.internalId());
    return id >= 0 && id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

const AppliedMeasure *MeasureTreeModel::measureAt(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (node == nullptr || node->kind == NodeKind::Category || node->measure < 0 || node->measure >= m_measures.size())
        return nullptr;
    return &m_measures[node->measure];
}

QModelIndex MeasureTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &children = parent.isValid() ? nodeFor(parent)->children : m_topLevel;
    if (row >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[row]));
}

QModelIndex MeasureTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[node->parent].row, 0, static_cast<quintptr>(node->parent));
}

int MeasureTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int MeasureTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MeasureTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (node->kind) {
    case NodeKind::Category:
        return categoryData(*node, index.column(), role);
    case NodeKind::Measure:
        return measureData(m_measures[node->measure], index.column(), role);
    case NodeKind::Feedback:
        return feedbackData(m_measures[node->measure].feedback[node->feedback], index.column(), role);
    }
    return {};
}

QVariant MeasureTreeModel::categoryData(const Node &node, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (column == TitleColumn)
        return tr("(%1) %2").arg(node.categoryNumber).arg(node.categoryName);
    if (column == StatusColumn) {
        int inForce = 0;
        for (const int child : node.children)
            inForce += m_measures[m_nodes[child].measure].endedOn.isValid() ? 0 : 1;
        return QString(tr("%n measure(s)", nullptr, static_cast<int>(node.children.size())) + QStringLiteral(" · ")
                       + tr("%n in force", nullptr, inForce));
    }
    return {};
}

QVariant MeasureTreeModel::measureData(const AppliedMeasure &measure, int column, int role) const
{
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        if (column == TitleColumn)
            return QString(measure.legalBasis + u'\n' + tr("Case %1").arg(measure.caseNumber));
        if (column == EndedColumn)
            return measure.endReason;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return measure.measureTitle;
    case DepartmentColumn:
        return measure.department;
    case StartedColumn:
        return locale.toString(measure.startedOn, QLocale::ShortFormat);
    case EndedColumn:
        return measure.endedOn.isValid() ? locale.toString(measure.endedOn, QLocale::ShortFormat) : QString();
    case StatusColumn:
        if (measure.endedOn.isValid())
            return tr("Lifted");
        return measure.feedback.isEmpty()
                   ? tr("In force, no feedback yet")
                   : tr("In force, %n feedback report(s)", nullptr, static_cast<int>(measure.feedback.size()));
    default:
        return {};
    }
}

QVariant MeasureTreeModel::feedbackData(const Feedback &feedback, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return QString(feedbackHandlingText(feedback.handlingType) + QStringLiteral(": ") + feedback.result);
    case DepartmentColumn:
        return feedback.reportedBy;
    case StartedColumn:
        return QLocale().toString(feedback.occurredOn, QLocale::ShortFormat);
    case StatusColumn:
        return feedback.action;
    default:
        return {};
    }
}

QVariant MeasureTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Measure");
    case DepartmentColumn:
        return tr("Implementing department");
    case StartedColumn:
        return tr("Applied / reported");
    case EndedColumn:
        return tr("Lifted");
    case StatusColumn:
        return tr("Status / feedback");
    default:
        return {};
    }
}

} // namespace creditdesk
