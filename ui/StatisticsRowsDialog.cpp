#include "StatisticsRowsDialog.h"

#include "ListExport.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

constexpr int sortRole = Qt::UserRole + 1;

/// Sorts each column by its value (a date by the date), not by its localised text.
class RowItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, sortRole);
        const QVariant theirs = other.data(column, sortRole);
        if (mine.typeId() == QMetaType::QDate || theirs.typeId() == QMetaType::QDate)
            return mine.toDate() < theirs.toDate();
        if (mine.typeId() == QMetaType::LongLong && theirs.typeId() == QMetaType::LongLong)
            return mine.toLongLong() < theirs.toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

StatisticsRowsDialog::StatisticsRowsDialog(const QString &title, const QStringList &headers,
                                           const QList<Entry> &entries, int limit, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(headers);
    int dateColumn = -1;
    for (const Entry &entry : entries) {
        auto *item = new RowItem;
        for (int column = 0; column < entry.cells.size(); ++column) {
            const QVariant &cell = entry.cells.at(column);
            if (cell.typeId() == QMetaType::QDate) {
                item->setText(column, locale().toString(cell.toDate(), QLocale::ShortFormat));
                dateColumn = dateColumn < 0 ? column : dateColumn;
            } else {
                item->setText(column, cell.toString());
            }
            item->setData(column, sortRole, cell);
        }
        item->setData(0, Qt::UserRole, entry.subjectId);
        m_list->addTopLevelItem(item);
    }
    m_list->sortByColumn(dateColumn >= 0 ? dateColumn : 0, dateColumn >= 0 ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT subjectChosen(item->data(0, Qt::UserRole).toLongLong()); });
    auto *count =
        new QLabel(entries.size() >= limit
                       ? tr("The newest %1; narrow the filters to see the others.").arg(locale().toString(limit))
                       : tr("%n row(s).", nullptr, static_cast<int>(entries.size())),
                   this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(ListExport::button(this, *m_list->model(), title, QStringLiteral("statistics-rows")),
                       QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace creditdesk
