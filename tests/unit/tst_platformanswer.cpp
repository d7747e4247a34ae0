#include "platform/platformanswer.h"
#include "services/recordsubmitter.h"

#include <QJsonDocument>
#include <QTest>

using Kind = PlatformError::Kind;

/// addOrUpdate… answers read strictly: an id is a positive whole number a double holds
/// exactly, success is the boolean true; anything else is not a saved record.
class TestPlatformAnswer : public QObject
{
    Q_OBJECT

private:
    static QJsonValue json(const QByteArray &text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

private Q_SLOTS:
    void acceptedWrites_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<qint64>("id");
        QTest::newRow("number") << QByteArray("{\"success\":true,\"id\":22999}") << qint64(22999);
        QTest::newRow("digits") << QByteArray("{\"success\":true,\"id\":\"22999\"}")
                                << qint64(22999);
        QTest::newRow("largest exact") << QByteArray("{\"success\":true,\"id\":9007199254740991}")
                                       << qint64(9007199254740991LL);
    }

    void acceptedWrites()
    {
        QFETCH(QByteArray, answer);
        QFETCH(qint64, id);
        const PlatformAnswer::Write write = PlatformAnswer::ofWrite(json(answer));
        QVERIFY2(write.ok(), qPrintable(write.error.toString()));
        QCOMPARE(write.id, id);
    }

    void doubtfulWrites_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("says");
        QTest::newRow("fraction") << QByteArray("{\"success\":true,\"id\":22999.7}")
                                  << "22999.7, which is not a whole number";
        QTest::newRow("beyond 2^53") << QByteArray("{\"success\":true,\"id\":9007199254740993}")
                                     << "too large to be read exactly";
        QTest::newRow("digits beyond 2^53")
            << QByteArray("{\"success\":true,\"id\":\"9007199254740993\"}")
            << "too large to be read exactly";
        QTest::newRow("negative") << QByteArray("{\"success\":true,\"id\":-4}")
                                  << "not a positive number";
        QTest::newRow("zero") << QByteArray("{\"success\":true,\"id\":0}") << "not a positive";
        QTest::newRow("text id") << QByteArray("{\"success\":true,\"id\":\"12a\"}")
                                 << "not a whole number";
        QTest::newRow("boolean id")
            << QByteArray("{\"success\":true,\"id\":true}") << "not a number";
        QTest::newRow("no id") << QByteArray("{\"success\":true}") << "holds no id";
        QTest::newRow("success as text") << QByteArray("{\"success\":\"false\",\"id\":22999}")
                                         << "\"false\" (text), neither true nor false";
        QTest::newRow("success as number")
            << QByteArray("{\"success\":1,\"id\":22999}") << "neither true nor false";
        QTest::newRow("no success") << QByteArray("{\"id\":22999}") << "has no \"success\"";
        QTest::newRow("an array") << QByteArray("[{\"success\":true,\"id\":1}]")
                                  << "not a JSON object";
    }

    void doubtfulWrites()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, says);
        const PlatformAnswer::Write write = PlatformAnswer::ofWrite(json(answer));
        QVERIFY(!write.ok());
        QCOMPARE(write.error.kind, Kind::Malformed);
        // The platform said 2xx: a create may exist and is looked up before it goes again.
        QVERIFY(write.error.requestMayHaveArrived);
        QVERIFY2(write.error.toString().contains(says), qPrintable(write.error.toString()));
    }

    void refusedWriteIsTheRefusal()
    {
        const PlatformAnswer::Write write = PlatformAnswer::ofWrite(
            json("{\"success\":false,\"message\":\"'sourceId' is required\"}"));
        QCOMPARE(write.error.kind, Kind::Platform);
        QVERIFY(!write.error.requestMayHaveArrived);
        QCOMPARE(write.error.toString(), QStringLiteral("'sourceId' is required"));
    }

    void submitterReadsTheAnswerStrictly()
    {
        // RecordSubmitter is what the outbox asks: the fraction is not lead 23000.
        PlatformResult result;
        result.httpStatus = 200;
        result.data = json("{\"success\":true,\"id\":22999.7}");
        const RecordSubmitter::Outcome fraction = RecordSubmitter::outcomeOf(result, false);
        QVERIFY(!fraction.ok);
        QCOMPARE(fraction.id, 0);
        QCOMPARE(fraction.error.kind, Kind::Malformed);

        result.data = json("{\"success\":\"false\",\"id\":22999}");
        QVERIFY(!RecordSubmitter::outcomeOf(result, false).ok);

        result.data = json("{\"success\":true,\"id\":22999}");
        const RecordSubmitter::Outcome created = RecordSubmitter::outcomeOf(result, false);
        QVERIFY(created.ok);
        QCOMPARE(created.id, 22999);
        QVERIFY(created.created);
    }
};

QTEST_GUILESS_MAIN(TestPlatformAnswer)
#include "tst_platformanswer.moc"
