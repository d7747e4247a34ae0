#include "sandbox/requestauthenticator.h"

#include "sandbox/sandboxcodes.h"
#include "sandbox/valuecheck.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace {
SandboxError unauthorized(int specificCode, const QString &message)
{
    return SandboxError(401, specificCode, message);
}
} // namespace

void RequestAuthenticator::setCredentials(const QByteArray &apiKey, const QByteArray &apiSecret)
{
    m_apiKey = apiKey;
    m_apiSecret = apiSecret;
}

std::optional<SandboxError> RequestAuthenticator::authenticate(const QHttpServerRequest &request,
                                                               const QDateTime &nowUtc) const
{
    // 1. X-Api-Authorization: IWS <key>:<signature>
    const QByteArray authorization
        = request.value(QByteArrayLiteral("X-Api-Authorization")).trimmed();
    const bool iws = authorization.size() > 4
        && authorization.left(4).compare(QByteArrayLiteral("IWS "), Qt::CaseInsensitive) == 0;
    const QByteArray credentials = iws ? authorization.mid(4).trimmed() : QByteArray();
    const qsizetype colon = credentials.lastIndexOf(':');
    if (!iws || colon <= 0 || colon == credentials.size() - 1) {
        return unauthorized(SandboxCodes::AuthorizationMissing,
                            QStringLiteral("The X-Api-Authorization header is missing or is not "
                                           "in the form IWS key:signature"));
    }
    const QByteArray key = credentials.left(colon);
    const QByteArray signature = credentials.mid(colon + 1).toLower();

    // 2. The key must be one the sandbox knows.
    if (m_apiKey.isEmpty() || !constantTimeEquals(key, m_apiKey))
        return unauthorized(SandboxCodes::UnknownKey, QStringLiteral("The API key is not known"));

    // 3. Content-MD5 must be the md5 of the exact bytes received: a changed body fails here.
    if (auto refused = checkContentMd5(request))
        return refused;

    // 4. The date: IVVY-Date when sent (then the signed date part is empty), else Date.
    const IvvyHeaders ivvy = ivvyHeaders(request);
    if (auto refused = checkDate(request, ivvy, nowUtc))
        return refused;

    // 5. The signature over the lower-cased string to sign.
    if (!constantTimeEquals(signature, expectedSignature(request, ivvy))) {
        return unauthorized(SandboxCodes::SignatureMismatch,
                            QStringLiteral("The request signature does not match"));
    }
    return std::nullopt;
}

std::optional<SandboxError> RequestAuthenticator::checkContentMd5(const QHttpServerRequest &request)
{
    const QByteArray contentMd5 = request.value(QByteArrayLiteral("Content-MD5")).trimmed();
    if (contentMd5.isEmpty()) {
        return unauthorized(SandboxCodes::ContentMd5Mismatch,
                            QStringLiteral("The Content-MD5 header is missing"));
    }
    const QByteArray bodyMd5
        = QCryptographicHash::hash(request.body(), QCryptographicHash::Md5).toHex();
    if (!constantTimeEquals(contentMd5.toLower(), bodyMd5)) {
        return unauthorized(
            SandboxCodes::ContentMd5Mismatch,
            QStringLiteral("The Content-MD5 header does not match the request body"));
    }
    return std::nullopt;
}

RequestAuthenticator::IvvyHeaders
RequestAuthenticator::ivvyHeaders(const QHttpServerRequest &request)
{
    IvvyHeaders ivvy;
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        if (!name.toLower().startsWith("ivvy"))
            continue;
        QByteArray plain = name;
        plain.replace('-', QByteArray()).replace('_', QByteArray());
        ivvy.parts.append(QByteArray(plain + '=' + value));
        if (plain.toLower() == "ivvydate") {
            ivvy.hasDate = true;
            ivvy.date = value;
        }
    }
    std::sort(ivvy.parts.begin(), ivvy.parts.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.toLower() < b.toLower(); });
    return ivvy;
}

std::optional<SandboxError> RequestAuthenticator::checkDate(const QHttpServerRequest &request,
                                                            const IvvyHeaders &ivvy,
                                                            const QDateTime &nowUtc)
{
    const QByteArray dateHeader = request.value(QByteArrayLiteral("Date")).trimmed();
    std::optional<QDateTime> sent;
    if (ivvy.hasDate) {
        sent = ValueCheck::parseTimestamp(QString::fromLatin1(ivvy.date));
        if (!sent) {
            return unauthorized(SandboxCodes::DateMissing,
                                QStringLiteral("The IVVY-Date header is not a timestamp "
                                               "yyyy-mm-dd HH:mm:ss UTC"));
        }
    } else if (dateHeader.isEmpty()) {
        return unauthorized(
            SandboxCodes::DateMissing,
            QStringLiteral("The request has neither a Date nor an IVVY-Date header"));
    } else {
        sent = parseHttpDate(dateHeader);
        if (!sent) {
            return unauthorized(SandboxCodes::DateMissing,
                                QStringLiteral("The Date header is not an HTTP date"));
        }
    }
    if (qAbs(sent->secsTo(nowUtc)) > MaxClockSkewSeconds)
        return unauthorized(SandboxCodes::Stale, QStringLiteral("Request is stale"));
    return std::nullopt;
}

QByteArray RequestAuthenticator::expectedSignature(const QHttpServerRequest &request,
                                                   const IvvyHeaders &ivvy) const
{
    const QUrl url = request.url();
    QByteArray requestString = url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        requestString += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray dateHeader
        = ivvy.hasDate ? QByteArray() : request.value(QByteArrayLiteral("Date")).trimmed();
    const QByteArray initial = QByteArrayLiteral("POST")
        + request.value(QByteArrayLiteral("Content-MD5")).trimmed()
        + request.value(QByteArrayLiteral("Content-Type")) + dateHeader + requestString
        + request.value(QByteArrayLiteral("X-Api-Version")) + ivvy.parts.join('&');
    return QMessageAuthenticationCode::hash(initial.toLower(), m_apiSecret,
                                            QCryptographicHash::Sha1)
        .toHex();
}

bool RequestAuthenticator::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Time depends only on the lengths, never on where the first difference is.
    const qsizetype length = qMax(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        difference |= unsigned(x ^ y);
    }
    return difference == 0;
}

std::optional<QDateTime> RequestAuthenticator::parseHttpDate(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[A-Za-z]{3}, *)?([0-9]{1,2}) ([A-Za-z]{3}),? ([0-9]{4}) "
                       "([0-9]{2}):([0-9]{2}):([0-9]{2}) (GMT|UTC)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    static const QStringList months {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const qsizetype month = months.indexOf(match.captured(2).toLower());
    const QDate date(match.captured(3).toInt(), int(month) + 1, match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    if (month < 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QByteArray RequestAuthenticator::httpDate(const QDateTime &utc)
{
    return QLocale::c()
               .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " GMT";
}
