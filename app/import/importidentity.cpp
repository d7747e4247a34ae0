#include "import/importidentity.h"

#include "import/importmapping.h"

#include <QCryptographicHash>
#include <QFileInfo>

QString ImportIdentity::fileKey(const QString &path, const QStringList &header)
{
    const QString name = QFileInfo(path).fileName().toCaseFolded();
    const QByteArray identity = (name + QChar(0x1f) + ImportMapping::headerKey(header)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
}

QString ImportIdentity::rowKey(const QStringList &cells)
{
    QStringList trimmed;
    trimmed.reserve(cells.size());
    for (const QString &cell : cells)
        trimmed.append(cell.trimmed());
    while (!trimmed.isEmpty() && trimmed.last().isEmpty())
        trimmed.removeLast();
    const QByteArray hash
        = QCryptographicHash::hash(trimmed.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1)
              .toHex();
    const int occurrence = ++m_seen[hash];
    return QString::fromLatin1(hash) + QLatin1Char('#') + QString::number(occurrence);
}

QString ImportIdentity::partyKey(const QString &kind, const QString &foldedKey)
{
    return kind + QLatin1Char(':')
        + QString::fromLatin1(
               QCryptographicHash::hash(foldedKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}
