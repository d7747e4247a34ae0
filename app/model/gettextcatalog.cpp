#include "model/gettextcatalog.h"

#include <QFile>
#include <QtEndian>

namespace {
constexpr quint32 kMagic = 0x950412de;
} // namespace

GettextCatalog::GettextCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    if (data.size() < 28)
        return;
    // The magic number says the file's byte order.
    const bool little = qFromLittleEndian<quint32>(data.constData()) == kMagic;
    if (!little && qFromBigEndian<quint32>(data.constData()) != kMagic)
        return;
    const auto word = [&data, little](qsizetype at) -> qint64 {
        if (at < 0 || at + 4 > data.size())
            return -1;
        return little ? qFromLittleEndian<quint32>(data.constData() + at)
                      : qFromBigEndian<quint32>(data.constData() + at);
    };
    // Each entry of a table: the string's length, then its offset.
    const auto string = [&data, &word](qint64 table, qint64 index, bool *ok) {
        const qint64 length = word(table + index * 8);
        const qint64 offset = word(table + index * 8 + 4);
        *ok = length >= 0 && offset >= 0 && offset + length <= data.size();
        return *ok ? QByteArray(data.constData() + offset, length) : QByteArray();
    };
    const qint64 count = word(8);
    const qint64 originals = word(12);
    const qint64 translations = word(16);
    if (count < 0 || originals < 0 || translations < 0)
        return;
    for (qint64 i = 0; i < count; ++i) {
        bool ok = false;
        const QByteArray original = string(originals, i, &ok);
        if (!ok)
            return;
        const QByteArray translation = string(translations, i, &ok);
        if (!ok)
            return;
        // The empty message holds the catalogue's header; plural forms are not needed here.
        if (original.isEmpty() || original.contains('\0') || translation.isEmpty())
            continue;
        m_messages.insert(QString::fromUtf8(original), QString::fromUtf8(translation));
    }
}
