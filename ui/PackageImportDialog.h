#pragma once

#include "domain/Actor.h"
#include "workflow/ExchangeService.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace creditdesk {

class PackageImportJob;

/// Imports a package from the credit platform with progress and cancel (on its own connection,
/// off the GUI thread), then says what became of it: applied (and what it said that was not
/// taken), applied before, waiting for an earlier package of its source, rejected with every
/// fault by line, field and reason, or cancelled. Rejected and cancelled packages write nothing.
class PackageImportDialog : public QDialog
{
    Q_OBJECT

public:
    PackageImportDialog(QString databasePath, Actor actor, QString packagePath, QWidget *parent = nullptr);
    ~PackageImportDialog() override;

    void start();
    bool running() const { return m_job != nullptr; }
    std::optional<ExchangeService::ImportReport::Outcome> outcome() const { return m_outcome; }
    QString statusText() const;
    /// The faults of a rejected package, or what an applied one said that was not taken.
    QTreeWidget *problems() const { return m_problems; }

Q_SIGNALS:
    /// The package was applied (and the cache changed): \a message says how.
    void applied(const QString &message);

public Q_SLOTS:
    /// While importing: asks the import to stop (nothing is written if it is still in time) and
    /// keeps the dialog open until it has; then closes.
    void reject() override;

private:
    void poll();
    void showResult(const Result<ExchangeService::ImportReport> &result);
    void showProblems(const QString &heading, const QList<PackageProblem> &problems);
    void copyProblems();

    QString m_databasePath;
    Actor m_actor;
    QString m_packagePath;
    std::unique_ptr<PackageImportJob> m_job;
    std::optional<ExchangeService::ImportReport::Outcome> m_outcome;
    bool m_cancelAsked = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_problemsHeading;
    QTreeWidget *m_problems;
    QPushButton *m_copy;
    QPushButton *m_close;
    QTimer *m_poll;
};

} // namespace creditdesk
