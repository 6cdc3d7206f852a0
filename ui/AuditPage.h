#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace creditdesk {

class AuditService;
class AuditTableModel;

/// The audit viewer for auditors and admins: filter by user, action, subject and date, verify
/// the hash chain, export what is shown to CSV.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(AuditService &service, const Actor &actor, const QStringList &users, const QStringList &actions,
              QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    void verify();
    void exportTo(const QString &path);

private:
    void applyFilter();
    void chooseExportFile();

    AuditService &m_service;
    Actor m_actor;
    AuditTableModel *m_model;
    QComboBox *m_user;
    QComboBox *m_action;
    QLineEdit *m_subject;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace creditdesk
