#pragma once

#include <QObject>

class QTimer;

namespace creditdesk {

/// Watches keyboard and mouse input of the whole application and reports when there was none
/// for the configured time, so that the window can be locked without losing what is on it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(int idleMinutes, QObject *parent = nullptr);
    void setInterval(int milliseconds);
    /// Stops watching while the lock dialog is shown.
    void pause();
    void resume();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_paused = false;
};

} // namespace creditdesk
