#include "platform/platformreply.h"

#include "platform/oneshotbody.h"
#include "platform/platformclient.h"
#include "platform/platformlog.h"
#include "platform/requestlog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <limits>

PlatformReply::PlatformReply(PlatformClient *client, QString nameSpace, QString action,
                             QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_nameSpace(std::move(nameSpace))
    , m_action(std::move(action))
    , m_body(std::move(body))
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &PlatformReply::onTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &PlatformReply::sendAttempt);
    connect(m_deadline, &QTimer::timeout, this, &PlatformReply::onDeadline);
}

PlatformReply::~PlatformReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PlatformReply::start()
{
    if (m_finished)
        return;
    const QString problem = m_client->configurationProblem();
    if (!problem.isEmpty()) {
        PlatformResult result;
        result.error.kind = PlatformError::Kind::Configuration;
        result.error.message = problem;
        finish(result);
        return;
    }
    m_requestString = m_client->requestString(m_nameSpace, m_action);
    m_callClock.start();
    if (m_client->totalDeadline() > 0)
        m_deadline->start(m_client->totalDeadline());
    sendAttempt();
}

void PlatformReply::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    const QUrl url = m_client->urlFor(m_requestString);
    QNetworkRequest request(url);
    // The headers are signed for this attempt's date; a retry signs again.
    m_attemptHeaders = m_client->headersFor(m_requestString, m_body, &m_attemptSignedString);
    for (const auto &[name, value] : m_attemptHeaders)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!m_client->m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_client->m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    m_exchange = ResponseMapper::Exchange();
    m_exchange.host = url.host();
    m_exchange.sizeCap = m_client->responseSizeCap();

    // See OneShotBody: Qt must not send this body a second time on its own.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    auto *body = new OneShotBody(m_body, this);
    m_attemptUrl = url.toString();
    m_attemptStartedUtc = QDateTime::currentDateTimeUtc();
    m_attemptClock.start();
    m_reply = m_client->networkAccessManager()->post(request, body);
    body->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &PlatformReply::onUploadProgress);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PlatformReply::onDownloadProgress);
    connect(m_reply, &QNetworkReply::readyRead, this, &PlatformReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PlatformReply::onNetworkFinished);
    m_timeout->start(m_client->transferTimeout());
    qCDebug(lcPlatform) << "POST" << m_nameSpace << m_action << "attempt" << m_attempts;
}

void PlatformReply::onUploadProgress(qint64 sent, qint64 total)
{
    if (total > 0 && sent >= total)
        m_exchange.uploadFinished = true;
    onProgress();
}

void PlatformReply::onDownloadProgress(qint64 received, qint64 total)
{
    // Anything downloaded means the request was read by someone.
    if (received > 0)
        m_exchange.uploadFinished = true;
    // A progress signal queued before the reply was let go (aborted, finished) still arrives.
    if (!m_reply)
        return;
    if (total > m_exchange.sizeCap) {
        // Announced larger than the cap: refused before it is read.
        m_exchange.tooLarge = true;
        m_reply->abort();
        return;
    }
    onProgress();
}

void PlatformReply::onReadyRead()
{
    if (!m_reply || m_exchange.tooLarge)
        return;
    m_exchange.uploadFinished = true;
    // Taken as it comes and counted here, whatever the framing: what the network thread hands
    // over is never left to pile up in QNetworkReply until the end. (Its read buffer limit is
    // not used: in Qt 6.4 it can stall a transfer for good while the thread reads on.)
    m_exchange.body += m_reply->readAll();
    if (m_exchange.body.size() > m_exchange.sizeCap) {
        m_exchange.tooLarge = true;
        m_exchange.body.clear();
        m_exchange.body.squeeze();
        m_reply->abort();
        return;
    }
    onProgress();
}

void PlatformReply::onProgress()
{
    if (m_timeout->isActive())
        m_timeout->start(m_client->transferTimeout());
}

void PlatformReply::onTimeout()
{
    if (!m_reply)
        return;
    m_exchange.timedOut = true;
    m_reply->abort();
}

void PlatformReply::onDeadline()
{
    if (m_finished)
        return;
    m_exchange.timedOut = true;
    m_exchange.deadlineSeconds = qMax(1, m_client->totalDeadline() / 1000);
    if (m_reply) {
        m_reply->abort(); // onNetworkFinished() maps and finishes
        return;
    }
    // Between attempts: retryIfSafe() schedules no wait past the deadline, so this is rare.
    m_retryTimer->stop();
    PlatformResult result = ResponseMapper::map(m_exchange);
    result.attempts = m_attempts;
    finish(result);
}

void PlatformReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout->stop();
    m_reply = nullptr;
    reply->deleteLater();

    m_exchange.networkError = reply->error();
    m_exchange.networkErrorText = reply->errorString();
    m_exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.retryAfter = reply->rawHeader("Retry-After");
    m_exchange.redirectTarget = reply->rawHeader("Location");
    if (!m_exchange.tooLarge && !m_exchange.timedOut) {
        // At most the read buffer is left; the cap still counts.
        m_exchange.body += reply->readAll();
        if (m_exchange.body.size() > m_exchange.sizeCap) {
            m_exchange.tooLarge = true;
            m_exchange.body.clear();
        }
    }
    if (m_exchange.httpStatus > 0)
        m_exchange.uploadFinished = true;

    PlatformResult result = ResponseMapper::map(m_exchange);
    result.attempts = m_attempts;
    recordAttempt(result);
    qCInfo(lcPlatform).noquote() << QStringLiteral("%1.%2 → %3 %4")
                                        .arg(m_nameSpace, m_action)
                                        .arg(m_exchange.httpStatus)
                                        .arg(PlatformError::kindName(result.error.kind));
    if (retryIfSafe(result, reply->rawHeader("Date")))
        return;
    finish(result);
}

bool PlatformReply::retryIfSafe(const PlatformResult &result, const QByteArray &serverDate)
{
    const PlatformError &error = result.error;
    if (error.isStaleRequest() && !m_staleRetried) {
        const QDateTime server = ResponseMapper::parseHttpDate(serverDate);
        if (!server.isValid())
            return false;
        m_staleRetried = true;
        // The platform rejected the request before acting on it; the same body
        // signed with the platform's idea of now is safe to send again.
        m_client->setClockOffsetSeconds(m_client->m_clock().secsTo(server));
        qCInfo(lcPlatform) << "clock off by" << m_client->clockOffsetSeconds() << "s; retrying";
        sendAttempt();
        return true;
    }
    const int status = error.httpStatus;
    // A wait that ends past the deadline is the caller's to schedule.
    const qint64 left = m_client->totalDeadline() > 0
        ? m_client->totalDeadline() - m_callClock.elapsed()
        : std::numeric_limits<qint64>::max();
    if (m_resendWhenBusy && (status == 429 || status == 503) && error.retryAfterSeconds >= 0
        && error.retryAfterSeconds <= m_client->maxRetryAfterWait()
        && error.retryAfterSeconds * qint64(1000) < left
        && m_busyRetries < m_client->maxBusyRetries()) {
        ++m_busyRetries;
        m_retryTimer->start(error.retryAfterSeconds * 1000);
        return true;
    }
    return false;
}

void PlatformReply::abort()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    m_timeout->stop();
    const bool inFlight = m_reply;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    PlatformResult result;
    result.attempts = m_attempts;
    result.error.kind = PlatformError::Kind::Cancelled;
    result.error.requestMayHaveArrived = m_exchange.uploadFinished;
    result.error.message = tr("The request was cancelled.");
    if (inFlight)
        recordAttempt(result);
    finish(result);
}

void PlatformReply::finish(PlatformResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline->stop();
    m_result = std::move(result);
    Q_EMIT finished(m_result);
    deleteLater();
}

void PlatformReply::recordAttempt(const PlatformResult &result)
{
    RequestLog *log = m_client->requestLog();
    if (!log)
        return;
    RequestLog::Entry entry;
    entry.startedUtc = m_attemptStartedUtc;
    entry.nameSpace = m_nameSpace;
    entry.action = m_action;
    entry.url = m_attemptUrl;
    entry.requestBody = m_body;
    entry.responseBody = m_exchange.body;
    entry.httpStatus = m_exchange.httpStatus;
    entry.durationMs = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    entry.attempt = m_attempts;
    entry.outcome = result.ok() ? RequestLog::okOutcome() : result.error.toString();
    entry.stringToSign = m_attemptSignedString;
    entry.headers = m_attemptHeaders;
    // The log masks the authorization header; these go from every field too.
    QList<QByteArray> withheld {m_client->m_apiSecret, m_client->m_apiKey.toUtf8()};
    for (const auto &[name, value] : std::as_const(m_attemptHeaders))
        if (name.compare("X-Api-Authorization", Qt::CaseInsensitive) == 0)
            withheld.append(value.mid(value.lastIndexOf(':') + 1));
    log->add(std::move(entry), withheld);
}
