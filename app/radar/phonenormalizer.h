#pragma once

#include <QString>

/// Phone numbers as the radar compares them: E.164 ("+61298765432") through
/// libphonenumber, with numbers written nationally ("(02) 9876 5432") read in
/// the profile's region. "0061 …", "+49 (0)30 …", dots, dashes and "tel:" all
/// come out the same.
class PhoneNormalizer
{
public:
    /// `defaultRegion` is an ISO 3166 alpha-2 code ("AU"); empty or unknown
    /// means only numbers written with their country code are understood.
    explicit PhoneNormalizer(const QString &defaultRegion = QString());

    /// The E.164 form; when libphonenumber cannot read the number, its digits
    /// (with a leading '+' when written so); empty when fewer than 6 digits.
    QString normalize(const QString &phone) const;

    const QString &region() const { return m_region; }

private:
    QString m_region;
};
