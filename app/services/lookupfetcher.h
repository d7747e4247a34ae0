#pragma once

#include "platform/platformresult.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>

class PlatformClient;
class PlatformReply;

/// Fetches every lookup list and custom-field definition a form needs, page
/// by page, and reports them all at once or the first error: a refresh is
/// whole or not at all.
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

Q_SIGNALS:
    /// Emitted once; `error` is empty (Kind::None) when every list arrived.
    void finished(const PlatformError &error);
    void progress(int done, int total);

private:
    void requestNext();
    void onReply(const PlatformResult &result);

    PlatformClient *m_client;
    QPointer<PlatformReply> m_reply;
    QMap<QString, QJsonArray> m_lists;
    int m_sourceIndex = 0;
    int m_start = 0;
    int m_pages = 0;
    bool m_finished = false;
    bool m_includeDirectory = false;
    QList<Source> m_plan;
};
