#pragma once

#include <QDialog>

class MessageBanner;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class SchemaEditor;
class Workspace;

/// Settings: the profiles (switch, add, edit, remove), the lead
/// custom-field schema of the profile in use and the language (saved at
/// once, used from the next start). Schema edits are saved with
/// OK or Apply only when CustomFieldSchema accepts them; leaving with
/// unsaved edits asks first. The dialog never sees a secret: whoever owns
/// the secrets acts on its signals.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tab
    {
        Profiles,
        LeadSchema,
        General
    };

    SettingsDialog(ProfileStore *profiles, Workspace *workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showTab(Tab tab);
    SchemaEditor *schemaEditor() const { return m_schema; }
    /// Saves the schema edits through the workspace; false, with the reason
    /// shown, when they cannot be saved. True when there was nothing to save.
    bool applySchema();

    void accept() override;
    /// Cancel, Esc and closing the window: asks first when schema edits are unsaved.
    void reject() override;

Q_SIGNALS:
    /// The person chose to work with profile `name`; emitted after the dialog closed.
    void switchProfileRequested(const QString &name);
    void addProfileRequested();
    void editProfileRequested(const QString &name);
    /// `name` was removed from the ProfileStore; its secret is the caller's to delete.
    void profileRemoved(const QString &name);

private:
    QWidget *buildProfilesTab();
    QWidget *buildSchemaTab();
    QWidget *buildGeneralTab();
    void reloadProfiles();
    void loadSchema();
    QString currentProfileName() const;
    QString selectedProfileName() const;
    void useSelectedProfile();
    void editSelectedProfile();
    void removeSelectedProfile();
    void updateProfileButtons();
    void updateApplyButton();
    /// True when nothing unsaved stands in the way of leaving (saved, discarded or none).
    bool resolveUnsavedSchema();

    ProfileStore *m_profiles;
    Workspace *m_workspace;
    QTabWidget *m_tabs;
    QTreeWidget *m_profileList;
    MessageBanner *m_profileMessage;
    QPushButton *m_useProfile;
    QPushButton *m_addProfile;
    QPushButton *m_editProfile;
    QPushButton *m_removeProfile;
    QLabel *m_schemaIntro;
    SchemaEditor *m_schema;
    QDialogButtonBox *m_buttons;
    QComboBox *m_language = nullptr;
};
