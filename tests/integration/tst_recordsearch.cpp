#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/recordsearch.h"
#include "support/delayproxy.h"

#include <QSignalSpy>
#include <QTest>

/// Search-as-you-type against a sandbox 150 ms away: keystrokes do not cost connections (each
/// one is a TLS handshake on the real platform), an answer for text since changed is never
/// shown, and a longer text is narrowed from a complete answer without asking again.
class TestRecordSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<DelayProxy> m_proxy;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<RecordSearch> m_search;

    int listCalls() const
    {
        int count = 0;
        for (const SandboxServer::Call &call : m_sandbox->calls())
            count += call.action == "getContactList";
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        m_proxy = std::make_unique<DelayProxy>(m_sandbox->port(), 75);
        QVERIFY(m_proxy->start());
        m_client = std::make_unique<PlatformClient>();
        QVERIFY(m_client
                    ->configure(m_proxy->url(), SandboxServer::defaultApiKey(),
                                SandboxServer::defaultApiSecret().toUtf8())
                    .isEmpty());
        m_search = std::make_unique<RecordSearch>(m_client.get(), nullptr, "search");
    }

    void cleanup()
    {
        m_search.reset();
        m_client.reset();
        m_proxy.reset();
        m_sandbox.reset();
    }

    void twelveKeystrokesKeepOneConnectionAndShowOnlyTheNewestText()
    {
        const QString typed = QStringLiteral("Archie Davis");
        QCOMPARE(typed.size(), 12);
        QString latest;
        QStringList stale;
        QList<QJsonObject> final;
        connect(m_search.get(), &RecordSearch::resultsReady, this,
                [&](const QString &, const QString &text, const QList<QJsonObject> &records,
                    bool fromPlatform) {
                    if (!fromPlatform)
                        return;
                    if (text != latest.trimmed())
                        stale << text;
                    if (text == typed)
                        final = records;
                });
        // A quick typist: a key every 60 ms, faster than one round trip.
        for (int i = 1; i <= typed.size(); ++i) {
            latest = typed.left(i);
            m_search->search(QStringLiteral("contact"), latest);
            QTest::qWait(60);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!final.isEmpty(), 10000);
        QVERIFY2(stale.isEmpty(), qPrintable(stale.join(", ")));
        QCOMPARE(final.size(), 1);
        QCOMPARE(final.first().value("id").toInteger(), 5019);
        QVERIFY2(m_proxy->connectionCount() <= 2,
                 qPrintable(QString::number(m_proxy->connectionCount())));
        // Fewer searches than keystrokes reached the platform.
        QVERIFY2(listCalls() < 12, qPrintable(QString::number(listCalls())));
    }

    void aLongerTextIsNarrowedFromACompleteAnswer()
    {
        QSignalSpy results(m_search.get(), &RecordSearch::resultsReady);
        m_search->search(QStringLiteral("contact"), QStringLiteral("Dav"));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(results.cbegin(), results.cend(),
                        [](const QList<QVariant> &args) { return args.at(3).toBool(); }),
            5000);
        const int asked = listCalls();
        results.clear();
        m_search->search(QStringLiteral("contact"), QStringLiteral("Davis"));
        QTRY_COMPARE(results.size(), 2);
        const QList<QVariant> platform = results.at(1);
        QVERIFY(platform.at(3).toBool());
        QCOMPARE(platform.at(1).toString(), QString("Davis"));
        const auto records = platform.at(2).value<QList<QJsonObject>>();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value("lastName").toString(), QString("Davis"));
        QCOMPARE(listCalls(), asked);
        // Another shape of search ("first last") is asked of the platform.
        m_search->search(QStringLiteral("contact"), QStringLiteral("Archie D"));
        QTRY_COMPARE(listCalls(), asked + 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordSearch)
#include "tst_recordsearch.moc"
