#pragma once

#include "workflow/ScreeningService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace creditdesk {

/// The step before a batch is screened: how the file was read, which column holds which
/// applicant field (recognised from the header, changeable), the first rows as a preview with
/// the mapped columns named, the thresholds, and whether bad rows are skipped.
class ScreeningSetupDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningSetupDialog(const QString &path, const ScreeningPreview &preview, const ScreeningThresholds &thresholds,
                         QWidget *parent = nullptr);

    ScreeningOptions options() const;
    QComboBox *columnChooser(ApplicantField field) const;
    QTableWidget *previewTable() const { return m_preview; }

private:
    void updateMapping();

    ScreeningPreview m_previewData;
    QList<QComboBox *> m_columns;
    QDoubleSpinBox *m_hit;
    QDoubleSpinBox *m_review;
    QCheckBox *m_skipBadRows;
    QTableWidget *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace creditdesk
