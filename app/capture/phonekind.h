#pragma once

/// What a captured phone number is for, as its label or vCard type says.
enum class PhoneKind
{
    Other, ///< no label, or one that says nothing
    Work,
    Mobile,
    Home,
    Fax,
};
