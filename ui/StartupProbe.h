#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace creditdesk {

/// Measures start-up for `creditdesk --startup-probe`: the milliseconds from process start to
/// the first paint of a window, once the event loop runs again after that paint (so the window
/// answers input). Prints the figure and closes the application.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QObject *parent = nullptr);

    /// Milliseconds the process ran before this probe was created (0 where the OS does not say).
    static qint64 millisecondsBeforeMain();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QElapsedTimer m_sinceMain;
    qint64 m_beforeMain = 0;
    bool m_painted = false;
};

} // namespace creditdesk
