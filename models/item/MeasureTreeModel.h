#pragma once

#include "domain/Dossier.h"

#include <QAbstractItemModel>
#include <QDate>

namespace creditdesk {

/// The measures applied to a subject, grouped by catalogue category, with each measure's
/// departments' feedback beneath it: category → applied measure → feedback report.
class MeasureTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DepartmentColumn, StartedColumn, EndedColumn, StatusColumn, ColumnCount };

    explicit MeasureTreeModel(QObject *parent = nullptr);
    void setMeasures(const QList<AppliedMeasure> &measures);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The applied measure at \a index (its row, or one of its feedback rows), if any.
    const AppliedMeasure *measureAt(const QModelIndex &index) const;

private:
    enum class NodeKind { Category, Measure, Feedback };
    struct Node
    {
        NodeKind kind = NodeKind::Category;
        int parent = -1; ///< node index, -1 for top level
        int row = 0;
        int measure = -1;  ///< index into m_measures
        int feedback = -1; ///< index into that measure's feedback
        int categoryNumber = 0;
        QString categoryName;
        QList<int> children;
    };

    const Node *nodeFor(const QModelIndex &index) const;
    QVariant categoryData(const Node &node, int column, int role) const;
    QVariant measureData(const AppliedMeasure &measure, int column, int role) const;
    QVariant feedbackData(const Feedback &feedback, int column, int role) const;

    QList<AppliedMeasure> m_measures;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace creditdesk
