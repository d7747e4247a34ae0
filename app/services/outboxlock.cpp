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

OutboxLock::~OutboxLock() = default;

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
    if (m_file->isLocked())
        m_file->unlock();
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
