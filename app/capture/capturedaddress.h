#pragma once

#include <QString>
#include <QStringList>

/// A postal address as found: the street lines as written, then the parts.
struct CapturedAddress
{
    QStringList street; ///< "Level 4", "88 George Street"
    QString city;
    QString region; ///< state or province as written ("NSW", "CA")
    QString postalCode;
    QString country; ///< as written ("Australia", "Österreich")

    bool isEmpty() const
    {
        return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty()
            && country.isEmpty();
    }
};
