#pragma once

#include "domain/Actor.h"
#include "workflow/SyncService.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QThread;
class QTimer;

namespace creditdesk {

class OfficeKeyBox;
class OfficeKeyService;

/// The central server page: the server this desk joined (or the form to join one), how far it
/// has caught up and what waits to be sent; synchronising now on a worker thread, with progress
/// and cancel; and the conflicts, which officers resolve with a reason.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    /// One synchronisation, run on a worker thread: it opens its own connections to the cache and
    /// to the server with \a password, and calls \a progress between changes.
    using Synchronise = std::function<Result<SyncService::Report>(const Actor &actor, const QString &password,
                                                                  const SyncService::Progress &progress)>;

    /// \a officeKeys: the office key's box (none without it).
    SyncPage(SyncService &service, const Actor &actor, Synchronise synchronise, OfficeKeyService *officeKeys = nullptr,
             QWidget *parent = nullptr);
    ~SyncPage() override;

    void reload();
    /// Starts a synchronisation (the password from CREDITDESK_SERVER_PASSWORD, else asked for).
    void synchroniseNow();
    bool isSynchronising() const { return m_worker != nullptr; }
    /// Resolves the conflict in \a row of the table; false (with the reason shown) when refused.
    bool resolveRow(int row, SyncService::Resolution resolution, const QString &reason);

    QTableView *conflictView() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *synchroniseButton() const { return m_synchroniseButton; }
    OfficeKeyBox *officeKeyBox() const { return m_officeKeyBox; }

Q_SIGNALS:
    /// The officer wants to see the case of a conflict.
    void openObjectionRequested(qint64 objectionId);
    void openRepairRequested(qint64 applicationId);
    /// The dossier of the subject whose listing a conflict about the court's decision concerns.
    void openSubjectRequested(qint64 subjectId);
    /// A synchronisation changed this desk's cache: it applied changes of other desks or undid
    /// steps of this desk the server refused (also one cancelled); or it failed, after what it
    /// may have done before.
    void changesApplied();

private:
    void join();
    void resolveSelected();
    void finishSynchronising();
    qint64 conflictIdAt(int row) const;
    /// The conflict of the current row (nullptr when none is selected).
    const SyncRepository::Conflict *selectedConflict() const;

    SyncService &m_service;
    Actor m_actor;
    Synchronise m_synchronise;
    QLabel *m_summary;
    QLabel *m_message;
    QGroupBox *m_joinBox;
    OfficeKeyBox *m_officeKeyBox = nullptr;
    QLineEdit *m_address;
    QLineEdit *m_deskName;
    QLineEdit *m_office;
    QPushButton *m_synchroniseButton;
    QPushButton *m_resolveButton;
    QPushButton *m_openButton;
    QCheckBox *m_showResolved;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QList<SyncRepository::Conflict> m_conflicts;

    QThread *m_worker = nullptr;
    QTimer *m_poll;
    std::atomic<bool> m_cancelled = false;
    std::atomic<int> m_sent = 0;
    std::atomic<int> m_applied = 0;
    std::shared_ptr<Result<SyncService::Report>> m_outcome;
};

} // namespace creditdesk
