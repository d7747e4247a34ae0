#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class BatchRunner;
class BodyLimitTcpServer;
class ListActions;
class RecordViews;
class RequestAuthenticator;
class SandboxRouter;
class SandboxStore;
class WriteActions;
struct ApiResult;

/// A local stand-in for the iVvy platform: serves the documented API calls on 127.0.0.1 with
/// seeded data, checking signatures, dates and every documented rule on its own.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /// Loads the seed compiled in under :/sandbox.
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    static QString defaultApiKey();
    static QString defaultApiSecret();
    void setCredentials(const QString &apiKey, const QString &apiSecret);

    /// Listens on 127.0.0.1 only (port 0: the system chooses). false + errorString() on failure.
    bool start(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;

    /// Adds generated companies and contacts to the seed (BulkSeed: deterministic, realistic,
    /// ids from 300000 and 1000000), straight into the store: 100,000 take a few seconds where
    /// creating them over the API would take many minutes. Call before serving.
    void seedBulk(int contacts, int companies);

    /// Test seam for the date window, response dates and record timestamps (UTC).
    void setClock(std::function<QDateTime()> nowUtc);

    /// One received request: what was asked, its body (parsed; {} when not JSON) and the HTTP
    /// status answered. The newest 10,000 are kept.
    struct Call
    {
        QString nameSpace;
        QString action;
        QJsonObject body;
        int status = 0;
    };
    QList<Call> calls() const;
    void clearCalls();

    /// The record in the shape its list call answers with; empty when unknown.
    QJsonObject lead(qint64 id) const;
    QJsonObject contact(qint64 id) const;
    QJsonObject company(qint64 id) const;
    int leadCount() const;
    /// The lead custom-field definitions of the seed (resources/sandbox/lead-custom-fields.json),
    /// in the getCustomFieldDefinition shape: the platform has no call that lists them.
    QJsonArray leadCustomFieldDefinitions() const;
    /// The same as JSON text, the options of its select fields in the seed's order.
    QByteArray leadCustomFieldDefinitionsText() const;
    /// Changes a lead as another user would (no validation) and bumps its modifiedDate.
    bool updateLeadForTest(qint64 id, const QJsonObject &fields);

    /// How the sandbox answers the batch namespace (run, progress, results).
    enum class BatchSupport
    {
        Available, ///< as documented: jobs run asynchronously after run answers an asyncId
        Refused, ///< 403 with specific code 24090: the account may not use batch
        Missing ///< 404 with specific code 23010, as for a call that does not exist
    };
    void setBatchSupport(BatchSupport support);
    BatchSupport batchSupport() const { return m_batchSupport; }
    /// Slow mode, so a test can watch progress: each batch job waits this long before it runs.
    /// 0 (the default) runs them as fast as the event loop allows.
    void setBatchJobDelay(int milliseconds);
    /// The next `count` batch?action=run requests are accepted and their jobs run, but the
    /// answer is cut off after its headers: a client learns no asyncId. (An answer lost before
    /// its first byte is not offered: QNetworkAccessManager would resend the request itself.)
    void dropBatchRunAnswers(int count);
    /// Batch jobs accepted but not run yet, over all batches.
    int pendingBatchJobs() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiResult process(const QHttpServerRequest &request, Call *call);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const ApiResult &result);
    QByteArray refusalResponse(const QByteArray &requestTarget);
    void record(const Call &call);
    void registerRoutes();
    void registerBatchRoutes();
    ApiResult dispatchJob(const QString &nameSpace, const QString &action,
                          const QJsonObject &params);
    void ensureSeeded() const;
    QDateTime now() const;

    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<RecordViews> m_views;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<ListActions> m_lists;
    std::unique_ptr<WriteActions> m_writes;
    std::unique_ptr<SandboxRouter> m_router;
    BatchRunner *m_batches = nullptr;
    BatchSupport m_batchSupport = BatchSupport::Available;
    int m_dropRunAnswers = 0;
    BodyLimitTcpServer *m_tcpServer = nullptr;
    std::function<QDateTime()> m_clock;
    QList<Call> m_calls;
    QString m_errorString;
    mutable bool m_seeded = false;
};
