#pragma once

#include <QString>

/// What the rules decided about one field at this moment.
struct FieldState
{
    bool visible = true;
    bool required = false;
    QString error; ///< a value problem; "required" is derived from required + empty

    bool operator==(const FieldState &other) const
    {
        return visible == other.visible && required == other.required && error == other.error;
    }
    bool operator!=(const FieldState &other) const { return !(*this == other); }
};
