#include "StatisticsListingsDialog.h"

#include "domain/Listing.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

/// Sorts the date column by the date, not by its localised text.
class ListingItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 3)
            return data(3, Qt::UserRole).toDate() < other.data(3, Qt::UserRole).toDate();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

StatisticsListingsDialog::StatisticsListingsDialog(const QString &title, const QList<StatisticsListingRow> &rows,
                                                   int limit, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(title);
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Subject"), tr("Case number"), tr("Court"), tr("Decided on"), tr("Ground"), tr("State")});
    for (const StatisticsListingRow &row : rows) {
        auto *item = new ListingItem(QStringList{row.subjectName, row.caseNumber, row.courtName,
                                                 locale().toString(row.decisionDate, QLocale::ShortFormat),
                                                 listingGroundText(static_cast<ListingGround>(row.ground)),
                                                 publicationStateText(static_cast<PublicationState>(row.state))});
        item->setData(0, Qt::UserRole, row.subjectId);
        item->setData(3, Qt::UserRole, row.decisionDate);
        m_list->addTopLevelItem(item);
    }
    m_list->sortByColumn(3, Qt::DescendingOrder);
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT subjectChosen(item->data(0, Qt::UserRole).toLongLong()); });
    auto *count = new QLabel(
        rows.size() >= limit
            ? tr("The newest %1 listings; narrow the filters to see the others.").arg(locale().toString(limit))
            : tr("%n listing(s).", nullptr, static_cast<int>(rows.size())),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace creditdesk
