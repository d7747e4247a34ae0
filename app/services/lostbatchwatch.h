#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

/// Creates that went out together and whose outcome is unknown: a batch run whose answer was
/// lost or whose results could not be read, or what a stopped process had on its way. They may
/// still be landing, one by one, for as long as the platform works on the batch. So each is
/// looked up until what is found of its group has stopped changing for a settle window, and
/// only then is a record that was not found sent again (DESIGN.md "Store: drafts, outbox").
///
/// A value with no clock of its own: every call says when it is, so a test walks through
/// minutes in a line.
class LostBatchWatch
{
public:
    /// `ids` went out together and what became of them is unknown, as of `now`.
    void watch(const QList<qint64> &ids, const QDateTime &now);
    bool isWatched(qint64 id) const { return m_groupOf.contains(id); }
    /// Items still watched.
    int size() const { return int(m_groupOf.size()); }
    bool isEmpty() const { return m_groupOf.isEmpty(); }
    /// The size of the group `id` went out in (0 when it is not watched).
    int groupSize(qint64 id) const;

    /// A look-up found `id` on the platform: its group changed, and `id` leaves the watch.
    void found(qint64 id, const QDateTime &now);
    /// A look-up did not find `id`. True when nothing of its group was found for `settleMs`,
    /// counted from the later of the group's last find and the first miss of `id`: it can be
    /// sent again, and leaves the watch. False: look again later.
    bool notFound(qint64 id, const QDateTime &now, qint64 settleMs);
    /// `id` was settled otherwise (a person decided, it was deleted).
    void forget(qint64 id);

private:
    struct Group
    {
        QDateTime changed; ///< when the group went out, or its last record was found
        int size = 0;
        int open = 0;
    };

    QHash<qint64, int> m_groupOf;
    QHash<qint64, QDateTime> m_firstMissed;
    QHash<int, Group> m_groups;
    int m_nextGroup = 0;
};
