#pragma once

#include <QStyledItemDelegate>

namespace creditdesk {

/// Paints a cell's text with the part that matched the query in bold on a highlight, using the
/// range the model gives in SearchResultModel::HighlightRole.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace creditdesk
