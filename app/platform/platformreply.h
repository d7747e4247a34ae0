#pragma once

#include "platform/platformresult.h"
#include "platform/requestsigner.h"
#include "platform/responsemapper.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class PlatformClient;
class QNetworkReply;
class QTimer;

/// One platform call: one request in, exactly one `finished(result)` out.
///
/// Owns its timeouts (no progress for the transfer timeout, or not done by the
/// total deadline), the answer's size cap (counted on the bytes read, so a chunked
/// or compressed answer cannot grow past it), and its retries that are safe to
/// repeat: once after a stale-request answer (with the clock offset from the
/// answer's Date header) and after 429/503 when Retry-After asks for a short wait
/// that ends before the deadline. Everything else is the caller's decision.
class PlatformReply : public QObject
{
    Q_OBJECT

public:
    ~PlatformReply() override;

    QString nameSpace() const { return m_nameSpace; }
    QString action() const { return m_action; }
    /// The exact bytes sent (and signed).
    QByteArray body() const { return m_body; }
    bool isFinished() const { return m_finished; }
    const PlatformResult &result() const { return m_result; }

    /// Cancels the call; `finished` is still emitted once, with Kind::Cancelled.
    void abort();

    /// A create must not be sent again after a busy answer (429/503): the platform may have
    /// acted on it anyway. The caller looks it up instead. Busy answers are retried by default.
    void setResendWhenBusy(bool resend) { m_resendWhenBusy = resend; }

Q_SIGNALS:
    void finished(const PlatformResult &result);

private:
    friend class PlatformClient;

    PlatformReply(PlatformClient *client, QString nameSpace, QString action, QByteArray body);

    void start();
    void sendAttempt();
    void onProgress();
    void onUploadProgress(qint64 sent, qint64 total);
    void onDownloadProgress(qint64 received, qint64 total);
    void onReadyRead();
    void onTimeout();
    void onDeadline();
    void onNetworkFinished();
    bool retryIfSafe(const PlatformResult &result, const QByteArray &serverDate);
    void finish(PlatformResult result);
    /// Hands this attempt to the client's RequestLog, if it has one.
    void recordAttempt(const PlatformResult &result);

    PlatformClient *m_client;
    QString m_nameSpace;
    QString m_action;
    QByteArray m_body;
    QByteArray m_requestString;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retryTimer;
    QTimer *m_deadline;
    QElapsedTimer m_callClock;
    ResponseMapper::Exchange m_exchange;
    PlatformResult m_result;
    int m_attempts = 0;
    int m_busyRetries = 0;
    bool m_resendWhenBusy = true;
    bool m_staleRetried = false;
    bool m_finished = false;
    // This attempt as sent, for the request log.
    QDateTime m_attemptStartedUtc;
    QElapsedTimer m_attemptClock;
    QString m_attemptUrl;
    HeaderList m_attemptHeaders;
    QByteArray m_attemptSignedString;
};
