// XlsxStyles: which number formats show a date, a date and time, a time, or a number.
#include "import/xlsxstyles.h"

#include <QTest>

using Kind = XlsxStyles::Kind;
Q_DECLARE_METATYPE(XlsxStyles::Kind)

class TestXlsxStyles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void cellStylesByIndex();
    void notXml();
};

void TestXlsxStyles::classify_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("General") << 0 << "" << Kind::Number;
    QTest::newRow("built-in 0.00") << 2 << "" << Kind::Number;
    QTest::newRow("built-in m/d/yyyy") << 14 << "" << Kind::Date;
    QTest::newRow("built-in d-mmm-yy") << 15 << "" << Kind::Date;
    QTest::newRow("built-in h:mm") << 20 << "" << Kind::Time;
    QTest::newRow("built-in m/d/yyyy h:mm") << 22 << "" << Kind::DateTime;
    QTest::newRow("built-in mm:ss") << 45 << "" << Kind::Time;
    QTest::newRow("built-in CJK date") << 57 << "" << Kind::Date;
    QTest::newRow("built-in text") << 49 << "" << Kind::Number;
    QTest::newRow("dd/mm/yyyy") << 164 << "dd/mm/yyyy" << Kind::Date;
    QTest::newRow("German") << 164 << "DD.MM.YYYY" << Kind::Date;
    QTest::newRow("locale block") << 164 << "[$-409]mmmm d, yyyy;@" << Kind::Date;
    QTest::newRow("with time") << 164 << "yyyy-mm-dd hh:mm:ss" << Kind::DateTime;
    QTest::newRow("AM/PM") << 164 << "h:mm AM/PM" << Kind::Time;
    QTest::newRow("elapsed hours") << 164 << "[h]:mm:ss" << Kind::Time;
    QTest::newRow("month name") << 164 << "mmm" << Kind::Date;
    QTest::newRow("currency") << 164 << "[$€-407] #,##0.00;[Red]-#,##0.00" << Kind::Number;
    QTest::newRow("quoted letters") << 164 << "0 \"days\"" << Kind::Number;
    QTest::newRow("escaped letters") << 164 << "0\\d" << Kind::Number;
    QTest::newRow("colour only") << 164 << "[Red]0.00" << Kind::Number;
    QTest::newRow("general, spelled") << 164 << "General" << Kind::Number;
    QTest::newRow("custom code for a built-in id") << 14 << "0.00" << Kind::Number;
}

void TestXlsxStyles::classify()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(Kind, kind);
    QCOMPARE(XlsxStyles::classify(id, code), kind);
}

void TestXlsxStyles::cellStylesByIndex()
{
    const auto styles = XlsxStyles::parse(
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"22\"/></cellXfs>"
        "</styleSheet>");
    QVERIFY(styles);
    // cellStyleXfs are not what a cell's s attribute counts.
    QCOMPARE(styles->kind(0), Kind::Number);
    QCOMPARE(styles->kind(1), Kind::Date);
    QCOMPARE(styles->kind(2), Kind::DateTime);
    QCOMPARE(styles->kind(3), Kind::Number);
    QCOMPARE(styles->kind(-1), Kind::Number);
    QCOMPARE(XlsxStyles::parse(QByteArray())->kind(0), Kind::Number);
}

void TestXlsxStyles::notXml()
{
    QVERIFY(!XlsxStyles::parse("<styleSheet><cellXfs></styleSheet>"));
}

QTEST_GUILESS_MAIN(TestXlsxStyles)
#include "tst_xlsxstyles.moc"
