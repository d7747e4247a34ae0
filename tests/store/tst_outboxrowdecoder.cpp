#include "store/outboxrowdecoder.h"

#include <QTest>

/// Reading rows of the items table back: what SQLite may hand over for a damaged or
/// hand-edited file (any type in any column, short rows, text that is not JSON or not a time)
/// reads as an empty value instead of failing or inventing one.
class TestOutboxRowDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeRowReadsBack()
    {
        const QVariantList row {7,
                                "p",
                                "company",
                                "needs-fix",
                                "Harbour Events",
                                R"({"values":{"businessName":"Harbour Events"}})",
                                R"({"id":4410,"businessName":"Harbour Events"})",
                                4410,
                                2,
                                "The name is taken",
                                R"({"kind":"platform","message":"taken"})",
                                "2026-12-07T09:15:00.000Z",
                                "",
                                "2026-12-07T11:14:58.123+02:00",
                                "2026-12-07T09:15:00.000Z",
                                ""};
        const OutboxItem item = OutboxRowDecoder::item(row);
        QCOMPARE(item.id, 7);
        QCOMPARE(item.kind, "company");
        QCOMPARE(item.state, OutboxItem::State::NeedsFix);
        QCOMPARE(item.draft.value("values").toObject().value("businessName"), "Harbour Events");
        QVERIFY(item.isUpdate());
        QCOMPARE(item.recordId, 4410);
        QCOMPARE(item.attempts, 2);
        QCOMPARE(item.problems.value("message"), "taken");
        QCOMPARE(item.createdAt, QDateTime(QDate(2026, 12, 7), QTime(9, 14, 58, 123), Qt::UTC));
        QVERIFY(!item.firstSentAt.isValid());
        QCOMPARE(OutboxRowDecoder::itemColumns().count(','), row.size() - 1);
    }

    void jsonColumnsReadOnlyObjects_data()
    {
        QTest::addColumn<QVariant>("column");
        QTest::newRow("NULL") << QVariant();
        QTest::newRow("integer") << QVariant(qlonglong(42));
        QTest::newRow("real") << QVariant(1.5);
        QTest::newRow("array") << QVariant("[1, 2]");
        QTest::newRow("cut short") << QVariant(R"({"values":)");
        QTest::newRow("not UTF-8 blob") << QVariant(QByteArray("\xff\xfe{}"));
    }

    void jsonColumnsReadOnlyObjects()
    {
        QFETCH(QVariant, column);
        QVERIFY(OutboxRowDecoder::object(column).isEmpty());
    }

    void aBlobHoldingJsonStillReads()
    {
        QCOMPARE(OutboxRowDecoder::object(QByteArray(R"({"id":3})")).value("id"), 3);
    }

    void aShortOrStrangeRowReadsAsEmpty()
    {
        const OutboxItem item = OutboxRowDecoder::item({"abc", QVariant(), 3, "posted"});
        QCOMPARE(item.id, 0);
        QCOMPARE(item.state, OutboxItem::State::Draft);
        QVERIFY(item.draft.isEmpty());
        QVERIFY(!item.updatedAt.isValid());

        const OutboxEntry entry = OutboxRowDecoder::entry({5, "lead", "sending"});
        QCOMPARE(entry.id, 5);
        QCOMPARE(entry.state, OutboxItem::State::Sending);
        QVERIFY(!entry.update);
    }

    void timesThatAreNotTimesAreInvalid()
    {
        for (const char *text : {"", "yesterday", "2026-13-45T99:00:00.000Z", "12/07/2026 09:15"})
            QVERIFY2(!OutboxRowDecoder::time(QString::fromLatin1(text)).isValid(), text);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRowDecoder)
#include "tst_outboxrowdecoder.moc"
