#include "radar/domainname.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

QString DomainName::ofEmail(const QString &email)
{
    const QString trimmed = email.trimmed().toLower();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    QString domain = trimmed.mid(at + 1);
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

QString DomainName::ofWebsite(const QString &website)
{
    QString host = website.trimmed().toLower();
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    const qsizetype end = host.indexOf(QRegularExpression(QStringLiteral("[/?#:]")));
    if (end >= 0)
        host.truncate(end);
    const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        host = host.mid(at + 1);
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host.contains(QLatin1Char('.')) ? host : QString();
}

QString DomainName::registrable(const QString &host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    // Country domains that register under a second level: acme.com.au, acme.co.uk.
    static const QSet<QString> secondLevels {
        QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("co"),
        QStringLiteral("gov"), QStringLiteral("edu"), QStringLiteral("ac"),  QStringLiteral("asn"),
        QStringLiteral("id"),  QStringLiteral("ltd"), QStringLiteral("plc"), QStringLiteral("gv"),
    };
    const qsizetype n = labels.size();
    const bool underSecondLevel
        = labels.at(n - 1).size() == 2 && secondLevels.contains(labels.at(n - 2));
    return labels.mid(n - (underSecondLevel ? 3 : 2)).join(QLatin1Char('.'));
}

bool DomainName::isFreeMail(const QString &domain)
{
    static const QSet<QString> freeMail {
        QStringLiteral("gmail.com"),       QStringLiteral("googlemail.com"),
        QStringLiteral("hotmail.com"),     QStringLiteral("hotmail.co.uk"),
        QStringLiteral("hotmail.fr"),      QStringLiteral("hotmail.de"),
        QStringLiteral("outlook.com"),     QStringLiteral("outlook.com.au"),
        QStringLiteral("outlook.fr"),      QStringLiteral("outlook.de"),
        QStringLiteral("live.com"),        QStringLiteral("live.com.au"),
        QStringLiteral("live.fr"),         QStringLiteral("live.de"),
        QStringLiteral("live.co.uk"),      QStringLiteral("msn.com"),
        QStringLiteral("yahoo.com"),       QStringLiteral("yahoo.com.au"),
        QStringLiteral("yahoo.co.uk"),     QStringLiteral("yahoo.fr"),
        QStringLiteral("yahoo.de"),        QStringLiteral("ymail.com"),
        QStringLiteral("icloud.com"),      QStringLiteral("me.com"),
        QStringLiteral("mac.com"),         QStringLiteral("aol.com"),
        QStringLiteral("gmx.de"),          QStringLiteral("gmx.net"),
        QStringLiteral("gmx.at"),          QStringLiteral("gmx.ch"),
        QStringLiteral("gmx.com"),         QStringLiteral("web.de"),
        QStringLiteral("t-online.de"),     QStringLiteral("freenet.de"),
        QStringLiteral("online.de"),       QStringLiteral("posteo.de"),
        QStringLiteral("mailbox.org"),     QStringLiteral("orange.fr"),
        QStringLiteral("wanadoo.fr"),      QStringLiteral("free.fr"),
        QStringLiteral("laposte.net"),     QStringLiteral("sfr.fr"),
        QStringLiteral("neuf.fr"),         QStringLiteral("bluewin.ch"),
        QStringLiteral("bigpond.com"),     QStringLiteral("bigpond.net.au"),
        QStringLiteral("optusnet.com.au"), QStringLiteral("iinet.net.au"),
        QStringLiteral("tpg.com.au"),      QStringLiteral("internode.on.net"),
        QStringLiteral("proton.me"),       QStringLiteral("protonmail.com"),
        QStringLiteral("zoho.com"),        QStringLiteral("mail.com"),
        QStringLiteral("yandex.ru"),       QStringLiteral("qq.com"),
        QStringLiteral("163.com"),         QStringLiteral("btinternet.com"),
        QStringLiteral("sky.com"),         QStringLiteral("xtra.co.nz"),
    };
    const QString lower = domain.trimmed().toLower();
    return freeMail.contains(lower) || freeMail.contains(registrable(lower));
}
