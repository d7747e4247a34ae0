// Runs inside a private D-Bus session with a throwaway gnome-keyring
// (run-in-private-keyring.sh): the real keychain, never the user's.
#include "logcapture.h"
#include "secretjobwaiter.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretstoreprobe.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace std::chrono_literals;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeReportsKeychainAvailable();
    void storeReadOverwriteDelete();
    void removingMissingEntrySucceeds();
    void secretsLiveUnderLeadDeskService();
    void accountsAreKeptApart();
    void unusualSecrets_data();
    void unusualSecrets();
    void jobsRunInOrderTheyWereMade();
    void emptyAccountFailsAsynchronously();
    void noSecretInLogsOrErrors();

private:
    // Every secret this test stores, and every error it saw: none may leak.
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets.append(secret);
        return secret;
    }
    void note(const JobOutcome &outcome) { m_errors.append(outcome.error); }

    std::unique_ptr<LogCapture> m_log;
    QList<QByteArray> m_secrets;
    QStringList m_errors;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("LEADDESK_PRIVATE_KEYRING") == QLatin1String("1"),
             "run this test through tests/secrets/run-in-private-keyring.sh (ctest does): it "
             "must not touch the real keyring");
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.secrets.debug=true"));
    m_log = std::make_unique<LogCapture>();
}

void TestKeychainSecretStore::probeReportsKeychainAvailable()
{
    SecretStoreProbe probe;
    probe.setTimeout(10s);
    QSignalSpy spy(&probe, &SecretStoreProbe::finished);
    probe.start();
    QVERIFY(probe.isRunning());
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QVERIFY(!probe.isRunning());
    std::unique_ptr<SecretStore> store(spy.at(0).at(0).value<SecretStore *>());
    QVERIFY(store);
    QVERIFY(!store->parent());
    QVERIFY2(qobject_cast<KeychainSecretStore *>(store.get()),
             qPrintable(store->unavailableReason()));
    QVERIFY(store->isAvailable());
    QVERIFY(store->isPersistent());
    QVERIFY(store->unavailableReason().isEmpty());
    QCOMPARE(store->displayName(), QStringLiteral("the system keychain"));
    QCOMPARE(static_cast<KeychainSecretStore *>(store.get())->retryDelay(), probe.retryDelay());

    // Exactly once.
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
}

void TestKeychainSecretStore::storeReadOverwriteDelete()
{
    KeychainSecretStore store;
    QVERIFY(store.isPersistent());
    QVERIFY(store.isAvailable());
    const QString account = QStringLiteral("Main office/abc123");
    const QByteArray first = remember("first-secret-0d1f9a");
    const QByteArray second = remember("second-secret-77e2c4");
    JobOutcome outcome;

    WAIT_FOR_JOB(store.write(account, first), outcome);
    note(outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.error.isEmpty());

    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret, first);
    QVERIFY(!outcome.notFound);

    WAIT_FOR_JOB(store.write(account, second), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    WAIT_FOR_JOB(store.read(account), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret, second);

    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    WAIT_FOR_JOB(store.read(account), outcome);
    note(outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.notFound);
    QVERIFY(outcome.secret.isEmpty());
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY2(outcome.error.contains(QLatin1String("No secret is saved")),
             qPrintable(outcome.error));
}

void TestKeychainSecretStore::removingMissingEntrySucceeds()
{
    KeychainSecretStore store;
    JobOutcome outcome;
    WAIT_FOR_JOB(store.remove(QStringLiteral("never-written")), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

void TestKeychainSecretStore::secretsLiveUnderLeadDeskService()
{
    const QString account = QStringLiteral("service-check");
    const QByteArray secret = remember("under-the-leaddesk-service-5b1e");
    JobOutcome outcome;
    {
        KeychainSecretStore store;
        WAIT_FOR_JOB(store.write(account, secret), outcome);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    }

    // A store made later finds it: it is in the keychain, not in an object.
    KeychainSecretStore later;
    WAIT_FOR_JOB(later.read(account), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret, secret);

    // Straight through QtKeychain, under the service name "LeadDesk".
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("LeadDesk"));
    auto *raw = new QKeychain::ReadPasswordJob(QStringLiteral("LeadDesk"));
    raw->setAutoDelete(false);
    raw->setKey(account);
    QSignalSpy rawSpy(raw, &QKeychain::Job::finished);
    raw->start();
    QTRY_COMPARE_WITH_TIMEOUT(rawSpy.count(), 1, 10000);
    QCOMPARE(raw->error(), QKeychain::NoError);
    QCOMPARE(raw->binaryData(), secret);
    delete raw;

    auto *other = new QKeychain::ReadPasswordJob(QStringLiteral("SomeoneElse"));
    other->setAutoDelete(false);
    other->setKey(account);
    QSignalSpy otherSpy(other, &QKeychain::Job::finished);
    other->start();
    QTRY_COMPARE_WITH_TIMEOUT(otherSpy.count(), 1, 10000);
    QCOMPARE(other->error(), QKeychain::EntryNotFound);
    delete other;

    WAIT_FOR_JOB(later.remove(account), outcome);
    QVERIFY(outcome.ok);
}

void TestKeychainSecretStore::accountsAreKeptApart()
{
    KeychainSecretStore store;
    const QString alpha = QStringLiteral("Sydney/key-alpha");
    const QString beta = QStringLiteral("London/key-beta");
    const QByteArray alphaSecret = remember("alpha-secret-31c8");
    const QByteArray betaSecret = remember("beta-secret-92fa");
    JobOutcome outcome;

    WAIT_FOR_JOB(store.write(alpha, alphaSecret), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    WAIT_FOR_JOB(store.write(beta, betaSecret), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    WAIT_FOR_JOB(store.read(alpha), outcome);
    QCOMPARE(outcome.secret, alphaSecret);
    WAIT_FOR_JOB(store.read(beta), outcome);
    QCOMPARE(outcome.secret, betaSecret);

    WAIT_FOR_JOB(store.remove(alpha), outcome);
    QVERIFY(outcome.ok);
    WAIT_FOR_JOB(store.read(alpha), outcome);
    QVERIFY(outcome.notFound);
    WAIT_FOR_JOB(store.read(beta), outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret, betaSecret);

    WAIT_FOR_JOB(store.remove(beta), outcome);
    QVERIFY(outcome.ok);
}

void TestKeychainSecretStore::unusualSecrets_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("non-ASCII secret and account")
        << QString::fromUtf8("Zoë’s profile/ключ-ü")
        << QString::fromUtf8("pässwörd-密码-🔑-Ωmega").toUtf8();
    QByteArray longText;
    for (int i = 0; i < 4096; ++i)
        longText += QByteArray::number(i, 36) + '-';
    QTest::newRow("long text (about 16 KiB)") << QStringLiteral("long") << longText;
    QByteArray binary(65536, '\0');
    QRandomGenerator generator(20240301);
    for (char &byte : binary)
        byte = char(generator.bounded(256));
    binary[10] = '\0';
    QTest::newRow("64 KiB of arbitrary bytes with NULs") << QStringLiteral("binary") << binary;
    QTest::newRow("empty") << QStringLiteral("empty") << QByteArray();
}

void TestKeychainSecretStore::unusualSecrets()
{
    QFETCH(QString, account);
    QFETCH(QByteArray, secret);
    if (secret.size() <= 1024)
        remember(secret);
    KeychainSecretStore store;
    JobOutcome outcome;

    WAIT_FOR_JOB(store.write(account, secret), outcome);
    note(outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    WAIT_FOR_JOB(store.read(account), outcome);
    note(outcome);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.secret.size(), secret.size());
    QCOMPARE(outcome.secret, secret);
    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY(outcome.ok);
}

void TestKeychainSecretStore::jobsRunInOrderTheyWereMade()
{
    KeychainSecretStore store;
    const QString account = QStringLiteral("ordering");
    const QByteArray older = remember("older-secret-aa01");
    const QByteArray newer = remember("newer-secret-bb02");

    // No waiting in between: the read must see the second write.
    QSignalSpy firstWrite(store.write(account, older), &SecretJob::finished);
    QSignalSpy secondWrite(store.write(account, newer), &SecretJob::finished);
    QSignalSpy read(store.read(account), &SecretJob::finished);
    QCOMPARE(firstWrite.count() + secondWrite.count() + read.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 15000);
    QCOMPARE(firstWrite.count(), 1);
    QCOMPARE(secondWrite.count(), 1);
    QVERIFY(read.at(0).at(0).toBool());
    QCOMPARE(read.at(0).at(1).toByteArray(), newer);

    JobOutcome outcome;
    WAIT_FOR_JOB(store.remove(account), outcome);
    QVERIFY(outcome.ok);
}

void TestKeychainSecretStore::emptyAccountFailsAsynchronously()
{
    KeychainSecretStore store;
    JobOutcome outcome;
    WAIT_FOR_JOB(store.write(QString(), remember("nameless-secret-c3")), outcome);
    note(outcome);
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.notFound);
    QVERIFY(!outcome.error.isEmpty());
}

void TestKeychainSecretStore::noSecretInLogsOrErrors()
{
    const QString log = m_log->text();
    // The check must not pass for want of logging.
    QVERIFY2(log.contains(QLatin1String("leaddesk.secrets: keychain write done")), qPrintable(log));
    QVERIFY(log.contains(QLatin1String("leaddesk.secrets: the system keychain works")));
    QVERIFY(m_secrets.size() >= 10);
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        if (secret.isEmpty())
            continue;
        const QString text = QString::fromUtf8(secret);
        const QString base64 = QString::fromLatin1(secret.toBase64());
        QVERIFY2(!log.contains(text), secret.constData());
        QVERIFY2(!log.contains(base64), secret.constData());
        for (const QString &error : std::as_const(m_errors)) {
            QVERIFY2(!error.contains(text), qPrintable(error));
            QVERIFY2(!error.contains(base64), qPrintable(error));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
