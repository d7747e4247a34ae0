// No D-Bus session at all: the keychain cannot work, and everything must say
// so in words, promptly, without a hang or a crash.
#include "logcapture.h"
#include "secretjobwaiter.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstoreprobe.h"
#include "secrets/sessionsecretstore.h"
#include "secrets/unavailablesecretstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QByteArray topSecret = "no-bus-secret-6f3d91";

bool readable(const QString &sentence)
{
    return sentence.size() > 15 && sentence.at(0).isUpper() && sentence.endsWith(QLatin1Char('.'));
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeReportsUnavailableWithReason();
    void keychainJobsFailReadably();
    void sessionStoreKeepsSecretsForTheSession();
    void sessionStoresAreSeparate();
    void unavailableStoreFailsEveryJobWithItsReason();
    void unavailableStoreHasADefaultReason();
    void jobFinishesExactlyOnceAndLater();
    void describeErrorSaysWhatHappened();
    void notReadyYetIsRecognised();
    void noSecretInLogsOrErrors();

private:
    std::unique_ptr<LogCapture> m_log;
    QStringList m_errors;
};

void TestNoKeychain::initTestCase()
{
    // Set here, not only by ctest, so that running the binary by hand cannot
    // reach the real keyring either. Nothing has talked to D-Bus yet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leaddesk-no-bus");
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "DISPLAY"})
        qunsetenv(name);
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.secrets.debug=true"));
    m_log = std::make_unique<LogCapture>();
}

void TestNoKeychain::probeReportsUnavailableWithReason()
{
    SecretStoreProbe probe;
    probe.setTimeout(5s);
    probe.setRetryDelay(500ms);
    QSignalSpy spy(&probe, &SecretStoreProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    probe.start(); // ignored while running
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 7000);
    QVERIFY2(clock.elapsed() < 5000 + 500, QByteArray::number(clock.elapsed()).constData());

    std::unique_ptr<SecretStore> store(spy.at(0).at(0).value<SecretStore *>());
    QVERIFY(store);
    QVERIFY(qobject_cast<UnavailableSecretStore *>(store.get()));
    QVERIFY(!store->isAvailable());
    QVERIFY(!store->isPersistent());
    const QString reason = store->unavailableReason();
    QVERIFY2(reason.startsWith(QLatin1String("No system keychain is available (the Secret Service "
                                             "did not answer: ")),
             qPrintable(reason));
    QVERIFY2(readable(reason), qPrintable(reason));
    m_errors.append(reason);

    // Its jobs say the same.
    JobOutcome outcome;
    WAIT_FOR_JOB(store->write(QStringLiteral("profile/key"), topSecret), outcome);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, reason);

    QTest::qWait(100);
    QCOMPARE(spy.count(), 1);
}

void TestNoKeychain::keychainJobsFailReadably()
{
    KeychainSecretStore store;
    store.setRetryDelay(300ms);
    store.setJobTimeout(10s);
    const QString account = QStringLiteral("profile/key");
    JobOutcome outcome;

    QElapsedTimer clock;
    clock.start();
    WAIT_FOR_JOB(store.write(account, topSecret), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QVERIFY2(readable(outcome.error), qPrintable(outcome.error));
    QVERIFY2(outcome.error.startsWith(QLatin1String("Could not use the Secret Service (")),
             qPrintable(outcome.error));
    m_errors.append(outcome.error);

    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QVERIFY(outcome.secret.isEmpty());
    QVERIFY2(readable(outcome.error), qPrintable(outcome.error));
    m_errors.append(outcome.error);

    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY2(readable(outcome.error), qPrintable(outcome.error));
    m_errors.append(outcome.error);

    // Failing fast, not by running into the timeout.
    QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData());
}

void TestNoKeychain::sessionStoreKeepsSecretsForTheSession()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(store.isAvailable());
    QVERIFY(store.unavailableReason().isEmpty());
    QCOMPARE(store.displayName(), QStringLiteral("this session only"));
    const QString account = QStringLiteral("profile/key");
    JobOutcome outcome;

    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.notFound);
    QVERIFY2(readable(outcome.error), qPrintable(outcome.error));

    WAIT_FOR_JOB(store.write(account, topSecret), outcome);
    QVERIFY(outcome.ok);
    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.secret, topSecret);

    WAIT_FOR_JOB(store.write(account, "replaced"), outcome);
    QVERIFY(outcome.ok);
    WAIT_FOR_JOB(store.read(account), outcome);
    QCOMPARE(outcome.secret, QByteArray("replaced"));

    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY(outcome.ok);
    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY(outcome.notFound);
    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.notFound);

    WAIT_FOR_JOB(store.write(account, topSecret), outcome);
    store.clear();
    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY(outcome.notFound);

    WAIT_FOR_JOB(store.write(QString(), topSecret), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY2(readable(outcome.error), qPrintable(outcome.error));
}

void TestNoKeychain::sessionStoresAreSeparate()
{
    auto first = std::make_unique<SessionSecretStore>();
    SessionSecretStore second;
    JobOutcome outcome;
    WAIT_FOR_JOB(first->write(QStringLiteral("a"), topSecret), outcome);

    // Read before the store goes away: the job keeps its answer.
    SecretJob *pending = first->read(QStringLiteral("a"));
    first.reset();
    WAIT_FOR_JOB(pending, outcome);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.secret, topSecret);

    WAIT_FOR_JOB(second.read(QStringLiteral("a")), outcome);
    QVERIFY(outcome.notFound);
}

void TestNoKeychain::unavailableStoreFailsEveryJobWithItsReason()
{
    const QString reason = QStringLiteral("No system keychain is available (the Secret Service did "
                                          "not answer: it is a test).");
    UnavailableSecretStore store(reason);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.unavailableReason(), reason);
    QVERIFY(!store.displayName().isEmpty());
    JobOutcome outcome;

    WAIT_FOR_JOB(store.write(QStringLiteral("a"), topSecret), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QCOMPARE(outcome.error, reason);
    WAIT_FOR_JOB(store.read(QStringLiteral("a")), outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QVERIFY(outcome.secret.isEmpty());
    QCOMPARE(outcome.error, reason);
    WAIT_FOR_JOB(store.remove(QStringLiteral("a")), outcome);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error, reason);
}

void TestNoKeychain::unavailableStoreHasADefaultReason()
{
    UnavailableSecretStore store {QString()};
    QVERIFY(readable(store.unavailableReason()));
    JobOutcome outcome;
    WAIT_FOR_JOB(store.read(QStringLiteral("a")), outcome);
    QCOMPARE(outcome.error, store.unavailableReason());
}

void TestNoKeychain::jobFinishesExactlyOnceAndLater()
{
    auto *job = new SecretJob;
    QPointer<SecretJob> alive(job);
    QVERIFY(!job->isSettled());
    job->finishLater(true, "first", {});
    job->finishLater(false, {}, QStringLiteral("Second."), true);
    QVERIFY(job->isSettled());
    QSignalSpy spy(job, &SecretJob::finished);
    QCOMPARE(spy.count(), 0);
    QTRY_VERIFY(alive.isNull());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray("first"));

    // A receiver that deletes the job itself does no harm.
    auto *deleted = new SecretJob;
    int calls = 0;
    connect(deleted, &SecretJob::finished, this, [&calls, deleted] {
        ++calls;
        delete deleted;
    });
    deleted->finishLater(true, {}, {});
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestNoKeychain::describeErrorSaysWhatHappened()
{
    const QList<QKeychain::Error> errors {
        QKeychain::EntryNotFound, QKeychain::CouldNotDeleteEntry, QKeychain::AccessDeniedByUser,
        QKeychain::AccessDenied,  QKeychain::NoBackendAvailable,  QKeychain::NotImplemented,
        QKeychain::OtherError,
    };
    QStringList seen;
    for (QKeychain::Error error : errors) {
        const QString plain = KeychainSecretStore::describeError(error, {});
        QVERIFY2(readable(plain), qPrintable(plain));
        QVERIFY2(!seen.contains(plain), qPrintable(plain));
        seen.append(plain);
        const QString detailed = KeychainSecretStore::describeError(error, QStringLiteral("why"));
        QVERIFY2(detailed.endsWith(QLatin1String(" (why).")), qPrintable(detailed));
    }
    QVERIFY(KeychainSecretStore::describeError(QKeychain::NoError, QStringLiteral("x")).isEmpty());
}

void TestNoKeychain::notReadyYetIsRecognised()
{
    QVERIFY(KeychainSecretStore::isNotReadyYet(QKeychain::NoBackendAvailable, {}));
    QVERIFY(KeychainSecretStore::isNotReadyYet(
        QKeychain::OtherError,
        QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                       "files")));
    QVERIFY(KeychainSecretStore::isNotReadyYet(
        QKeychain::OtherError, QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")));
    QVERIFY(!KeychainSecretStore::isNotReadyYet(
        QKeychain::OtherError, QStringLiteral("Could not connect: No such file or directory")));
    QVERIFY(!KeychainSecretStore::isNotReadyYet(QKeychain::EntryNotFound, {}));
    QVERIFY(!KeychainSecretStore::isNotReadyYet(QKeychain::AccessDenied, {}));
}

void TestNoKeychain::noSecretInLogsOrErrors()
{
    const QString log = m_log->text();
    QVERIFY2(log.contains(QLatin1String("leaddesk.secrets: keychain write failed")),
             qPrintable(log));
    QVERIFY(!m_errors.isEmpty());
    for (const QString &text :
         {QString::fromUtf8(topSecret), QString::fromLatin1(topSecret.toBase64())}) {
        QVERIFY2(!log.contains(text), qPrintable(log));
        for (const QString &error : std::as_const(m_errors))
            QVERIFY2(!error.contains(text), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
