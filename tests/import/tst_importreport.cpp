// ImportReport: REPORT.csv, the problem rows and the results file as a spreadsheet reads them.
#include "import/csvreader.h"
#include "import/importreport.h"

#include <QBuffer>
#include <QTest>

class TestImportReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReportAddsItsColumnsAndReadsBack()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ImportReport report(&buffer, {"Name", "Notes"}, ImportReport::Shape::Report);
        QVERIFY(report.write({"Gala", "two\nlines, \"quoted\""}, 1, "sent", 22500, {}));
        QVERIFY(report.write({"=HYPERLINK(1)"}, 2, "problem", 0, "name: required | x: y"));
        buffer.close();
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));

        auto device = std::make_unique<QBuffer>();
        device->setData(buffer.data());
        auto opened = CsvReader::open(std::move(device));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        CsvReader &reader = *opened.value();
        QCOMPARE(reader.header(),
                 QStringList({"Name", "Notes", "row", "status", "leadId", "problems"}));
        QStringList cells;
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells, QStringList({"Gala", "two\nlines, \"quoted\"", "1", "sent", "22500", ""}));
        QVERIFY(reader.next(&cells));
        // A formula from the file stays text when the report is opened.
        QCOMPARE(cells,
                 QStringList({"'=HYPERLINK(1)", "", "2", "problem", "", "name: required | x: y"}));
        QVERIFY(!reader.next(&cells));
    }

    void theOtherShapes()
    {
        QBuffer problems;
        problems.open(QIODevice::WriteOnly);
        ImportReport(&problems, {"Name"}, ImportReport::Shape::Problems)
            .write({"Gala"}, 3, "problem", 0, "name: required");
        QCOMPARE(problems.data(),
                 QByteArray("\xEF\xBB\xBFName,problems\r\nGala,name: required\r\n"));

        QBuffer results;
        results.open(QIODevice::WriteOnly);
        ImportReport(&results, {"Name"}, ImportReport::Shape::Results)
            .write({"-5"}, 1, "sent", 7, {});
        QCOMPARE(results.data(), QByteArray("\xEF\xBB\xBFName,leadId,status\r\n-5,7,sent\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
