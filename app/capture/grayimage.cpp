#include "capture/grayimage.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <jpeglib.h>
#include <png.h>

namespace {

struct JpegError
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;
};

[[noreturn]] void jpegFail(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<JpegError *>(info->err)->jump, 1);
}

void jpegQuiet(j_common_ptr) { }

/// Plain C-style: nothing with a destructor lives in this frame, so the
/// longjmp of libjpeg's error handler skips nothing. Fills `pixels` (grey).
bool readJpeg(const unsigned char *data, unsigned long size, qint64 maxPixels, QByteArray *pixels,
              int *width, int *height)
{
    jpeg_decompress_struct info;
    JpegError error;
    std::memset(&info, 0, sizeof info);
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = jpegFail;
    error.manager.output_message = jpegQuiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, size);
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK
        || qint64(info.image_width) * info.image_height > maxPixels) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    info.out_color_space = JCS_GRAYSCALE;
    jpeg_start_decompress(&info);
    *width = int(info.output_width);
    *height = int(info.output_height);
    pixels->resize(qsizetype(*width) * *height);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row
            = reinterpret_cast<JSAMPROW>(pixels->data()) + qsizetype(info.output_scanline) * *width;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return true;
}

} // namespace

GrayImage::GrayImage(int width, int height, QByteArray pixels)
    : m_width(width)
    , m_height(height)
    , m_pixels(std::move(pixels))
{ }

bool GrayImage::isPng(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}

bool GrayImage::isJpeg(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF");
}

Result<GrayImage> GrayImage::decode(const QByteArray &bytes)
{
    if (isPng(bytes))
        return decodePng(bytes);
    if (isJpeg(bytes))
        return decodeJpeg(bytes);
    return Result<GrayImage>::failure(tr("This is not a PNG or JPEG image."));
}

Result<GrayImage> GrayImage::decodePng(const QByteArray &bytes)
{
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.constData(), size_t(bytes.size())))
        return Result<GrayImage>::failure(tr("The PNG image cannot be read."));
    if (qint64(image.width) * image.height > kMaxPixels) {
        png_image_free(&image);
        return Result<GrayImage>::failure(tr("The image is too large to look for a code in."));
    }
    image.format = PNG_FORMAT_GRAY;
    QByteArray pixels(qsizetype(PNG_IMAGE_SIZE(image)), Qt::Uninitialized);
    // A transparent badge scan is laid on white, as it would be printed.
    png_color white {255, 255, 255};
    if (!png_image_finish_read(&image, &white, pixels.data(), 0, nullptr)) {
        png_image_free(&image);
        return Result<GrayImage>::failure(tr("The PNG image cannot be read."));
    }
    return Result<GrayImage>::success(GrayImage(int(image.width), int(image.height), pixels));
}

Result<GrayImage> GrayImage::decodeJpeg(const QByteArray &bytes)
{
    QByteArray pixels;
    int width = 0;
    int height = 0;
    if (!readJpeg(reinterpret_cast<const unsigned char *>(bytes.constData()),
                  static_cast<unsigned long>(bytes.size()), kMaxPixels, &pixels, &width, &height))
        return Result<GrayImage>::failure(tr("The JPEG image cannot be read, or is too large."));
    return Result<GrayImage>::success(GrayImage(width, height, pixels));
}
