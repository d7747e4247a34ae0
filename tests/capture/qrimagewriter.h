#pragma once

#include <QByteArray>

/// Test images of event badges: a QR code (made with zxing-cpp's writer) of
/// `text`, placed on a white badge with some dark blocks standing for the
/// printed name, encoded as PNG (libpng) or JPEG (libjpeg).
class QrImageWriter
{
public:
    static QByteArray badgePng(const QByteArray &text);
    static QByteArray badgeJpeg(const QByteArray &text);
    /// A white PNG of `width` × `height` with no code in it.
    static QByteArray blankPng(int width, int height);

private:
    /// Grey pixels, one byte each, of a `width` × `height` badge.
    static QByteArray badge(const QByteArray &text, int *width, int *height);
    static QByteArray png(const QByteArray &pixels, int width, int height);
    static QByteArray jpeg(const QByteArray &pixels, int width, int height);
};
