#include "platform/responsemapper.h"

#include "model/jsonscan.h"
#include "model/jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseMapper", text);
}

bool isTransportFailure(QNetworkReply::NetworkError error)
{
    // Errors below 100 are connection and TLS problems, 2xx–4xx mostly HTTP statuses.
    return (error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError)
        || error == QNetworkReply::ContentReSendError;
}
} // namespace

bool ResponseMapper::transferStopped(const Exchange &ex, PlatformError &error)
{
    if (ex.tooLarge) {
        error.kind = PlatformError::Kind::Malformed;
        error.requestMayHaveArrived = true;
        error.message = tr("The platform's answer was larger than %1 MB; it was not read.")
                            .arg(ex.sizeCap / (1024 * 1024));
        return true;
    }
    if (ex.timedOut) {
        error.kind = PlatformError::Kind::Timeout;
        error.requestMayHaveArrived = ex.uploadFinished;
        error.message = ex.deadlineSeconds > 0
            ? tr("The platform at %1 did not finish answering within %2 s; the call was "
                 "stopped.")
                  .arg(ex.host)
                  .arg(ex.deadlineSeconds)
            : tr("The platform at %1 did not answer in time.").arg(ex.host);
        return true;
    }
    if (ex.httpStatus >= 300 && ex.httpStatus < 400) {
        // Not followed: a signed POST must not go to another address behind our back. The
        // platform did not act on it; the address is what needs a look.
        error.kind = PlatformError::Kind::Http;
        error.message = ex.redirectTarget.isEmpty()
            ? tr("The platform at %1 sent the request elsewhere (HTTP %2 redirect); LeadDesk "
                 "does not follow redirects: check the platform address.")
                  .arg(ex.host)
                  .arg(ex.httpStatus)
            : tr("The platform at %1 sent the request to %2 (HTTP %3 redirect); LeadDesk does "
                 "not follow redirects: check the platform address.")
                  .arg(ex.host, QString::fromLatin1(ex.redirectTarget.left(200)))
                  .arg(ex.httpStatus);
        return true;
    }
    if (ex.networkError == QNetworkReply::OperationCanceledError) {
        error.kind = PlatformError::Kind::Cancelled;
        error.requestMayHaveArrived = ex.uploadFinished;
        error.message = tr("The request was cancelled.");
        return true;
    }
    if (ex.networkError == QNetworkReply::SslHandshakeFailedError) {
        error.kind = PlatformError::Kind::Tls;
        error.message
            = tr("The secure connection to %1 failed: %2").arg(ex.host, ex.networkErrorText);
        return true;
    }
    return false;
}

bool ResponseMapper::networkFailed(const Exchange &ex, PlatformError &error)
{
    if (isTransportFailure(ex.networkError) && ex.httpStatus != 0) {
        // The answer started and then broke off: the platform had the request.
        error.kind = PlatformError::Kind::Network;
        error.requestMayHaveArrived = true;
        error.message
            = tr("The platform's answer from %1 was cut off: %2").arg(ex.host, ex.networkErrorText);
        return true;
    }
    if (isTransportFailure(ex.networkError)) {
        error.kind = PlatformError::Kind::Network;
        switch (ex.networkError) {
        case QNetworkReply::ConnectionRefusedError:
            error.message
                = tr("Could not reach the platform at %1: connection refused.").arg(ex.host);
            break;
        case QNetworkReply::HostNotFoundError:
            error.message = tr("Could not reach the platform: host %1 not found.").arg(ex.host);
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.message
                = tr("The platform at %1 closed the connection before answering.").arg(ex.host);
            error.requestMayHaveArrived = ex.uploadFinished;
            break;
        case QNetworkReply::ContentReSendError:
            // Qt wanted to send the body again after the connection dropped.
            error.message
                = tr("The connection to %1 dropped after the request was sent.").arg(ex.host);
            error.requestMayHaveArrived = true;
            break;
        default:
            error.message
                = tr("Could not reach the platform at %1: %2").arg(ex.host, ex.networkErrorText);
            error.requestMayHaveArrived = ex.uploadFinished;
            break;
        }
        return true;
    }

    return false;
}

PlatformResult ResponseMapper::map(const Exchange &ex)
{
    PlatformResult result;
    result.httpStatus = ex.httpStatus;
    result.bytes = ex.body.size();
    result.body = ex.body;
    PlatformError &error = result.error;
    error.httpStatus = ex.httpStatus;
    if (transferStopped(ex, error) || networkFailed(ex, error))
        return result;

    error.retryAfterSeconds = parseRetryAfter(ex.retryAfter, QDateTime::currentDateTimeUtc());

    // Before QJsonDocument: it would build a gigabyte from 16 MB of nested brackets and settle
    // a duplicated key without a word.
    const JsonScan::Finding finding = JsonScan::check(ex.body, JsonScan::forAnswers());
    const bool refused = !finding.ok() && finding.kind != JsonScan::Finding::Kind::Syntax;
    QJsonParseError parseError;
    QJsonDocument doc;
    if (!refused)
        doc = QJsonDocument::fromJson(ex.body, &parseError);
    const bool isJson = !refused && parseError.error == QJsonParseError::NoError
        && (doc.isObject() || doc.isArray());
    const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());

    if (isJson && platformErrorFromBody(json, error)) {
        error.requestMayHaveArrived = error.httpStatus >= 500;
        return result;
    }
    if (ex.httpStatus < 200 || ex.httpStatus >= 300 || isTransportFailure(ex.networkError)) {
        error.kind = PlatformError::Kind::Http;
        error.requestMayHaveArrived = ex.httpStatus >= 500 || ex.httpStatus == 0;
        if (ex.httpStatus == 0)
            error.message = tr("The platform at %1 sent something that is not an HTTP answer: %2")
                                .arg(ex.host, ex.networkErrorText);
        return result;
    }
    if (!isJson) {
        error.kind = PlatformError::Kind::Malformed;
        error.requestMayHaveArrived = true;
        if (ex.body.isEmpty())
            error.message = tr("The platform sent an empty answer.");
        else if (refused)
            error.message = tr("The platform's answer was not read: %1.").arg(finding.describe());
        else
            error.message = tr("The platform's answer is not valid JSON (%1 at byte %2).")
                                .arg(parseError.errorString())
                                .arg(parseError.offset);
        return result;
    }
    result.data = json;
    return result;
}

PlatformResult ResponseMapper::mapAnswer(const QJsonValue &answer)
{
    PlatformResult result;
    PlatformError &error = result.error;
    if (answer.isObject() && platformErrorFromBody(answer, error)) {
        error.requestMayHaveArrived = error.errorCode >= 500;
        return result;
    }
    if (!answer.isObject() && !answer.isArray()) {
        error.kind = PlatformError::Kind::Malformed;
        error.requestMayHaveArrived = true;
        error.message = tr("The platform's batch result for this record is not an answer.");
        return result;
    }
    result.data = answer;
    return result;
}

bool ResponseMapper::platformErrorFromBody(const QJsonValue &json, PlatformError &error)
{
    const QJsonObject obj = json.toObject();
    if (!obj.contains(QStringLiteral("errorCode")))
        return false;
    error.kind = PlatformError::Kind::Platform;
    error.errorCode = obj.value(QStringLiteral("errorCode")).toVariant().toInt();
    error.specificCode = obj.value(QStringLiteral("specificCode")).toVariant().toInt();
    error.message = obj.value(QStringLiteral("message")).toString();
    const QJsonValue additional = obj.value(QStringLiteral("additionalMessages"));
    if (additional.isArray()) {
        for (const QJsonValue &v : additional.toArray())
            error.additionalMessages.append(JsonText::of(v));
    } else if (additional.isString()) {
        error.additionalMessages.append(additional.toString());
    }
    error.fieldKeys = PlatformError::extractFieldKeys(error.message, error.additionalMessages);
    return true;
}

int ResponseMapper::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, nowUtc.secsTo(when)));
}

QDateTime ResponseMapper::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // RFC 7231 IMF-fixdate; the zone is always GMT. English names whatever the locale.
    QDateTime when
        = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid()) {
        when.setTimeSpec(Qt::UTC);
        return when;
    }
    when = QDateTime::fromString(text, Qt::RFC2822Date);
    return when.isValid() ? when.toUTC() : QDateTime();
}
