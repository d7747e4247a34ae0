#include "dialogs/welcomedialog.h"

#include "platform/platformaddress.h"
#include "secrets/secretstore.h"
#include "services/connectiontest.h"
#include "services/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
enum RegionIndex
{
    Australia,
    UnitedStates,
    UnitedKingdom,
    Custom
};
} // namespace

WelcomeDialog::WelcomeDialog(ProfileStore *profiles, SecretStore *keychain, SecretStore *session,
                             QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_probe(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to LeadDesk"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildChoicePage());
    m_pages->addWidget(buildConnectPage());
    m_probe->setTimeoutMs(15000);
    connect(m_probe, &ConnectionTest::finished, this, [this](bool ok, const QString &message) {
        setBusy(false);
        showStatus(message, !ok);
    });
    resize(560, 420);
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The dialog is answered with the keyboard as often as with the mouse: the focus shows
    // from the start, not only after the first Tab.
    setAttribute(Qt::WA_KeyboardFocusChange);
}

QWidget *WelcomeDialog::buildChoicePage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("<h2>Welcome to LeadDesk</h2>"
                                "<p>Enter leads for iVvy faster than in the web forms, with every "
                                "rule checked as you type, and keep working when the connection "
                                "drops.</p>"),
                             page);
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto *connectButton = new QCommandLinkButton(
        tr("Connect to iVvy"), tr("Use your account's API key and secret."), page);
    connectButton->setObjectName(QStringLiteral("connectChoice"));
    auto *sandboxButton = new QCommandLinkButton(
        tr("Try the sandbox"),
        tr("A built-in practice platform with sample data. Nothing leaves this computer."), page);
    sandboxButton->setObjectName(QStringLiteral("sandboxChoice"));
    // Command links draw no focus in most styles (Fusion among them): a frame in the
    // palette's highlight shows which one the keyboard is on.
    page->setStyleSheet(
        QStringLiteral("QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; }"
                       "QCommandLinkButton:focus { border-color: palette(highlight); }"));
    column->addWidget(connectButton);
    column->addWidget(sandboxButton);
    column->addStretch(1);
    connect(connectButton, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(1);
        m_name->setFocus();
    });
    connect(sandboxButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        m_profile = Profile {ProfileStore::sandboxProfileName(), QString(), QString(), true};
        const auto saved = m_profiles->save(m_profile);
        if (!saved) {
            m_choice = Choice::None;
            return showStatus(saved.error(), true);
        }
        m_profiles->setCurrent(m_profile.name);
        accept();
    });
    return page;
}

QWidget *WelcomeDialog::buildConnectPage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(tr("iVvy"), page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_region = new QComboBox(page);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->addItem(tr("Australia (api.ap-southeast-2.ivvy.com)"));
    m_region->addItem(tr("United States (api.us-west-2.ivvy.com)"));
    m_region->addItem(tr("United Kingdom (api.eu-west-2.ivvy.com)"));
    m_region->addItem(tr("Another address…"));
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_address->setEnabled(false);
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_secretEdit = new QLineEdit(page);
    m_secretEdit->setObjectName(QStringLiteral("apiSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    auto addRow = [form, page](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, page);
        text->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(text, field);
    };
    addRow(tr("Profile &name"), m_name);
    addRow(tr("&Region"), m_region);
    addRow(tr("A&ddress"), m_address);
    addRow(tr("API &key"), m_key);
    addRow(tr("API &secret"), m_secretEdit);
    column->addLayout(form);
    // Focus stays on the list: someone arrowing through it would otherwise be thrown out at
    // its last entry. Tab goes on to the address, now enabled.
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_address->setEnabled(index == Custom); });

    m_storageNote = new QLabel(page);
    m_storageNote->setWordWrap(true);
    m_storageNote->setObjectName(QStringLiteral("storageNote"));
    m_sessionOnly = new QCheckBox(tr("Keep the secret for this session only"), page);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    if (m_keychain->isAvailable()) {
        m_storageNote->setText(
            tr("The secret is kept in %1, never in a file.").arg(m_keychain->displayName()));
    } else {
        m_storageNote->setText(
            tr("No system keychain is available: %1 LeadDesk never writes the secret to a "
               "file, so it can only keep it for this session; you will be asked for it again "
               "next time.")
                .arg(m_keychain->unavailableReason()));
        m_sessionOnly->setChecked(false);
    }
    m_sessionOnly->setVisible(!m_keychain->isAvailable());
    column->addWidget(m_storageNote);
    column->addWidget(m_sessionOnly);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_status);
    column->addStretch(1);

    auto *buttons = new QDialogButtonBox(page);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_test, &QPushButton::clicked, this, &WelcomeDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeDialog::connectAccount);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    return page;
}

void WelcomeDialog::editProfile(const Profile &profile)
{
    m_pages->setCurrentIndex(1);
    if (profile.name.isEmpty())
        return; // a new profile: the defaults stand
    m_name->setText(profile.name);
    m_key->setText(profile.apiKey);
    int region = Custom;
    for (int r : {Australia, UnitedStates, UnitedKingdom})
        if (PlatformAddress::forRegion(PlatformAddress::Region(r)).toString() == profile.address)
            region = r;
    m_region->setCurrentIndex(region);
    if (region == Custom)
        m_address->setText(profile.address);
}

bool WelcomeDialog::sessionOnly() const
{
    return !m_keychain->isAvailable() || m_sessionOnly->isChecked();
}

QString WelcomeDialog::addressText() const
{
    if (m_region->currentIndex() == Custom)
        return m_address->text().trimmed();
    return PlatformAddress::forRegion(PlatformAddress::Region(m_region->currentIndex())).toString();
}

QString WelcomeDialog::checkInputs() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the profile a name.");
    const QString problem = PlatformAddress::check(addressText());
    if (!problem.isEmpty())
        return problem;
    if (m_key->text().trimmed().isEmpty())
        return tr("Enter the API key.");
    if (m_secretEdit->text().isEmpty())
        return tr("Enter the API secret.");
    return QString();
}

void WelcomeDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? tr("⚠ %1").arg(text) : text);
    m_status->setAccessibleName(text);
}

void WelcomeDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
}

void WelcomeDialog::testConnection()
{
    const QString problem = checkInputs();
    if (!problem.isEmpty())
        return showStatus(problem, true);
    const QString config
        = m_probe->start(addressText(), m_key->text(), m_secretEdit->text().toUtf8());
    if (!config.isEmpty())
        return showStatus(config, true);
    showStatus(tr("Testing the connection…"), false);
    setBusy(true);
}

void WelcomeDialog::connectAccount()
{
    const QString problem = checkInputs();
    if (!problem.isEmpty())
        return showStatus(problem, true);
    if (!m_keychain->isAvailable() && !m_sessionOnly->isChecked()) {
        m_sessionOnly->setFocus();
        return showStatus(tr("Tick \"Keep the secret for this session only\" to go on without a "
                             "keychain."),
                          true);
    }
    Profile profile {m_name->text().trimmed(), addressText(), m_key->text().trimmed(), false};
    const auto saved = m_profiles->save(profile);
    if (!saved)
        return showStatus(saved.error(), true);
    m_profile = profile;
    m_secret = m_secretEdit->text().toUtf8();
    SecretStore *store = sessionOnly() ? m_session : m_keychain;
    setBusy(true);
    showStatus(tr("Saving the secret in %1…").arg(store->displayName()), false);
    SecretJob *job = store->write(profile.secretAccount(), m_secret);
    connect(job, &SecretJob::finished, this,
            [this](bool ok, const QByteArray &, const QString &error, bool) {
                setBusy(false);
                if (!ok) {
                    // Never silently unsaved (Nextcloud #3881): say so, offer the session.
                    m_sessionOnly->setVisible(true);
                    return showStatus(tr("The secret could not be saved: %1 Tick \"Keep the "
                                         "secret for this session only\" to go on.")
                                          .arg(error),
                                      true);
                }
                m_secretEdit->clear();
                m_choice = Choice::Connect;
                m_profiles->setCurrent(m_profile.name);
                accept();
            });
}
