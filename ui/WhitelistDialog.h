#pragma once

#include "domain/Actor.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace creditdesk {

class ScreeningReviewService;

/// The screening whitelist: applicants cleared against one listing until a date, with who added
/// them and why; expired and revoked entries on request; an officer revokes an entry with a
/// reason.
class WhitelistDialog : public QDialog
{
    Q_OBJECT

public:
    WhitelistDialog(ScreeningReviewService &service, const Actor &actor, const QDate &today, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void revokeCurrent();

    ScreeningReviewService &m_service;
    Actor m_actor;
    QDate m_today;
    QCheckBox *m_all;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace creditdesk
