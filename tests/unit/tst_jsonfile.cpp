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
