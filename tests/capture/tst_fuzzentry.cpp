#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cstddef>
#include <cstdint>

// The parser's libFuzzer entry (fuzz/<parser>fuzz.cpp), linked in per executable.
int fuzzOne(const uint8_t *data, size_t size);

namespace {
int feed(const QByteArray &bytes)
{
    return fuzzOne(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}
} // namespace

/// The regression side of a fuzz target: every capture sample, mutations of
/// them, random bytes and hand-made hostile inputs go through the parser's
/// fuzz entry; a crash, a hang (the CTest timeout) or a sanitizer report fails.
class TestFuzzEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QDirIterator it(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                m_samples.append(file.readAll());
        }
        QVERIFY2(m_samples.size() >= 40, "the capture samples are readable");
    }

    void everySample()
    {
        for (const QByteArray &sample : std::as_const(m_samples))
            QCOMPARE(feed(sample), 0);
    }

    void mutatedSamples()
    {
        QRandomGenerator random(15); // fixed: a failure repeats
        for (const QByteArray &sample : std::as_const(m_samples)) {
            for (int round = 0; round < 20; ++round) {
                QByteArray mutated = sample;
                const int edits = 1 + int(random.bounded(8));
                for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                    const qsizetype at = random.bounded(mutated.size());
                    switch (random.bounded(4)) {
                    case 0:
                        mutated[at] = char(random.bounded(256));
                        break;
                    case 1:
                        mutated.truncate(at);
                        break;
                    case 2:
                        mutated.insert(at, mutated.mid(at, random.bounded(64)));
                        break;
                    default:
                        mutated.insert(at, "=\r\n ;:,\\\"");
                        break;
                    }
                }
                QCOMPARE(feed(mutated), 0);
            }
        }
    }

    void randomBytes()
    {
        QRandomGenerator random(1500);
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes(random.bounded(4096), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            QCOMPARE(feed(bytes), 0);
        }
    }

    void hostileShapes()
    {
        const QList<QByteArray> shapes {
            "BEGIN:VCARD\nN:" + QByteArray(200000, ';') + "\nEND:VCARD\n",
            "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:" + QByteArray(100000, '=')
                + "\nEND:VCARD\n",
            "BEGIN:VCARD\n" + QByteArray(100000, '\\') + "\n",
            QByteArray(50000, '\n') + "BEGIN:VCARD\nEND:VCARD",
            "MECARD:" + QByteArray(100000, '\\'),
            "MECARD:N:" + QByteArray(100000, ',') + ";;",
            QByteArray(20000, '+') + QByteArray(20000, '0'),
            QByteArray("T: ").repeated(20000),
            QByteArray("12, ").repeated(20000),
            QByteArray("Jean DUPONT\n").repeated(5000),
            QByteArray("\xF0\x9F\x98\x80 \xC3").repeated(10000),
        };
        for (const QByteArray &shape : shapes)
            QCOMPARE(feed(shape), 0);
    }

private:
    QList<QByteArray> m_samples;
};

QTEST_GUILESS_MAIN(TestFuzzEntry)
#include "tst_fuzzentry.moc"
