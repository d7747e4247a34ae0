#include "services/outboxlock.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLockFile>

OutboxLock::OutboxLock(const QString &databasePath, const QString &profile)
    : m_path(
        databasePath + QStringLiteral(".outbox-")
        + QString::fromLatin1(
            QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(12))
        + QStringLiteral(".lock"))
    , m_file(std::make_unique<QLockFile>(m_path))
{
    // Stale only when its process is gone: an app that runs for days keeps its lock.
    m_file->setStaleLockTime(0);
}

OutboxLock::~OutboxLock()
{
    // QLockFile warns on stderr when it cannot remove its file; the process ends with its own
    // message about the read-only folder, and the file is stale once the process is gone.
    if (m_file->isLocked() && !canRemove())
        (void)m_file.release(); // NOLINT: deliberately not destroyed, see above
}

bool OutboxLock::tryLock()
{
    return m_file->isLocked() || m_file->tryLock(0);
}

bool OutboxLock::isLocked() const
{
    return m_file->isLocked();
}

void OutboxLock::unlock()
{
    if (m_file->isLocked() && canRemove())
        m_file->unlock();
}

bool OutboxLock::canRemove() const
{
    return QFileInfo(QFileInfo(m_path).absolutePath()).isWritable();
}

QString OutboxLock::problem() const
{
    if (m_file->isLocked() || m_file->error() == QLockFile::NoError
        || m_file->error() == QLockFile::LockFailedError)
        return QString();
    return tr("its lock file %1 cannot be created: the folder is read-only or full").arg(m_path);
}

QString OutboxLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString program;
    if (m_file->isLocked() || !m_file->getLockInfo(&pid, &host, &program))
        return QString();
    const QString name = QFileInfo(program).fileName();
    if (name == QStringLiteral("leaddesk"))
        return tr("the LeadDesk app (process %1)").arg(pid);
    if (name == QStringLiteral("leaddesk-cli"))
        return tr("another leaddesk-cli (process %1)").arg(pid);
    return tr("another LeadDesk program (process %1)").arg(pid);
}
