#pragma once

#include "mainwindow/mainwindow.h"
#include "services/catalogpreloader.h"
#include "services/profile.h"

#include <QObject>
#include <QPointer>

class ProfileStore;
class SandboxServer;
class SecretStore;
class Workspace;

/// Starts LeadDesk: finds out whether a keychain is there, asks on first run
/// how to connect, reads the profile's secret, starts the embedded sandbox
/// for a sandbox profile and shows the main window.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        bool sandbox = false; ///< go straight to the sandbox profile
        /// The catalog of `preloadedProfile`, read on a worker while the app started.
        std::shared_future<CatalogPreloader::Outcome> preloaded;
        QString preloadedProfile;
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the first window; false when LeadDesk cannot start (message shown).
    void start();
    MainWindow *mainWindow() const { return m_window; }
    Workspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    /// The main window is up and idle.
    void ready();
    void quitRequested();

private:
    void probeSecrets();
    void onSecretsProbed(SecretStore *store);
    void chooseProfile();
    void activate(const Profile &profile, const QByteArray &secret);
    /// Starts the embedded sandbox if needed, then refreshes lookups or pings.
    void goOnline(const Profile &profile);
    void readSecretAndActivate(const Profile &profile);
    void askForSecret(const Profile &profile, const QString &why);
    void openSettings();
    void editProfile(const Profile &profile);
    /// Works against another profile; open forms are closed first (asking about unsent work).
    void switchTo(const QString &name, const QByteArray &secret = QByteArray());
    void fail(const QString &message);

    Options m_options;
    ProfileStore *m_profiles;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_session;
    Workspace *m_workspace;
    SandboxServer *m_sandbox = nullptr;
    QPointer<MainWindow> m_window;
};
