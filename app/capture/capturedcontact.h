#pragma once

#include "capture/capturedaddress.h"
#include "capture/capturedphone.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// What capture recognised from one vCard, MECARD, badge or signature: a
/// person and the company they work for, before anyone confirmed it.
struct CapturedContact
{
    QString firstName;
    QString lastName;
    QString jobTitle;
    QString businessName;
    QStringList emails; ///< the preferred first
    QList<CapturedPhone> phones; ///< the preferred first
    QString website;
    CapturedAddress address;
    QString note;
    /// Lines of a signature that were read but matched none of the fields above, so that a
    /// person sees what was left out.
    QStringList unrecognised;

    /// Nothing a person could be found or created by: no name, email, phone or company.
    bool isEmpty() const;

    /// The body of contact?action=addOrUpdateContact for a new contact: firstName,
    /// lastName, email, phone (a mobile first, then a work number), empty fields left out.
    QJsonObject contactBody() const;

    /// The body of contact?action=addOrUpdateCompany for a new company (businessName,
    /// phone, fax, website, address in the platform's address format); empty when no
    /// company was recognised.
    QJsonObject companyBody() const;

    /// The postal address in the platform's address format (line1–4, city, postalCode,
    /// countryCode, stateCode or stateName); empty when none was recognised.
    QJsonObject addressBody() const;

    /// Everything recognised, for showing before it fills a form and for tests:
    /// firstName, lastName, jobTitle, businessName, emails, phones [{number, kind}],
    /// website, address {street, city, region, postalCode, country}, note.
    QJsonObject toJson() const;

    /// "work", "mobile", "home", "fax", "other".
    static QString kindName(PhoneKind kind);
};
