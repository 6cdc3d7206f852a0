#pragma once

#include "domain/Actor.h"
#include "notices/Notice.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace creditdesk {

class NoticeService;

/// Asks what to issue in a batch: the notice type (with how many are due), the language, how
/// many at most and the folder for the PDFs.
class NoticeBatchDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeBatchDialog(NoticeService &service, const Actor &actor, const QDate &today, QWidget *parent = nullptr);

    NoticeType type() const;
    QString language() const;
    int limit() const;
    QString folder() const;

private:
    void updateDue();

    NoticeService &m_service;
    Actor m_actor;
    QDate m_today;
    QComboBox *m_type;
    QComboBox *m_language;
    QSpinBox *m_limit;
    QLineEdit *m_folder;
    QLabel *m_due;
};

} // namespace creditdesk
