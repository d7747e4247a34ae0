#pragma once

#include "capture/capturedcontact.h"

#include <QByteArray>
#include <QList>

/// A small vCard reader (2.1, 3.0 and 4.0): folded lines, quoted-printable with
/// soft line breaks, CHARSET parameters, binary values skipped, several cards in
/// one file; N, FN, ORG, TITLE, EMAIL, TEL with its types, ADR, URL and NOTE.
/// Hostile input costs time and memory in proportion to its size, up to the caps.
class VCardParser
{
public:
    /// Bytes beyond this are not read.
    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;
    /// Cards beyond this are not read.
    static constexpr int kMaxCards = 10000;
    /// Bytes kept of one unfolded line (a photo's need not be kept at all).
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    /// Properties read of one card; emails and phones kept of one card.
    static constexpr int kMaxProperties = 1000;
    static constexpr int kMaxValues = 20;

    /// Every card with something in it, in file order.
    static QList<CapturedContact> parse(const QByteArray &data);
    /// Whether `data` holds a vCard (a BEGIN:VCARD line near its start).
    static bool looksLikeVCard(const QByteArray &data);
};
