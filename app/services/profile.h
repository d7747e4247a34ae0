#pragma once

#include <QString>

/// A place LeadDesk works against: a name, the platform's address and the
/// API key. The secret is never part of it (it lives in a SecretStore).
struct Profile
{
    QString name;
    QString address;
    QString apiKey;
    /// The embedded sandbox: nothing leaves the computer.
    bool sandbox = false;

    bool isValid() const { return !name.isEmpty() && (sandbox || !address.isEmpty()); }
    /// The name its secret is stored under.
    QString secretAccount() const { return name + QLatin1Char('/') + apiKey; }
    bool operator==(const Profile &o) const
    {
        return name == o.name && address == o.address && apiKey == o.apiKey && sandbox == o.sandbox;
    }
};
