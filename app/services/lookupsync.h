#pragma once

#include "platform/platformerror.h"
#include "services/lookupfetcher.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class LookupCache;

class PlatformClient;
class RecordDirectory;

/// `lookups refresh`: fetches every lookup list, the custom-field definitions
/// and the first pages of contacts and companies, then stores them for one
/// profile in one transaction. A refresh that fails anywhere leaves the old
/// cache whole.
class LookupSync : public QObject
{
    Q_OBJECT

public:
    /// Lookups older than this are refreshed before a submit.
    static constexpr qint64 kMaxAgeSeconds = 24 * 60 * 60;
    static bool isStale(const QDateTime &fetchedAt, const QDateTime &nowUtc);

    LookupSync(PlatformClient *client, LookupCache *cache, RecordDirectory *directory,
               QObject *parent = nullptr);

    void refresh(const QString &profile);
    bool isRunning() const { return m_fetcher != nullptr; }
    /// What the last refresh cut short or ended early (LookupFetcher::notes()).
    QStringList notes() const { return m_notes; }

Q_SIGNALS:
    void progress(int done, int total);
    /// `problem` is empty when the cache was replaced; `platformError` says
    /// why when the fetch failed (Kind::None otherwise).
    void finished(const QString &problem, const PlatformError &platformError);

private:
    void onFetched(const PlatformError &error);

    PlatformClient *m_client;
    LookupCache *m_cache;
    RecordDirectory *m_directory;
    QPointer<LookupFetcher> m_fetcher;
    QString m_profile;
    QStringList m_notes;
};
