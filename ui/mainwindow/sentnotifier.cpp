#include "mainwindow/sentnotifier.h"

#include "services/outboxchange.h"
#include "services/workspace.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

SentNotifier::SentNotifier(Workspace *workspace, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_gather(new QTimer(this))
    , m_isActive([window] { return window->isActiveWindow(); })
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(GatherMs);
    connect(m_gather, &QTimer::timeout, this, &SentNotifier::tell);
    connect(workspace, &Workspace::outboxItemChanged, this, &SentNotifier::onChange);
}

void SentNotifier::onChange(const OutboxChange &change)
{
    if (change.removed || change.state() != OutboxItem::State::Sent)
        return;
    const OutboxEntry &entry = change.entry;
    const QString kind = entry.kind == QLatin1String("company") ? tr("Company")
        : entry.kind == QLatin1String("contact")                ? tr("Contact")
                                                                : tr("Lead");
    m_single = entry.update
        ? tr("%1 %2 “%3” was saved on the platform.").arg(kind).arg(entry.recordId).arg(entry.title)
        : tr("%1 %2 “%3” went out to the platform.").arg(kind).arg(entry.recordId).arg(entry.title);
    ++m_count;
    if (!m_gather->isActive())
        m_gather->start();
}

void SentNotifier::tell()
{
    const QString text = m_count == 1
        ? m_single
        : tr("%n record(s) went out from the outbox to the platform.", nullptr, m_count);
    m_count = 0;
    m_window->statusBar()->showMessage(text, 15000);
    if (!m_isActive())
        notifyDesktop(tr("Sent from the outbox"), text);
}

void SentNotifier::notifyDesktop(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::activated, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    } else {
        // No notification area (a bare window manager): the taskbar entry asks for attention.
        QApplication::alert(m_window);
    }
    Q_EMIT notified(title, text);
}
