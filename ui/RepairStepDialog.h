#pragma once

#include "domain/RepairApplication.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;

namespace creditdesk {

/// Asks for the day and the reason of one step of a repair application; for a repair it says
/// what the decision sets off.
class RepairStepDialog : public QDialog
{
    Q_OBJECT

public:
    RepairStepDialog(RepairState to, const QDate &earliest, QWidget *parent = nullptr);

    QDate on() const;
    QString reason() const;
    void setReason(const QString &reason);

private:
    QDateEdit *m_on;
    QPlainTextEdit *m_reason;
};

} // namespace creditdesk
