#pragma once

#include "domain/Actor.h"
#include "workflow/ScreeningService.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace creditdesk {

class ScreeningJob;
class ScreeningResultModel;
class ScreeningReviewService;

/// Batch screening (自动比对): choose a file, map its columns with a preview, screen it off the
/// GUI thread with progress and cancel, then review the results grouped by applicant — each
/// match opens side by side for a decision. Earlier batches stay selectable with their frozen
/// record; reviewers find the hits awaiting their confirmation here.
class ScreeningPage : public QWidget
{
    Q_OBJECT

public:
    ScreeningPage(ScreeningReviewService &review, QString databasePath, const Actor &actor, QSettings &settings,
                  QWidget *parent = nullptr);
    ~ScreeningPage() override;

    /// Reloads the batches and shows \a batchId (0: the one shown, or the newest).
    void reload(qint64 batchId = 0);
    /// Asks for a file, shows the mapping step, then screens.
    void chooseFile();
    /// Shows the mapping step for \a path, then screens.
    void screenFile(const QString &path);
    /// Screens \a path without the mapping step (tests and screenshots); emits screened().
    void startScreening(const QString &path, const ScreeningOptions &options);
    bool isScreening() const { return m_job != nullptr; }
    /// Opens the review of the match at \a index of the view (an applicant opens its best match).
    void openReview(const QModelIndex &index);
    void openWhitelist();

    QTreeView *view() const { return m_view; }
    QComboBox *batchChooser() const { return m_batches; }
    QCheckBox *noHitToggle() const { return m_showNoHit; }
    QLabel *summaryLabel() const { return m_summary; }
    ScreeningResultModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void screened(qint64 batchId, const QString &message);

private:
    void showBatch();
    void pollJob();
    void openNextAwaiting();
    void updateAwaiting();
    /// Tells the officer that decisions wait while a batch runs; true when one runs.
    bool refuseWhileScreening();

    ScreeningReviewService &m_review;
    QString m_databasePath;
    Actor m_actor;
    QSettings &m_settings;
    ScreeningResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_batches;
    QCheckBox *m_showNoHit;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_awaiting;
    QPushButton *m_nextAwaiting;
    std::unique_ptr<ScreeningJob> m_job;
    QString m_jobFile;
    QPointer<QProgressDialog> m_progress; ///< deletes itself when closed
    bool m_polling = false;
    QTimer *m_poll;
};

} // namespace creditdesk
