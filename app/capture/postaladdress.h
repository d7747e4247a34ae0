#pragma once

#include "capture/capturedaddress.h"

#include <QString>

/// Recognises postal addresses in free text the way Australia, the UK, the
/// US, Germany, Austria, Switzerland, France and Belgium write them: street
/// lines ("Level 4", "88 George Street", "Industriestraße 12", "12, rue de la
/// Paix", "PO Box 123"), a locality ("Sydney NSW 2000", "San Francisco, CA
/// 94105", "London E14 5AB", "70565 Stuttgart", "D-24116 Kiel") and a country.
class PostalAddress
{
public:
    /// Whether `text` is (part of) an address: a street or a locality.
    static bool isAddress(const QString &text);
    /// Whether `text` names a country ("Australia", "Österreich", "Suisse").
    static bool isCountry(const QString &text);

    /// Adds what `text` holds (comma-separated parts, in order) to `address`.
    static void read(const QString &text, CapturedAddress *address);

private:
    static bool isStreet(const QString &text);
    /// Fills city, region and postcode when `text` is a locality.
    static bool readLocality(const QString &text, CapturedAddress *address);
};
