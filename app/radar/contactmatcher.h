#pragma once

#include "radar/contactcandidate.h"
#include "radar/phonenormalizer.h"
#include "radar/radarmatch.h"

#include <QCoreApplication>

/// Whether a contact being typed is one already on the platform: by email
/// (case aside, otherwise exact) first; then by name together with the
/// company, a phone, or the company's email domain. Names compare with case,
/// diacritics, hyphens and swapped first/last names aside; a nickname, an
/// initial or one typo makes only a possible match. Pure: safe on any thread.
class ContactMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ContactMatcher)

public:
    /// `region` reads phones written without a country code (the profile's region, "AU").
    explicit ContactMatcher(const QString &region = QString());

    RadarMatch match(const ContactCandidate &typed, const ContactCandidate &existing) const;

    /// The email as compared: trimmed, lower case.
    static QString normalizedEmail(const QString &email);

private:
    enum class NameRelation
    {
        None,
        Same,
        Similar,
    };
    static NameRelation compareNames(const ContactCandidate &a, const ContactCandidate &b);
    bool samePhone(const ContactCandidate &a, const ContactCandidate &b) const;

    PhoneNormalizer m_phones;
};
