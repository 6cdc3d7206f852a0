#pragma once

#include <QDialog>
#include <QVariantList>

class QTreeWidget;

namespace creditdesk {

/// The listings or cases behind a bar or slice of the dashboard, sortable (dates by date);
/// Enter or a double click opens the subject's dossier.
class StatisticsRowsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 subjectId = 0;
        QVariantList cells; ///< text, or a QDate shown in the reader's format
    };

    /// \a count says how many there are; \a limit is how many were read at most.
    StatisticsRowsDialog(const QString &title, const QStringList &headers, const QList<Entry> &entries, int limit,
                         QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void subjectChosen(qint64 subjectId);

private:
    QTreeWidget *m_list;
};

} // namespace creditdesk
