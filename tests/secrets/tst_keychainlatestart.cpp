// Runs through run-in-private-keyring.sh --no-keyring: a private session bus
// on which no keyring runs and none can be auto-started, as right after login
// before the keyring is up. The keychain is asked once more after the retry
// delay, and only once.
#include "logcapture.h"
#include "secretjobwaiter.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstoreprobe.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString retrying = QStringLiteral("not available yet");

} // namespace

class TestKeychainLateStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutKeyringTheRetryHappensOnceThenFails();
    void keyringStartingLateIsFoundOnTheRetry();

private:
    std::unique_ptr<LogCapture> m_log;
};

void TestKeychainLateStart::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("LEADDESK_PRIVATE_KEYRING") == QLatin1String("1")
                 && qEnvironmentVariable("LEADDESK_KEYRING_NOT_STARTED") == QLatin1String("1"),
             "run this test through tests/secrets/run-in-private-keyring.sh --no-keyring (ctest "
             "does): it must not touch the real keyring");
    m_log = std::make_unique<LogCapture>();
}

void TestKeychainLateStart::withoutKeyringTheRetryHappensOnceThenFails()
{
    KeychainSecretStore store;
    store.setRetryDelay(300ms);
    const int before = m_log->count(retrying);
    JobOutcome outcome;
    WAIT_FOR_JOB(store.write(QStringLiteral("profile/key"), "late-secret-1"), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QLatin1String("not provided by any .service files")),
             qPrintable(outcome.error));
    QCOMPARE(m_log->count(retrying), before + 1);

    SecretStoreProbe probe;
    probe.setRetryDelay(300ms);
    probe.setTimeout(5s);
    QSignalSpy spy(&probe, &SecretStoreProbe::finished);
    probe.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 7000);
    std::unique_ptr<SecretStore> result(spy.at(0).at(0).value<SecretStore *>());
    QVERIFY(!result->isAvailable());
    QVERIFY2(result->unavailableReason().startsWith(
                 QLatin1String("No system keychain is available (the Secret Service did not "
                               "answer: The name org.freedesktop.secrets was not provided")),
             qPrintable(result->unavailableReason()));
    QCOMPARE(m_log->count(retrying), before + 2);
}

void TestKeychainLateStart::keyringStartingLateIsFoundOnTheRetry()
{
    KeychainSecretStore store;
    store.setRetryDelay(3s);
    SecretStoreProbe probe;
    probe.setRetryDelay(3s);
    probe.setTimeout(20s);
    QSignalSpy probeSpy(&probe, &SecretStoreProbe::finished);
    const int before = m_log->count(retrying);

    const QByteArray secret = "late-secret-2";
    SecretJob *write = store.write(QStringLiteral("profile/key"), secret);
    QSignalSpy writeSpy(write, &SecretJob::finished);
    probe.start();

    // Both were told "not available" and wait for their one retry ...
    QTRY_COMPARE_WITH_TIMEOUT(m_log->count(retrying), before + 2, 5000);
    QCOMPARE(writeSpy.count(), 0);
    QCOMPARE(probeSpy.count(), 0);

    // ... during which the keyring comes up.
    QProcess keyring;
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
                  {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY2(keyring.waitForStarted(5000), qPrintable(keyring.errorString()));
    keyring.write("test\n");
    keyring.closeWriteChannel();
    QVERIFY(keyring.waitForFinished(10000));
    QCOMPARE(keyring.exitCode(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(writeSpy.count(), 1, 15000);
    QVERIFY2(writeSpy.at(0).at(0).toBool(), qPrintable(writeSpy.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(probeSpy.count(), 1, 15000);
    std::unique_ptr<SecretStore> result(probeSpy.at(0).at(0).value<SecretStore *>());
    QVERIFY2(qobject_cast<KeychainSecretStore *>(result.get()),
             qPrintable(result->unavailableReason()));
    QCOMPARE(m_log->count(retrying), before + 2);

    JobOutcome outcome;
    WAIT_FOR_JOB(result->read(QStringLiteral("profile/key")), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret, secret);
    QVERIFY(!m_log->text().contains(QString::fromUtf8(secret)));
}

QTEST_GUILESS_MAIN(TestKeychainLateStart)
#include "tst_keychainlatestart.moc"
