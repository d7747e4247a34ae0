#pragma once

#include "services/profile.h"

#include <QDialog>

class ConnectionTest;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class SecretStore;

/// First run: connect to an iVvy account (region or custom address, API key
/// and secret, a test through `ping`) or try the built-in sandbox. The secret
/// goes to the keychain only; without one, the dialog says so and offers to
/// keep it for this session only.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        Connect,
        Sandbox
    };

    /// `keychain` is where secrets persist (may be unavailable); `session`
    /// holds secrets for this session only.
    WelcomeDialog(ProfileStore *profiles, SecretStore *keychain, SecretStore *session,
                  QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }
    Profile profile() const { return m_profile; }
    /// The secret typed, for this run (also saved to the chosen store).
    QByteArray secret() const { return m_secret; }
    bool sessionOnly() const;

    /// Opens on the connect page with this profile's values (editing a profile).
    void editProfile(const Profile &profile);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildChoicePage();
    QWidget *buildConnectPage();
    QString addressText() const;
    QString checkInputs() const;
    void testConnection();
    void connectAccount();
    void showStatus(const QString &text, bool problem);
    void setBusy(bool busy);

    ProfileStore *m_profiles;
    SecretStore *m_keychain;
    SecretStore *m_session;
    QStackedWidget *m_pages;
    QComboBox *m_region;
    QLineEdit *m_address;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QLineEdit *m_secretEdit;
    QCheckBox *m_sessionOnly;
    QLabel *m_storageNote;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_connect;
    ConnectionTest *m_probe;
    Choice m_choice = Choice::None;
    Profile m_profile;
    QByteArray m_secret;
};
