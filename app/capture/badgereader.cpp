#include "capture/badgereader.h"

#include "capture/grayimage.h"

#include <ZXing/ReadBarcode.h>

Result<QByteArray> BadgeReader::qrText(const QByteArray &imageBytes)
{
    const auto image = GrayImage::decode(imageBytes);
    if (!image)
        return Result<QByteArray>::failure(image.error());
    const GrayImage &gray = image.value();
    const ZXing::ImageView view(reinterpret_cast<const uint8_t *>(gray.pixels().constData()),
                                gray.width(), gray.height(), ZXing::ImageFormat::Lum);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return Result<QByteArray>::failure(tr("No QR code was found in the image."));
    const ZXing::ByteArray &bytes = result.bytes();
    QByteArray text(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    if (text.isEmpty())
        text = QByteArray::fromStdString(result.text());
    return Result<QByteArray>::success(text);
}
