#include "xlsxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdio>
#include <memory>

namespace {
const QByteArray XmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool writeEntry(QuaZip *zip, const QString &name, const std::function<QByteArray()> &next)
{
    QuaZipFile file(zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        std::fprintf(stderr, "cannot add %s: %d\n", qPrintable(name), file.getZipError());
        return false;
    }
    for (QByteArray chunk = next(); !chunk.isEmpty(); chunk = next()) {
        if (file.write(chunk) != chunk.size())
            return false;
    }
    file.close();
    return file.getZipError() == 0;
}

std::function<QByteArray()> once(QByteArray bytes)
{
    auto left = std::make_shared<QByteArray>(std::move(bytes));
    return [left]() { return std::exchange(*left, QByteArray()); };
}
} // namespace

void XlsxWriter::addSheet(const QString &name, const QByteArray &rows, bool hidden)
{
    m_sheets.append({name, once(rows), hidden});
}

void XlsxWriter::addStreamedSheet(const QString &name, std::function<QByteArray()> nextChunk)
{
    m_sheets.append({name, std::move(nextChunk), false});
}

QByteArray XlsxWriter::escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray XlsxWriter::cell(const QString &reference, const QString &value, const QString &type,
                            int style)
{
    QByteArray xml = "<c r=\"" + reference.toUtf8() + "\"";
    if (style != General)
        xml += " s=\"" + QByteArray::number(style) + "\"";
    if (!type.isEmpty())
        xml += " t=\"" + type.toUtf8() + "\"";
    if (type == "inlineStr")
        return xml + "><is><t>" + escaped(value) + "</t></is></c>";
    return xml + "><v>" + escaped(value) + "</v></c>";
}

QByteArray XlsxWriter::row(int number, const QList<QByteArray> &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(number) + "\">";
    for (const QByteArray &c : cells)
        xml += c;
    return xml + "</row>";
}

QList<QPair<QString, QByteArray>> XlsxWriter::fixedParts() const
{
    QByteArray types = XmlHead
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    QByteArray packageRels = XmlHead
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\""
        + RelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    QByteArray workbook = XmlHead + "<workbook xmlns=\"" + MainNs + "\" xmlns:r=\"" + RelNs
        + "\"><workbookPr" + (m_date1904 ? " date1904=\"1\"" : "") + "/><sheets>";
    QByteArray workbookRels = XmlHead
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray id = "rId" + QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + escaped(m_sheets.at(i).name) + "\" sheetId=\""
            + QByteArray::number(i + 1) + "\"" + (m_sheets.at(i).hidden ? " state=\"hidden\"" : "")
            + " r:id=\"" + id + "\"/>";
        workbookRels += "<Relationship Id=\"" + id + "\" Type=\"" + RelNs
            + "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(i + 1) + ".xml\"/>";
    }
    workbook += "</sheets></workbook>";
    workbookRels += "<Relationship Id=\"rIdS\" Type=\"" + RelNs
        + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdT\" Type=\"" + RelNs
        + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    QByteArray styles = XmlHead + "<styleSheet xmlns=\"" + MainNs
        + "\"><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/>"
          "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
          "<numFmt numFmtId=\"166\" formatCode=\"[$-409]mmm d, yyyy\"/></numFmts>"
          "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
          "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
          "<xf numFmtId=\"21\"/></cellXfs></styleSheet>";
    QByteArray strings = XmlHead + "<sst xmlns=\"" + MainNs + "\" count=\""
        + QByteArray::number(m_sharedStrings.size()) + "\" uniqueCount=\""
        + QByteArray::number(m_sharedStrings.size()) + "\">";
    for (const QString &s : m_sharedStrings)
        strings += "<si><t xml:space=\"preserve\">" + escaped(s) + "</t></si>";
    strings += "</sst>";
    return {{"[Content_Types].xml", types}, {"_rels/.rels", packageRels},
            {"xl/workbook.xml", workbook},  {"xl/_rels/workbook.xml.rels", workbookRels},
            {"xl/styles.xml", styles},      {"xl/sharedStrings.xml", strings}};
}

bool XlsxWriter::write(const QString &path) const
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        std::fprintf(stderr, "cannot create %s: %d\n", qPrintable(path), zip.getZipError());
        return false;
    }
    for (const auto &[name, bytes] : fixedParts()) {
        if (!writeEntry(&zip, name, once(bytes)))
            return false;
    }
    for (int i = 0; i < m_sheets.size(); ++i) {
        const Sheet &sheet = m_sheets.at(i);
        bool head = true;
        bool tail = false;
        auto chunks = [&]() -> QByteArray {
            if (head) {
                head = false;
                return XmlHead + "<worksheet xmlns=\"" + MainNs + "\"><sheetData>";
            }
            if (tail)
                return QByteArray();
            QByteArray chunk = sheet.nextChunk();
            if (chunk.isEmpty()) {
                tail = true;
                return "</sheetData></worksheet>";
            }
            return chunk;
        };
        if (!writeEntry(&zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), chunks))
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool XlsxWriter::writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : parts) {
        if (!writeEntry(&zip, name, once(bytes)))
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}
