#include "services/profilestore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Profiles are kept across runs, checked before they are saved, and never
/// hold a secret.
class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndReadsBack()
    {
        QTemporaryDir dir;
        {
            ProfileStore store(dir.path());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QVERIFY(store.save({"AU office", "https://api.ap-southeast-2.ivvy.com", "key-1", false})
                        .ok());
            QVERIFY(store.save({"Sandbox", "", "", true}).ok());
            QCOMPARE(changed.size(), 2);
            store.setCurrent("AU office");
        }
        ProfileStore again(dir.path());
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.current().apiKey, QString("key-1"));
        QVERIFY(again.profile("Sandbox").sandbox);
        QFile settings(dir.filePath("settings.ini"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().toLower().contains("secret"));
    }

    void replacesAndRemoves()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save({"A", "https://a.example.com", "k", false}).ok());
        QVERIFY(store.save({"B", "https://b.example.com", "k", false}).ok());
        QVERIFY(store.save({"A", "https://a2.example.com", "k2", false}).ok());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile("A").address, QString("https://a2.example.com"));
        store.setCurrent("A");
        store.remove("A");
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.currentName().isEmpty());
    }

    void savingTheSameProfileAgainChangesNothing()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Profile sandbox {"Sandbox", "", "", true};
        QVERIFY(store.save(sandbox).ok());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const QFileInfo before(dir.filePath("settings.ini"));
        QVERIFY(before.exists());
        const QDateTime written = before.lastModified();
        QTest::qWait(20); // a new write would show a later time
        QVERIFY(store.save(sandbox).ok());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(QFileInfo(dir.filePath("settings.ini")).lastModified(), written);
        QCOMPARE(store.profiles().size(), 1);
        // A real change is still written.
        QVERIFY(store.save({"Sandbox", "", "other-key", true}).ok());
        QCOMPARE(changed.size(), 1);
    }

    void refusesWhatCannotWork()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save({"", "https://x.example.com", "k", false}).error().contains("name"));
        QVERIFY(store.save({"X", "http://x.example.com", "k", false}).error().contains("HTTP"));
        QVERIFY(store.save({"X", "https://x.example.com", "", false}).error().contains("API key"));
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
