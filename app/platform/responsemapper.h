#pragma once

#include "platform/platformresult.h"

#include <QByteArray>
#include <QNetworkReply>

/// Turns what came back from one HTTP exchange into a PlatformResult. The one
/// place where transport errors, HTTP status and the platform's JSON error
/// body are mapped (STYLE.md habit 5).
class ResponseMapper
{
public:
    struct Exchange
    {
        QString host;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorText;
        int httpStatus = 0;
        QByteArray body;
        QByteArray retryAfter;
        bool timedOut = false;
        int deadlineSeconds = 0; ///< set when the total deadline (not the idle timeout) ran out
        QByteArray redirectTarget; ///< the Location of a 3xx answer
        bool tooLarge = false;
        qint64 sizeCap = 0;
        bool uploadFinished = false;
    };

    static PlatformResult map(const Exchange &exchange);
    /// One job's answer inside batch results, which has no HTTP exchange of its own: the
    /// platform's error when it holds one, its data otherwise.
    static PlatformResult mapAnswer(const QJsonValue &answer);

    /// Retry-After as seconds from now: delta-seconds or an HTTP date; -1 when absent/invalid.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    /// An RFC 7231 HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`) as UTC, or invalid.
    static QDateTime parseHttpDate(const QByteArray &value);

private:
    /// The transfer ended before an answer could be read (too large, too slow, redirected,
    /// cancelled, refused by TLS): fills `error` and returns true.
    static bool transferStopped(const Exchange &ex, PlatformError &error);
    /// The connection failed or broke off: fills `error` and returns true.
    static bool networkFailed(const Exchange &ex, PlatformError &error);
    static bool platformErrorFromBody(const QJsonValue &json, PlatformError &error);
};
