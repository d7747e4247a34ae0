#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>

/// An 8-bit grey image decoded from PNG or JPEG bytes with libpng and
/// libjpeg, so that app/ reads badge photos without QtGui.
class GrayImage
{
    Q_DECLARE_TR_FUNCTIONS(GrayImage)

public:
    /// Larger images are refused before they are decoded (a 64-megapixel photo is plenty).
    static constexpr qint64 kMaxPixels = 64LL * 1024 * 1024;

    static Result<GrayImage> decode(const QByteArray &bytes);
    static bool isPng(const QByteArray &bytes);
    static bool isJpeg(const QByteArray &bytes);

    int width() const { return m_width; }
    int height() const { return m_height; }
    /// One byte per pixel, rows one after another without padding.
    const QByteArray &pixels() const { return m_pixels; }

private:
    GrayImage(int width, int height, QByteArray pixels);
    static Result<GrayImage> decodePng(const QByteArray &bytes);
    static Result<GrayImage> decodeJpeg(const QByteArray &bytes);

    int m_width = 0;
    int m_height = 0;
    QByteArray m_pixels;
};
