// CsvReader: the shapes reps' files come in (BOM, Windows-1252 from Excel with ';', quoted line
// breaks, tabs, every line end, ragged rows) and the files that are no table.
#include "import/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace {
using Rows = QList<QStringList>;

std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return buffer;
}

std::unique_ptr<CsvReader> openBytes(const QByteArray &bytes, const TableOptions &options = {})
{
    auto reader = CsvReader::open(bufferOf(bytes), options);
    if (!reader) {
        qWarning() << reader.error();
        return nullptr;
    }
    return reader.take();
}

Rows allRows(TableSource *source)
{
    Rows rows;
    QStringList cells;
    while (source->next(&cells))
        rows.append(cells);
    return rows;
}

QString dataFile(const char *name)
{
    return QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/import/") + QLatin1String(name);
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8WithBom();
    void windows1252WithSemicolons();
    void quotedLineBreaksAndQuotes();
    void tabDelimited();
    void lineEnds_data();
    void lineEnds();
    void raggedRowsAndBlankLines();
    void delimiterDetection_data();
    void delimiterDetection();
    void excelSeparatorLine();
    void chosenDelimiterAndEncoding();
    void utf16WithBom();
    void chunkBoundaries();
    void badFiles_data();
    void badFiles();
    void unclosedQuoteIsNamed();
    void overlongRowStops();
};

void TestCsvReader::utf8WithBom()
{
    auto file = std::make_unique<QFile>(dataFile("utf8-bom.csv"));
    auto result = CsvReader::open(std::move(file));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    CsvReader &reader = *result.value();
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
    QCOMPARE(reader.delimiter(), QLatin1Char(','));
    // The BOM is no part of the first header.
    QCOMPARE(reader.header(), QStringList({"Lead name", "Email", "Source"}));
    QCOMPARE(allRows(&reader),
             Rows({{"Harbour gala", "zoë@example.com", "Trade show 2026"},
                   {"Café launch", "ana@example.com", "Website"}}));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::windows1252WithSemicolons()
{
    auto result = CsvReader::open(std::make_unique<QFile>(dataFile("windows1252-semicolon.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    CsvReader &reader = *result.value();
    QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
    QCOMPARE(reader.delimiter(), QLatin1Char(';'));
    QCOMPARE(reader.header(), QStringList({"Name", "Firma", "Ort", "Budget"}));
    QCOMPARE(allRows(&reader),
             Rows({{"Jürgen Müller", "Bäckerei Größ", "Köln", "1.500 €"},
                   {"Zoë Ångström", "Straßen, Wege & Co", "Düsseldorf", "„viel“"}}));
}

void TestCsvReader::quotedLineBreaksAndQuotes()
{
    auto result = CsvReader::open(std::make_unique<QFile>(dataFile("quoted-newlines.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    CsvReader &reader = *result.value();
    QCOMPARE(reader.header(), QStringList({"name", "notes", "email"}));
    QStringList cells;
    QVERIFY(reader.next(&cells));
    QCOMPARE(cells, QStringList({"Gala, 2026", "Line one\nLine two\n\nLine four", "a@x.example"}));
    QCOMPARE(reader.rowNumber(), qint64(2));
    QVERIFY(reader.next(&cells));
    QCOMPARE(cells, QStringList({"Quote \"inside\"", "", "b@x.example"}));
    // A record spanning four lines counts as one row, as Excel numbers them.
    QCOMPARE(reader.rowNumber(), qint64(3));
    QVERIFY(reader.next(&cells));
    QCOMPARE(cells, QStringList({"\"", "CRLF\ninside", "c@x.example"}));
    QVERIFY(!reader.next(&cells));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::tabDelimited()
{
    auto result = CsvReader::open(std::make_unique<QFile>(dataFile("tab-delimited.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    CsvReader &reader = *result.value();
    QCOMPARE(reader.delimiter(), QLatin1Char('\t'));
    QCOMPARE(reader.header(), QStringList({"name", "company", "email"}));
    QCOMPARE(allRows(&reader),
             Rows({{"Offsite, spring", "Acme; Sons", "x@y.example"},
                   {"Board dinner", "", "z@y.example"}}));
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("no end at the end") << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\r3,4\n");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, bytes);
    auto reader = openBytes(bytes);
    QVERIFY(reader);
    QCOMPARE(reader->header(), QStringList({"a", "b"}));
    QCOMPARE(allRows(reader.get()), Rows({{"1", "2"}, {"3", "4"}}));
}

void TestCsvReader::raggedRowsAndBlankLines()
{
    auto reader = openBytes("\n\nname,email,source\n"
                            "short\n"
                            "\n"
                            ",,\n"
                            "long,e@x.example,web,extra,\n"
                            "trailing,,,,\n");
    QVERIFY(reader);
    // Blank lines before the header are skipped, but still counted as rows.
    QCOMPARE(reader->header(), QStringList({"name", "email", "source"}));
    QCOMPARE(reader->rowNumber(), qint64(3));
    QStringList cells;
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"short", "", ""}));
    QCOMPARE(reader->rowNumber(), qint64(4));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"long", "e@x.example", "web", "extra"}));
    QCOMPARE(reader->rowNumber(), qint64(7));
    QVERIFY(reader->next(&cells));
    QCOMPARE(cells, QStringList({"trailing", "", ""}));
    QVERIFY(!reader->next(&cells));
    QVERIFY(reader->error().isEmpty());
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(',');
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("a;b;c\n1,5;2,5;3\n4,0;5;6\n") << QChar(';');
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar('\t');
    QTest::newRow("commas only inside quotes")
        << QByteArray("\"Name, full\";\"City, state\"\nA;B\n") << QChar(';');
    QTest::newRow("one column") << QByteArray("name\nAda\nGrace\n") << QChar(',');
    QTest::newRow("consistent beats frequent")
        << QByteArray("name;notes, more, words\nx;y\nz;w\n") << QChar(';');
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    auto reader = openBytes(bytes);
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), delimiter);
}

void TestCsvReader::excelSeparatorLine()
{
    auto reader = openBytes("sep=|\nname|email\nAda|ada@x.example\n");
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), QLatin1Char('|'));
    QCOMPARE(reader->header(), QStringList({"name", "email"}));
    QCOMPARE(allRows(reader.get()), Rows({{"Ada", "ada@x.example"}}));
}

void TestCsvReader::chosenDelimiterAndEncoding()
{
    TableOptions options;
    options.delimiter = QLatin1Char(',');
    options.encoding = TextEncoding::Windows1252;
    // Valid UTF-8, but the rep says the file is Windows-1252: "Ã¼" is what they chose to see.
    auto reader = openBytes("a;b,c\n\xC3\xBC;1,2\n", options);
    QVERIFY(reader);
    QCOMPARE(reader->header(), QStringList({"a;b", "c"}));
    QCOMPARE(allRows(reader.get()), Rows({{QString::fromUtf8("Ã¼;1"), "2"}}));
}

void TestCsvReader::utf16WithBom()
{
    const QString text = QStringLiteral("name\temail\r\nJürgen\tj@x.example\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto reader = openBytes(bytes);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), TextEncoding::Utf16LittleEndian);
    QCOMPARE(reader->header(), QStringList({"name", "email"}));
    QCOMPARE(allRows(reader.get()), Rows({{QString::fromUtf8("Jürgen"), "j@x.example"}}));
}

void TestCsvReader::chunkBoundaries()
{
    // Quotes, CRLF pairs and multi-byte characters fall across the 64 KiB reads somewhere.
    QByteArray bytes("name,notes\r\n");
    Rows expected;
    for (int i = 0; i < 6000; ++i) {
        const QByteArray name = "Zoë " + QByteArray::number(i);
        bytes += name + ",\"say \"\"hi\"\"\r\nthen ü\"\r\n";
        expected.append({QString::fromUtf8(name), QString::fromUtf8("say \"hi\"\nthen ü")});
    }
    auto reader = openBytes(bytes);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), TextEncoding::Utf8);
    QCOMPARE(allRows(reader.get()), expected);
    QVERIFY(reader->error().isEmpty());
}

void TestCsvReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "The file is empty.";
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << "The file is empty.";
    QTest::newRow("only blank lines") << QByteArray("\r\n \n\t\n") << "The file is empty.";
    QTest::newRow("blank rows of delimiters")
        << QByteArray(",,\n,\n\n") << "The file has no header row: it holds only empty lines.";
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 37) % 256);
    QTest::newRow("binary") << binary
                            << "The file is not a CSV or Excel file: it holds binary data.";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)
                         << "The file is not a CSV or Excel file: it holds binary data.";
}

void TestCsvReader::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto result = CsvReader::open(bufferOf(bytes));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), message);
}

void TestCsvReader::unclosedQuoteIsNamed()
{
    auto reader = openBytes("name,notes\nA,\"fine\"\nB,\"never closed\nC,d\n");
    QVERIFY(reader);
    QStringList cells;
    QVERIFY(reader->next(&cells));
    QVERIFY(!reader->next(&cells));
    QCOMPARE(reader->error(),
             QStringLiteral("The quoted value that starts on line 3 is never closed."));
}

void TestCsvReader::overlongRowStops()
{
    // A stray quote swallows everything after it; the reader stops at the row limit.
    QByteArray bytes("name,notes\nA,\"");
    bytes += QByteArray(CsvReader::MaxRowChars + 10, 'x');
    bytes += "\"\nB,c\n";
    auto reader = openBytes(bytes);
    QVERIFY(reader);
    QStringList cells;
    QVERIFY(!reader->next(&cells));
    QVERIFY2(reader->error().startsWith("The row that starts on line 2 is longer than"),
             qPrintable(reader->error()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
