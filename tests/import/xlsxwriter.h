#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// Writes small XLSX workbooks for the tests and the benchmark with QuaZip: the package parts
/// Excel writes (content types, relationships, workbook, styles, shared strings, sheets), with
/// each sheet's <sheetData> given by the caller, whole or in chunks.
class XlsxWriter
{
public:
    /// The cell styles of every workbook written: 0 General, 1 built-in date (14),
    /// 2 custom "dd/mm/yyyy hh:mm", 3 custom "0.00", 4 custom "[$-409]mmm d, yyyy",
    /// 5 built-in time (21).
    enum Style
    {
        General = 0,
        BuiltInDate = 1,
        CustomDateTime = 2,
        Decimal = 3,
        CustomDate = 4,
        BuiltInTime = 5
    };

    void setDate1904(bool on) { m_date1904 = on; }
    void setSharedStrings(const QStringList &strings) { m_sharedStrings = strings; }
    /// A sheet whose <sheetData> content is `rows` (the <row> elements).
    void addSheet(const QString &name, const QByteArray &rows, bool hidden = false);
    /// A sheet whose rows come from `nextChunk` until it returns an empty array.
    void addStreamedSheet(const QString &name, std::function<QByteArray()> nextChunk);
    /// Writes the workbook; false (and a message on stderr) when QuaZip fails.
    bool write(const QString &path) const;

    /// One cell: `type` "" (number), "s", "inlineStr", "b", "str", "e"; `style` as above.
    static QByteArray cell(const QString &reference, const QString &value,
                           const QString &type = QString(), int style = General);
    /// A <row r="number"> with the cells.
    static QByteArray row(int number, const QList<QByteArray> &cells);
    /// Escapes text for XML.
    static QByteArray escaped(const QString &text);
    /// Writes a zip archive of the given parts (name, bytes) as they are.
    static bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts);

private:
    struct Sheet
    {
        QString name;
        std::function<QByteArray()> nextChunk;
        bool hidden = false;
    };
    QList<QPair<QString, QByteArray>> fixedParts() const;

    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<Sheet> m_sheets;
};
