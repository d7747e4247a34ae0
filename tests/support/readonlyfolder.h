#pragma once

#include <QString>
#include <QStringList>

/// Makes a folder and the files in it read-only for as long as it lives, the way a full or
/// locked-down disk looks to LeadDesk. Plain permissions do not stop root (these tests run as
/// root in CI), so as root the files are made immutable (chattr +i) instead.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path);
    ~ReadOnlyFolder();

    /// Whether writing there really fails now (checked by trying).
    bool isReadOnly() const;
    /// Writable again.
    void release();

private:
    QString m_path;
    QStringList m_locked;
    bool m_asRoot = false;
};
