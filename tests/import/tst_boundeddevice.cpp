// BoundedDevice: the byte budget and the text-run limit that keep a crafted archive part from
// costing unbounded time and memory, whatever its zip headers claim.
#include "import/boundeddevice.h"

#include <QBuffer>
#include <QTest>

namespace {
std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return buffer;
}
} // namespace

class TestBoundedDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinBudget();
    void exactlyTheBudget();
    void overBudgetFails();
    void longTextRunFails();
    void runsAcrossReadsAreCounted();
};

void TestBoundedDevice::withinBudget()
{
    BoundedDevice device(bufferOf("<a>text</a>"), 100, 10);
    QCOMPARE(device.readAll(), QByteArray("<a>text</a>"));
    QCOMPARE(device.failure(), BoundedDevice::Failure::None);
    QVERIFY(device.atEnd());
}

void TestBoundedDevice::exactlyTheBudget()
{
    BoundedDevice device(bufferOf(QByteArray(64, 'x')), 64);
    QCOMPARE(device.readAll().size(), 64);
    QCOMPARE(device.failure(), BoundedDevice::Failure::None);
}

void TestBoundedDevice::overBudgetFails()
{
    BoundedDevice device(bufferOf(QByteArray(100000, '<')), 4096);
    QByteArray read;
    char chunk[1000];
    qint64 got = 0;
    while ((got = device.read(chunk, sizeof chunk)) > 0)
        read.append(chunk, got);
    QCOMPARE(got, qint64(-1));
    QCOMPARE(read.size(), 4096);
    QCOMPARE(device.failure(), BoundedDevice::Failure::TooLarge);
    QVERIFY(device.atEnd());
}

void TestBoundedDevice::longTextRunFails()
{
    BoundedDevice device(bufferOf("<v>" + QByteArray(50, 'x') + "</v>"), 1000, 40);
    device.readAll();
    QCOMPARE(device.failure(), BoundedDevice::Failure::TextRunTooLong);
    // A run counts from one "<" to the next: "v>" and 38 characters are 40.
    BoundedDevice fine(bufferOf("<v>" + QByteArray(38, 'x') + "</v><v>" + QByteArray(38, 'y')),
                       1000, 40);
    fine.readAll();
    QCOMPARE(fine.failure(), BoundedDevice::Failure::None);
}

void TestBoundedDevice::runsAcrossReadsAreCounted()
{
    BoundedDevice device(bufferOf("<v>" + QByteArray(30, 'x') + QByteArray(30, 'y') + "</v>"), 1000,
                         50);
    char chunk[20];
    while (device.read(chunk, sizeof chunk) > 0) { }
    QCOMPARE(device.failure(), BoundedDevice::Failure::TextRunTooLong);
}

QTEST_GUILESS_MAIN(TestBoundedDevice)
#include "tst_boundeddevice.moc"
