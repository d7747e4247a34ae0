#include "main/appcontroller.h"

#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/welcomedialog.h"
#include "mainwindow/mainwindow.h"
#include "model/customfieldschema.h"
#include "sandbox/sandboxserver.h"
#include "secrets/secretstoreprobe.h"
#include "secrets/sessionsecretstore.h"
#include "services/profilestore.h"
#include "services/workspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QPushButton>
#include <QTimer>

AppController::AppController(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(m_options.dataDir, this))
    , m_session(new SessionSecretStore(this))
    , m_workspace(new Workspace(m_options.dataDir, this))
{ }

AppController::~AppController()
{
    delete m_window;
}

void AppController::start()
{
    const auto opened = m_workspace->openStore();
    if (!opened)
        return fail(tr("LeadDesk cannot open its data: %1").arg(opened.error()));
    if (m_options.sandbox) {
        const Profile sandbox {ProfileStore::sandboxProfileName(), QString(), QString(), true};
        m_profiles->save(sandbox);
        m_profiles->setCurrent(sandbox.name);
    }
    Profile profile = m_profiles->current();
    if (!profile.isValid() && !m_profiles->profiles().isEmpty()) {
        profile = m_profiles->profiles().first();
        m_profiles->setCurrent(profile.name);
    }
    // A known profile opens its window at once; the keychain is asked after
    // that, so a slow keychain never keeps the rep from typing.
    if (profile.isValid()) {
        activate(profile, QByteArray());
        connect(this, &AppController::ready, this, &AppController::probeSecrets,
                Qt::SingleShotConnection);
        return;
    }
    probeSecrets();
}

void AppController::probeSecrets()
{
    auto *probe = new SecretStoreProbe(this);
    connect(probe, &SecretStoreProbe::finished, this, [this, probe](SecretStore *store) {
        probe->deleteLater();
        onSecretsProbed(store);
    });
    probe->start();
}

void AppController::onSecretsProbed(SecretStore *store)
{
    m_keychain = store;
    m_keychain->setParent(this);
    const Profile profile = m_workspace->profile();
    if (!profile.isValid())
        return chooseProfile();
    if (!profile.sandbox)
        readSecretAndActivate(profile);
}

void AppController::chooseProfile()
{
    WelcomeDialog welcome(m_profiles, m_keychain, m_session);
    if (welcome.exec() != QDialog::Accepted) {
        Q_EMIT quitRequested();
        return;
    }
    activate(welcome.profile(), welcome.secret());
}

void AppController::readSecretAndActivate(const Profile &profile)
{
    // This session's secret first: it exists only when the user chose so.
    SecretJob *job = m_session->read(profile.secretAccount());
    connect(job, &SecretJob::finished, this,
            [this, profile](bool ok, const QByteArray &secret, const QString &, bool) {
                if (ok)
                    return activate(profile, secret);
                SecretJob *stored = m_keychain->read(profile.secretAccount());
                connect(stored, &SecretJob::finished, this,
                        [this, profile](bool found, const QByteArray &value, const QString &error,
                                        bool notFound) {
                            if (found)
                                return activate(profile, value);
                            askForSecret(profile, notFound ? QString() : error);
                        });
            });
}

void AppController::askForSecret(const Profile &profile, const QString &why)
{
    bool ok = false;
    const QString prompt = why.isEmpty()
        ? tr("Enter the API secret for %1 (key %2). It will be kept in %3.")
              .arg(profile.name, profile.apiKey,
                   m_keychain->isAvailable() ? m_keychain->displayName() : m_session->displayName())
        : tr("The API secret for %1 could not be read: %2\nEnter it to go on; it will be kept "
             "for this session only.")
              .arg(profile.name, why);
    const QString secret = QInputDialog::getText(nullptr, tr("API secret"), prompt,
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok || secret.isEmpty()) {
        if (!m_window) {
            Q_EMIT quitRequested();
            return;
        }
        // The rep can go on typing: drafts are kept and submitted leads wait in the outbox.
        MessageBanner *banner = m_window->banner();
        banner->show(MessageBanner::Kind::Warning,
                     tr("Without the API secret for %1 nothing is sent: drafts and submitted "
                        "leads wait in the outbox until you enter it.")
                         .arg(profile.name));
        QPushButton *enter = banner->addAction(tr("Enter &secret…"));
        enter->setObjectName(QStringLiteral("enterSecretButton"));
        connect(enter, &QPushButton::clicked, this, [this, profile] {
            m_window->banner()->clear();
            askForSecret(profile, QString());
        });
        return;
    }
    SecretStore *store = why.isEmpty() && m_keychain->isAvailable() ? m_keychain : m_session;
    SecretJob *job = store->write(profile.secretAccount(), secret.toUtf8());
    connect(
        job, &SecretJob::finished, this,
        [this, store, profile, secret](bool saved, const QByteArray &, const QString &error, bool) {
            if (saved)
                return;
            m_session->write(profile.secretAccount(), secret.toUtf8());
            // Never silently unsaved: the user learns it is for this session only.
            if (m_window)
                MessageBox::inform(m_window, tr("Secret not saved"),
                                   tr("The secret could not be saved in %1: %2 LeadDesk "
                                      "keeps it for this session only.")
                                       .arg(store->displayName(), error));
        });
    activate(profile, secret.toUtf8());
}

void AppController::activate(const Profile &profile, const QByteArray &secret)
{
    Profile effective = profile;
    QString address = profile.address;
    QByteArray actualSecret = secret;
    if (profile.sandbox) {
        effective.apiKey = SandboxServer::defaultApiKey();
        actualSecret = SandboxServer::defaultApiSecret().toUtf8();
        // The sandbox starts once the window is up; its port comes then.
        address = m_sandbox ? m_sandbox->baseUrl().toString() : QStringLiteral("http://127.0.0.1");
    }
    const bool sameProfile = m_window && m_workspace->profile() == effective;
    if (sameProfile) {
        // Only the secret is new: the forms and what is typed in them stay as they are.
        m_workspace->setEndpoint(address, actualSecret);
    } else {
        std::shared_ptr<const LookupCatalog> preloaded;
        if (m_options.preloaded.valid() && m_options.preloadedProfile == profile.name) {
            const auto outcome = m_options.preloaded.get();
            if (outcome)
                preloaded = outcome.value();
            m_options.preloaded = {};
        }
        m_workspace->setSentHistoryDays(
            m_profiles->value(QStringLiteral("sentHistoryDays"), 90).toInt());
        const auto activated = m_workspace->activate(effective, address, actualSecret, preloaded);
        if (!activated)
            return fail(activated.error());
    }
    if (!m_window) {
        m_window = new MainWindow(m_workspace, m_profiles);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
        m_window->show();
        QTimer::singleShot(0, this, &AppController::ready);
    }
    if (actualSecret.isEmpty())
        return; // the secret is on its way; calls wait for it
    // Talking to the platform waits until the window is idle.
    QTimer::singleShot(0, this, [this, profile] { goOnline(profile); });
}

void AppController::goOnline(const Profile &profile)
{
    if (profile.sandbox && !m_sandbox) {
        m_sandbox = new SandboxServer(this);
        if (!m_sandbox->start())
            return fail(tr("The sandbox could not start: %1").arg(m_sandbox->errorString()));
        m_workspace->setEndpoint(m_sandbox->baseUrl().toString(),
                                 SandboxServer::defaultApiSecret().toUtf8());
    }
    if (profile.sandbox && m_workspace->catalog()->customFields(RecordKind::Lead).isEmpty()) {
        // The sandbox's admin hands over its lead schema by itself (once: edits are kept).
        m_workspace->setLeadSchema(CustomFieldSchema::withSelectOrder(
            m_sandbox->leadCustomFieldDefinitions(), m_sandbox->leadCustomFieldDefinitionsText()));
    }
    m_workspace->startOutbox();
    // The duplicate radar's index fills (or catches up) in the background.
    m_workspace->startRadarIndex();
    if (m_workspace->lookupsAreStale())
        m_workspace->refreshLookups();
    else
        m_workspace->checkConnection();
}

void AppController::openSettings()
{
    const QList<Profile> before = m_profiles->profiles();
    SettingsDialog dialog(m_profiles, m_workspace, m_window);
    connect(
        &dialog, &SettingsDialog::switchProfileRequested, this,
        [this](const QString &name) { switchTo(name); }, Qt::QueuedConnection);
    connect(
        &dialog, &SettingsDialog::addProfileRequested, this, [this] { editProfile(Profile()); },
        Qt::QueuedConnection);
    connect(
        &dialog, &SettingsDialog::editProfileRequested, this,
        [this](const QString &name) { editProfile(m_profiles->profile(name)); },
        Qt::QueuedConnection);
    connect(&dialog, &SettingsDialog::profileRemoved, this, [this, before](const QString &name) {
        for (const Profile &p : before) {
            if (p.name != name || p.sandbox)
                continue;
            m_session->remove(p.secretAccount());
            if (m_keychain)
                m_keychain->remove(p.secretAccount());
        }
    });
    dialog.exec();
}

void AppController::editProfile(const Profile &profile)
{
    if (!m_keychain)
        return;
    WelcomeDialog dialog(m_profiles, m_keychain, m_session, m_window);
    dialog.editProfile(profile);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.profile().name == m_workspace->profile().name || !profile.isValid())
        switchTo(dialog.profile().name, dialog.secret());
}

void AppController::switchTo(const QString &name, const QByteArray &secret)
{
    const Profile profile = m_profiles->profile(name);
    if (!profile.isValid())
        return;
    if (m_window && !m_window->closeAllForms())
        return;
    m_profiles->setCurrent(name);
    if (profile.sandbox || !secret.isEmpty())
        return activate(profile, secret);
    if (m_keychain)
        readSecretAndActivate(profile);
}

void AppController::fail(const QString &message)
{
    MessageBox::inform(m_window, tr("LeadDesk cannot start"), message);
    Q_EMIT quitRequested();
}
