#include "sandboxclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList SandboxReply::additionalMessages() const
{
    QStringList list;
    const QJsonArray messages = object().value(QLatin1String("additionalMessages")).toArray();
    for (const QJsonValue &message : messages)
        list.append(message.toString());
    return list;
}

SandboxClient::SandboxClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{ }

QByteArray SandboxClient::stringToSign(const QByteArray &contentMd5, const QByteArray &contentType,
                                       const QByteArray &date, const QByteArray &requestString,
                                       const QByteArray &apiVersion, const QByteArray &ivvyHeaders)
{
    const QByteArray initial = QByteArrayLiteral("POST") + contentMd5 + contentType + date
        + requestString + apiVersion + ivvyHeaders;
    return initial.toLower();
}

QByteArray SandboxClient::sign(const QByteArray &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha1).toHex();
}

SandboxClient::Reply SandboxClient::call(const QString &nameSpace, const QString &action,
                                         const QJsonObject &body, const Options &options)
{
    return callRaw(nameSpace, action, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

SandboxClient::Reply SandboxClient::callRaw(const QString &nameSpace, const QString &action,
                                            const QByteArray &body, const Options &options)
{
    const QByteArray path = QByteArrayLiteral("/api/1.0/") + nameSpace.toUtf8()
        + QByteArrayLiteral("?action=") + action.toUtf8();
    return send(path, body, options);
}

SandboxClient::Reply SandboxClient::send(const QByteArray &pathAndQuery, const QByteArray &body,
                                         const Options &options)
{
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc();
    const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();

    QList<QPair<QByteArray, QByteArray>> ivvy = options.extraHeaders;
    QByteArray dateHeader;
    if (!options.sendDate) {
        // neither IVVY-Date nor Date
    } else if (options.useIvvyDate) {
        QByteArray value = date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        if (options.utcSuffix)
            value += " UTC";
        ivvy.append({QByteArrayLiteral("IVVY-Date"), value});
    } else {
        dateHeader = QLocale::c()
                         .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                         .toLatin1()
            + " GMT";
    }
    QList<QByteArray> parts;
    for (const auto &[name, value] : ivvy) {
        if (!name.toLower().startsWith("ivvy"))
            continue;
        QByteArray plain = name;
        plain.replace('-', QByteArray()).replace('_', QByteArray());
        parts.append(QByteArray(plain + '=' + value));
    }
    std::sort(parts.begin(), parts.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.toLower() < b.toLower(); });
    const QByteArray toSign = stringToSign(md5, options.contentType, dateHeader, pathAndQuery,
                                           QByteArrayLiteral("1.0"), parts.join('&'));

    QNetworkRequest request(m_baseUrl.resolved(QUrl::fromEncoded(pathAndQuery)));
    request.setRawHeader("Content-Type", options.contentType);
    if (options.sendContentMd5)
        request.setRawHeader("Content-MD5", md5);
    request.setRawHeader("X-Api-Version", "1.0");
    if (!dateHeader.isEmpty())
        request.setRawHeader("Date", dateHeader);
    for (const auto &[name, value] : ivvy)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : options.unsignedHeaders)
        request.setRawHeader(name, value);
    if (!options.authorizationOverride.isEmpty()) {
        request.setRawHeader("X-Api-Authorization", options.authorizationOverride);
    } else if (options.sendAuthorization) {
        request.setRawHeader("X-Api-Authorization",
                             QByteArray(QByteArrayLiteral("IWS ") + options.key + ':'
                                        + sign(options.secret, toSign)));
    }

    const QByteArray sent = options.bodySent.value_or(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, options.method, sent);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(15000);
    loop.exec();

    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.status = -1;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw);
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append(pair);
    }
    reply->deleteLater();
    return result;
}
