#pragma once

#include "services/outboxchange.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class OutboxLock;
class OutboxStore;
class QTimer;

/// Exactly one process sends a profile's outbox (OutboxLock). This decides which: claim() takes
/// the lock when it is free; otherwise the process follows, showing what the sending process
/// does to the items (changed) and taking over once that process is gone (tookOver).
class OutboxFollower : public QObject
{
    Q_OBJECT

public:
    OutboxFollower(OutboxStore *store, QString profile, int pollMs, QObject *parent = nullptr);
    ~OutboxFollower() override;

    /// True when this process may send now; false when it follows another.
    bool claim();
    bool isFollowing() const;
    /// Who sends instead, in words (empty unless following).
    QString holder() const { return m_holder; }
    /// Why claim() failed with nobody else sending: the lock cannot be written.
    QString problem() const { return m_problem; }
    void stop();

Q_SIGNALS:
    /// What the sending process did to an item.
    void changed(const OutboxChange &change);
    /// The sending process is gone: this one holds the lock and sends from now on.
    void tookOver();

private:
    void poll();

    OutboxStore *m_store;
    QString m_profile;
    std::unique_ptr<OutboxLock> m_lock;
    QTimer *m_poll;
    QString m_holder;
    QString m_problem;
    /// Every change made up to this time was shown (the store stamps with the wall clock).
    QDateTime m_shownUntil;
};
