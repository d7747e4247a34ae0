#include "capture/capturereader.h"

#include "capture/badgereader.h"
#include "capture/grayimage.h"
#include "capture/mecardparser.h"
#include "capture/signatureparser.h"
#include "capture/textdecoder.h"
#include "capture/vcardparser.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

QList<CapturedContact> CaptureReader::readText(const QByteArray &text)
{
    if (VCardParser::looksLikeVCard(text))
        return VCardParser::parse(text);
    const QString decoded = TextDecoder::decode(text.left(SignatureParser::kMaxLength * 4));
    if (MecardParser::looksLikeMecard(decoded)) {
        const auto card = MecardParser::parse(decoded);
        return card ? QList<CapturedContact> {*card} : QList<CapturedContact> {};
    }
    const CapturedContact signature = SignatureParser::parse(decoded);
    return signature.isEmpty() ? QList<CapturedContact> {} : QList<CapturedContact> {signature};
}

Result<QList<CapturedContact>> CaptureReader::read(const QByteArray &bytes)
{
    using R = Result<QList<CapturedContact>>;
    if (GrayImage::isPng(bytes) || GrayImage::isJpeg(bytes)) {
        const auto text = BadgeReader::qrText(bytes);
        if (!text)
            return R::failure(text.error());
        const QList<CapturedContact> cards = readText(text.value());
        if (cards.isEmpty())
            return R::failure(tr("The QR code holds no contact card."));
        return R::success(cards);
    }
    const QList<CapturedContact> cards = readText(bytes);
    if (cards.isEmpty())
        return R::failure(tr("No contact was recognised: no vCard, MECARD, or signature with "
                             "an email or phone."));
    return R::success(cards);
}

Result<QList<CapturedContact>> CaptureReader::readFile(const QString &path)
{
    using R = Result<QList<CapturedContact>>;
    QFile file;
    const bool standardInput = path == QLatin1String("-");
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return R::failure(tr("Standard input cannot be read."));
    } else {
        file.setFileName(path);
        if (!QFileInfo(path).isFile())
            return R::failure(tr("%1 is not a file.").arg(path));
        if (file.size() > kMaxFileBytes)
            return R::failure(tr("%1 is larger than %2 MB; it is not read.")
                                  .arg(path)
                                  .arg(kMaxFileBytes / (1024 * 1024)));
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return R::failure(tr("The input is larger than %1 MB; it is not read.")
                              .arg(kMaxFileBytes / (1024 * 1024)));
    const auto cards = read(bytes);
    if (!cards && !standardInput)
        return R::failure(QStringLiteral("%1: %2").arg(path, cards.error()));
    return cards;
}
