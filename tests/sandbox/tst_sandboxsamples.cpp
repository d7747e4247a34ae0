// Every sample request body in resources/samples is accepted by a fresh sandbox, and the seed
// files a client is handed (lead-custom-fields.json) have the documented shape.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

namespace {
QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

QString samplesDir()
{
    return QStringLiteral(LEADDESK_SOURCE_DIR "/resources/samples");
}
} // namespace

class TestSandboxSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreAccepted_data();
    void samplesAreAccepted();
    void samplesCoverTheLeadKinds();
    void leadCustomFieldFile();

private:
    QStringList sampleFiles() const
    {
        return QDir(samplesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }
};

void TestSandboxSamples::samplesAreAccepted_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = sampleFiles();
    QVERIFY(files.size() >= 4);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestSandboxSamples::samplesAreAccepted()
{
    QFETCH(QString, file);
    const QJsonDocument document = readJson(samplesDir() + QLatin1Char('/') + file);
    QVERIFY2(document.isObject(), "a sample is one JSON object");

    // The file name says which call it is for: lead-*, contact-*, company-*.
    const QString kind = file.section(QLatin1Char('-'), 0, 0);
    const QHash<QString, QString> actions {
        {QStringLiteral("lead"), QStringLiteral("addOrUpdateLead")},
        {QStringLiteral("contact"), QStringLiteral("addOrUpdateContact")},
        {QStringLiteral("company"), QStringLiteral("addOrUpdateCompany")}};
    QVERIFY2(actions.contains(kind), qPrintable(file));

    SandboxServer server;
    QVERIFY(server.start());
    SandboxClient client(server.baseUrl());
    const auto reply
        = client.call(QStringLiteral("contact"), actions.value(kind), document.object());
    QVERIFY2(reply.status == 200, reply.raw.constData());
    QCOMPARE(reply.object().value(QLatin1String("success")).toBool(), true);
    const qint64 id = reply.object().value(QLatin1String("id")).toInteger();
    if (kind == QLatin1String("lead")) {
        QCOMPARE(server.lead(id).value(QLatin1String("name")),
                 document.object().value(QLatin1String("name")));
        // An inline contact (and company) really exists and is linked.
        const QJsonObject lead = server.lead(id);
        const qint64 contactId = lead.value(QLatin1String("contact"))
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toInteger();
        QVERIFY(!server.contact(contactId).isEmpty());
        if (lead.value(QLatin1String("company")).isObject()) {
            const qint64 companyId = lead.value(QLatin1String("company"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toInteger();
            QVERIFY(server.contact(contactId)
                        .value(QLatin1String("companies"))
                        .toArray()
                        .contains(companyId));
        }
    }
}

void TestSandboxSamples::samplesCoverTheLeadKinds()
{
    bool existingContact = false;
    bool existingCompany = false;
    bool newContact = false;
    bool newCompanyAndContact = false;
    for (const QString &file : sampleFiles()) {
        if (!file.startsWith(QLatin1String("lead-")))
            continue;
        const QJsonObject body = readJson(samplesDir() + QLatin1Char('/') + file).object();
        const auto has = [&body](const char *key) { return body.contains(QLatin1String(key)); };
        existingContact |= has("contactId") && !has("companyId") && !has("company");
        existingCompany |= has("companyId") && has("companyLeadContactId");
        newContact |= has("contact") && !has("company");
        newCompanyAndContact |= has("contact") && has("company");
    }
    QVERIFY(existingContact);
    QVERIFY(existingCompany);
    QVERIFY(newContact);
    QVERIFY(newCompanyAndContact);
}

void TestSandboxSamples::leadCustomFieldFile()
{
    const QJsonDocument document = readJson(
        QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"));
    QVERIFY(document.isArray());
    QSet<int> types;
    QSet<int> requiredTypes;
    bool inactiveRequired = false;
    int largestSelect = 0;
    const QJsonArray fields = document.array();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const int type = field.value(QLatin1String("fieldType")).toInt();
        types.insert(type);
        const bool active = field.value(QLatin1String("isActive")).toBool();
        const bool required = field.value(QLatin1String("isRequired")).toBool();
        if (active && required)
            requiredTypes.insert(type);
        inactiveRequired |= !active && required;
        if (type == 9)
            largestSelect = qMax(largestSelect,
                                 int(field.value(QLatin1String("selectValues")).toObject().size()));
    }
    QCOMPARE(types, (QSet<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QVERIFY(requiredTypes.size() >= 3);
    QVERIFY(inactiveRequired);
    QCOMPARE(largestSelect, 5000);

    // The in-process accessor serves the same definitions (in sortOrder).
    SandboxServer server;
    const QJsonArray served = server.leadCustomFieldDefinitions();
    QCOMPARE(served.size(), fields.size());
    QSet<int> servedIds;
    for (const QJsonValue &field : served)
        servedIds.insert(field.toObject().value(QLatin1String("fieldId")).toInt());
    QSet<int> fileIds;
    for (const QJsonValue &field : fields)
        fileIds.insert(field.toObject().value(QLatin1String("fieldId")).toInt());
    QCOMPARE(servedIds, fileIds);
}

QTEST_GUILESS_MAIN(TestSandboxSamples)
#include "tst_sandboxsamples.moc"
