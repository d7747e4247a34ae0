// Replays one fuzz target's corpus in the normal build: the seeds and every input a fuzzer
// once crashed on (tests/data/fuzz/<target>/). The target's entry function is linked in as it
// is; a regression shows as a crash, an abort from the target's own checks, or a timeout.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsThere()
    {
        // An empty folder would make every run pass.
        QVERIFY2(QDir(QStringLiteral(FUZZ_CORPUS)).entryList(QDir::Files).size() >= 5, FUZZ_CORPUS);
    }

    void everyInputRuns_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(FUZZ_CORPUS));
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
    }

    void everyInputRuns()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                        size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
