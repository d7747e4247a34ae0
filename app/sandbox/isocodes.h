#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// Country and subdivision codes from Debian's iso-codes package, read once at first use.
class IsoCodes
{
public:
    static const IsoCodes &instance();

    bool isAvailable() const { return !m_countries.isEmpty(); }
    bool hasCountry(const QString &alpha2) const;
    // stateCode is the part after "CC-" of an ISO 3166-2 code, e.g. QLD for AU-QLD.
    bool hasSubdivision(const QString &alpha2, const QString &stateCode) const;

private:
    IsoCodes();

    QSet<QString> m_countries;
    QHash<QString, QSet<QString>> m_subdivisions;
};
