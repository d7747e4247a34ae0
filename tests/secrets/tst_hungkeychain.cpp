// A session bus that accepts the connection and never answers: the probe and
// the keychain jobs must give up on their timeouts and say so, instead of
// hanging the application.
#include "secretjobwaiter.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstoreprobe.h"
#include "secrets/unavailablesecretstore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestHungKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeGivesUpOnItsTimeout();
    void keychainJobsGiveUpOnTheirTimeout();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_connections;
};

void TestHungKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
    QVERIFY2(m_silentBus.listen(path), qPrintable(m_silentBus.errorString()));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_silentBus.nextPendingConnection())
            m_connections.append(socket); // kept open, never answered
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "DISPLAY"})
        qunsetenv(name);
}

void TestHungKeychain::probeGivesUpOnItsTimeout()
{
    SecretStoreProbe probe;
    probe.setTimeout(1s);
    QSignalSpy spy(&probe, &SecretStoreProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QVERIFY2(clock.elapsed() >= 900, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(!m_connections.isEmpty()); // it did reach our silent bus

    std::unique_ptr<SecretStore> store(spy.at(0).at(0).value<SecretStore *>());
    QVERIFY(qobject_cast<UnavailableSecretStore *>(store.get()));
    // "second(s)" until an English numerus translation is loaded.
    const QString reason = store->unavailableReason();
    QVERIFY2(reason.startsWith(QLatin1String("No system keychain is available (the Secret Service "
                                             "did not answer within 1 second")),
             qPrintable(reason));
    QVERIFY(reason.endsWith(QLatin1String(").")));
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
}

void TestHungKeychain::keychainJobsGiveUpOnTheirTimeout()
{
    KeychainSecretStore store;
    store.setJobTimeout(1s);
    JobOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    WAIT_FOR_JOB(store.write(QStringLiteral("profile/key"), "hung-bus-secret"), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QVERIFY2(outcome.error.startsWith(
                 QLatin1String("No answer from the Secret Service within 1 second")),
             qPrintable(outcome.error));
    QVERIFY(clock.elapsed() < 4000);

    WAIT_FOR_JOB(store.read(QStringLiteral("profile/key")), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHungKeychain)
#include "tst_hungkeychain.moc"
