#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;
class QXmlStreamReader;

/// A workbook's shared strings: most text cells of an XLSX sheet name one by index. Kept as one
/// UTF-8 block with end offsets, about a third of the memory of a QStringList, and capped.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSharedStrings)
public:
    /// At most this much text (UTF-8) …
    static constexpr qsizetype MaxTextBytes = 64 * 1024 * 1024;
    /// … and this many strings.
    static constexpr qsizetype MaxStrings = 4 * 1024 * 1024;

    /// Reads the shared strings part from `device`; fails for XML that cannot be read and for
    /// a table over the caps.
    static Result<XlsxSharedStrings> read(QIODevice *device);
    /// The text of an inline string or shared string item (<is>, <si>) the reader stands on:
    /// its <t> and rich-text runs, without phonetic guides; Excel's _xHHHH_ escapes decoded.
    static QString itemText(QXmlStreamReader *reader);
    /// Excel writes control characters as _x000D_ and a literal "_x" as _x005F_x.
    static QString decodeEscapes(const QString &text);

    qsizetype size() const { return m_ends.size(); }
    /// The string at `index`; empty when out of range.
    QString at(qsizetype index) const;

private:
    QByteArray m_text;
    QList<quint32> m_ends;
};
