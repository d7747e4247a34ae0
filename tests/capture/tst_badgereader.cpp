#include "capture/badgereader.h"
#include "capture/capturereader.h"
#include "capture/grayimage.h"
#include "qrimagewriter.h"

#include <QTest>

namespace {
const QByteArray kVCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schäfer;Anna-Lena\r\n"
                          "ORG:Hofmann Veranstaltungstechnik GmbH & Co. KG\r\n"
                          "TITLE:Leiterin Veranstaltungen\r\nEMAIL:a.schaefer@hofmann-vt.de\r\n"
                          "TEL;TYPE=CELL:+49 171 2345678\r\nEND:VCARD\r\n";
const QByteArray kMecard = "MECARD:N:Nguyen,Tom;ORG:Coastal Venues;TEL:+61423118902;"
                           "EMAIL:tom@coastalvenues.com.au;;";

/// PNG's CRC-32, to forge a header that passes libpng's checks.
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}
} // namespace

/// Badge photos: the QR code found and read, without QtGui.
class TestBadgeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vCardBadgeAsPng()
    {
        const QByteArray png = QrImageWriter::badgePng(kVCard);
        QVERIFY(GrayImage::isPng(png));
        const auto text = BadgeReader::qrText(png);
        QVERIFY2(text, qPrintable(text.error()));
        QCOMPARE(text.value(), kVCard);
        const auto cards = CaptureReader::read(png);
        QVERIFY2(cards, qPrintable(cards.error()));
        QCOMPARE(cards.value().size(), 1);
        const CapturedContact &card = cards.value().first();
        QCOMPARE(card.lastName, QStringLiteral("Schäfer"));
        QCOMPARE(card.businessName, QStringLiteral("Hofmann Veranstaltungstechnik GmbH & Co. KG"));
        QCOMPARE(card.contactBody().value("phone").toString(), QStringLiteral("+49 171 2345678"));
    }

    void mecardBadgeAsJpeg()
    {
        const QByteArray jpeg = QrImageWriter::badgeJpeg(kMecard);
        QVERIFY(GrayImage::isJpeg(jpeg));
        const auto cards = CaptureReader::read(jpeg);
        QVERIFY2(cards, qPrintable(cards.error()));
        const CapturedContact &card = cards.value().first();
        QCOMPARE(card.firstName, QStringLiteral("Tom"));
        QCOMPARE(card.lastName, QStringLiteral("Nguyen"));
        QCOMPARE(card.emails, QStringList({"tom@coastalvenues.com.au"}));
        QCOMPARE(card.businessName, QStringLiteral("Coastal Venues"));
    }

    void imageWithoutCode()
    {
        const auto text = BadgeReader::qrText(QrImageWriter::blankPng(200, 100));
        QVERIFY(!text);
        QCOMPARE(text.error(), QStringLiteral("No QR code was found in the image."));
    }

    void brokenImagesAreRefused()
    {
        const QByteArray png = QrImageWriter::badgePng(kMecard);
        QVERIFY(!BadgeReader::qrText(png.left(png.size() / 2)));
        const QByteArray jpeg = QrImageWriter::badgeJpeg(kMecard);
        QVERIFY(!BadgeReader::qrText(jpeg.left(jpeg.size() / 3)));
        QVERIFY(!BadgeReader::qrText("\x89PNG\r\n\x1a\n garbage"));
        QVERIFY(!BadgeReader::qrText("not an image"));
    }

    void hugeImageIsRefusedUnread()
    {
        // A valid header claiming 100,000 × 100,000 pixels.
        QByteArray png = QrImageWriter::blankPng(8, 8);
        const qsizetype ihdr = png.indexOf("IHDR");
        QVERIFY(ihdr > 0);
        const QByteArray side = QByteArray::fromHex("000186a0");
        png.replace(ihdr + 4, 4, side);
        png.replace(ihdr + 8, 4, side);
        const quint32 crc = crc32(png.mid(ihdr, 4 + 13));
        const char crcBytes[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
        png.replace(ihdr + 17, 4, QByteArray(crcBytes, 4));
        const auto image = GrayImage::decode(png);
        QVERIFY(!image);
        QCOMPARE(image.error(), QStringLiteral("The image is too large to look for a code in."));
    }
};

QTEST_GUILESS_MAIN(TestBadgeReader)
#include "tst_badgereader.moc"
