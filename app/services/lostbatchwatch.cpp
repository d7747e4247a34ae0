#include "services/lostbatchwatch.h"

void LostBatchWatch::watch(const QList<qint64> &ids, const QDateTime &now)
{
    const int group = m_nextGroup++;
    Group &g = m_groups[group];
    g.changed = now;
    for (qint64 id : ids) {
        if (m_groupOf.contains(id))
            forget(id);
        m_groupOf.insert(id, group);
        ++g.open;
    }
    g.size = g.open;
    if (g.open == 0)
        m_groups.remove(group);
}

int LostBatchWatch::groupSize(qint64 id) const
{
    const auto group = m_groupOf.constFind(id);
    return group == m_groupOf.constEnd() ? 0 : m_groups.value(*group).size;
}

void LostBatchWatch::found(qint64 id, const QDateTime &now)
{
    const auto group = m_groupOf.constFind(id);
    if (group == m_groupOf.constEnd())
        return;
    m_groups[*group].changed = now;
    forget(id);
}

bool LostBatchWatch::notFound(qint64 id, const QDateTime &now, qint64 settleMs)
{
    const auto group = m_groupOf.constFind(id);
    if (group == m_groupOf.constEnd())
        return true;
    const QDateTime missed = m_firstMissed.value(id, now);
    m_firstMissed.insert(id, missed);
    const QDateTime changed = m_groups.value(*group).changed;
    const QDateTime since = changed > missed ? changed : missed;
    if (since.msecsTo(now) < settleMs)
        return false;
    forget(id);
    return true;
}

void LostBatchWatch::forget(qint64 id)
{
    const auto group = m_groupOf.constFind(id);
    if (group == m_groupOf.constEnd())
        return;
    const int g = *group;
    m_groupOf.erase(group);
    m_firstMissed.remove(id);
    if (--m_groups[g].open <= 0)
        m_groups.remove(g);
}
