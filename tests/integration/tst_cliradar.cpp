#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "support/processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kKey = QStringLiteral("sandbox-key");
const QString kSecret = QStringLiteral("sandbox-secret");
} // namespace

/// leaddesk-cli's duplicate radar against leaddesk-sandbox: `validate` and `submit` name each
/// strong match on stderr, `submit` creates nothing (exit 2) unless --allow-duplicate, and the
/// sandbox's record counts say what was created.
class TestCliRadar : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    ProcessRunner::Outcome cli(const QStringList &args)
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("IVVY_API_KEY"), kKey);
        e.insert(QStringLiteral("IVVY_API_SECRET"), kSecret);
        e.insert(QStringLiteral("LEADDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        return ProcessRunner::run(
            QStringLiteral("leaddesk-cli"),
            QStringList {QStringLiteral("--platform"), m_sandbox.url().toString()} + args, e,
            60000);
    }

    QString file(const QString &name, const QJsonObject &body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(body).toJson());
        return path;
    }

    /// How many records of the list `action` pass `filter` on the sandbox.
    int count(const char *action, const QJsonObject &filter)
    {
        PlatformClient client;
        client.configure(m_sandbox.url().toString(), kKey, kSecret.toUtf8());
        PlatformReply *reply = client.call("contact", QLatin1String(action), {{"filter", filter}});
        QSignalSpy spy(reply, &PlatformReply::finished);
        if (!spy.wait(10000))
            return -1;
        const PlatformResult r = spy.first().first().value<PlatformResult>();
        return r.ok() ? r.object().value("meta").toObject().value("totalResults").toInt() : -1;
    }

    int companiesContaining(const QString &text)
    {
        return count("getCompanyList", {{"businessName__CONTAINS", text}});
    }

    /// A company body with the custom field the sandbox requires.
    static QJsonObject company(const char *businessName)
    {
        return {{"businessName", businessName},
                {"customFields", QJsonArray {QJsonObject {{"fieldId", 851}, {"value", "small"}}}}};
    }

    /// A contact body with the custom field the sandbox requires.
    static QJsonObject contact(const char *first, const char *last, const char *email)
    {
        return {{"firstName", first},
                {"lastName", last},
                {"email", email},
                {"customFields",
                 QJsonArray {QJsonObject {{"fieldId", 800}, {"value", "Events Manager"}}}}};
    }

    static QList<QByteArray> duplicateLines(const QByteArray &err)
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : err.split('\n'))
            if (line.contains("possible duplicate of "))
                lines << line;
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(), "leaddesk-sandbox did not start");
    }

    void submitRefusesACompanyThatExists()
    {
        const int before = companiesContaining("Acme Conferences");
        QVERIFY(before >= 1);
        const QString body = file("acme.json", company("acme conferences pty ltd"));
        const auto refused = cli({"submit", "--kind", "company", body});
        QCOMPARE(refused.exitCode, 2);
        const auto lines = duplicateLines(refused.err);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("possible duplicate of company 1000: same company name"));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(companiesContaining("Acme Conferences"), before);

        const QString suffix = file("acme2.json", company("Acme Conferences"));
        const auto second = cli({"submit", "--kind", "company", suffix});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains("possible duplicate of company 1000: same company name once "
                                     "'Pty Ltd' is ignored"),
                 second.err.constData());
        QCOMPARE(companiesContaining("Acme Conferences"), before);

        const auto allowed = cli({"submit", "--kind", "company", "--allow-duplicate", body});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY2(allowed.out.startsWith("company "), allowed.out.constData());
        QCOMPARE(companiesContaining("Acme Conferences"), before + 1);
    }

    void validateNamesTheDuplicateButStaysValid()
    {
        const QString body = file("ava.json", contact("Ava", "Smith", "Ava.Smith@ACME.example"));
        const auto checked = cli({"validate", "--kind", "contact", body});
        QCOMPARE(checked.exitCode, 0);
        const auto lines = duplicateLines(checked.err);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("possible duplicate of contact 5000: same email"));

        const int before = count("getContactList", {{"email", "Ava.Smith@ACME.example"}});
        const auto refused = cli({"submit", "--kind", "contact", body});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(duplicateLines(refused.err).size(), 1);
        QCOMPARE(count("getContactList", {{"email", "Ava.Smith@ACME.example"}}), before);
    }

    void aLeadsNewCompanyIsScreenedToo()
    {
        const int contactsBefore = count("getContactList", {{"email", "kim.lowe@acme.example"}});
        QJsonObject lead = QJsonDocument::fromJson([] {
                               QFile f(LEADDESK_SOURCE_DIR
                                       "/resources/samples/lead-new-company-and-contact.json");
                               return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                           }())
                               .object();
        QVERIFY(!lead.isEmpty());
        lead.insert("name", "Radar lead for an existing company");
        lead.insert("company", company("ACME Conferences Pty. Ltd."));
        lead.insert("contact", contact("Kim", "Lowe", "kim.lowe@acme.example"));
        const int companiesBefore = companiesContaining("Acme Conferences");
        const auto refused = cli({"submit", file("lead.json", lead)});
        QCOMPARE(refused.exitCode, 2);
        // One line per strong match: company 1000 first, and the copy created above with
        // --allow-duplicate; the new contact matches nobody.
        const auto lines = duplicateLines(refused.err);
        QCOMPARE(lines.size(), companiesBefore);
        QVERIFY2(lines.first().startsWith("possible duplicate of company 1000: "),
                 lines.first().constData());
        for (const QByteArray &line : lines)
            QVERIFY2(line.startsWith("possible duplicate of company "), line.constData());
        QCOMPARE(companiesContaining("Acme Conferences"), companiesBefore);
        QCOMPARE(count("getContactList", {{"email", "kim.lowe@acme.example"}}), contactsBefore);
    }

    void aNewRecordGoesThroughQuietly()
    {
        const QString body = file("new.json", company("Quokka Island Retreats"));
        const int before = companiesContaining("Quokka Island");
        const auto created = cli({"submit", "--kind", "company", body});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(duplicateLines(created.err).isEmpty());
        QCOMPARE(companiesContaining("Quokka Island"), before + 1);
        // And the second time it is one that exists.
        const auto again = cli({"submit", "--kind", "company", body});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(duplicateLines(again.err).size(), 1);
        QCOMPARE(companiesContaining("Quokka Island"), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRadar)
#include "tst_cliradar.moc"
