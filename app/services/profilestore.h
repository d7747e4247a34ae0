#pragma once

#include "model/result.h"
#include "services/profile.h"

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

/// The profiles and which one is in use, kept in QSettings (per user, or in
/// <dataDir>/settings.ini when a data folder is given).
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString &dataDir = QString(), QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString sandboxProfileName();

    QList<Profile> profiles() const;
    Profile profile(const QString &name) const;
    bool contains(const QString &name) const;
    /// Adds or replaces the profile with this name; checks name and address.
    Result<bool> save(const Profile &profile);
    void remove(const QString &name);

    QString currentName() const;
    Profile current() const { return profile(currentName()); }
    void setCurrent(const QString &name);

    /// A setting of the app (window geometry, language …), not of a profile.
    QVariant value(const QString &key, const QVariant &fallback = QVariant()) const;
    void setValue(const QString &key, const QVariant &value);

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &name);

private:
    void writeAll(const QList<Profile> &all);

    std::unique_ptr<QSettings> m_settings;
};
