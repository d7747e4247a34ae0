#pragma once

#include "capture/capturedcontact.h"

#include <QString>

#include <optional>

/// MECARD ("MECARD:N:Doe,John;TEL:…;EMAIL:…;;"), the compact card QR badges
/// carry, and its cousin BIZCARD ("BIZCARD:N:John;X:Doe;T:…;C:…;;").
class MecardParser
{
public:
    /// Text beyond this is not read.
    static constexpr qsizetype kMaxLength = 64 * 1024;

    /// The card, or nullopt when `text` is not a MECARD/BIZCARD or holds nothing.
    static std::optional<CapturedContact> parse(const QString &text);
    static bool looksLikeMecard(const QString &text);
};
