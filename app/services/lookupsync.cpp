#include "services/lookupsync.h"

#include "model/lookupcatalog.h"
#include "services/lookupfetcher.h"
#include "store/lookupcache.h"
#include "store/recorddirectory.h"

bool LookupSync::isStale(const QDateTime &fetchedAt, const QDateTime &nowUtc)
{
    return !fetchedAt.isValid() || fetchedAt.secsTo(nowUtc) > kMaxAgeSeconds
        || fetchedAt.secsTo(nowUtc) < -kMaxAgeSeconds;
}

LookupSync::LookupSync(PlatformClient *client, LookupCache *cache, RecordDirectory *directory,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_directory(directory)
{ }

void LookupSync::refresh(const QString &profile)
{
    if (m_fetcher)
        return;
    m_profile = profile;
    m_fetcher = new LookupFetcher(m_client, this);
    m_fetcher->setIncludeDirectory(m_directory != nullptr);
    connect(m_fetcher, &LookupFetcher::progress, this, &LookupSync::progress);
    connect(m_fetcher, &LookupFetcher::finished, this, &LookupSync::onFetched);
    m_fetcher->start();
}

void LookupSync::onFetched(const PlatformError &error)
{
    LookupFetcher *fetcher = m_fetcher;
    m_fetcher = nullptr;
    fetcher->deleteLater();
    m_notes = fetcher->notes();
    if (error.isError()) {
        Q_EMIT finished(error.toString(), error);
        return;
    }
    QMap<QString, QJsonArray> all = fetcher->lists();
    // Definitions that cannot be read would leave forms without their fields:
    // refuse them here, before the old cache is replaced.
    const auto check = LookupCatalog::build(all, QJsonArray());
    if (!check->problems().isEmpty()) {
        Q_EMIT finished(tr("The platform sent custom-field definitions LeadDesk cannot use: %1")
                            .arg(check->problems().first()),
                        PlatformError());
        return;
    }
    QMap<QString, QJsonArray> lookups;
    for (const QString &name : LookupCatalog::listNames())
        lookups.insert(name, all.value(name));
    const auto stored = m_cache->replace(m_profile, lookups, QDateTime::currentDateTimeUtc());
    if (!stored) {
        Q_EMIT finished(stored.error(), PlatformError());
        return;
    }
    if (m_directory) {
        for (const auto &[list, kind] :
             {qMakePair(QStringLiteral("contacts"), QStringLiteral("contact")),
              qMakePair(QStringLiteral("companies"), QStringLiteral("company"))}) {
            const auto remembered = m_directory->remember(m_profile, kind, all.value(list));
            if (!remembered) {
                Q_EMIT finished(remembered.error(), PlatformError());
                return;
            }
        }
    }
    Q_EMIT finished(QString(), PlatformError());
}
