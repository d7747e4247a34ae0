#pragma once

#include <QMetaType>

/// What kind of value a field holds, and so which editor shows it.
enum class FieldType
{
    Text, ///< single line; custom type 0
    LongText, ///< multi-line; custom type 1
    Email, ///< a valid email address
    Choice, ///< an id from a lookup list (sources, types, users …)
    Enum, ///< one of a fixed set of numbers (contact status …)
    Boolean, ///< true/false (privacy consent, isAgent …)
    Select, ///< custom type 2: a key of selectValues
    MultiSelect, ///< custom type 3: keys of selectValues
    Address, ///< custom type 4 and company address
    Date, ///< custom type 5: yyyy-mm-dd
    File, ///< custom type 6: shown, never sent
    StaticText, ///< custom type 7: a label, never sent
    WholeNumber, ///< custom type 8 and numeric built-ins
    LargeSelect, ///< custom type 9: a key of thousands of selectValues
    ContactRef, ///< an existing contact's id, picked by search
    CompanyRef, ///< an existing company's id, picked by search
    ContactType, ///< a lead belongs to a contact or a company (never sent)
    Toggle, ///< a local switch such as "create a new contact" (never sent)
    IdList, ///< an array of ids (a contact's companies)
    JsonValue, ///< anything else the API takes (groups, externalUrls): passed through
};

Q_DECLARE_METATYPE(FieldType)
