#pragma once

#include "store/SyncRepository.h"
#include "workflow/SyncService.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace creditdesk {

/// Asks how a synchronisation conflict is resolved: this desk's refused step beside the case as
/// it now stands (differences in bold), the resolution, and the reason, which is required.
class ResolveConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResolveConflictDialog(const SyncRepository::Conflict &conflict, QWidget *parent = nullptr);

    SyncService::Resolution resolution() const;
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QRadioButton *takeStepAgainButton() const { return m_takeStepAgain; }

private:
    QRadioButton *m_otherDecisionStands;
    QRadioButton *m_takeStepAgain;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace creditdesk
