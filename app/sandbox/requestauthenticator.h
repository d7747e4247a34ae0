#pragma once

#include "sandbox/sandboxerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

class QHttpServerRequest;

// Checks a request's IWS signature as signing-the-request.md describes, in this order:
// authorization header, key, Content-MD5, date window, signature. Never reports the expected
// signature or the secret.
class RequestAuthenticator
{
public:
    static constexpr qint64 MaxClockSkewSeconds = 300;

    void setCredentials(const QByteArray &apiKey, const QByteArray &apiSecret);

    std::optional<SandboxError> authenticate(const QHttpServerRequest &request,
                                             const QDateTime &nowUtc) const;

    // RFC 7231 IMF-fixdate ("Tue, 03 Apr 2012 22:23:24 GMT"; UTC accepted for GMT).
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);
    static QByteArray httpDate(const QDateTime &utc);

private:
    /// The iVvy-* headers as they are signed ("IVVYDate=…", sorted), and the date among them.
    struct IvvyHeaders
    {
        QList<QByteArray> parts;
        bool hasDate = false;
        QByteArray date;
    };

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static std::optional<SandboxError> checkContentMd5(const QHttpServerRequest &request);
    static IvvyHeaders ivvyHeaders(const QHttpServerRequest &request);
    static std::optional<SandboxError> checkDate(const QHttpServerRequest &request,
                                                 const IvvyHeaders &ivvy, const QDateTime &nowUtc);
    QByteArray expectedSignature(const QHttpServerRequest &request, const IvvyHeaders &ivvy) const;

    QByteArray m_apiKey;
    QByteArray m_apiSecret;
};
