#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace creditdesk {

IdleLock::IdleLock(int idleMinutes, QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(idleMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused)
            Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
    m_timer->start();
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    m_timer->start();
}

void IdleLock::pause()
{
    m_paused = true;
    m_timer->stop();
}

void IdleLock::resume()
{
    m_paused = false;
    m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (!m_paused)
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace creditdesk
