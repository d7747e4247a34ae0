#pragma once

#include "model/lookupcatalog.h"
#include "model/result.h"
#include "platform/platformerror.h"
#include "services/outboxchange.h"
#include "services/profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class Database;
class DuplicateRadar;
class LookupCache;
class LookupSync;
class Outbox;
class OutboxStore;
class PlatformClient;
class PlatformReply;
class RadarIndex;
class RadarIndexer;
class RecordDirectory;
class RecordSearch;
class RequestLog;
class Session;
class Submission;

/// Everything the work of one profile needs, in one place: the signed
/// client, the store, the cached lookups as a catalog, contact/company
/// search, and whether the platform answers.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Connection
    {
        Unknown,
        Checking,
        Online,
        Offline,
        CredentialsRefused
    };
    Q_ENUM(Connection)

    explicit Workspace(const QString &dataDir = QString(), QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens the SQLite store; the app cannot keep drafts without it.
    Result<bool> openStore();
    /// Works against `profile` at `address` (the embedded sandbox's for a
    /// sandbox profile) with this secret; loads its cached lookups.
    /// `preloaded`, when given, is this profile's catalog read ahead (CatalogPreloader).
    Result<bool> activate(const Profile &profile, const QString &address, const QByteArray &secret,
                          std::shared_ptr<const LookupCatalog> preloaded = nullptr);
    const Profile &profile() const { return m_profile; }
    /// The secret (from the keychain) or the address (an embedded sandbox
    /// that started later) arrived after activate(): only the client changes.
    QString setEndpoint(const QString &address, const QByteArray &secret);

    PlatformClient *client() const { return m_client; }
    /// The client's last exchanges, secrets withheld (the request inspector).
    RequestLog *requestLog() const { return m_requestLog; }
    /// The store and the profile's outbox, opened as the CLI opens them.
    Session *session() const { return m_session; }
    Database *database() const;
    LookupCache *lookupCache() const;
    RecordDirectory *directory() const;
    RecordSearch *search() const { return m_search; }
    /// The duplicate radar's local index of this profile's contacts and companies.
    RadarIndex *radarIndex() const { return m_radarIndex.get(); }
    /// Fills radarIndex() in the background (null before activate()).
    RadarIndexer *radarIndexer() const { return m_radarIndexer; }
    /// Starts filling (or refreshing) the radar's index from the platform's lists.
    void startRadarIndex();
    /// A duplicate radar over this profile's index and platform, owned by `parent` (a form).
    DuplicateRadar *newDuplicateRadar(QObject *parent) const;
    /// The region phones without a country code are read in ("AU"): the system's.
    static QString phoneRegion();
    OutboxStore *outboxStore() const;
    /// The profile's outbox; it sends once startOutbox() was called.
    Outbox *outbox() const;
    void startOutbox();
    /// The one submission path; the same object whichever profile is in use.
    Submission *submission() const;
    /// How long sent items stay in the sent history (days; set before activate()).
    void setSentHistoryDays(int days) { m_sentHistoryDays = days; }
    int sentHistoryDays() const { return m_sentHistoryDays; }

    std::shared_ptr<const LookupCatalog> catalog() const { return m_catalog; }
    QDateTime lookupsFetchedAt() const;
    bool lookupsAreStale() const;
    bool isRefreshing() const;
    /// Fetches the lookups into the cache; `catalogChanged` follows on success.
    void refreshLookups();
    /// Makes `definitions` the profile's lead schema (already checked by the caller).
    Result<bool> setLeadSchema(const QJsonArray &definitions);
    /// The profile's lead schema as the admin keeps it.
    Result<QJsonArray> leadSchema() const;

    Connection connection() const { return m_connection; }
    QString connectionMessage() const { return m_connectionMessage; }
    /// `test?action=ping`; the answer updates connection().
    void checkConnection();

Q_SIGNALS:
    /// Another profile is now in use.
    void activated();
    void catalogChanged();
    void refreshStarted();
    /// `problem` empty when the lookups were refreshed.
    void refreshFinished(const QString &problem);
    void connectionChanged(Workspace::Connection connection, const QString &message);
    /// The current outbox's items, whichever outbox is current.
    void outboxItemChanged(const OutboxChange &change);

private:
    Result<bool> reloadCatalog();
    void setConnection(Connection connection, const QString &message);

    QString m_dataDir;
    Profile m_profile;
    PlatformClient *m_client;
    RecordSearch *m_search = nullptr;
    std::unique_ptr<RadarIndex> m_radarIndex;
    RadarIndexer *m_radarIndexer = nullptr;
    int m_sentHistoryDays = 90;
    LookupSync *m_sync = nullptr;
    QPointer<PlatformReply> m_ping;
    std::shared_ptr<const LookupCatalog> m_catalog;
    Connection m_connection = Connection::Unknown;
    QString m_connectionMessage;
    RequestLog *m_requestLog;
    Session *m_session;
};
