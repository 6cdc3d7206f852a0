#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace creditdesk {

class OfficeKeyService;

/// The desk's office key on the central server page: its fingerprint (or that it has none), and
/// the officer's ways to make the office's key on its first desk, type it in on the others, and
/// show it again to copy it. Each asks for a reason (audited); the key is shown in a dialog to
/// copy, never on the page.
class OfficeKeyBox : public QGroupBox
{
    Q_OBJECT

public:
    OfficeKeyBox(OfficeKeyService &service, const Actor &actor, QWidget *parent = nullptr);

    void reload();
    /// The steps behind the buttons, after their dialogs: making and revealing return the key's
    /// text to show; a failure to make or enter one is also shown on the box.
    Result<QString> makeKey(const QString &reason);
    Status enterKey(const QString &text, const QString &reason);
    Result<QString> revealKey(const QString &reason);

    QLabel *stateLabel() const { return m_state; }
    QPushButton *makeButton() const { return m_make; }
    QPushButton *enterButton() const { return m_enter; }
    QPushButton *showButton() const { return m_show; }

private:
    /// Asks for the reason recorded in the audit journal; empty when the officer cancelled.
    QString askReason(const QString &title);
    void showKeyText(const QString &text);

    OfficeKeyService &m_service;
    Actor m_actor;
    QLabel *m_state;
    QPushButton *m_make;
    QPushButton *m_enter;
    QPushButton *m_show;
};

} // namespace creditdesk
