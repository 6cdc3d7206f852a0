#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "notices/Notice.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace creditdesk {

class NoticeBatchJob;
class NoticeRegisterModel;
class NoticeService;

/// The notice register (文书登记): every issued notice, searchable by serial number, recipient
/// or verification code, type and date; a notice previewed, printed or saved as PDF as it was
/// issued, reissued as a new version with a reason, checked for genuineness; notices issued in
/// batches on a worker thread with progress and cancel; the list exported.
class NoticesPage : public QWidget
{
    Q_OBJECT

public:
    NoticesPage(NoticeService &service, QString databasePath, const Actor &actor, const QDate &today,
                QWidget *parent = nullptr);
    ~NoticesPage() override;

    void search();
    QTableView *view() const { return m_view; }
    NoticeRegisterModel *model() const { return m_model; }
    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *typeFilter() const { return m_type; }
    /// The notice in the view's current row, as it was issued; nullptr when none is selected.
    std::unique_ptr<Notice> currentNotice() const;
    /// What the register says about \a codeOrSerial, in a sentence.
    QString verificationText(const QString &codeOrSerial) const;
    /// Issues a batch on a worker thread; the progress dialog can cancel it. For tests and the
    /// batch dialog.
    void startBatch(NoticeType type, const QString &language, int limit, const QString &folder);
    bool batchRunning() const { return m_job != nullptr; }
    /// Stops the batch between two notices, as the progress dialog's Cancel does.
    void cancelBatch();
    QString lastBatchMessage() const { return m_lastBatchMessage; }

Q_SIGNALS:
    void batchFinished(int written);

private:
    void previewCurrent();
    void printCurrent();
    void saveCurrent();
    void reissueCurrent();
    void verify();
    void askForBatch();
    void pollBatch();
    void updateButtons();

    NoticeService &m_service;
    QString m_databasePath;
    Actor m_actor;
    QDate m_today;
    NoticeRegisterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_query;
    QComboBox *m_type;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_reissue;
    std::unique_ptr<NoticeBatchJob> m_job;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll;
    QString m_lastBatchMessage;
};

} // namespace creditdesk
