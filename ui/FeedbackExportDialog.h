#pragma once

#include "domain/Actor.h"
#include "workflow/ExchangeService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace creditdesk {

/// Writes this office's next outgoing package for the credit platform: the departments'
/// feedback, objection and repair outcomes and measure liftings recorded since an earlier
/// outgoing package (by default the last one written), under the office's source name, to a
/// file. A fault is said in the dialog, and nothing is recorded then.
class FeedbackExportDialog : public QDialog
{
    Q_OBJECT

public:
    FeedbackExportDialog(ExchangeService &service, const Actor &actor, const QString &folder,
                         QWidget *parent = nullptr);

    /// After the dialog was accepted: what was written.
    const std::optional<ExchangeService::ExportReport> &report() const { return m_report; }
    QString filePath() const;
    QLineEdit *sourceEdit() const { return m_source; }
    QSpinBox *sinceBox() const { return m_since; }
    QLineEdit *fileEdit() const { return m_file; }
    QString errorText() const;

public Q_SLOTS:
    /// Writes the package; stays open with the reason when it could not.
    void accept() override;

private:
    void sourceEdited();
    /// Shows the numbering of \a source's outgoing packages: starts after its last one.
    void showNumbering(const QString &source);
    /// The file name offered for the next package of \a source.
    QString defaultFile(const QString &source, qint64 sequence) const;

    ExchangeService &m_service;
    Actor m_actor;
    QString m_folder;
    QString m_storedSource;
    QString m_shownSource; ///< whose numbering the dialog shows
    qint64 m_lastSequence = 0;
    QLineEdit *m_source;
    QSpinBox *m_since;
    QLabel *m_sinceNote;
    QLineEdit *m_file;
    QLabel *m_error;
    QPushButton *m_write = nullptr;
    bool m_fileChosen = false; ///< by the officer: it no longer follows the source name
    std::optional<ExchangeService::ExportReport> m_report;
};

} // namespace creditdesk
