#include "platform/platformaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlatformAddress", text);
}
} // namespace

QUrl PlatformAddress::forRegion(Region region)
{
    switch (region) {
    case Region::Australia:
        return QUrl(QStringLiteral("https://api.ap-southeast-2.ivvy.com"));
    case Region::UnitedStates:
        return QUrl(QStringLiteral("https://api.us-west-2.ivvy.com"));
    case Region::UnitedKingdom:
        return QUrl(QStringLiteral("https://api.eu-west-2.ivvy.com"));
    }
    return QUrl();
}

bool PlatformAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString PlatformAddress::check(const QString &text, QUrl *normalized)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("No platform address is set.");
    QUrl url = QUrl::fromUserInput(trimmed);
    if (!trimmed.contains(QStringLiteral("://")))
        url.setScheme(QStringLiteral("https"));
    if (!url.isValid() || url.host().isEmpty())
        return tr("'%1' is not a platform address.").arg(trimmed);
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("http")) {
        if (!isLoopbackHost(url.host()))
            return tr("'%1' uses plain HTTP; LeadDesk only talks HTTPS to a platform "
                      "(plain HTTP is allowed to this computer only).")
                .arg(trimmed);
    } else if (scheme != QStringLiteral("https")) {
        return tr("'%1' is not an https:// address.").arg(trimmed);
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("'%1' must be a plain address without user, query or fragment.").arg(trimmed);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    if (normalized)
        *normalized = url;
    return QString();
}
