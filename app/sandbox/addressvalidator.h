#pragma once

#include <QJsonObject>
#include <QStringList>

class QJsonValue;

// Checks an address object against ref_address-format.md: only its keys, text values, an ISO
// 3166-1 alpha-2 countryCode and a stateCode that is a subdivision of that country.
class AddressValidator
{
public:
    // Appends one message per problem to problems; each names key in quotes.
    static void collectProblems(const QJsonValue &value, const QString &key, QStringList *problems);
    // The address as stored: its non-empty text parts only.
    static QJsonObject normalized(const QJsonObject &address);
    static const QStringList &keys();
};
