#include "qrimagewriter.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <cstdio>
#include <cstring>
#include <jpeglib.h>
#include <png.h>

QByteArray QrImageWriter::badge(const QByteArray &text, int *width, int *height)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                        .setMargin(0)
                                        .encode(text.toStdString(), 0, 0);
    const int modules = matrix.width();
    const int scale = 6;
    *width = 640;
    *height = 900;
    QByteArray pixels(qsizetype(*width) * *height, char(0xF0));
    // "Printed" name and event lines above the code.
    for (int y = 80; y < 220; ++y) {
        for (int x = 60; x < 580; ++x) {
            if ((y / 20) % 2 == 0 && (x / 14) % 3 != 2)
                pixels[y * *width + x] = char(0x30);
        }
    }
    const int left = (*width - modules * scale) / 2;
    const int top = 300;
    for (int y = 0; y < modules * scale; ++y) {
        for (int x = 0; x < modules * scale; ++x) {
            if (matrix.get(x / scale, y / scale))
                pixels[(top + y) * *width + left + x] = char(0x10);
        }
    }
    return pixels;
}

QByteArray QrImageWriter::png(const QByteArray &pixels, int width, int height)
{
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = png_uint_32(width);
    image.height = png_uint_32(height);
    image.format = PNG_FORMAT_GRAY;
    png_alloc_size_t size = 0;
    png_image_write_to_memory(&image, nullptr, &size, 0, pixels.constData(), 0, nullptr);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (!png_image_write_to_memory(&image, out.data(), &size, 0, pixels.constData(), 0, nullptr))
        return QByteArray();
    out.resize(qsizetype(size));
    return out;
}

QByteArray QrImageWriter::jpeg(const QByteArray &pixels, int width, int height)
{
    jpeg_compress_struct info;
    jpeg_error_mgr error;
    info.err = jpeg_std_error(&error);
    jpeg_create_compress(&info);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(width);
    info.image_height = JDIMENSION(height);
    info.input_components = 1;
    info.in_color_space = JCS_GRAYSCALE;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 85, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        auto row = reinterpret_cast<JSAMPROW>(const_cast<char *>(pixels.constData()))
            + qsizetype(info.next_scanline) * width;
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(size));
    std::free(buffer);
    return out;
}

QByteArray QrImageWriter::badgePng(const QByteArray &text)
{
    int width = 0, height = 0;
    const QByteArray pixels = badge(text, &width, &height);
    return png(pixels, width, height);
}

QByteArray QrImageWriter::badgeJpeg(const QByteArray &text)
{
    int width = 0, height = 0;
    const QByteArray pixels = badge(text, &width, &height);
    return jpeg(pixels, width, height);
}

QByteArray QrImageWriter::blankPng(int width, int height)
{
    return png(QByteArray(qsizetype(width) * height, char(0xFF)), width, height);
}
