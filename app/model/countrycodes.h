#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <mutex>

/// ISO 3166 countries and their subdivisions, read from Debian's iso-codes
/// data (the platform's address format uses these codes).
class CountryCodes
{
public:
    /// The data from /usr/share/iso-codes/json (or $LEADDESK_ISO_CODES_DIR), loaded once.
    static const CountryCodes &instance();

    bool isLoaded() const { return !m_countries.isEmpty(); }
    bool isCountry(const QString &alpha2) const { return m_names.contains(alpha2); }
    /// Subdivision codes without the country prefix ("QLD" for AU-QLD).
    bool hasSubdivisions(const QString &alpha2) const
    {
        return isCountry(alpha2) && subdivisionMap().contains(alpha2);
    }
    bool isSubdivision(const QString &alpha2, const QString &code) const;
    QString countryName(const QString &alpha2) const { return m_names.value(alpha2); }
    /// (code, name) sorted by name.
    const QList<QPair<QString, QString>> &countries() const { return m_countries; }
    QList<QPair<QString, QString>> subdivisions(const QString &alpha2) const;
    /// Where iso-codes keeps the gettext catalogue `domain` ("iso_3166-1") for `language`
    /// ("de"): /usr/share/locale beside /usr/share/iso-codes/json.
    QString catalogPath(const QString &domain, const QString &language) const;

    explicit CountryCodes(const QString &directory);

private:
    /// The subdivisions file is large; it is read on the first question about states.
    const QHash<QString, QList<QPair<QString, QString>>> &subdivisionMap() const;

    QString m_directory;
    QList<QPair<QString, QString>> m_countries;
    QHash<QString, QString> m_names;
    mutable std::once_flag m_subdivisionsOnce;
    mutable QHash<QString, QList<QPair<QString, QString>>> m_subdivisions;
};
