#include "services/outboxfollower.h"

#include "services/outboxlock.h"
#include "store/outboxstore.h"

#include <QTimer>

OutboxFollower::OutboxFollower(OutboxStore *store, QString profile, int pollMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_lock(std::make_unique<OutboxLock>(store->databasePath(), m_profile))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(pollMs);
    connect(m_poll, &QTimer::timeout, this, &OutboxFollower::poll);
}

OutboxFollower::~OutboxFollower() = default;

bool OutboxFollower::claim()
{
    if (m_lock->tryLock()) {
        m_poll->stop();
        m_holder.clear();
        m_problem.clear();
        return true;
    }
    // Not held by anyone: the folder cannot be written, so neither can the outbox.
    m_problem = m_lock->problem();
    if (!m_problem.isEmpty())
        return false;
    m_holder = m_lock->holder();
    // A second back covers a change being written as we look.
    m_shownUntil = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_poll->start();
    return false;
}

bool OutboxFollower::isFollowing() const
{
    return m_poll->isActive();
}

void OutboxFollower::stop()
{
    m_poll->stop();
}

void OutboxFollower::poll()
{
    if (m_lock->tryLock()) {
        m_poll->stop();
        m_holder.clear();
        return Q_EMIT tookOver();
    }
    const auto changes = m_store->entriesChangedSince(m_profile, m_shownUntil);
    if (!changes)
        return;
    for (const OutboxEntry &entry : changes.value()) {
        m_shownUntil = qMax(m_shownUntil, entry.updatedAt);
        Q_EMIT changed({entry, {}, false});
    }
}
