#pragma once

#include "statistics/Statistics.h"

#include <QDialog>

class QTreeWidget;

namespace creditdesk {

/// The listings behind a bar of the dashboard, newest first; Enter or a double click opens the
/// subject's dossier.
class StatisticsListingsDialog : public QDialog
{
    Q_OBJECT

public:
    StatisticsListingsDialog(const QString &title, const QList<StatisticsListingRow> &rows, int limit,
                             QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void subjectChosen(qint64 subjectId);

private:
    QTreeWidget *m_list;
};

} // namespace creditdesk
