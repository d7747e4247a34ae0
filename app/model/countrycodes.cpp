#include "model/countrycodes.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCountries, "leaddesk.model.countries")

namespace {
QJsonArray readList(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCountries) << "cannot read" << path << "- country codes are not checked";
        return QJsonArray();
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

bool byName(const QPair<QString, QString> &a, const QPair<QString, QString> &b)
{
    static const QCollator collator(QLocale::c());
    return collator.compare(a.second, b.second) < 0;
}
} // namespace

const CountryCodes &CountryCodes::instance()
{
    static const CountryCodes codes(qEnvironmentVariableIsSet("LEADDESK_ISO_CODES_DIR")
                                        ? qEnvironmentVariable("LEADDESK_ISO_CODES_DIR")
                                        : QStringLiteral("/usr/share/iso-codes/json"));
    return codes;
}

CountryCodes::CountryCodes(const QString &directory)
    : m_directory(directory)
{
    for (const QJsonValue &v :
         readList(directory + QStringLiteral("/iso_3166-1.json"), QStringLiteral("3166-1"))) {
        const QJsonObject country = v.toObject();
        const QString code = country.value(QStringLiteral("alpha_2")).toString();
        const QString name = country.value(QStringLiteral("common_name"))
                                 .toString(country.value(QStringLiteral("name")).toString());
        if (code.size() == 2) {
            m_countries.append({code, name});
            m_names.insert(code, name);
        }
    }
    std::sort(m_countries.begin(), m_countries.end(), byName);
}

const QHash<QString, QList<QPair<QString, QString>>> &CountryCodes::subdivisionMap() const
{
    std::call_once(m_subdivisionsOnce, [this] {
        for (const QJsonValue &v :
             readList(m_directory + QStringLiteral("/iso_3166-2.json"), QStringLiteral("3166-2"))) {
            const QJsonObject division = v.toObject();
            const QString code = division.value(QStringLiteral("code")).toString();
            if (code.indexOf(QLatin1Char('-')) != 2)
                continue;
            m_subdivisions[code.left(2)].append(
                {code.mid(3), division.value(QStringLiteral("name")).toString()});
        }
        for (auto &list : m_subdivisions)
            std::sort(list.begin(), list.end(), byName);
    });
    return m_subdivisions;
}

bool CountryCodes::isSubdivision(const QString &alpha2, const QString &code) const
{
    if (!isCountry(alpha2))
        return false;
    const auto &all = subdivisionMap();
    const auto it = all.constFind(alpha2);
    if (it == all.constEnd())
        return false;
    return std::any_of(it->cbegin(), it->cend(),
                       [&code](const QPair<QString, QString> &d) { return d.first == code; });
}

QList<QPair<QString, QString>> CountryCodes::subdivisions(const QString &alpha2) const
{
    return isCountry(alpha2) ? subdivisionMap().value(alpha2) : QList<QPair<QString, QString>>();
}

QString CountryCodes::catalogPath(const QString &domain, const QString &language) const
{
    return QDir(m_directory)
        .absoluteFilePath(
            QStringLiteral("../../locale/%1/LC_MESSAGES/%2.mo").arg(language, domain));
}
