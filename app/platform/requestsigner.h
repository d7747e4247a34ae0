#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Signs platform requests as platform-docs/signing-the-request.md describes:
/// HMAC-SHA1 over the lower-cased concatenation of method, body md5, content
/// type, date, request string, API version and the IVVY-* headers.
///
/// The secret never leaves this object; only signatures do, and those go
/// straight into the request header.
class RequestSigner
{
public:
    /// The content type LeadDesk sends and signs (the official SDK's).
    static QByteArray contentType();
    static QByteArray apiVersion();

    RequestSigner(QByteArray apiKey, QByteArray apiSecret);

    /// Every header a call needs, signed for exactly these bytes:
    /// Content-Type, Content-MD5, X-Api-Version, IVVY-Date, X-Api-Authorization.
    /// `signedString`, when given, receives the string that was signed (it holds
    /// no key or secret; the request inspector shows it).
    HeaderList signedHeaders(const QByteArray &requestString, const QByteArray &body,
                             const QDateTime &nowUtc, QByteArray *signedString = nullptr) const;

    /// Lower-case hex md5 of the exact body bytes.
    static QByteArray contentMd5(const QByteArray &body);
    /// `yyyy-MM-dd HH:mm:ss UTC`, the platform's timestamp format.
    static QByteArray ivvyDate(const QDateTime &utc);
    /// IVVY-* headers without dashes/underscores, `Name=value`, sorted, joined by `&`.
    static QByteArray ivvyHeaderString(const HeaderList &headers);
    /// The documented string to sign (already lower-cased).
    static QByteArray stringToSign(const QByteArray &method, const QByteArray &contentMd5,
                                   const QByteArray &contentType, const QByteArray &date,
                                   const QByteArray &requestString, const QByteArray &apiVersion,
                                   const QByteArray &ivvyHeaders);
    static QByteArray hmacSha1Hex(const QByteArray &secret, const QByteArray &message);

private:
    QByteArray m_apiKey;
    QByteArray m_apiSecret;
};
