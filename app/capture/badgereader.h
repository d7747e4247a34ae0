#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

/// The text of the QR code on an event badge photo or scan (PNG or JPEG),
/// decoded with zxing-cpp: usually a vCard or a MECARD.
class BadgeReader
{
    Q_DECLARE_TR_FUNCTIONS(BadgeReader)

public:
    /// The code's bytes as stored (vCards in QR codes are mostly UTF-8).
    static Result<QByteArray> qrText(const QByteArray &imageBytes);
};
