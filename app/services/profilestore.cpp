#include "services/profilestore.h"

#include "platform/platformaddress.h"

#include <QDir>
#include <QSettings>

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");
} // namespace

ProfileStore::ProfileStore(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    if (dataDir.isEmpty()) {
        m_settings = std::make_unique<QSettings>();
    } else {
        QDir().mkpath(dataDir);
        m_settings = std::make_unique<QSettings>(
            QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::sandboxProfileName()
{
    // A key as much as a name: the same in every language.
    return QStringLiteral("Sandbox");
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.address = m_settings->value(QStringLiteral("address")).toString();
        p.apiKey = m_settings->value(QStringLiteral("apiKey")).toString();
        p.sandbox = m_settings->value(QStringLiteral("sandbox"), false).toBool();
        if (p.isValid())
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

Profile ProfileStore::profile(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        if (p.name == name)
            return p;
    return Profile();
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).isValid();
}

Result<bool> ProfileStore::save(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Result<bool>::failure(tr("A profile needs a name."));
    if (!profile.sandbox) {
        const QString problem = PlatformAddress::check(profile.address);
        if (!problem.isEmpty())
            return Result<bool>::failure(problem);
        if (profile.apiKey.trimmed().isEmpty())
            return Result<bool>::failure(tr("A profile needs an API key."));
    }
    QList<Profile> all = profiles();
    bool replaced = false;
    for (Profile &p : all) {
        if (p.name == profile.name) {
            // Saving what is there already does not touch the disk (every --sandbox start).
            if (p == profile)
                return Result<bool>::success(true);
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(all);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Result<bool>::failure(
            tr("The settings file %1 could not be written.").arg(m_settings->fileName()));
    Q_EMIT profilesChanged();
    return Result<bool>::success(true);
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    all.removeIf([&name](const Profile &p) { return p.name == name; });
    writeAll(all);
    if (currentName() == name)
        m_settings->remove(kCurrent);
    m_settings->sync();
    Q_EMIT profilesChanged();
}

void ProfileStore::writeAll(const QList<Profile> &all)
{
    // A shorter list must not leave the old tail behind.
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), all.at(i).name);
        m_settings->setValue(QStringLiteral("address"), all.at(i).address);
        m_settings->setValue(QStringLiteral("apiKey"), all.at(i).apiKey);
        m_settings->setValue(QStringLiteral("sandbox"), all.at(i).sandbox);
    }
    m_settings->endArray();
}

QString ProfileStore::currentName() const
{
    return m_settings->value(kCurrent).toString();
}

void ProfileStore::setCurrent(const QString &name)
{
    if (currentName() == name)
        return;
    m_settings->setValue(kCurrent, name);
    m_settings->sync();
    Q_EMIT currentChanged(name);
}

QVariant ProfileStore::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(QStringLiteral("app/") + key, fallback);
}

void ProfileStore::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(QStringLiteral("app/") + key, value);
}
