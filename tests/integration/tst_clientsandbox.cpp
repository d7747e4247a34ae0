#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using Kind = PlatformError::Kind;

/// The platform client against the in-process sandbox over real loopback HTTP.
class TestClientSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    PlatformClient *m_client = nullptr;

    PlatformResult call(const QString &ns, const QString &action, const QJsonObject &body = {})
    {
        PlatformReply *reply = m_client->call(ns, action, body);
        QSignalSpy spy(reply, &PlatformReply::finished);
        if (!spy.wait(15000))
            qFatal("call never finished");
        return spy.first().first().value<PlatformResult>();
    }

    static QJsonObject validContactLead()
    {
        // Seed ids from resources/sandbox/README.md; the samples use the same ones.
        QFile sample(
            QStringLiteral(LEADDESK_SOURCE_DIR "/resources/samples/lead-existing-contact.json"));
        if (!sample.open(QIODevice::ReadOnly))
            qFatal("sample missing");
        return QJsonDocument::fromJson(sample.readAll()).object();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_client = new PlatformClient(this);
        QCOMPARE(m_client->configure(m_sandbox->baseUrl().toString(),
                                     SandboxServer::defaultApiKey(),
                                     SandboxServer::defaultApiSecret().toUtf8()),
                 QString());
    }

    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void pingAndCreate()
    {
        QVERIFY(call(QStringLiteral("test"), QStringLiteral("ping")).ok());
        const int before = m_sandbox->leadCount();
        const PlatformResult r = call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
                                      validContactLead());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const qint64 id = r.object().value(QStringLiteral("id")).toVariant().toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(m_sandbox->leadCount(), before + 1);
        QCOMPARE(m_sandbox->lead(id).value(QStringLiteral("name")),
                 validContactLead().value(QStringLiteral("name")));
    }

    void missingParameterNamesIt()
    {
        QJsonObject body = validContactLead();
        body.remove(QStringLiteral("sourceId"));
        const PlatformResult r
            = call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
        QCOMPARE(r.error.kind, Kind::Platform);
        QCOMPARE(r.error.specificCode, 23017);
        QCOMPARE(r.error.fieldKeys, QStringList {QStringLiteral("sourceId")});
    }

    void wrongKindOfValue()
    {
        QJsonObject body = validContactLead();
        body.insert(QStringLiteral("typeId"), QStringLiteral("wrong"));
        const PlatformResult r
            = call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
        QCOMPARE(r.error.specificCode, 23016);
        QVERIFY(r.error.fieldKeys.contains(QStringLiteral("typeId")));
        QVERIFY(!r.error.additionalMessages.isEmpty());
    }

    void invalidDetailsNameEveryField()
    {
        QJsonObject body = validContactLead();
        body.insert(QStringLiteral("sourceId"), 999999);
        body.insert(QStringLiteral("qualityId"), 999999);
        const PlatformResult r
            = call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"), body);
        QCOMPARE(r.error.specificCode, 24218);
        QVERIFY(r.error.fieldKeys.contains(QStringLiteral("sourceId")));
        QVERIFY(r.error.fieldKeys.contains(QStringLiteral("qualityId")));
        QVERIFY(!r.error.isTransient());
    }

    void emptyAndUnknownLead()
    {
        QCOMPARE(
            call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead")).error.specificCode,
            24215);
        const PlatformResult r
            = call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
                   {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(r.error.specificCode, 24216);
    }

    void wrongSecretIsACredentialProblem()
    {
        m_client->configure(m_sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                            "wrong-secret");
        const PlatformResult r = call(QStringLiteral("test"), QStringLiteral("ping"));
        QVERIFY(r.error.isCredentialProblem());
        QVERIFY(!r.error.toString().contains(QStringLiteral("wrong-secret")));
    }

    void staleClockIsFixedAgainstTheSandbox()
    {
        const QDateTime real = QDateTime::currentDateTimeUtc();
        m_client->setClock([real] { return real.addSecs(-7 * 60); });
        const PlatformResult r = call(QStringLiteral("test"), QStringLiteral("ping"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.attempts, 2);
        QVERIFY(qAbs(m_client->clockOffsetSeconds() - 7 * 60) <= 5);
    }

    void listsArePaged()
    {
        const PlatformResult r
            = call(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                   {{QStringLiteral("perPage"), 10}, {QStringLiteral("start"), 20}});
        QVERIFY(r.ok());
        const QJsonObject meta = r.object().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("start")).toInt(), 20);
        QCOMPARE(meta.value(QStringLiteral("count")).toInt(), 10);
        QCOMPARE(r.object().value(QStringLiteral("results")).toArray().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_clientsandbox.moc"
