#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/profilestore.h"
#include "support/faultserver.h"
#include "support/processrunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("sandbox-key");
const QString kSecret = QStringLiteral("sandbox-secret");
} // namespace

/// leaddesk-cli end to end, against leaddesk-sandbox started as a process.
class TestCli : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    QProcessEnvironment env(const QString &key = kKey, const QString &secret = kSecret) const
    {
        QProcessEnvironment e;
        if (!key.isEmpty())
            e.insert(QStringLiteral("IVVY_API_KEY"), key);
        if (!secret.isEmpty())
            e.insert(QStringLiteral("IVVY_API_SECRET"), secret);
        e.insert(QStringLiteral("LEADDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        return e;
    }

    ProcessRunner::Outcome cli(const QStringList &args, const QProcessEnvironment &e)
    {
        return ProcessRunner::run(QStringLiteral("leaddesk-cli"), args, e);
    }

    ProcessRunner::Outcome cli(const QStringList &args)
    {
        return cli(QStringList {QStringLiteral("--platform"), m_sandbox.url().toString()} + args,
                   env());
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    static QJsonObject sample(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    /// How many leads the sandbox holds with exactly this name.
    int leadsNamed(const QString &name)
    {
        PlatformClient client;
        client.configure(m_sandbox.url().toString(), kKey, kSecret.toUtf8());
        PlatformReply *reply
            = client.call("crm", "getLeadList", {{"filter", QJsonObject {{"name", name}}}});
        QSignalSpy spy(reply, &PlatformReply::finished);
        if (!spy.wait(10000))
            return -1;
        const PlatformResult r = spy.first().first().value<PlatformResult>();
        return r.ok() ? r.object().value("meta").toObject().value("totalResults").toInt() : -1;
    }

    static QStringList leadSamples()
    {
        QDir dir(QStringLiteral(LEADDESK_SOURCE_DIR "/resources/samples"));
        QStringList samples;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
            if (!name.startsWith(QStringLiteral("company-"))
                && !name.startsWith(QStringLiteral("contact-")))
                samples.append(dir.filePath(name));
        return samples;
    }

    /// Exactly one line on stderr, and never the secret.
    static void checkOneLineError(const ProcessRunner::Outcome &o)
    {
        const QByteArray err = o.err.trimmed();
        QVERIFY2(!err.isEmpty(), "nothing said on stderr");
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY(!err.contains(kSecret.toUtf8()));
        QVERIFY(!o.out.contains(kSecret.toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), "leaddesk-sandbox did not start");
    }

    void schemaImport()
    {
        // What an admin hands to reps: the account's lead custom-field definitions.
        const auto o = cli({"schema", "import", "lead",
                            LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith("lead schema: 12 custom field"), o.out.constData());
        const auto bad = cli({"schema", "import", "lead",
                              file("bad-schema.json",
                                   "[{\"fieldId\":1,\"fieldType\":0,\"displayName\":\"A\"},"
                                   "{\"fieldId\":1,\"fieldType\":4,\"displayName\":\"B\"}]")});
        QCOMPARE(bad.exitCode, 2);
        checkOneLineError(bad);
        QVERIFY2(bad.err.contains("entry 2") && bad.err.contains("duplicate fieldId 1"),
                 bad.err.constData());
    }

    void validateListsEveryProblem()
    {
        const auto valid = cli({"validate", leadSamples().first()});
        QCOMPARE(valid.exitCode, 0);
        QVERIFY(valid.out.isEmpty());
        QVERIFY(valid.err.isEmpty());
        const QString path = file("several.json",
                                  "{\"name\":\"\",\"sourceId\":\"abc\",\"typeId\":99,"
                                  "\"stageId\":10,\"contact\":{\"firstName\":\"Ann\","
                                  "\"email\":\"ann-at-example\"},\"industryId\":409,"
                                  "\"customFields\":[{\"fieldId\":901,\"fieldValue\":\"many\"}]}");
        const auto o = cli({"validate", path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.out.isEmpty());
        const QStringList lines = QString::fromUtf8(o.err).split('\n', Qt::SkipEmptyParts);
        for (const char *field :
             {"name: required", "sourceId: ", "typeId: ", "contact.lastName: required",
              "contact.email: ", "custom:901: ", "custom:900: "}) {
            QVERIFY2(std::any_of(
                         lines.cbegin(), lines.cend(),
                         [field](const QString &l) { return l.startsWith(QLatin1String(field)); }),
                     qPrintable(QString("missing %1 in: %2")
                                    .arg(QLatin1String(field), QString::fromUtf8(o.err))));
        }
        QVERIFY(lines.size() >= 8);
    }

    /// A profile without an imported lead schema: its custom fields go through unchecked, with
    /// one warning, and the rest of the body is still checked (README "leaddesk-cli").
    void leadCustomFieldsPassWithoutASchema()
    {
        QTemporaryDir data;
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("LEADDESK_DATA_DIR"), data.path());
        const QStringList platform {QStringLiteral("--platform"), m_sandbox.url().toString()};
        const QString sample = leadSamples().first();
        QVERIFY(!this->sample(sample).value("customFields").toArray().isEmpty());

        const auto checked = cli(platform + QStringList {"validate", sample}, e);
        QVERIFY2(checked.exitCode == 0, checked.err.constData());
        checkOneLineError(checked);
        QVERIFY2(checked.err.contains("warning") && checked.err.contains("unchecked"),
                 checked.err.constData());

        // Two bodies, one warning.
        const auto two = cli(platform + QStringList {"validate", sample, sample}, e);
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(two.err.count("warning"), 1);

        // The other rules still hold.
        QJsonObject broken = this->sample(sample);
        broken.remove(QStringLiteral("sourceId"));
        const auto invalid = cli(
            platform
                + QStringList {"validate", file("no-source.json", QJsonDocument(broken).toJson())},
            e);
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY2(invalid.err.contains("sourceId: required"), invalid.err.constData());

        const QString name = "Unchecked " + QString::number(QDateTime::currentMSecsSinceEpoch());
        QJsonObject lead = this->sample(sample);
        lead.insert(QStringLiteral("name"), name);
        const auto sent = cli(
            platform + QStringList {"submit", file("unchecked.json", QJsonDocument(lead).toJson())},
            e);
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY2(sent.out.startsWith("lead ") && sent.out.contains("created"),
                 sent.out.constData());
        QCOMPARE(sent.err.count("warning"), 1);
        QCOMPARE(leadsNamed(name), 1);
    }

    void invalidSubmitSendsNothing()
    {
        const QString name = "Never sent " + QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString path
            = file("invalid.json", "{\"name\":\"" + name.toUtf8() + "\",\"sourceId\":100}");
        const auto o = cli({"submit", path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.out.isEmpty());
        QVERIFY(o.err.contains("typeId: required"));
        QCOMPARE(leadsNamed(name), 0);
    }

    void pingSucceeds()
    {
        const auto o = cli({QStringLiteral("ping")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith("ok "));
        QVERIFY(o.err.isEmpty());
    }

    void everySampleCreatesALead()
    {
        const QStringList samples = leadSamples();
        QVERIFY(samples.size() >= 4);
        static const QRegularExpression line(QStringLiteral("^lead (\\d+) created\\n$"));
        for (const QString &sample : samples) {
            const auto o = cli({QStringLiteral("submit"), sample});
            QVERIFY2(
                o.exitCode == 0,
                (sample + QStringLiteral(": ") + QString::fromUtf8(o.err)).toUtf8().constData());
            QVERIFY2(line.match(QString::fromUtf8(o.out)).hasMatch(), o.out.constData());
        }
    }

    void updateSaysUpdated()
    {
        const auto created = cli({QStringLiteral("submit"), leadSamples().first()});
        QCOMPARE(created.exitCode, 0);
        const QByteArray id = created.out.split(' ').value(1);
        const QString path = file(QStringLiteral("update.json"),
                                  "{\"id\":" + id + ",\"description\":\"Called back\"}");
        const auto o = cli({QStringLiteral("submit"), path});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QCOMPARE(o.out, "lead " + id + " updated\n");
    }

    void companyAndContactKinds()
    {
        const QString samples = LEADDESK_SOURCE_DIR "/resources/samples/";
        const auto company = cli({"submit", "--kind", "company", samples + "company-new.json"});
        QVERIFY2(company.exitCode == 0, company.err.constData());
        QVERIFY(company.out.startsWith("company "));
        const auto contact = cli({"submit", "--kind", "contact", samples + "contact-new.json"});
        QVERIFY2(contact.exitCode == 0, contact.err.constData());
        QVERIFY(contact.out.startsWith("contact "));
        // Their own required custom fields are checked too.
        const auto bare = cli({"validate", "--kind", "company",
                               file("c.json", "{\"businessName\":\"Harbour Events Pty\"}")});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.err.contains("custom:"));
    }

    void lookupsRefreshPrintsCounts()
    {
        const auto o = cli({QStringLiteral("lookups"), QStringLiteral("refresh")});
        QCOMPARE(o.exitCode, 0);
        for (const char *key : {"types", "stages", "sources", "qualities", "channels", "industries",
                                "users", "contactCustomFields", "companyCustomFields"}) {
            const QRegularExpression line(QStringLiteral("^%1 [1-9]\\d*$").arg(QLatin1String(key)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(QString::fromUtf8(o.out)).hasMatch(), key);
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << 2 << "is empty";
        QTest::newRow("malformed") << QByteArray("{\"name\": \"x\",,}") << 2 << "not valid JSON";
        QTest::newRow("array") << QByteArray("[{\"name\":\"x\"}]") << 2 << "JSON object";
        QTest::newRow("empty object") << QByteArray("{}") << 2 << "nothing to send";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const auto o = cli({QStringLiteral("submit"), file(QStringLiteral("bad.json"), bytes)});
        QCOMPARE(o.exitCode, exitCode);
        checkOneLineError(o);
        QVERIFY2(o.err.contains(says.toUtf8()), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void missingFile()
    {
        const auto o = cli({QStringLiteral("submit"), m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(o.exitCode, 1);
        checkOneLineError(o);
        QVERIFY(o.err.contains("none.json"));
    }

    void missingCredentials()
    {
        const QStringList args {QStringLiteral("--platform"), m_sandbox.url().toString(),
                                QStringLiteral("ping")};
        const auto noKey = cli(args, env(QString(), kSecret));
        QCOMPARE(noKey.exitCode, 5);
        QVERIFY(noKey.err.contains("IVVY_API_KEY"));
        const auto noSecret = cli(args, env(kKey, QString()));
        QCOMPARE(noSecret.exitCode, 5);
        QVERIFY(noSecret.err.contains("IVVY_API_SECRET"));
        const auto noPlatform = cli({QStringLiteral("ping")}, env());
        QCOMPARE(noPlatform.exitCode, 5);
        checkOneLineError(noPlatform);
    }

    void wrongSecretIsACredentialProblem()
    {
        const auto o = cli(
            {QStringLiteral("--platform"), m_sandbox.url().toString(), QStringLiteral("ping")},
            env(kKey, QStringLiteral("not-the-secret")));
        QCOMPARE(o.exitCode, 5);
        checkOneLineError(o);
        QVERIFY2(o.err.contains("API key or secret"), o.err.constData());
        QVERIFY(!o.err.contains("not-the-secret"));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const auto o
            = cli({QStringLiteral("--platform"),
                   QStringLiteral("http://api.ap-southeast-2.ivvy.com"), QStringLiteral("ping")},
                  env());
        QCOMPARE(o.exitCode, 5);
        checkOneLineError(o);
        QVERIFY(o.err.contains("HTTP"));
    }

    void unreachablePlatform()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto o
            = cli({QStringLiteral("--platform"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                   QStringLiteral("submit"), leadSamples().first()},
                  env());
        QCOMPARE(o.exitCode, 4);
        checkOneLineError(o);
        QVERIFY(o.err.contains("refused"));
    }

    void platformRejection()
    {
        // A contact LeadDesk has never seen: only the platform can say it does not exist.
        QJsonObject body
            = sample(LEADDESK_SOURCE_DIR "/resources/samples/lead-existing-contact.json");
        body.insert("contactId", 987654);
        body.remove("contact");
        const auto o = cli({"submit", file("unknown-contact.json", QJsonDocument(body).toJson())});
        QCOMPARE(o.exitCode, 3);
        checkOneLineError(o);
        QVERIFY2(o.err.contains("'contactId'") && o.err.contains("24218"), o.err.constData());
    }

    void garbageAndTruncatedAnswers()
    {
        FaultServer server;
        QVERIFY(server.start());
        server.setHandler([](const FaultServer::Request &, int index) {
            FaultServer::Action a = FaultServer::Action::json(
                200, index == 0 ? "<html>oops</html>" : "{\"success\":tr");
            if (index > 0)
                a.kind = FaultServer::Action::Truncate;
            return a;
        });
        // The fault server runs in this process: run the CLI without blocking our event loop.
        for (int i = 0; i < 2; ++i) {
            QProcess process;
            QProcessEnvironment e = env();
            e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
            process.setProcessEnvironment(e);
            process.start(ProcessRunner::binary(QStringLiteral("leaddesk-cli")),
                          {QStringLiteral("--platform"), server.url(), QStringLiteral("ping")});
            QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
            QCOMPARE(process.exitCode(), 4);
            const QByteArray err = process.readAllStandardError().trimmed();
            QVERIFY2(!err.contains('\n') && !err.isEmpty(), err.constData());
            QVERIFY2(i == 0 ? err.contains("not valid JSON") : err.contains("cut off"),
                     err.constData());
        }
    }

    void queuedWhileDownAndFlushedLater()
    {
        // A platform that goes away after the lookups were fetched.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        SandboxProcess platform;
        QVERIFY(platform.start({"--port", port}));
        const QStringList target {"--platform", platform.url().toString()};
        QCOMPARE(cli(target
                         + QStringList {"schema", "import", "lead",
                                        LEADDESK_SOURCE_DIR
                                        "/resources/sandbox/lead-custom-fields.json"},
                     env())
                     .exitCode,
                 0);
        QCOMPARE(cli(target + QStringList {"lookups", "refresh"}, env()).exitCode, 0);
        platform.stop();

        const auto queued = cli(target + QStringList {"submit", leadSamples().first()}, env());
        QCOMPARE(queued.exitCode, 4);
        checkOneLineError(queued);
        QVERIFY2(queued.out.startsWith("queued "), queued.out.constData());
        const QByteArray localId = queued.out.trimmed().split(' ').value(1);

        const auto listed = cli(target + QStringList {"outbox", "list"}, env());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.startsWith(QByteArray(localId + "\tlead\tqueued\t1\t")),
                 listed.out.constData());

        // Still down: flush says so and keeps the item.
        const auto stillDown = cli(target + QStringList {"outbox", "flush"}, env());
        QCOMPARE(stillDown.exitCode, 4);
        // Tried again, and back in the queue: not left "sending" as if it might have arrived.
        const auto relisted = cli(target + QStringList {"outbox", "list"}, env());
        QVERIFY2(relisted.out.startsWith(QByteArray(localId + "\tlead\tqueued\t2\t")),
                 relisted.out.constData());

        QVERIFY(platform.start({"--port", port}));
        const auto flushed = cli(target + QStringList {"outbox", "flush"}, env());
        QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
        QVERIFY(flushed.out.contains("sent 1 of 1"));
        const auto after = cli(target + QStringList {"outbox", "list"}, env());
        QVERIFY2(after.out.startsWith(QByteArray(localId + "\tlead\tsent\t")),
                 after.out.constData());
        QVERIFY(after.out.contains("\tid "));
    }

    void profilesFromTheApp()
    {
        // A profile set up in the app: the CLI uses its address, key and data.
        ProfileStore profiles(m_dir.filePath("data"));
        QVERIFY(profiles.save({"Office", m_sandbox.url().toString(), kKey, false}).ok());
        QVERIFY(profiles.save({"Sandbox", QString(), QString(), true}).ok());
        QProcessEnvironment e;
        e.insert("LEADDESK_DATA_DIR", m_dir.filePath("data"));
        e.insert("IVVY_API_SECRET", kSecret);
        const auto ping = cli({"--profile", "Office", "ping"}, e);
        QVERIFY2(ping.exitCode == 0, ping.err.constData());
        // Without IVVY_API_SECRET the secret comes from the keychain; there is none here.
        e.remove("IVVY_API_SECRET");
        e.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        const auto noSecret = cli({"--profile", "Office", "ping"}, e);
        QCOMPARE(noSecret.exitCode, 5);
        checkOneLineError(noSecret);
        QVERIFY2(noSecret.err.contains("IVVY_API_SECRET"), noSecret.err.constData());
        QCOMPARE(cli({"--profile", "Sandbox", "ping"}, e).exitCode, 0);
        const auto unknown = cli({"--profile", "Nowhere", "ping"}, e);
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY(unknown.err.contains("Nowhere"));
    }

    void embeddedSandbox()
    {
        const auto o
            = cli({QStringLiteral("--sandbox"), QStringLiteral("ping")}, QProcessEnvironment());
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith("ok "));
    }

    void usageErrors()
    {
        const auto o = cli({QStringLiteral("--frobnicate")}, env());
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("--frobnicate"));
        const auto help = cli({QStringLiteral("--help")}, env());
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
