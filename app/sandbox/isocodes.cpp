#include "sandbox/isocodes.h"

#include "sandbox/sandboxlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonArray readList(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSandbox) << "iso-codes data not readable:" << path << file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

QString isoCodesDir()
{
    // Overridable for systems that keep iso-codes elsewhere.
    const QString fromEnv = qEnvironmentVariable("LEADDESK_ISO_CODES_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/iso-codes/json") : fromEnv;
}
} // namespace

const IsoCodes &IsoCodes::instance()
{
    static const IsoCodes codes;
    return codes;
}

IsoCodes::IsoCodes()
{
    const QString dir = isoCodesDir();
    const QJsonArray countries
        = readList(dir + QStringLiteral("/iso_3166-1.json"), QStringLiteral("3166-1"));
    for (const QJsonValue &country : countries)
        m_countries.insert(country.toObject().value(QLatin1String("alpha_2")).toString());
    m_countries.remove(QString());

    const QJsonArray subdivisions
        = readList(dir + QStringLiteral("/iso_3166-2.json"), QStringLiteral("3166-2"));
    for (const QJsonValue &subdivision : subdivisions) {
        const QString code = subdivision.toObject().value(QLatin1String("code")).toString();
        const qsizetype dash = code.indexOf(QLatin1Char('-'));
        if (dash <= 0)
            continue;
        m_subdivisions[code.left(dash)].insert(code.mid(dash + 1));
    }
    if (m_countries.isEmpty())
        qCWarning(lcSandbox)
            << "no ISO 3166 data: country and state codes are checked by form only";
}

bool IsoCodes::hasCountry(const QString &alpha2) const
{
    if (!isAvailable()) {
        // Without the data only the shape can be checked.
        return alpha2.size() == 2 && alpha2.at(0).isUpper() && alpha2.at(1).isUpper();
    }
    return m_countries.contains(alpha2);
}

bool IsoCodes::hasSubdivision(const QString &alpha2, const QString &stateCode) const
{
    if (!isAvailable())
        return !stateCode.isEmpty();
    const auto it = m_subdivisions.constFind(alpha2);
    return it != m_subdivisions.constEnd() && it->contains(stateCode);
}
