#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QSystemTrayIcon;
class QTimer;
class Workspace;
struct OutboxChange;

/// Tells the rep when what the outbox kept went out: a status-bar message naming the record
/// and its id and, while the window is not the active one, a desktop notification. Where the
/// desktop has no notification area, the window's taskbar entry asks for attention instead.
/// A flush of many items is told once, not once per item.
class SentNotifier : public QObject
{
    Q_OBJECT

public:
    /// Items that went out within this long of each other are told together.
    static constexpr int GatherMs = 400;

    SentNotifier(Workspace *workspace, QMainWindow *window);

    /// Test seam: whether the window counts as active (default: QWidget::isActiveWindow()).
    void setActiveCheck(std::function<bool()> isActive) { m_isActive = std::move(isActive); }

Q_SIGNALS:
    /// A desktop notification was given (shown, or the taskbar entry asked for attention).
    void notified(const QString &title, const QString &text);

private:
    void onChange(const OutboxChange &change);
    void tell();
    void notifyDesktop(const QString &title, const QString &text);

    QMainWindow *m_window;
    QTimer *m_gather;
    QPointer<QSystemTrayIcon> m_tray;
    std::function<bool()> m_isActive;
    int m_count = 0;
    QString m_single;
};
