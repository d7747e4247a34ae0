// TableFile: the content picks the reader (a zip is a workbook whatever its name), the name
// only where the content cannot; files that are no table give one message.
#include "import/tablefile.h"
#include "xlsxwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTableFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void detect_data();
    void detect();
    void opensCsvAndXlsxByContent();
    void refusals_data();
    void refusals();

private:
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestTableFile::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    const int csv = int(TableFile::Format::Csv);
    const int xlsx = int(TableFile::Format::Xlsx);
    const int xls = int(TableFile::Format::OldExcel);
    QTest::newRow("csv") << QByteArray("name,email") << "leads.csv" << csv;
    QTest::newRow("zip named csv") << QByteArray("PK\x03\x04\x14\0", 6) << "leads.csv" << xlsx;
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06") << "leads" << xlsx;
    QTest::newRow("text named xlsx") << QByteArray("name,email") << "Leads.XLSX" << xlsx;
    QTest::newRow("ole") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << "leads.xlsx" << xls;
    QTest::newRow("no extension") << QByteArray("a;b") << "export" << csv;
}

void TestTableFile::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(TableFile::detect(head, name)), format);
}

void TestTableFile::opensCsvAndXlsxByContent()
{
    auto csv = TableFile::open(write("leads.txt", "name;email\nAda;ada@x.example\n"));
    QVERIFY2(csv.ok(), qPrintable(csv.error()));
    QCOMPARE(csv.value()->header(), QStringList({"name", "email"}));
    QStringList cells;
    QVERIFY(csv.value()->next(&cells));
    QCOMPARE(cells, QStringList({"Ada", "ada@x.example"}));
    QVERIFY(csv.value()->sheetNames().isEmpty());

    XlsxWriter writer;
    writer.addSheet("Leads", XlsxWriter::row(1, {XlsxWriter::cell("A1", "name", "inlineStr")}));
    const QString misnamed = m_dir.filePath("export.csv");
    QVERIFY(writer.write(misnamed));
    auto xlsx = TableFile::open(misnamed);
    QVERIFY2(xlsx.ok(), qPrintable(xlsx.error()));
    QCOMPARE(xlsx.value()->header(), QStringList({"name"}));
    QCOMPARE(xlsx.value()->sheetNames(), QStringList({"Leads"}));
}

void TestTableFile::refusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << write("empty.csv", QByteArray()) << "The file is empty.";
    QTest::newRow("xlsx that is text")
        << write("text.xlsx", "name,email\n")
        << "The Excel file is damaged: its zip archive cannot be opened.";
    QTest::newRow("old excel")
        << write("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").repeated(64))
        << "old.xls is an old Excel workbook (.xls) or a password-protected one; save it as "
           ".xlsx without a password, or as CSV.";
    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                   16);
    QTest::newRow("program") << write("program", elf + QByteArray(4096, '\0'))
                             << "The file is not a CSV or Excel file: it holds binary data.";
}

void TestTableFile::refusals()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto result = TableFile::open(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), message);
}

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
