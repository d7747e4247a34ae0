#include "platform/platformerror.h"

#include "model/messagefieldkeys.h"

#include <QCoreApplication>

namespace {
constexpr int kSpecificStaleRequest = 23005;

QString tr(const char *text)
{
    return QCoreApplication::translate("PlatformError", text);
}
} // namespace

bool PlatformError::isCredentialProblem() const
{
    if (kind != Kind::Platform && kind != Kind::Http)
        return false;
    if (isStaleRequest())
        return false;
    const int code = errorCode ? errorCode : httpStatus;
    return code == 401 || code == 403 || code == 462 || code == 463;
}

bool PlatformError::isStaleRequest() const
{
    return kind == Kind::Platform && specificCode == kSpecificStaleRequest;
}

bool PlatformError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    case Kind::Http:
    case Kind::Platform: {
        const int code = httpStatus ? httpStatus : errorCode;
        return code == 429 || code >= 500;
    }
    default:
        return false;
    }
}

QString PlatformError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Platform:
        return QStringLiteral("platform");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString PlatformError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Platform: {
        text = message.isEmpty() ? tr("The platform refused the request") : message;
        if (!additionalMessages.isEmpty())
            text += QStringLiteral(": ") + additionalMessages.join(QStringLiteral("; "));
        QStringList codes;
        if (errorCode)
            codes << tr("error %1").arg(errorCode);
        if (specificCode)
            codes << tr("code %1").arg(specificCode);
        if (!codes.isEmpty())
            text += QStringLiteral(" (") + codes.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (isCredentialProblem())
            text = tr("The platform refused the API key or secret: %1").arg(text);
        return text;
    }
    case Kind::Http:
        // A message says what the status means, status included; no second prefix.
        return message.isEmpty() ? tr("The platform answered HTTP %1").arg(httpStatus) : message;
    default:
        return message;
    }
}

QStringList PlatformError::extractFieldKeys(const QString &message, const QStringList &additional)
{
    QStringList keys = MessageFieldKeys::in(message);
    for (const QString &text : additional)
        for (const QString &key : MessageFieldKeys::in(text))
            if (!keys.contains(key))
                keys.append(key);
    return keys;
}
