#include "model/jsonfile.h"

#include <QTemporaryDir>
#include <QTest>

class TestJsonFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void readsAnObject()
    {
        const auto r = JsonFile::readObject(write(QStringLiteral("ok.json"), R"({"name":"x"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().value(QStringLiteral("name")).toString(), QStringLiteral("x"));
    }

    void namesEachProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("whitespace") << QByteArray("  \n") << "is empty";
        QTest::newRow("malformed") << QByteArray("{\n  \"a\": ,\n}") << "line 2";
        QTest::newRow("array") << QByteArray("[1]") << "JSON object";
        QTest::newRow("truncated") << QByteArray("{\"a\":") << "not valid JSON";
    }

    void namesEachProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto r = JsonFile::readObject(write(QStringLiteral("bad.json"), bytes));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
        QVERIFY(r.error().contains(QStringLiteral("bad.json")));
    }

    void strictWhereQJsonDocumentIsLenient_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate key")
            << QByteArray("{\"name\":\"x\",\n \"contactId\":5050,\n \"contactId\":5051}")
            << "the key contactId appears twice in one object (line 3, column 2)";
        QTest::newRow("nested duplicate")
            << QByteArray("{\"contact\":{\"email\":\"a@b.c\",\"email\":\"d@e.f\"}}")
            << "the key contact.email appears twice";
        QTest::newRow("duplicate in an array entry")
            << QByteArray("{\"customFields\":[{\"fieldId\":1},{\"fieldId\":2,\"fieldId\":3}]}")
            << "customFields[1].fieldId appears twice";
        QTest::newRow("escaped escape")
            << QByteArray("{\"name\":\"\\u001b[2J\"}") << "name holds the control character U+001B";
        QTest::newRow("raw NUL") << QByteArray("{\"name\":\"a") + '\0' + QByteArray("\"}")
                                 << "name holds the control character U+0000";
        QTest::newRow("C1") << QByteArray("{\"name\":\"a\xc2\x9b\"}")
                            << "name holds the control character U+009B";
        QTest::newRow("control in a key")
            << QByteArray("{\"na\\u0007me\":1}") << "the text holds the control character U+0007";
        QTest::newRow("lone high surrogate") << QByteArray("{\"name\":\"\\ud83d\"}")
                                             << "name holds U+D83D, half of a surrogate pair";
        QTest::newRow("lone low surrogate")
            << QByteArray("{\"name\":\"\\udc00x\"}") << "name holds U+DC00";
        QTest::newRow("encoded surrogate") << QByteArray("{\"name\":\"\xed\xa0\x80\"}")
                                           << "name holds the byte 0xED, which is not UTF-8";
        QTest::newRow("latin-1") << QByteArray("{\"name\":\"Caf\xe9\"}")
                                 << "name holds the byte 0xE9";
        QTest::newRow("huge id") << QByteArray("{\"contactId\":9007199254740993}")
                                 << "contactId is 9007199254740993, too large to be read exactly";
        QTest::newRow("deep") << QByteArray("{\"a\":") + QByteArray(100, '[') + QByteArray(100, ']')
                + "}"
                              << "more than 64 deep";
    }

    void strictWhereQJsonDocumentIsLenient()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto r = JsonFile::readObject(write(QStringLiteral("strict.json"), bytes));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
        QVERIFY2(r.error().startsWith(m_dir.filePath(QStringLiteral("strict.json")) + ": "),
                 qPrintable(r.error()));
        QVERIFY(!r.error().contains(QLatin1Char('\n')));
    }

    void whatIsFineStaysFine()
    {
        // Tabs and line breaks in text, pairs of surrogates, escapes, the largest exact id,
        // fractions and exponents, and the same key in different objects.
        const QByteArray bytes = "\xef\xbb\xbf{\"description\":"
                                 "\"a\\tb\\nc\\r\\\"\\u00e9\\ud83d\\ude00\xf0\x9f\x98\x80\","
                                 "\"id\":9007199254740991,\"n\":-0.5e10,\"contact\":{\"id\":1},"
                                 "\"customFields\":[{\"fieldId\":1},{\"fieldId\":2}]}";
        const auto r = JsonFile::readObject(write(QStringLiteral("fine.json"), bytes));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().value(QStringLiteral("description")).toString(),
                 QString::fromUtf8("a\tb\nc\r\"\u00e9\U0001F600\U0001F600"));
    }

    void requestBodiesAreCappedListsAreNot()
    {
        QByteArray big = "{\"description\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        const auto body = JsonFile::readObject(write(QStringLiteral("big.json"), big));
        QVERIFY(!body.ok());
        QVERIFY2(body.error().contains(QStringLiteral("at most 1 MiB")), qPrintable(body.error()));
        QByteArray list = "[\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"]";
        QVERIFY(JsonFile::readArray(write(QStringLiteral("list.json"), list)).ok());
    }

    void missingFileAndFolder()
    {
        QVERIFY(JsonFile::readObject(m_dir.filePath(QStringLiteral("nope.json")))
                    .error()
                    .contains(QStringLiteral("does not exist")));
        QVERIFY(JsonFile::readObject(m_dir.path()).error().contains(QStringLiteral("folder")));
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
