#pragma once

#include <QList>
#include <QRect>
#include <QString>

class ProfileStore;
class QMainWindow;

/// What the main window remembers between runs, in the app's settings: its size and place on
/// each screen (a laptop alone and at its desk monitor are two different places), where its
/// docks stand, and which drafts were open in forms, per profile. Without settings it
/// remembers nothing and the window opens at a size that fits the screen.
class WindowMemory
{
public:
    /// `settings` may be null.
    WindowMemory(ProfileStore *settings, QMainWindow *window);

    ProfileStore *settings() const { return m_settings; }

    /// Where the window was on its screen, or the default size; either way within the
    /// screen's available area (Submit never below its edge).
    void restoreGeometry();
    void saveGeometry();
    /// The docks (request inspector, outbox panel) as they were; false when nothing was kept.
    bool restoreDocks();
    void saveDocks();

    QList<qint64> openItems(const QString &profile) const;
    void setOpenItems(const QString &profile, const QList<qint64> &ids);

    /// `wanted` made to fit `available` (less `margin` each side for the frame), and centred
    /// there when it had to change.
    static QRect fitted(const QRect &wanted, const QRect &available, int margin = 0);

private:
    QString screenKey() const;

    ProfileStore *m_settings;
    QMainWindow *m_window;
};
