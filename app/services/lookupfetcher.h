#pragma once

#include "platform/platformresult.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class PlatformClient;
class PlatformReply;

/// Fetches every lookup list and custom-field definition a form needs, page
/// by page, and reports them all at once or the first error: a refresh is
/// whole or not at all.
///
/// What a platform can make it hold is bounded: each list stops at
/// kMaxItemsPerList entries or kMaxBytesPerList bytes of answers, a refresh at
/// kMaxBytesPerRefresh, and paging stops when a page brings no entry not seen
/// before (an inflated `totalResults` that repeats a page). A lookup list over
/// a cap fails the refresh, saying so; the directory lists are partial anyway
/// and keep what fitted. notes() says what was cut short.
class LookupFetcher : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QString key; ///< e.g. "types"
        QString nameSpace; ///< e.g. "crm"
        QString action; ///< e.g. "getLeadTypeList"
        bool paged; ///< a collection with meta/results, or a plain array
        int maxPages = 500;
    };
    static constexpr int kMaxItemsPerList = 20000;
    static constexpr qint64 kMaxBytesPerList = 8 * 1024 * 1024;
    static constexpr qint64 kMaxBytesPerRefresh = 32 * 1024 * 1024;
    /// The lookup lists and custom-field definitions; all must arrive.
    static const QList<Source> &sources();
    /// Contacts and companies for offline pickers ("contacts", "companies"),
    /// the first pages only: an account may hold far more than a form needs.
    static const QList<Source> &directorySources();

    /// Also fetch directorySources() (after the lookups).
    void setIncludeDirectory(bool include) { m_includeDirectory = include; }

    explicit LookupFetcher(PlatformClient *client, QObject *parent = nullptr);

    void start();
    void abort();

    /// Per source key, every result of every page.
    QMap<QString, QJsonArray> lists() const { return m_lists; }
    /// What was cut short or ended early, one sentence each (empty when nothing was).
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    /// Emitted once; `error` is empty (Kind::None) when every list arrived.
    void finished(const PlatformError &error);
    void progress(int done, int total);

private:
    void requestNext();
    void onReply(const PlatformResult &result);
    /// Adds one page; false when the list must not be paged further.
    bool addPage(const Source &source, const QJsonArray &items, qint64 bytes);
    /// A cap was reached: ends the refresh for a lookup, notes it for the directory.
    bool capReached(const Source &source, const QString &what);
    void fail(const QString &message);

    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
    QMap<QString, QJsonArray> m_lists;
    int m_sourceIndex = 0;
    int m_start = 0;
    int m_pages = 0;
    qint64 m_listBytes = 0;
    qint64 m_refreshBytes = 0;
    QSet<QByteArray> m_seen;
    QStringList m_notes;
    bool m_finished = false;
    bool m_includeDirectory = false;
    QList<Source> m_plan;
};
