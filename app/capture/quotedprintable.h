#pragma once

#include <QByteArray>

/// Quoted-printable (RFC 2045), as vCard 2.1 and Outlook exports use it.
class QuotedPrintable
{
public:
    /// "=C3=BC" → the bytes C3 BC; "=" at a line end is a soft break and goes;
    /// a broken escape is kept as written.
    static QByteArray decode(const QByteArray &encoded);
};
