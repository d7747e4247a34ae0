#include "support/readonlyfolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <unistd.h>

ReadOnlyFolder::ReadOnlyFolder(const QString &path)
    : m_path(path)
    , m_asRoot(geteuid() == 0)
{
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        m_locked << dir.filePath(name);
    m_locked << path;
    if (m_asRoot) {
        QProcess::execute(QStringLiteral("chattr"), QStringList {QStringLiteral("+i")} + m_locked);
        return;
    }
    for (const QString &entry : std::as_const(m_locked))
        QFile::setPermissions(entry, QFile::ReadOwner | QFile::ExeOwner);
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    release();
}

bool ReadOnlyFolder::isReadOnly() const
{
    if (m_locked.isEmpty())
        return false;
    QFile probe(QDir(m_path).filePath(QStringLiteral(".write-probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        return false;
    }
    QFile existing(m_locked.first());
    return m_locked.size() == 1 || !existing.open(QIODevice::Append);
}

void ReadOnlyFolder::release()
{
    if (m_locked.isEmpty())
        return;
    if (m_asRoot) {
        QProcess::execute(QStringLiteral("chattr"), QStringList {QStringLiteral("-i")} + m_locked);
    } else {
        for (const QString &entry : std::as_const(m_locked))
            QFile::setPermissions(entry, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    m_locked.clear();
}
