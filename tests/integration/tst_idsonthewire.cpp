#include "sandbox/sandboxserver.h"
#include "support/faultproxy.h"
#include "support/processrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Ids written as text in a request body ("sourceId": "100") are accepted
/// and go out as JSON numbers: read from the bytes the sandbox received
/// from leaddesk-cli, through a loopback proxy that keeps each request.
class TestIdsOnTheWire : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    FaultProxy *m_proxy = nullptr;
    QTemporaryDir m_dir;
    QList<QByteArray> m_requests;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// leaddesk-cli against the proxy, with the event loop running so the
    /// in-process proxy and sandbox can answer it.
    Run cli(const QStringList &arguments)
    {
        QProcessEnvironment env;
        for (const char *name : {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"})
            if (qEnvironmentVariableIsSet(name))
                env.insert(QLatin1String(name), qEnvironmentVariable(name));
        env.insert("IVVY_API_KEY", SandboxServer::defaultApiKey());
        env.insert("IVVY_API_SECRET", SandboxServer::defaultApiSecret());
        env.insert("LEADDESK_DATA_DIR", m_dir.filePath("data"));
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(ProcessRunner::binary("leaddesk-cli"),
                      QStringList {"--platform", m_proxy->url()} + arguments);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    /// The body of the one addOrUpdateLead request the proxy passed on.
    QByteArray sentLeadBody() const
    {
        QByteArrayList bodies;
        for (const QByteArray &request : m_requests) {
            const int end = int(request.indexOf("\r\n\r\n"));
            if (request.left(end).contains("action=addOrUpdateLead") && end >= 0)
                bodies << request.mid(end + 4);
        }
        return bodies.size() == 1 ? bodies.first() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_proxy = new FaultProxy(quint16(m_sandbox->baseUrl().port()), 1, this);
        m_proxy->setChooser([this](const FaultProxy::Request &request, int) {
            m_requests.append(request.bytes);
            return FaultProxy::Fault::Pass;
        });
        QVERIFY(m_proxy->start());
        const Run schema = cli({"schema", "import", "lead",
                                LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"});
        QVERIFY2(schema.exitCode == 0, schema.err.constData());
    }

    void textIdsGoOutAsNumbers()
    {
        QFile sample(LEADDESK_SOURCE_DIR "/resources/samples/lead-existing-contact.json");
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject body = QJsonDocument::fromJson(sample.readAll()).object();
        body.insert(QStringLiteral("name"),
                    QString("Ids as text %1").arg(QDateTime::currentMSecsSinceEpoch()));
        const QStringList ids {"sourceId", "typeId", "stageId", "contactId", "industryId"};
        for (const QString &key : ids)
            body.insert(key, QString::number(body.value(key).toInteger()));
        QCOMPARE(body.value("sourceId"), QJsonValue("101"));
        const QString path = m_dir.filePath("ids-as-text.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(body).toJson());
        file.close();

        const int leadsBefore = m_sandbox->leadCount();
        m_requests.clear();
        const Run submitted = cli({"submit", path});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        QVERIFY2(submitted.out.contains("created"), submitted.out.constData());

        const QByteArray sent = sentLeadBody();
        QVERIFY2(!sent.isEmpty(), "no single addOrUpdateLead request went through the proxy");
        QVERIFY2(sent.contains("\"sourceId\":101"), sent.constData());
        for (const QString &key : ids)
            QVERIFY2(!sent.contains(QByteArray("\"" + key.toUtf8() + "\":\"")), qPrintable(key));
        // One lead more on the sandbox, and it holds the source.
        QCOMPARE(m_sandbox->leadCount(), leadsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestIdsOnTheWire)
#include "tst_idsonthewire.moc"
