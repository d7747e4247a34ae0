#pragma once

#include <QString>

/// The domain part of email addresses and websites, as evidence that two
/// records belong to the same organisation.
class DomainName
{
public:
    /// "jane@Mail.Acme.com.au" → "mail.acme.com.au"; empty when there is no '@'.
    static QString ofEmail(const QString &email);
    /// "https://www.acme.com.au/events" → "acme.com.au".
    static QString ofWebsite(const QString &website);
    /// The part an organisation registers: "mail.acme.com.au" → "acme.com.au".
    static QString registrable(const QString &host);
    /// Whether anyone can have an address there (gmail.com, web.de, orange.fr …):
    /// two people sharing such a domain says nothing.
    static bool isFreeMail(const QString &domain);
};
