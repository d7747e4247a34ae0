#pragma once

#include <QString>
#include <QUrl>

/// Where a profile's platform lives, and whether LeadDesk may talk to it:
/// HTTPS anywhere, plain HTTP only to a loopback address (sandbox, tests).
class PlatformAddress
{
public:
    enum class Region
    {
        Australia,
        UnitedStates,
        UnitedKingdom
    };

    /// The documented regional hosts (standard-headers.md).
    static QUrl forRegion(Region region);

    /// Parses what a person typed ("api.example.com", "https://…", "http://127.0.0.1:8080").
    /// A bare host name means HTTPS. Returns an empty error when the address is usable.
    static QString check(const QString &text, QUrl *normalized = nullptr);

    static bool isLoopbackHost(const QString &host);
};
