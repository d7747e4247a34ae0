#pragma once

#include "platform/platformresult.h"
#include "platform/requestlog.h"
#include "platform/requestsigner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class PlatformReply;

/// The one signed request path to the platform.
///
/// `call()` serializes the body once, signs those exact bytes and returns a
/// PlatformReply that emits exactly one `finished`. The client owns the one
/// QNetworkAccessManager, the credentials (the secret only in memory) and the
/// clock offset learned from a stale-request answer.
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    explicit PlatformClient(QObject *parent = nullptr);
    ~PlatformClient() override;

    /// Sets address and credentials; returns a message when the address is not
    /// allowed (see PlatformAddress::check) and keeps the old settings then.
    QString configure(const QString &address, const QString &apiKey, const QByteArray &apiSecret);
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    bool hasCredentials() const { return !m_apiKey.isEmpty() && !m_apiSecret.isEmpty(); }

    /// No progress for this long aborts the call as a timeout.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    /// A call (its retries and their waits included) that has not finished after this long is
    /// aborted as a timeout, however steadily the answer trickles in.
    void setTotalDeadline(int milliseconds) { m_totalDeadlineMs = milliseconds; }
    int totalDeadline() const { return m_totalDeadlineMs; }
    /// Answers larger than this are refused: announced larger, unread; sent larger, the call
    /// stops once this many bytes have come in, whatever the framing (chunked, compressed).
    void setResponseSizeCap(qint64 bytes) { m_responseSizeCap = bytes; }
    qint64 responseSizeCap() const { return m_responseSizeCap; }
    /// A 429/503 asking to wait at most this long is retried here; longer waits
    /// are returned to the caller (the outbox schedules them).
    void setMaxRetryAfterWait(int seconds) { m_maxRetryAfterWaitSeconds = seconds; }
    int maxRetryAfterWait() const { return m_maxRetryAfterWaitSeconds; }
    void setMaxBusyRetries(int retries) { m_maxBusyRetries = retries; }
    int maxBusyRetries() const { return m_maxBusyRetries; }

    /// Test seam: certificate authorities trusted besides the system's (a test server's own).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCaCertificates = certificates;
    }

    /// Test seam: the local clock (UTC). The learned offset is added to it.
    void setClock(std::function<QDateTime()> nowUtc);
    QDateTime now() const;
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }
    void setClockOffsetSeconds(qint64 seconds);

    /// Starts `POST /api/1.0/<nameSpace>?action=<action>` with `body`.
    /// The reply deletes itself after `finished`.
    PlatformReply *call(const QString &nameSpace, const QString &action,
                        const QJsonObject &body = QJsonObject());

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    /// Every attempt from now on is recorded in `log` (not owned; may be
    /// shared by several clients), with the secret and signatures withheld.
    void setRequestLog(RequestLog *log) { m_requestLog = log; }
    RequestLog *requestLog() const { return m_requestLog; }

Q_SIGNALS:
    /// The platform said our clock was off; the offset now applied to every call.
    void clockOffsetChanged(qint64 seconds);

private:
    friend class PlatformReply;
    QString configurationProblem() const;
    QByteArray requestString(const QString &nameSpace, const QString &action) const;
    QUrl urlFor(const QByteArray &requestString) const;
    HeaderList headersFor(const QByteArray &requestString, const QByteArray &body,
                          QByteArray *signedString = nullptr) const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    QByteArray m_apiSecret;
    std::function<QDateTime()> m_clock;
    qint64 m_clockOffsetSeconds = 0;
    int m_transferTimeoutMs = 30000;
    int m_totalDeadlineMs = 120000;
    qint64 m_responseSizeCap = 16 * 1024 * 1024;
    int m_maxRetryAfterWaitSeconds = 30;
    int m_maxBusyRetries = 2;
    QPointer<RequestLog> m_requestLog;
    QList<QSslCertificate> m_extraCaCertificates;
};
