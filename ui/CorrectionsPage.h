#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace creditdesk {

class ListingCorrectionService;

/// The queue of pending listing corrections. Reviewers approve or reject with a reason; the
/// service refuses a decision on one's own registration (four eyes) and a decision on a
/// correction or listing that changed since the queue was loaded.
class CorrectionsPage : public QWidget
{
    Q_OBJECT

public:
    CorrectionsPage(ListingCorrectionService &service, const Actor &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    void refresh();
    /// Decides the correction in \a row; returns false and shows why when refused.
    bool decideRow(int row, bool approve, const QString &reason);

private:
    void decideSelected(bool approve);

    ListingCorrectionService &m_service;
    Actor m_actor;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace creditdesk
