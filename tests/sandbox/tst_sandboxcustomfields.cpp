// Custom-field values of every type (0-9), on leads ({fieldId, fieldValue}) and on contacts and
// companies ({fieldId, value}): one good and one bad value at least for each, plus the
// required / inactive rules.
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QTest>

namespace {
enum class Record
{
    Lead,
    Contact,
    Company
};

QJsonObject entry(Record record, int fieldId, const QJsonValue &value)
{
    return {{QLatin1String("fieldId"), fieldId},
            {record == Record::Lead ? QLatin1String("fieldValue") : QLatin1String("value"), value}};
}

// A valid create body of the record kind, with its required custom fields, plus extra entries
// (an extra entry replaces the required one with the same fieldId).
QJsonObject bodyWith(Record record, const QJsonArray &extra)
{
    QList<QPair<int, QJsonValue>> required;
    QJsonObject body;
    switch (record) {
    case Record::Lead:
        body = {{QLatin1String("name"), QStringLiteral("Custom field lead")},
                {QLatin1String("sourceId"), 100},
                {QLatin1String("typeId"), 5},
                {QLatin1String("stageId"), 11},
                {QLatin1String("industryId"), 411},
                {QLatin1String("contactId"), 5051}};
        required = {{900, QStringLiteral("2027-06-01")},
                    {901, 10},
                    {902, QStringLiteral("under-5k")},
                    {909, QStringLiteral("V1000")}};
        break;
    case Record::Contact:
        body = {{QLatin1String("firstName"), QStringLiteral("Cee")},
                {QLatin1String("lastName"), QStringLiteral("Eff")},
                {QLatin1String("email"), QStringLiteral("cee.eff@mail.example")}};
        required = {{800, QStringLiteral("Analyst")}};
        break;
    case Record::Company:
        body = {{QLatin1String("businessName"), QStringLiteral("Custom Field Co")}};
        required = {{851, QStringLiteral("small")}};
        break;
    }
    QJsonArray fields;
    for (const auto &[id, value] : required) {
        const bool replaced
            = std::any_of(extra.begin(), extra.end(), [id = id](const QJsonValue &e) {
                  return e.toObject().value(QLatin1String("fieldId")).toInt() == id;
              });
        if (!replaced)
            fields.append(entry(record, id, value));
    }
    for (const QJsonValue &e : extra)
        fields.append(e);
    body.insert(QLatin1String("customFields"), fields);
    return body;
}

QString actionFor(Record record)
{
    switch (record) {
    case Record::Lead:
        return QStringLiteral("addOrUpdateLead");
    case Record::Contact:
        return QStringLiteral("addOrUpdateContact");
    case Record::Company:
        break;
    }
    return QStringLiteral("addOrUpdateCompany");
}

int invalidCode(Record record)
{
    return record == Record::Lead ? 24218 : record == Record::Contact ? 24108 : 24128;
}

QJsonObject address(std::initializer_list<QPair<const char *, QJsonValue>> parts)
{
    QJsonObject object;
    for (const auto &[key, value] : parts)
        object.insert(QLatin1String(key), value);
    return object;
}
} // namespace

Q_DECLARE_METATYPE(Record)

class TestSandboxCustomFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void values_data();
    void values();
    void inactiveRequiredFieldIsNotRequired();
    void emptyValuesCountAsNotGiven();
    void storedValuesComeBack();
    void entryShapeProblems();

private:
    SandboxReply submit(Record record, const QJsonObject &body)
    {
        return m_client->call(QStringLiteral("contact"), actionFor(record), body);
    }

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxCustomFields::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxCustomFields::values_data()
{
    QTest::addColumn<Record>("record");
    QTest::addColumn<int>("fieldId");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted

    const auto row = [](const char *name, Record record, int fieldId, const QJsonValue &value,
                        const QString &problem = QString()) {
        QTest::newRow(name) << record << fieldId << value << problem;
    };
    const Record L = Record::Lead;
    const Record C = Record::Contact;
    const Record Co = Record::Company;
    const QJsonObject goodAddress = address({{"line1", QStringLiteral("10 Queen Street")},
                                             {"city", QStringLiteral("Brisbane")},
                                             {"stateCode", QStringLiteral("QLD")},
                                             {"postalCode", QStringLiteral("4000")},
                                             {"countryCode", QStringLiteral("AU")}});

    // 0 Small Text
    row("lead 0 text", L, 905, QStringLiteral("REF-1"));
    row("lead 0 number", L, 905, 12,
        QStringLiteral("'customFields.905' must be text, not a number"));
    row("contact 0 text", C, 800, QStringLiteral("Chef"));
    row("contact 0 array", C, 800, QJsonArray {QStringLiteral("Chef")},
        QStringLiteral("'customFields.800' must be text, not an array"));
    row("company 0 text", Co, 850, QStringLiteral("ABN 1"));
    row("company 0 bool", Co, 850, true,
        QStringLiteral("'customFields.850' must be text, not a boolean"));
    // 1 Large Text
    row("lead 1 text", L, 904, QStringLiteral("Stage, AV\nand a lectern"));
    row("lead 1 object", L, 904, QJsonObject {{QLatin1String("a"), 1}},
        QStringLiteral("'customFields.904' must be text, not an object"));
    row("contact 1 text", C, 801, QStringLiteral("Vegetarian"));
    row("company 1 number", Co, 853, 3,
        QStringLiteral("'customFields.853' must be text, not a number"));
    // 2 Single Select
    row("lead 2 key", L, 902, QStringLiteral("50k-plus"));
    row("lead 2 label instead of key", L, 902, QStringLiteral("More than $50,000"),
        QStringLiteral("'customFields.902' More than $50,000 is not one of its values"));
    row("contact 2 key", C, 802, QStringLiteral("sms"));
    row("contact 2 unknown", C, 802, QStringLiteral("fax"),
        QStringLiteral("'customFields.802' fax is not one of its values"));
    row("company 2 key", Co, 851, QStringLiteral("enterprise"));
    row("company 2 number", Co, 851, 2,
        QStringLiteral("'customFields.851' must be the key of one of its values"));
    // 3 Multiple Select
    row("lead 3 keys", L, 903, QJsonArray {QStringLiteral("hybrid"), QStringLiteral("virtual")});
    row("lead 3 single text", L, 903, QStringLiteral("hybrid"),
        QStringLiteral("'customFields.903' must be a list of keys of its values"));
    row("lead 3 one unknown", L, 903, QJsonArray {QStringLiteral("hybrid"), QStringLiteral("zoom")},
        QStringLiteral("'customFields.903' zoom is not one of its values"));
    row("contact 3 keys", C, 803, QJsonArray {QStringLiteral("gala")});
    row("company 3 number item", Co, 860, QJsonArray {1},
        QStringLiteral("'customFields.860' 1 is not one of its values"));
    // 4 Address
    row("lead 4 address", L, 906, goodAddress);
    row("lead 4 no state", L, 906,
        address({{"city", QStringLiteral("Singapore")}, {"countryCode", QStringLiteral("SG")}}));
    row("lead 4 state name", L, 906,
        address({{"countryCode", QStringLiteral("NZ")}, {"stateName", QStringLiteral("Otago")}}));
    row("lead 4 unknown country", L, 906, address({{"countryCode", QStringLiteral("ZZ")}}),
        QStringLiteral(
            "'customFields.906' countryCode ZZ is not an ISO 3166-1 alpha-2 country code"));
    row("lead 4 lower-case country", L, 906, address({{"countryCode", QStringLiteral("au")}}),
        QStringLiteral(
            "'customFields.906' countryCode au is not an ISO 3166-1 alpha-2 country code"));
    row("lead 4 state of another country", L, 906,
        address({{"countryCode", QStringLiteral("NZ")}, {"stateCode", QStringLiteral("QLD")}}),
        QStringLiteral("'customFields.906' stateCode QLD is not a subdivision of NZ"));
    row("lead 4 state without country", L, 906, address({{"stateCode", QStringLiteral("QLD")}}),
        QStringLiteral("'customFields.906' stateCode needs a countryCode"));
    row("lead 4 unknown part", L, 906, address({{"planet", QStringLiteral("Mars")}}),
        QStringLiteral("'customFields.906' has an unknown part planet"));
    row("lead 4 number part", L, 906, address({{"line1", 5}}),
        QStringLiteral("'customFields.906' part line1 must be text"));
    row("lead 4 text", L, 906, QStringLiteral("10 Queen Street, Brisbane"),
        QStringLiteral("'customFields.906' must be an address object, not text"));
    row("contact 4 address", C, 804,
        address({{"line1", QStringLiteral("1 High St")},
                 {"countryCode", QStringLiteral("GB")},
                 {"stateCode", QStringLiteral("ENG")}}));
    row("company 4 bad state", Co, 852,
        address({{"countryCode", QStringLiteral("US")}, {"stateCode", QStringLiteral("QLD")}}),
        QStringLiteral("'customFields.852' stateCode QLD is not a subdivision of US"));
    // 5 Date
    row("lead 5 date", L, 900, QStringLiteral("2028-02-29"));
    row("lead 5 not a real date", L, 900, QStringLiteral("2027-02-29"),
        QStringLiteral("'customFields.900' 2027-02-29 is not a date in the form yyyy-mm-dd"));
    row("lead 5 other format", L, 900, QStringLiteral("28/02/2027"),
        QStringLiteral("'customFields.900' 28/02/2027 is not a date in the form yyyy-mm-dd"));
    row("lead 5 timestamp", L, 900, QStringLiteral("2027-02-28 10:00:00 UTC"),
        QStringLiteral(
            "'customFields.900' 2027-02-28 10:00:00 UTC is not a date in the form yyyy-mm-dd"));
    row("contact 5 date", C, 805, QStringLiteral("1985-12-01"));
    row("company 5 number", Co, 859, 20190401,
        QStringLiteral("'customFields.859' 20190401 is not a date in the form yyyy-mm-dd"));
    // 6 File
    row("lead 6 file", L, 907, QStringLiteral("plan.pdf"),
        QStringLiteral("'customFields.907' is a file field and cannot be set"));
    row("contact 6 file", C, 809, QStringLiteral("card.png"),
        QStringLiteral("'customFields.809' is a file field and cannot be set"));
    row("company 6 file", Co, 854, QStringLiteral("terms.pdf"),
        QStringLiteral("'customFields.854' is a file field and cannot be set"));
    // 7 Static Text
    row("lead 7 static", L, 908, QStringLiteral("ok"),
        QStringLiteral("'customFields.908' is static text and cannot be set"));
    row("contact 7 static", C, 810, QStringLiteral("ok"),
        QStringLiteral("'customFields.810' is static text and cannot be set"));
    row("company 7 static", Co, 855, QStringLiteral("ok"),
        QStringLiteral("'customFields.855' is static text and cannot be set"));
    // 8 Whole Number
    row("lead 8 integer", L, 901, 250);
    row("lead 8 digits", L, 901, QStringLiteral("250"));
    row("lead 8 negative digits", L, 901, QStringLiteral("-3"));
    row("lead 8 fraction", L, 901, 12.5,
        QStringLiteral("'customFields.901' 12.5 is not a whole number"));
    row("lead 8 text", L, 901, QStringLiteral("12a"),
        QStringLiteral("'customFields.901' 12a is not a whole number"));
    row("lead 8 huge", L, 901, 1e30,
        QStringLiteral("'customFields.901' 1e+30 is not a whole number"));
    row("contact 8 integer", C, 808, 7);
    row("company 8 text", Co, 856, QStringLiteral("many"),
        QStringLiteral("'customFields.856' many is not a whole number"));
    // 9 Large Select (lead 909 has 5,000 values)
    row("lead 9 first", L, 909, QStringLiteral("V1000"));
    row("lead 9 last", L, 909, QStringLiteral("V5999"));
    row("lead 9 past the end", L, 909, QStringLiteral("V6000"),
        QStringLiteral("'customFields.909' V6000 is not one of its values"));
    row("contact 9 key", C, 807, QStringLiteral("tier-gold"));
    row("contact 9 unknown", C, 807, QStringLiteral("tier-tin"),
        QStringLiteral("'customFields.807' tier-tin is not one of its values"));
    row("company 9 key", Co, 857, QStringLiteral("nz-queenstown"));
    row("company 9 array", Co, 857, QJsonArray {QStringLiteral("nz-queenstown")},
        QStringLiteral("'customFields.857' must be the key of one of its values"));
    // Inactive fields take no values: whatever is sent is ignored, even a wrong kind.
    row("lead inactive ignored", L, 911, 42);
    row("contact inactive ignored", C, 806, QJsonArray {1});
    row("company inactive ignored", Co, 858, true);
    // Not a field at all.
    row("lead unknown field", L, 999, QStringLiteral("x"),
        QStringLiteral("'customFields.999' is not a custom field"));
    row("lead contact field", L, 800, QStringLiteral("x"),
        QStringLiteral("'customFields.800' is not a custom field"));
    row("contact lead field", C, 905, QStringLiteral("x"),
        QStringLiteral("'customFields.905' is not a custom field"));
}

void TestSandboxCustomFields::values()
{
    QFETCH(Record, record);
    QFETCH(int, fieldId);
    QFETCH(QJsonValue, value);
    QFETCH(QString, problem);
    const auto reply = submit(record, bodyWith(record, {entry(record, fieldId, value)}));
    if (problem.isEmpty()) {
        QVERIFY2(reply.status == 200, reply.raw.constData());
        QCOMPARE(reply.object().value(QLatin1String("success")).toBool(), true);
        return;
    }
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), invalidCode(record));
    QCOMPARE(reply.additionalMessages(), QStringList {problem});
}

void TestSandboxCustomFields::inactiveRequiredFieldIsNotRequired()
{
    const auto definitions
        = m_client->call(QStringLiteral("contact"), QStringLiteral("getCustomFieldDefinition"))
              .json.array();
    bool found = false;
    for (const QJsonValue &value : definitions) {
        const QJsonObject field = value.toObject();
        if (field.value(QLatin1String("fieldId")).toInt() == 806) {
            QVERIFY(field.value(QLatin1String("isRequired")).toBool());
            QVERIFY(!field.value(QLatin1String("isActive")).toBool());
            found = true;
        }
    }
    QVERIFY(found);
    // Neither 806 (contact) nor 910 (lead) is sent, yet both creates pass.
    QCOMPARE(submit(Record::Contact, bodyWith(Record::Contact, {})).status, 200);
    QCOMPARE(submit(Record::Lead, bodyWith(Record::Lead, {})).status, 200);
    // And a value sent for one is not stored.
    const auto reply = submit(
        Record::Lead, bodyWith(Record::Lead, {entry(Record::Lead, 910, QStringLiteral("LEGACY"))}));
    QCOMPARE(reply.status, 200);
    const QJsonArray stored = m_server->lead(reply.object().value(QLatin1String("id")).toInteger())
                                  .value(QLatin1String("customFields"))
                                  .toArray();
    for (const QJsonValue &field : stored)
        QVERIFY(field.toObject().value(QLatin1String("fieldId")).toInt() != 910);
}

void TestSandboxCustomFields::emptyValuesCountAsNotGiven()
{
    for (const QJsonValue &empty : {QJsonValue(QString()), QJsonValue(QJsonArray()),
                                    QJsonValue(QJsonObject()), QJsonValue(QJsonValue::Null)}) {
        const auto reply
            = submit(Record::Lead, bodyWith(Record::Lead, {entry(Record::Lead, 902, empty)}));
        QCOMPARE(reply.specificCode(), 24218);
        QCOMPARE(reply.additionalMessages(),
                 QStringList {QStringLiteral("'customFields.902' is required")});
    }
    // An empty optional value is fine and stores nothing.
    QCOMPARE(submit(Record::Lead, bodyWith(Record::Lead, {entry(Record::Lead, 906, QJsonObject())}))
                 .status,
             200);
    // On an update nothing is required.
    QCOMPARE(m_client
                 ->call(QStringLiteral("contact"), QStringLiteral("addOrUpdateLead"),
                        {{QLatin1String("id"), 20001},
                         {QLatin1String("customFields"),
                          QJsonArray {entry(Record::Lead, 905, QStringLiteral("X"))}}})
                 .status,
             200);
}

void TestSandboxCustomFields::storedValuesComeBack()
{
    const QJsonObject where = address({{"line1", QStringLiteral("1 Wharf St")},
                                       {"countryCode", QStringLiteral("AU")},
                                       {"stateCode", QStringLiteral("NSW")}});
    const auto reply
        = submit(Record::Lead,
                 bodyWith(Record::Lead,
                          {entry(Record::Lead, 901, QStringLiteral("-42")),
                           entry(Record::Lead, 903, QJsonArray {QStringLiteral("virtual")}),
                           entry(Record::Lead, 906, where)}));
    QCOMPARE(reply.status, 200);
    QHash<int, QJsonValue> values;
    const QJsonArray stored = m_server->lead(reply.object().value(QLatin1String("id")).toInteger())
                                  .value(QLatin1String("customFields"))
                                  .toArray();
    for (const QJsonValue &field : stored) {
        const QJsonObject object = field.toObject();
        QVERIFY(object.contains(QLatin1String("displayName")));
        values.insert(object.value(QLatin1String("fieldId")).toInt(),
                      object.value(QLatin1String("value")));
    }
    QCOMPARE(values.value(901), QJsonValue(-42));
    QCOMPARE(values.value(903), QJsonValue(QJsonArray {QStringLiteral("virtual")}));
    QCOMPARE(values.value(906), QJsonValue(where));
    QCOMPARE(values.value(909), QJsonValue(QStringLiteral("V1000")));
}

void TestSandboxCustomFields::entryShapeProblems()
{
    // A lead entry written the contact way has no fieldValue.
    auto reply = submit(Record::Lead,
                        bodyWith(Record::Lead,
                                 {QJsonObject {{QLatin1String("fieldId"), 905},
                                               {QLatin1String("value"), QStringLiteral("x")}}}));
    QCOMPARE(reply.specificCode(), 24218);
    QCOMPARE(reply.additionalMessages(),
             QStringList {QStringLiteral("'customFields.905' has no fieldValue")});
    // The same field twice.
    reply = submit(Record::Lead,
                   bodyWith(Record::Lead,
                            {entry(Record::Lead, 905, QStringLiteral("a")),
                             entry(Record::Lead, 905, QStringLiteral("b"))}));
    QCOMPARE(reply.additionalMessages(),
             QStringList {QStringLiteral("'customFields.905' is given more than once")});
    // Several problems at once are all listed.
    reply = submit(Record::Company,
                   bodyWith(Record::Company,
                            {entry(Record::Company, 851, QStringLiteral("huge")),
                             entry(Record::Company, 856, 1.5),
                             entry(Record::Company, 859, QStringLiteral("soon"))}));
    QCOMPARE(reply.specificCode(), 24128);
    QCOMPARE(reply.additionalMessages().size(), 3);
}

QTEST_GUILESS_MAIN(TestSandboxCustomFields)
#include "tst_sandboxcustomfields.moc"
