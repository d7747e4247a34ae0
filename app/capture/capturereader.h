#pragma once

#include "capture/capturedcontact.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>

/// Capture's one door: whatever a person drops or pastes — a .vcf with one or
/// many cards, a badge photo with a vCard or MECARD QR code, a signature —
/// becomes the contacts recognised in it, or one message saying nothing was.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)

public:
    /// Files larger than this are refused unread.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static Result<QList<CapturedContact>> read(const QByteArray &bytes);
    /// `path` "-" reads standard input.
    static Result<QList<CapturedContact>> readFile(const QString &path);
    /// Text from a QR code or a paste: vCard, MECARD or signature (nothing → empty list).
    static QList<CapturedContact> readText(const QByteArray &text);
};
