#pragma once

#include "capture/phonekind.h"

#include <QString>

/// One phone number found on a card or in a signature, as written.
struct CapturedPhone
{
    QString number;
    PhoneKind kind = PhoneKind::Other;

    bool operator==(const CapturedPhone &o) const { return number == o.number && kind == o.kind; }
};
