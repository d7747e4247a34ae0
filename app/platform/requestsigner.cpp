#include "platform/requestsigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

QByteArray RequestSigner::contentType()
{
    return QByteArrayLiteral("application/json; charset=utf-8");
}

QByteArray RequestSigner::apiVersion()
{
    return QByteArrayLiteral("1.0");
}

RequestSigner::RequestSigner(QByteArray apiKey, QByteArray apiSecret)
    : m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{ }

HeaderList RequestSigner::signedHeaders(const QByteArray &requestString, const QByteArray &body,
                                        const QDateTime &nowUtc, QByteArray *signedString) const
{
    const QByteArray md5 = contentMd5(body);
    const HeaderList ivvy {{QByteArrayLiteral("IVVY-Date"), ivvyDate(nowUtc)}};
    // With IVVY-Date the date part of the signed string stays empty (custom-headers.md).
    const QByteArray toSign = stringToSign("POST", md5, contentType(), QByteArray(), requestString,
                                           apiVersion(), ivvyHeaderString(ivvy));
    if (signedString)
        *signedString = toSign;
    HeaderList headers {
        {QByteArrayLiteral("Content-Type"), contentType()},
        {QByteArrayLiteral("Content-MD5"), md5},
        {QByteArrayLiteral("X-Api-Version"), apiVersion()},
    };
    headers += ivvy;
    headers.append({QByteArrayLiteral("X-Api-Authorization"),
                    "IWS " + m_apiKey + ':' + hmacSha1Hex(m_apiSecret, toSign)});
    return headers;
}

QByteArray RequestSigner::contentMd5(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
}

QByteArray RequestSigner::ivvyDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + " UTC";
}

QByteArray RequestSigner::ivvyHeaderString(const HeaderList &headers)
{
    QList<QByteArray> parts;
    for (const auto &[name, value] : headers) {
        if (!name.toLower().startsWith("ivvy"))
            continue;
        QByteArray plain = name;
        plain.replace('-', QByteArray()).replace('_', QByteArray());
        parts.append(plain + '=' + value);
    }
    std::sort(parts.begin(), parts.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.toLower() < b.toLower(); });
    return parts.join('&');
}

QByteArray RequestSigner::stringToSign(const QByteArray &method, const QByteArray &contentMd5,
                                       const QByteArray &contentType, const QByteArray &date,
                                       const QByteArray &requestString,
                                       const QByteArray &apiVersion, const QByteArray &ivvyHeaders)
{
    const QByteArray initial
        = method + contentMd5 + contentType + date + requestString + apiVersion + ivvyHeaders;
    return initial.toLower();
}

QByteArray RequestSigner::hmacSha1Hex(const QByteArray &secret, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1).toHex();
}
