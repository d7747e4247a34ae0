// XlsxReader: workbooks as Excel and other writers make them (shared and inline strings,
// numbers, booleans, gaps, serial dates in both date systems, several sheets), and the
// archives that are damaged or built to exhaust memory.
#include "import/xlsxreader.h"
#include "xlsxwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

namespace {
using Rows = QList<QStringList>;
using W = XlsxWriter;

Rows allRows(TableSource *source)
{
    Rows rows;
    QStringList cells;
    while (source->next(&cells))
        rows.append(cells);
    return rows;
}

QByteArray header(const QStringList &names)
{
    QList<QByteArray> cells;
    for (int i = 0; i < names.size(); ++i)
        cells.append(W::cell(QString(QChar('A' + i)) + "1", names.at(i), "inlineStr"));
    return W::row(1, cells);
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedStringsNumbersAndBooleans();
    void gapsAndReferencesLeftOut();
    void serialDates();
    void dateSystem1904();
    void twoSheets();
    void hiddenFirstSheet();
    void writtenByOpenpyxl();
    void damagedArchive();
    void zipWithoutWorkbook();
    void damagedSheet_data();
    void damagedSheet();
    void corruptDeflateData();
    void declaredBombIsRefusedAtOnce();
    void realBombIsRefusedByRatio();
    void sheetWithoutHeader();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    std::unique_ptr<XlsxReader> open(const QString &file, const TableOptions &options = {});
    QString openError(const QString &file, const TableOptions &options = {});
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<XlsxReader> TestXlsxReader::open(const QString &file, const TableOptions &options)
{
    auto result = XlsxReader::open(file, options);
    if (!result) {
        qWarning() << result.error();
        return nullptr;
    }
    return result.take();
}

QString TestXlsxReader::openError(const QString &file, const TableOptions &options)
{
    auto result = XlsxReader::open(file, options);
    return result ? QString() : result.error();
}

void TestXlsxReader::sharedStringsNumbersAndBooleans()
{
    W writer;
    writer.setSharedStrings({"Lead name", "Attendees", "Budget", "VIP", "Ref", "Harbour gala",
                             "Zoë & Co <launch>", "Line_x000D_\nbreak"});
    QByteArray rows
        = W::row(1,
                 {W::cell("A1", "0", "s"), W::cell("B1", "1", "s"), W::cell("C1", "2", "s"),
                  W::cell("D1", "3", "s"), W::cell("E1", "4", "s")});
    rows += W::row(2,
                   {W::cell("A2", "5", "s"), W::cell("B2", "120"),
                    W::cell("C2", "2500.5", "", W::Decimal), W::cell("D2", "1", "b"),
                    W::cell("E2", "#N/A", "e")});
    rows += W::row(3,
                   {W::cell("A3", "6", "s"), W::cell("B3", "1.2E-3"),
                    W::cell("C3", "0.30000000000000004"), W::cell("D3", "0", "b"),
                    W::cell("E3", "R-17", "str")});
    rows += W::row(4,
                   {W::cell("A4", "7", "s"), W::cell("B4", "61412345678"),
                    W::cell("E4", "in line", "inlineStr")});
    writer.addSheet("Leads", rows);
    QVERIFY(writer.write(path("strings.xlsx")));

    auto reader = open(path("strings.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->header(), QStringList({"Lead name", "Attendees", "Budget", "VIP", "Ref"}));
    QCOMPARE(allRows(reader.get()),
             Rows({{"Harbour gala", "120", "2500.5", "TRUE", "#N/A"},
                   {"Zoë & Co <launch>", "0.0012", "0.3", "FALSE", "R-17"},
                   {"Line\r\nbreak", "61412345678", "", "", "in line"}}));
    QVERIFY(reader->error().isEmpty());
    QCOMPARE(reader->sheetName(), QStringLiteral("Leads"));
}

void TestXlsxReader::gapsAndReferencesLeftOut()
{
    W writer;
    QByteArray rows = header({"a", "b", "c", "d"});
    // B3 after an empty A3; row 2 and row 5 absent; D4 alone.
    rows += W::row(3, {W::cell("B3", "x", "inlineStr"), W::cell("D3", "y", "inlineStr")});
    rows += W::row(4, {W::cell("D4", "only d", "inlineStr")});
    // Cells and rows without references follow the one before.
    rows += "<row r=\"6\"><c t=\"inlineStr\"><is><t>p</t></is></c><c><v>7</v></c></row>";
    rows += "<row><c r=\"C7\"><v>8</v></c><c><v>9</v></c></row>";
    // A row of empty cells (formatting only) is no row of data.
    rows += "<row r=\"8\"><c r=\"A8\" s=\"1\"/><c r=\"B8\" t=\"inlineStr\"><is><t> "
            "</t></is></c></row>";
    rows += W::row(9, {W::cell("A9", "last", "inlineStr"), W::cell("F9", "beyond", "inlineStr")});
    writer.addSheet("Sheet1", rows);
    QVERIFY(writer.write(path("gaps.xlsx")));

    auto reader = open(path("gaps.xlsx"));
    QVERIFY(reader);
    QStringList cells;
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"", "x", "", "y"}));
    QCOMPARE(reader->rowNumber(), qint64(3));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"", "", "", "only d"}));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"p", "7", "", ""}));
    QCOMPARE(reader->rowNumber(), qint64(6));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"", "", "8", "9"}));
    QCOMPARE(reader->rowNumber(), qint64(7));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"last", "", "", "", "", "beyond"}));
    QCOMPARE(reader->rowNumber(), qint64(9));
    QVERIFY(!reader->next(&cells));
    QVERIFY(reader->error().isEmpty());
}

void TestXlsxReader::serialDates()
{
    W writer;
    QByteArray rows = header({"date", "datetime", "custom", "time", "plain"});
    rows += W::row(2,
                   {W::cell("A2", "46096", "", W::BuiltInDate),
                    W::cell("B2", "46096.5", "", W::CustomDateTime),
                    W::cell("C2", "46096", "", W::CustomDate),
                    W::cell("D2", "0.75", "", W::BuiltInTime), W::cell("E2", "46096")});
    // 1900's leap-year error: 59 is 28 February, 60 the 29th that never was, 61 1 March.
    rows += W::row(
        3,
        {W::cell("A3", "59", "", W::BuiltInDate), W::cell("B3", "61.25", "", W::CustomDateTime),
         W::cell("C3", "60", "", W::CustomDate), W::cell("D3", "0.99999999", "", W::BuiltInTime),
         W::cell("E3", "2026-03-15T00:00:00", "d")});
    rows += W::row(4,
                   {W::cell("A4", "1", "", W::BuiltInDate),
                    W::cell("B4", "2958465.99999", "", W::CustomDateTime),
                    W::cell("C4", "not a number", "str", W::CustomDate)});
    writer.addSheet("Dates", rows);
    QVERIFY(writer.write(path("dates.xlsx")));

    auto reader = open(path("dates.xlsx"));
    QVERIFY(reader);
    QVERIFY(!reader->uses1904());
    QCOMPARE(allRows(reader.get()),
             Rows({{"2026-03-15", "2026-03-15 12:00:00", "2026-03-15", "18:00:00", "46096"},
                   {"1900-02-28", "1900-03-01 06:00:00", "60", "00:00:00", "2026-03-15 00:00:00"},
                   {"1900-01-01", "9999-12-31 23:59:59", "not a number", "", ""}}));
}

void TestXlsxReader::dateSystem1904()
{
    W writer;
    writer.setDate1904(true);
    writer.addSheet("Mac",
                    header({"date", "first"})
                        + W::row(2,
                                 {W::cell("A2", "44634", "", W::BuiltInDate),
                                  W::cell("B2", "0", "", W::BuiltInDate)}));
    QVERIFY(writer.write(path("1904.xlsx")));
    auto reader = open(path("1904.xlsx"));
    QVERIFY(reader);
    QVERIFY(reader->uses1904());
    QCOMPARE(allRows(reader.get()), Rows({{"2026-03-15", "1904-01-01"}}));
}

void TestXlsxReader::twoSheets()
{
    W writer;
    writer.addSheet("Leads", header({"name"}) + W::row(2, {W::cell("A2", "first", "inlineStr")}));
    writer.addSheet("Second list",
                    header({"other"}) + W::row(2, {W::cell("A2", "second", "inlineStr")}));
    QVERIFY(writer.write(path("two.xlsx")));

    auto first = open(path("two.xlsx"));
    QVERIFY(first);
    QCOMPARE(first->sheetNames(), QStringList({"Leads", "Second list"}));
    QCOMPARE(first->sheetName(), QStringLiteral("Leads"));
    QCOMPARE(allRows(first.get()), Rows({{"first"}}));

    TableOptions options;
    options.sheetName = "SECOND list";
    auto second = open(path("two.xlsx"), options);
    QVERIFY(second);
    QCOMPARE(second->sheetName(), QStringLiteral("Second list"));
    QCOMPARE(second->header(), QStringList({"other"}));
    QCOMPARE(allRows(second.get()), Rows({{"second"}}));

    options.sheetName = "Missing";
    QCOMPARE(openError(path("two.xlsx"), options),
             QStringLiteral("The workbook has no sheet \"Missing\"; its sheets are: Leads, "
                            "Second list."));
}

void TestXlsxReader::hiddenFirstSheet()
{
    W writer;
    writer.addSheet("Lists", header({"hidden"}), true);
    writer.addSheet("Leads", header({"shown"}));
    QVERIFY(writer.write(path("hidden.xlsx")));
    auto reader = open(path("hidden.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetName(), QStringLiteral("Leads"));
    QCOMPARE(reader->sheetNames(), QStringList({"Lists", "Leads"}));
}

void TestXlsxReader::writtenByOpenpyxl()
{
    // Inline strings, absolute relationship targets, explicit t="n", a formula without a cached
    // value, custom date formats: as another writer makes them.
    const QString file
        = QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/import/openpyxl-dates.xlsx");
    auto reader = open(file);
    QVERIFY(reader);
    QCOMPARE(
        reader->header(),
        QStringList({"Lead name", "Event date", "Attendees", "Budget", "Confirmed", "Arrives"}));
    QCOMPARE(allRows(reader.get()),
             Rows({{"Harbour gala", "2026-03-15", "120", "2500.5", "TRUE", "2026-03-15 18:30:00"},
                   {"Zoë's launch", "1999-12-31", "8", "", "FALSE", ""},
                   {"Custom format", "2027-01-02", "45000", "", "", ""}}));
    TableOptions options;
    options.sheetName = "Notes";
    auto notes = open(file, options);
    QVERIFY(notes);
    QCOMPARE(notes->header(), QStringList({"", "only B2"}));
    QCOMPARE(notes->rowNumber(), qint64(2));
}

void TestXlsxReader::damagedArchive()
{
    W writer;
    writer.addSheet("Leads", header({"name"}));
    QVERIFY(writer.write(path("whole.xlsx")));
    QFile whole(path("whole.xlsx"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile cut(path("cut.xlsx"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.read(whole.size() / 2));
    cut.close();
    QCOMPARE(openError(path("cut.xlsx")),
             QStringLiteral("The Excel file is damaged: its zip archive cannot be opened."));
}

void TestXlsxReader::zipWithoutWorkbook()
{
    QVERIFY(W::writeZip(path("photos.zip"), {{"holiday/1.txt", "not a workbook"}}));
    QCOMPARE(openError(path("photos.zip")),
             QStringLiteral("The file is a zip archive but not an Excel workbook: it has no "
                            "xl/workbook.xml."));
}

void TestXlsxReader::damagedSheet_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("message");
    QTest::newRow("not XML after row 2")
        << header({"a"}) + W::row(2, {W::cell("A2", "1")}) + "<row r=\"3\"><c r=\"A3\"><v>2</x>"
        << "The Excel file is damaged: the sheet \"S\" is not valid XML after row 3 (Opening and "
           "ending tag mismatch.).";
    QTest::newRow("shared string out of range")
        << header({"a"}) + W::row(2, {W::cell("A2", "99", "s")})
        << "The sheet is damaged: row 2 names shared text 99 of 0.";
    QTest::newRow("column beyond XFD") << header({"a"}) + W::row(2, {W::cell("XFE2", "1")})
                                       << "The sheet is damaged: row 2 has a cell outside the "
                                          "16384 columns a sheet has.";
    QTest::newRow("row beyond the last")
        << header({"a"}) + W::row(1048577, {W::cell("A1048577", "1")})
        << "The sheet is damaged: it names row 1048577, and "
           "sheets have rows 1 to 1048576.";
    QTest::newRow("a value of megabytes")
        << header({"a"}) + "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>"
            + QByteArray(XlsxReader::MaxTextRun + 1, 'x') + "</v></c></row>"
        << "The sheet \"S\" is damaged: near row 2 a value is longer than 4 MB.";
}

void TestXlsxReader::damagedSheet()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, message);
    W writer;
    writer.addSheet("S", rows);
    QVERIFY(writer.write(path("damaged.xlsx")));
    auto reader = open(path("damaged.xlsx"));
    QVERIFY(reader);
    QStringList cells;
    while (reader->next(&cells)) { }
    QCOMPARE(reader->error(), message);
}

void TestXlsxReader::corruptDeflateData()
{
    W writer;
    QByteArray rows = header({"name"});
    for (int i = 2; i < 3000; ++i)
        rows += W::row(i, {W::cell(QStringLiteral("A%1").arg(i), QString::number(i * 7919))});
    writer.addSheet("Leads", rows);
    QVERIFY(writer.write(path("corrupt.xlsx")));
    QFile file(path("corrupt.xlsx"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // Spoil the sheet's compressed data a few kilobytes after its local header.
    const qsizetype at = bytes.indexOf("xl/worksheets/sheet1.xml");
    QVERIFY(at > 0);
    QVERIFY(at + 6000 < bytes.lastIndexOf("xl/worksheets/sheet1.xml"));
    for (qsizetype i = at + 5000; i < at + 5200; ++i)
        bytes[i] = char(~bytes.at(i));
    file.seek(0);
    file.write(bytes);
    file.close();
    auto reader = open(path("corrupt.xlsx"));
    QVERIFY(reader);
    QStringList cells;
    int count = 0;
    while (reader->next(&cells))
        ++count;
    QVERIFY2(count > 0 && count < 2998, qPrintable(QString::number(count)));
    QVERIFY2(reader->error().startsWith("The Excel file is damaged"), qPrintable(reader->error()));
}

void TestXlsxReader::declaredBombIsRefusedAtOnce()
{
    // The second sheet's entry says it unpacks to 3 GB: refused before a byte is inflated.
    W writer;
    writer.addSheet("Leads", header({"name"}));
    writer.addSheet("Bomb", QByteArray());
    QVERIFY(writer.write(path("named.xlsx")));
    QuaZip source(path("named.xlsx"));
    QVERIFY(source.open(QuaZip::mdUnzip));
    QList<QPair<QString, QByteArray>> parts;
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFile part(&source);
        QVERIFY(part.open(QIODevice::ReadOnly));
        if (source.getCurrentFileName() != "xl/worksheets/sheet2.xml")
            parts.append({source.getCurrentFileName(), part.readAll()});
    }
    source.close();
    QVERIFY(W::writeZip(path("bomb.xlsx"), parts));
    QuaZip bomb(path("bomb.xlsx"));
    QVERIFY(bomb.open(QuaZip::mdAdd));
    QuaZipFile raw(&bomb);
    QuaZipNewInfo info("xl/worksheets/sheet2.xml");
    info.uncompressedSize = 3ULL * 1024 * 1024 * 1024;
    QVERIFY(raw.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION, true));
    raw.write(QByteArray(1024, '\0'));
    raw.close();
    bomb.close();

    TableOptions options;
    options.sheetName = "Bomb";
    QCOMPARE(openError(path("bomb.xlsx"), options),
             QStringLiteral("The workbook is too large: its part xl/worksheets/sheet2.xml "
                            "unpacks to 3072 MB, and LeadDesk reads at most 512 MB."));
    // The first sheet of the same file still reads.
    QVERIFY(open(path("bomb.xlsx")));
}

void TestXlsxReader::realBombIsRefusedByRatio()
{
    // 160 MB of the same row packs to a few hundred kilobytes.
    W writer;
    int chunks = 0;
    const QByteArray block
        = QByteArray("<row><c t=\"inlineStr\"><is><t>aaaa</t></is></c></row>").repeated(20000);
    writer.addStreamedSheet("Leads", [&]() {
        if (chunks == 0) {
            ++chunks;
            return header({"name"});
        }
        return chunks++ < 160 ? block : QByteArray();
    });
    QVERIFY(writer.write(path("ratio.xlsx")));
    QVERIFY(QFileInfo(path("ratio.xlsx")).size() < 2 * 1024 * 1024);
    const QString error = openError(path("ratio.xlsx"));
    QVERIFY2(error.startsWith("The file is not a real workbook: its part xl/worksheets/sheet1.xml "
                              "unpacks from 0 MB to 15"),
             qPrintable(error));
}

void TestXlsxReader::sheetWithoutHeader()
{
    W writer;
    writer.addSheet("Empty", "<row r=\"1\"><c r=\"A1\" s=\"1\"/></row>");
    QVERIFY(writer.write(path("empty.xlsx")));
    QCOMPARE(openError(path("empty.xlsx")),
             QStringLiteral("The sheet \"Empty\" has no header row: it is empty."));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
