// DuplicateKeys: two rows of one file for the same lead name and contact are one lead.
#include "import/duplicatekeys.h"

#include <QTest>

class TestDuplicateKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameNameAndContact();
    void differentContactOrName();
    void keyWithoutName();
};

void TestDuplicateKeys::sameNameAndContact()
{
    DuplicateKeys keys;
    QCOMPARE(keys.add(2, DuplicateKeys::keyOf("Harbour gala", 0, "Ana@Example.com")), qint64(0));
    QCOMPARE(keys.add(3, DuplicateKeys::keyOf("harbour  GALA ", 0, " ana@example.COM")), qint64(2));
    QCOMPARE(keys.add(9, DuplicateKeys::keyOf("Harbour gala", 0, "ana@example.com")), qint64(2));
    QCOMPARE(keys.add(4, DuplicateKeys::keyOf("Board dinner", 5050, QString())), qint64(0));
    QCOMPARE(keys.add(5, DuplicateKeys::keyOf("board dinner", 5050, "other@x.example")), qint64(4));
    QCOMPARE(keys.firstRow(DuplicateKeys::keyOf("HARBOUR GALA", 0, "ana@example.com")), qint64(2));
}

void TestDuplicateKeys::differentContactOrName()
{
    DuplicateKeys keys;
    QCOMPARE(keys.add(2, DuplicateKeys::keyOf("Harbour gala", 0, "ana@example.com")), qint64(0));
    QCOMPARE(keys.add(3, DuplicateKeys::keyOf("Harbour gala", 0, "ben@example.com")), qint64(0));
    QCOMPARE(keys.add(4, DuplicateKeys::keyOf("Harbour gala 2", 0, "ana@example.com")), qint64(0));
    QCOMPARE(keys.add(5, DuplicateKeys::keyOf("Harbour gala", 5050, QString())), qint64(0));
    QCOMPARE(keys.add(6, DuplicateKeys::keyOf("Harbour gala", 5051, QString())), qint64(0));
}

void TestDuplicateKeys::keyWithoutName()
{
    DuplicateKeys keys;
    QVERIFY(DuplicateKeys::keyOf("  ", 0, "ana@example.com").isEmpty());
    QCOMPARE(keys.add(2, QString()), qint64(0));
    QCOMPARE(keys.add(3, QString()), qint64(0));
}

QTEST_GUILESS_MAIN(TestDuplicateKeys)
#include "tst_duplicatekeys.moc"
