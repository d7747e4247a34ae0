#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// The number formats of a workbook's cell styles, as far as reading values needs them: a
/// number cell is a date when its style's format shows a date. Excel stores dates as serial
/// numbers and says nothing else.
class XlsxStyles
{
public:
    enum class Kind
    {
        Number,
        Date,
        DateTime,
        Time
    };

    /// Reads the styles part; nullopt when it is not XML. An empty part: every cell a number.
    static std::optional<XlsxStyles> parse(const QByteArray &stylesXml);
    /// What a format shows: a built-in format by id (14–22, 27–36, 45–47, 50–58 are dates and
    /// times), or a custom one by its code ("dd/mm/yyyy", "[$-409]mmm d, yyyy h:mm AM/PM").
    static Kind classify(int numberFormatId, const QString &formatCode);

    /// The kind of the cell style `styleIndex` (the s attribute of a cell).
    Kind kind(int styleIndex) const;

private:
    QList<Kind> m_kinds; ///< by cell style (cellXfs) index
};
