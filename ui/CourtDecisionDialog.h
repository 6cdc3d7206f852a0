#pragma once

#include "workflow/CourtListService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace creditdesk {

/// Records the court's revocation or deletion of one listing as the office mirrors it: which
/// it is, the Art. 10 event, the court's decision date and document, the creditor for a
/// deletion on the creditor's request, and the reason. Shows the due date as it is typed.
class CourtDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    CourtDecisionDialog(const Listing &listing, const WorkingCalendar &calendar, QWidget *parent = nullptr);

    CourtDecision decision() const;
    void showError(const QString &message);

private:
    void update();

    Listing m_listing;
    WorkingCalendar m_calendar;
    QComboBox *m_kind;
    QComboBox *m_event;
    QDateEdit *m_decided;
    QLabel *m_due;
    QLineEdit *m_document;
    QLineEdit *m_creditor;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace creditdesk
