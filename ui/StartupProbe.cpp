#include "StartupProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace creditdesk {

StartupProbe::StartupProbe(QObject *parent) : QObject(parent), m_beforeMain(millisecondsBeforeMain())
{
    m_sinceMain.start();
}

qint64 StartupProbe::millisecondsBeforeMain()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: the start time in clock ticks after boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startSeconds = fields[19].toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return qMax<qint64>(0, static_cast<qint64>((nowSeconds - startSeconds) * 1000));
#else
    return 0;
#endif
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->isWindow() && widget->isVisible()) {
            m_painted = true;
            // Queued: runs when the event loop is free again, i.e. when the window takes input.
            QTimer::singleShot(0, this, &StartupProbe::report);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    QTextStream(stdout) << (m_beforeMain + m_sinceMain.elapsed()) << Qt::endl;
    // Close whatever is open (a modal sign-in dialog has its own loop) and leave.
    for (QWidget *window : QApplication::topLevelWidgets())
        window->close();
    QApplication::exit(0);
}

} // namespace creditdesk
