#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// What an XLSX workbook part and its relationships say: the sheets in tab order with the parts
/// that hold them, the date system, and where the shared strings and styles are.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)
public:
    struct Sheet
    {
        QString name;
        QString part; ///< e.g. "xl/worksheets/sheet1.xml"
        bool visible = true;
    };

    /// The workbook part named by the package relationships (_rels/.rels), or
    /// "xl/workbook.xml" when they name none.
    static QString workbookPart(const QByteArray &packageRelationships);
    /// Reads the workbook part (`workbookXml`, stored at `workbookPart`) and its relationships
    /// part. Fails when either is not XML or the workbook has no worksheet.
    static Result<XlsxWorkbook> parse(const QByteArray &workbookXml,
                                      const QByteArray &relationshipsXml,
                                      const QString &workbookPart);
    /// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    static QString relationshipsPart(const QString &part);
    /// A relationship target relative to the part that names it, as a part name.
    static QString resolve(const QString &sourcePart, const QString &target);

    const QList<Sheet> &sheets() const { return m_sheets; }
    /// The sheet called `name` (case-insensitive, as Excel compares sheet names); nullptr if
    /// there is none. An empty name: the first visible sheet.
    const Sheet *sheet(const QString &name) const;
    QStringList sheetNames() const;
    /// The 1904 date system (workbookPr date1904): serial 0 is 1904-01-01.
    bool uses1904() const { return m_date1904; }
    /// Empty when the workbook has none.
    QString sharedStringsPart() const { return m_sharedStrings; }
    QString stylesPart() const { return m_styles; }

private:
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStrings;
    QString m_styles;
};
