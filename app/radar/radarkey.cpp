#include "radar/radarkey.h"

#include "radar/companyname.h"
#include "radar/textfold.h"

#include <QStringList>

QString RadarKey::companyName(const QString &businessName)
{
    return CompanyName(businessName).stems().join(QLatin1Char(' '));
}

QString RadarKey::personName(const QString &firstName, const QString &lastName)
{
    QStringList parts {
        TextFold::loose(TextFold::words(firstName).join(QString())),
        TextFold::loose(TextFold::words(lastName).join(QString())),
    };
    parts.removeAll(QString());
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

QString RadarKey::searchText(const QString &text)
{
    QString spaced = text;
    spaced.replace(QLatin1Char('&'), QLatin1String(" and "));
    return TextFold::words(spaced).join(QLatin1Char(' '));
}
