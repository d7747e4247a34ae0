#include "mainwindow/windowmemory.h"

#include "services/profilestore.h"

#include <QMainWindow>
#include <QScreen>

namespace {
/// A comfortable size for a form beside the outbox panel, when the screen has room.
const QSize kDefaultSize(1180, 820);
/// Room for the window manager's frame and title bar.
constexpr int kFrameMargin = 24;
} // namespace

WindowMemory::WindowMemory(ProfileStore *settings, QMainWindow *window)
    : m_settings(settings)
    , m_window(window)
{ }

QRect WindowMemory::fitted(const QRect &wanted, const QRect &available, int margin)
{
    const QRect room = available.adjusted(margin, margin, -margin, -margin);
    if (room.contains(wanted))
        return wanted;
    QRect result(wanted.topLeft(), wanted.size().boundedTo(room.size()));
    result.moveCenter(room.center());
    return result;
}

QString WindowMemory::screenKey() const
{
    const QScreen *screen = m_window->screen();
    if (!screen)
        return QStringLiteral("default");
    const QRect geometry = screen->geometry();
    return QStringLiteral("%1 %2x%3")
        .arg(screen->name())
        .arg(geometry.width())
        .arg(geometry.height());
}

void WindowMemory::restoreGeometry()
{
    const QByteArray kept = m_settings
        ? m_settings->value(QStringLiteral("window/%1/geometry").arg(screenKey())).toByteArray()
        : QByteArray();
    const bool restored = !kept.isEmpty() && m_window->restoreGeometry(kept);
    const QScreen *screen = m_window->screen();
    if (!screen || m_window->isMaximized())
        return;
    const QRect available = screen->availableGeometry();
    QRect wanted(m_window->pos(), m_window->size());
    if (!restored) {
        wanted.setSize(kDefaultSize);
        wanted.moveCenter(available.center());
    }
    const QRect fit = fitted(wanted, available, kFrameMargin);
    m_window->resize(fit.size());
    m_window->move(fit.topLeft());
}

void WindowMemory::saveGeometry()
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("window/%1/geometry").arg(screenKey()),
                             m_window->saveGeometry());
}

bool WindowMemory::restoreDocks()
{
    const QByteArray kept = m_settings
        ? m_settings->value(QStringLiteral("window/docks")).toByteArray()
        : QByteArray();
    return !kept.isEmpty() && m_window->restoreState(kept);
}

void WindowMemory::saveDocks()
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("window/docks"), m_window->saveState());
}

QList<qint64> WindowMemory::openItems(const QString &profile) const
{
    QList<qint64> ids;
    if (!m_settings)
        return ids;
    const QStringList kept
        = m_settings->value(QStringLiteral("openForms/%1").arg(profile)).toStringList();
    for (const QString &id : kept)
        if (id.toLongLong() > 0)
            ids.append(id.toLongLong());
    return ids;
}

void WindowMemory::setOpenItems(const QString &profile, const QList<qint64> &ids)
{
    if (!m_settings || profile.isEmpty())
        return;
    QStringList kept;
    for (qint64 id : ids)
        kept.append(QString::number(id));
    m_settings->setValue(QStringLiteral("openForms/%1").arg(profile), kept);
}
