#include "dialogs/settingsdialog.h"

#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/schemaeditor.h"
#include "services/languagesetup.h"
#include "services/profilestore.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum ProfileColumn
{
    NameColumn,
    AddressColumn,
    KeyColumn,
    StateColumn,
    ProfileColumnCount
};
} // namespace

SettingsDialog::SettingsDialog(ProfileStore *profiles, Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildProfilesTab(), tr("&Profiles"));
    m_tabs->addTab(buildSchemaTab(), tr("Lead &schema"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)
        ->setToolTip(tr("Save the lead schema and keep the dialog open."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::applySchema);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    setTabOrder(m_tabs, m_profileList);
    setTabOrder(m_profileList, m_useProfile);
    setTabOrder(m_useProfile, m_addProfile);
    setTabOrder(m_addProfile, m_editProfile);
    setTabOrder(m_editProfile, m_removeProfile);

    connect(m_profiles, &ProfileStore::profilesChanged, this, &SettingsDialog::reloadProfiles);
    connect(m_profiles, &ProfileStore::currentChanged, this, &SettingsDialog::reloadProfiles);
    connect(m_schema, &SchemaEditor::changed, this, &SettingsDialog::updateApplyButton);

    reloadProfiles();
    loadSchema();
    resize(760, 560);
}

SettingsDialog::~SettingsDialog()
{
    // Hiding the dialog commits an open cell editor; that change must not
    // reach this half-destroyed dialog.
    disconnect(m_schema, nullptr, this, nullptr);
}

QWidget *SettingsDialog::buildProfilesTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("profilesPage"));
    m_profileMessage = new MessageBanner(page);
    m_profileMessage->setObjectName(QStringLiteral("profilesMessage"));

    auto *label = new QLabel(tr("P&rofiles on this computer:"), page);
    m_profileList = new QTreeWidget(page);
    m_profileList->setObjectName(QStringLiteral("profilesList"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_profileList->setRootIsDecorated(false);
    m_profileList->setItemsExpandable(false);
    m_profileList->setUniformRowHeights(true);
    m_profileList->setColumnCount(ProfileColumnCount);
    m_profileList->setHeaderLabels(
        {tr("Name"), tr("Platform address"), tr("API key"), tr("State")});
    m_profileList->header()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    m_profileList->header()->setStretchLastSection(false);
    label->setBuddy(m_profileList);

    m_useProfile = new QPushButton(tr("&Use this profile"), page);
    m_useProfile->setObjectName(QStringLiteral("useProfileButton"));
    m_addProfile = new QPushButton(tr("A&dd…"), page);
    m_addProfile->setObjectName(QStringLiteral("addProfileButton"));
    m_editProfile = new QPushButton(tr("&Edit…"), page);
    m_editProfile->setObjectName(QStringLiteral("editProfileButton"));
    m_removeProfile = new QPushButton(tr("Re&move"), page);
    m_removeProfile->setObjectName(QStringLiteral("removeProfileButton"));
    // Buttons in a dialog must not steal Enter from the list or OK.
    for (QPushButton *button : {m_useProfile, m_addProfile, m_editProfile, m_removeProfile})
        button->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_useProfile);
    buttons->addWidget(m_addProfile);
    buttons->addWidget(m_editProfile);
    buttons->addWidget(m_removeProfile);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_profileList, 1);
    row->addLayout(buttons);

    auto *note = new QLabel(
        tr("API secrets are kept in the system keychain, never in these settings."), page);
    note->setWordWrap(true);

    auto *column = new QVBoxLayout(page);
    column->addWidget(m_profileMessage);
    column->addWidget(label);
    column->addLayout(row, 1);
    column->addWidget(note);

    connect(m_profileList, &QTreeWidget::currentItemChanged, this,
            &SettingsDialog::updateProfileButtons);
    connect(m_useProfile, &QPushButton::clicked, this, &SettingsDialog::useSelectedProfile);
    connect(m_addProfile, &QPushButton::clicked, this, [this] { Q_EMIT addProfileRequested(); });
    connect(m_editProfile, &QPushButton::clicked, this, &SettingsDialog::editSelectedProfile);
    connect(m_removeProfile, &QPushButton::clicked, this, &SettingsDialog::removeSelectedProfile);
    return page;
}

QWidget *SettingsDialog::buildSchemaTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("schemaPage"));
    m_schemaIntro = new QLabel(page);
    m_schemaIntro->setObjectName(QStringLiteral("schemaIntro"));
    m_schemaIntro->setWordWrap(true);
    m_schema = new SchemaEditor(page);
    auto *column = new QVBoxLayout(page);
    column->addWidget(m_schemaIntro);
    column->addWidget(m_schema, 1);
    return page;
}

QWidget *SettingsDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    // The language the system's setting gives, which need not be the one in use now.
    m_language->addItem(
        tr("As the system (%1)")
            .arg(LanguageSetup::nativeName(LanguageSetup::systemLanguage(QLocale::system()))),
        QString());
    for (const QString &language : LanguageSetup::languages())
        m_language->addItem(LanguageSetup::nativeName(language), language);
    const int chosen
        = m_language->findData(m_profiles->value(QStringLiteral("language")).toString());
    m_language->setCurrentIndex(qMax(0, chosen));
    auto *note = new QLabel(tr("LeadDesk uses the new language the next time it starts."), page);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    m_language->setAccessibleDescription(note->text());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_profiles->setValue(QStringLiteral("language"), m_language->currentData().toString());
    });

    // How long the sent history keeps what went out (Record → Sent history).
    auto *keep = new QSpinBox(page);
    keep->setObjectName(QStringLiteral("sentHistoryDays"));
    keep->setRange(1, 3650);
    keep->setSuffix(tr(" days"));
    keep->setAccessibleName(tr("Keep the sent history for"));
    keep->setValue(m_profiles->value(QStringLiteral("sentHistoryDays"), 90).toInt());
    connect(keep, &QSpinBox::valueChanged, this, [this](int days) {
        m_profiles->setValue(QStringLiteral("sentHistoryDays"), days);
        if (m_workspace)
            m_workspace->setSentHistoryDays(days);
    });

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Keep the sent &history for:"), keep);
    return page;
}

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Profiles ? 0 : tab == Tab::LeadSchema ? 1 : 2);
}

QString SettingsDialog::currentProfileName() const
{
    const QString inUse = m_workspace ? m_workspace->profile().name : QString();
    return inUse.isEmpty() ? m_profiles->currentName() : inUse;
}

QString SettingsDialog::selectedProfileName() const
{
    const QTreeWidgetItem *item = m_profileList->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

void SettingsDialog::reloadProfiles()
{
    const QString selected = selectedProfileName();
    const QString current = currentProfileName();
    m_profileList->clear();
    QTreeWidgetItem *select = nullptr;
    QTreeWidgetItem *currentItem = nullptr;
    const QList<Profile> all = m_profiles->profiles();
    for (const Profile &profile : all) {
        auto *item = new QTreeWidgetItem(m_profileList);
        item->setText(NameColumn, profile.name);
        item->setData(NameColumn, Qt::UserRole, profile.name);
        item->setText(AddressColumn, profile.sandbox ? tr("built-in sandbox") : profile.address);
        item->setText(KeyColumn, profile.sandbox ? tr("not needed") : profile.apiKey);
        if (profile.name == current) {
            item->setText(StateColumn, tr("In use"));
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            for (int column = 0; column < ProfileColumnCount; ++column)
                item->setFont(column, bold);
            currentItem = item;
        }
        if (profile.name == selected)
            select = item;
    }
    if (!select)
        select = currentItem;
    if (!select && m_profileList->topLevelItemCount() > 0)
        select = m_profileList->topLevelItem(0);
    if (select)
        m_profileList->setCurrentItem(select);
    for (int column = 0; column < ProfileColumnCount; ++column)
        if (column != AddressColumn)
            m_profileList->resizeColumnToContents(column);
    updateProfileButtons();
}

void SettingsDialog::updateProfileButtons()
{
    const QString name = selectedProfileName();
    const bool inUse = !name.isEmpty() && name == currentProfileName();
    m_useProfile->setEnabled(!name.isEmpty() && !inUse);
    m_useProfile->setToolTip(inUse ? tr("This profile is already in use.") : QString());
    const bool sandbox = m_profiles->profile(name).sandbox;
    m_editProfile->setEnabled(!name.isEmpty() && !sandbox);
    m_editProfile->setToolTip(sandbox ? tr("The built-in sandbox has nothing to edit.")
                                      : QString());
    // Stays enabled for the profile in use, so pressing it can say why not.
    m_removeProfile->setEnabled(!name.isEmpty());
}

void SettingsDialog::useSelectedProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty() || name == currentProfileName())
        return;
    if (!resolveUnsavedSchema())
        return;
    QDialog::accept();
    Q_EMIT switchProfileRequested(name);
}

void SettingsDialog::editSelectedProfile()
{
    const QString name = selectedProfileName();
    if (!name.isEmpty())
        Q_EMIT editProfileRequested(name);
}

void SettingsDialog::removeSelectedProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return;
    if (name == currentProfileName()) {
        m_profileMessage->show(MessageBanner::Kind::Warning,
                               tr("'%1' is the profile in use, so it cannot be removed. Switch to "
                                  "another profile first, then remove this one.")
                                   .arg(name));
        return;
    }
    const auto answer = MessageBox::ask(
        this, tr("Remove profile"),
        tr("Remove the profile '%1'? Its API secret is removed from this computer too. The "
           "account on the platform is not changed.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_profiles->remove(name);
    reloadProfiles();
    m_profileMessage->show(MessageBanner::Kind::Success,
                           tr("The profile '%1' was removed.").arg(name));
    Q_EMIT profileRemoved(name);
}

void SettingsDialog::loadSchema()
{
    const QString name = m_workspace ? m_workspace->profile().name : QString();
    m_schemaIntro->setText(
        tr("The platform cannot list lead custom fields, so LeadDesk keeps this list for the "
           "profile '%1'. Admins maintain it here and hand it to their reps with Export…; reps "
           "load it with Import….")
            .arg(name));
    m_schema->setExportFileName(
        tr("lead-schema-%1.json").arg(name.isEmpty() ? tr("profile") : name));
    const auto stored = m_workspace
        ? m_workspace->leadSchema()
        : Result<QJsonArray>::failure(tr("The lead schema cannot be edited: no profile is open."));
    m_schema->setDefinitions(stored ? stored.value() : QJsonArray());
    m_schema->setEnabled(bool(stored));
    if (!stored)
        m_schema->showMessage(true, stored.error());
    updateApplyButton();
}

bool SettingsDialog::applySchema()
{
    m_schema->commitPendingEdit();
    if (!m_schema->isModified())
        return true;
    const QString problem = m_schema->problem();
    if (!problem.isEmpty()) {
        showTab(Tab::LeadSchema);
        m_schema->showMessage(true, tr("The lead schema was not saved. %1").arg(problem));
        return false;
    }
    if (!m_workspace)
        return false;
    const QJsonArray definitions = m_schema->definitions();
    const auto saved = m_workspace->setLeadSchema(definitions);
    if (!saved) {
        showTab(Tab::LeadSchema);
        m_schema->showMessage(true,
                              tr("The lead schema could not be saved: %1").arg(saved.error()));
        return false;
    }
    m_schema->markSaved();
    m_schema->showMessage(
        false, tr("Saved the lead schema (%n field(s)).", nullptr, int(definitions.size())));
    return true;
}

void SettingsDialog::accept()
{
    if (applySchema())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    if (resolveUnsavedSchema())
        QDialog::reject();
}

bool SettingsDialog::resolveUnsavedSchema()
{
    m_schema->commitPendingEdit();
    if (!m_schema->isModified())
        return true;
    showTab(Tab::LeadSchema);
    const auto answer = MessageBox::ask(
        this, tr("Unsaved lead schema"),
        tr("The lead schema has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    switch (answer) {
    case QMessageBox::Save:
        return applySchema();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void SettingsDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_schema->isModified());
}
