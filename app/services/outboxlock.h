#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

/// Which process sends a profile's outbox: exactly one at a time (DESIGN.md "Store"). Two
/// senders would each take the other's in-flight items for interrupted ones, look for them
/// before they exist, and send them again. The lock is a file beside the database that dies with
/// its process (QLockFile judges it by the holder's process id, never by its age), so a killed
/// LeadDesk never blocks the next one.
class OutboxLock
{
    Q_DECLARE_TR_FUNCTIONS(OutboxLock)

public:
    OutboxLock(const QString &databasePath, const QString &profile);
    ~OutboxLock();

    /// Takes the lock when nobody holds it (or its holder is gone); never waits.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    /// Who holds it, in words: "the LeadDesk app (process 1234)"; empty when nobody does.
    QString holder() const;
    /// Why the last tryLock() failed when nobody else holds it (the folder cannot be written);
    /// empty when another process holds the lock.
    QString problem() const;
    QString path() const { return m_path; }

private:
    bool canRemove() const;

    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};
