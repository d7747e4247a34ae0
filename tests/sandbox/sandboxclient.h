#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <optional>

// How one test request departs from a correctly signed one.
struct SandboxCallOptions
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray key = QByteArrayLiteral("sandbox-key");
    QByteArray secret = QByteArrayLiteral("sandbox-secret");
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QDateTime date; // empty: now
    bool useIvvyDate = true; // false: an RFC 7231 Date header instead
    bool utcSuffix = true; // IVVY-Date with or without " UTC"
    bool sendContentMd5 = true;
    bool sendAuthorization = true;
    QByteArray authorizationOverride; // sent as is when not empty
    std::optional<QByteArray> bodySent; // bytes sent instead of the signed body
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. more IVVY-* headers (signed)
    QList<QPair<QByteArray, QByteArray>> unsignedHeaders; // sent, but left out of the signature
    bool sendDate = true; // false: no date header at all
};

// What came back: status, body and headers.
struct SandboxReply
{
    int status = 0;
    QByteArray raw;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QJsonArray results() const { return object().value(QLatin1String("results")).toArray(); }
    int specificCode() const { return object().value(QLatin1String("specificCode")).toInt(); }
    QString message() const { return object().value(QLatin1String("message")).toString(); }
    QStringList additionalMessages() const;
};

// A deliberately separate, tiny signer and caller for the sandbox tests: it follows
// signing-the-request.md itself and shares nothing with app/platform, so the sandbox is tested
// against the documentation rather than against the client it is meant to check.
class SandboxClient
{
public:
    using Options = SandboxCallOptions;
    using Reply = SandboxReply;

    explicit SandboxClient(QUrl baseUrl);

    Reply call(const QString &nameSpace, const QString &action, const QJsonObject &body = {},
               const Options &options = {});
    Reply callRaw(const QString &nameSpace, const QString &action, const QByteArray &body,
                  const Options &options = {});
    // Any path and query, e.g. "/api/1.0/test?action=ping" or "/nothing".
    Reply send(const QByteArray &pathAndQuery, const QByteArray &body, const Options &options);

    static QByteArray stringToSign(const QByteArray &contentMd5, const QByteArray &contentType,
                                   const QByteArray &date, const QByteArray &requestString,
                                   const QByteArray &apiVersion, const QByteArray &ivvyHeaders);
    static QByteArray sign(const QByteArray &secret, const QByteArray &stringToSign);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
