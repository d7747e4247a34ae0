#pragma once

/// What made the radar match two records (RadarMatch says it in words).
enum class MatchReason
{
    None,
    SameEmail, ///< contacts: the same address, case aside
    SameNameAndCompany, ///< contacts
    SameNameAndPhone, ///< contacts
    SameNameAndEmailDomain, ///< contacts: same name, same company domain (not free mail)
    SimilarNameAndCompany, ///< contacts: nickname, initial or one typo in the name
    SimilarNameAndPhone, ///< contacts
    SameCompanyName, ///< companies: case, punctuation and diacritics aside
    SameCompanyNameIgnoringSuffix, ///< companies: the legal form differs ("Pty Ltd")
    SameCompanyNameIgnoringSpacing, ///< companies: "Event Works" and "EventWorks"
    SimilarCompanyName, ///< companies: an extra generic word, one typo or an acronym
};
