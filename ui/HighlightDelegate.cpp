#include "HighlightDelegate.h"

#include "item/SearchResultModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace creditdesk {

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant range = index.data(SearchResultModel::HighlightRole);
    if (!range.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(3, 0, -3, 0);
    const QPoint matched = range.toPoint();
    QTextLayout layout(text, item.font);
    QTextCharFormat emphasis;
    emphasis.setFontWeight(QFont::Bold);
    // A soft amber that keeps black text readable, also for colour-blind officers.
    emphasis.setBackground(QColor(0xff, 0xe0, 0x8a));
    emphasis.setForeground(QColor(Qt::black));
    layout.setFormats({QTextLayout::FormatRange{matched.x(), matched.y(), emphasis}});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const bool selected = item.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

} // namespace creditdesk
