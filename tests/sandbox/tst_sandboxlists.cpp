// The read calls: lookup lists, custom-field definitions, leads, contacts and companies, with
// paging (pagination.md) and every filter modifier (filtering.md).
#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

namespace {
QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

bool isTimestamp(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}
} // namespace

class TestSandboxLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leadTypes();
    void leadStages();
    void leadSources();
    void leadQualities();
    void leadChannels();
    void industries();
    void users();
    void customFieldDefinitions();
    void contacts();
    void companies();
    void leadShape();
    void paging();
    void badPaging_data();
    void badPaging();
    void filterModifiers_data();
    void filterModifiers();
    void filtersCombine();
    void badFilters_data();
    void badFilters();
    void contactExtraFilters();
    void companyExtraFilters();
    void lookupListsFilterToo();

private:
    SandboxReply list(const QString &nameSpace, const QString &action,
                      const QJsonObject &body = {});
    QJsonArray allLeads();

    SandboxServer *m_server = nullptr;
    std::unique_ptr<SandboxClient> m_client;
    QJsonArray m_allLeads;
};

SandboxReply TestSandboxLists::list(const QString &nameSpace, const QString &action,
                                    const QJsonObject &body)
{
    return m_client->call(nameSpace, action, body);
}

void TestSandboxLists::initTestCase()
{
    m_server = new SandboxServer(this);
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    // Every lead, page by page; also the reference for the filter tests.
    for (int start = 0;; start += 100) {
        const auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                                {{QLatin1String("start"), start}, {QLatin1String("perPage"), 100}});
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.results();
        for (const QJsonValue &lead : results)
            m_allLeads.append(lead);
        if (results.size() < 100)
            break;
    }
    QCOMPARE(m_allLeads.size(), 2500);
    QCOMPARE(m_server->leadCount(), 2500);
}

void TestSandboxLists::leadTypes()
{
    const auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadTypeList"));
    QCOMPARE(reply.status, 200);
    const QJsonArray types = reply.results();
    QVERIFY(types.size() >= 4);
    int withSubtypes = 0;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        QCOMPARE(keysOf(type),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("type"),
                                 QStringLiteral("subtypes")}));
        QVERIFY(type.value(QLatin1String("id")).toInt() >= 1
                && type.value(QLatin1String("id")).toInt() <= 9);
        QVERIFY(type.value(QLatin1String("subtypes")).isArray());
        const QJsonArray subtypes = type.value(QLatin1String("subtypes")).toArray();
        if (!subtypes.isEmpty())
            ++withSubtypes;
        for (const QJsonValue &subtype : subtypes) {
            QVERIFY(subtype.toObject().value(QLatin1String("id")).isDouble());
            QVERIFY(subtype.toObject().value(QLatin1String("name")).isString());
        }
    }
    QVERIFY(withSubtypes >= 2);
    QVERIFY(withSubtypes < types.size());
    const QJsonObject meta = reply.object().value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("totalResults")).toInt(), types.size());
    QCOMPARE(meta.value(QLatin1String("count")).toInt(), types.size());
    QCOMPARE(meta.value(QLatin1String("start")).toInt(), 0);
    QCOMPARE(meta.value(QLatin1String("perPage")).toInt(), 100);
}

void TestSandboxLists::leadStages()
{
    const QJsonArray stages
        = list(QStringLiteral("crm"), QStringLiteral("getLeadStageList")).results();
    QVERIFY(stages.size() >= 4);
    int withReasons = 0;
    for (const QJsonValue &value : stages) {
        const QJsonObject stage = value.toObject();
        QCOMPARE(keysOf(stage),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("reasons")}));
        const QJsonArray reasons = stage.value(QLatin1String("reasons")).toArray();
        withReasons += reasons.isEmpty() ? 0 : 1;
        for (const QJsonValue &reason : reasons)
            QVERIFY(reason.toObject().value(QLatin1String("reason")).isString());
    }
    QVERIFY(withReasons >= 1 && withReasons < stages.size());
}

void TestSandboxLists::leadSources()
{
    const QJsonArray sources
        = list(QStringLiteral("crm"), QStringLiteral("getLeadSourceList")).results();
    QVERIFY(sources.size() >= 5);
    for (const QJsonValue &source : sources) {
        QCOMPARE(keysOf(source.toObject()),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("description"), QStringLiteral("cost"),
                                 QStringLiteral("isReferral"), QStringLiteral("defaultType")}));
    }
}

void TestSandboxLists::leadQualities()
{
    const QJsonArray qualities
        = list(QStringLiteral("crm"), QStringLiteral("getLeadQualityList")).results();
    QCOMPARE(qualities.size(), 3);
    for (const QJsonValue &quality : qualities) {
        QCOMPARE(keysOf(quality.toObject()),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("label"),
                                 QStringLiteral("showOnDash")}));
    }
}

void TestSandboxLists::leadChannels()
{
    const QJsonArray channels
        = list(QStringLiteral("crm"), QStringLiteral("getLeadChannelList")).results();
    QVERIFY(channels.size() >= 4);
    for (const QJsonValue &channel : channels)
        QCOMPARE(keysOf(channel.toObject()),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("name")}));
}

void TestSandboxLists::industries()
{
    const QJsonArray industries
        = list(QStringLiteral("account"), QStringLiteral("getIndustryList")).results();
    QVERIFY(industries.size() >= 10);
    for (const QJsonValue &industry : industries) {
        const QJsonObject object = industry.toObject();
        QCOMPARE(keysOf(object),
                 (QSet<QString> {QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("createdDate"), QStringLiteral("modifiedDate")}));
        QVERIFY(isTimestamp(object.value(QLatin1String("modifiedDate"))));
    }
}

void TestSandboxLists::users()
{
    const QJsonArray users
        = list(QStringLiteral("account"), QStringLiteral("getUserList")).results();
    QVERIFY(users.size() >= 4);
    int inactive = 0;
    for (const QJsonValue &user : users) {
        const QJsonObject object = user.toObject();
        for (const char *key : {"id", "salutation", "firstName", "middleName", "lastName", "email",
                                "phone", "phoneMobile", "currentStatus", "userType", "groupId",
                                "lastLoginDate", "createdDate", "modifiedDate"}) {
            QVERIFY2(object.contains(QLatin1String(key)), key);
        }
        inactive += object.value(QLatin1String("currentStatus")).toInt() == 2 ? 1 : 0;
    }
    QCOMPARE(inactive, 1);
}

void TestSandboxLists::customFieldDefinitions()
{
    QSet<int> types;
    for (const char *action : {"getCustomFieldDefinition", "getCompanyCustomFieldDefinition"}) {
        const auto reply = list(QStringLiteral("contact"), QLatin1String(action));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.json.isArray(), action);
        bool required = false;
        bool inactive = false;
        const QJsonArray fields = reply.json.array();
        for (const QJsonValue &value : fields) {
            const QJsonObject field = value.toObject();
            QCOMPARE(keysOf(field),
                     (QSet<QString> {QStringLiteral("fieldId"), QStringLiteral("fieldType"),
                                     QStringLiteral("displayName"), QStringLiteral("isRequired"),
                                     QStringLiteral("isActive"), QStringLiteral("sortOrder"),
                                     QStringLiteral("selectValues"), QStringLiteral("fileTypes")}));
            types.insert(field.value(QLatin1String("fieldType")).toInt());
            required |= field.value(QLatin1String("isRequired")).toBool()
                && field.value(QLatin1String("isActive")).toBool();
            inactive |= !field.value(QLatin1String("isActive")).toBool();
            const int type = field.value(QLatin1String("fieldType")).toInt();
            if (type == 2 || type == 3 || type == 9)
                QVERIFY(!field.value(QLatin1String("selectValues")).toObject().isEmpty());
        }
        QVERIFY2(required, action);
        QVERIFY2(inactive, action);
    }
    QCOMPARE(types, (QSet<int> {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
}

void TestSandboxLists::contacts()
{
    const auto reply = list(QStringLiteral("contact"), QStringLiteral("getContactList"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.object()
                .value(QLatin1String("meta"))
                .toObject()
                .value(QLatin1String("totalResults"))
                .toInt()
            >= 50);
    int several = 0;
    int none = 0;
    bool customFieldSeen = false;
    const QJsonArray contacts = reply.results();
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        for (const char *key :
             {"id", "firstName", "lastName", "email", "phone", "customFields", "groups",
              "companies", "companiesData", "externalId", "modifiedDate", "isAnonymised"}) {
            QVERIFY2(contact.contains(QLatin1String(key)), key);
        }
        QVERIFY(contact.value(QLatin1String("id")).toInt() >= 5000);
        const QJsonArray companies = contact.value(QLatin1String("companies")).toArray();
        several += companies.size() > 1 ? 1 : 0;
        none += companies.isEmpty() ? 1 : 0;
        QCOMPARE(contact.value(QLatin1String("companiesData")).toArray().size(), companies.size());
        const QJsonArray customFields = contact.value(QLatin1String("customFields")).toArray();
        for (const QJsonValue &field : customFields) {
            QCOMPARE(keysOf(field.toObject()),
                     (QSet<QString> {QStringLiteral("fieldId"), QStringLiteral("displayName"),
                                     QStringLiteral("value")}));
            customFieldSeen = true;
        }
        QVERIFY(isTimestamp(contact.value(QLatin1String("modifiedDate"))));
    }
    QVERIFY(several > 0);
    QVERIFY(none > 0);
    QVERIFY(customFieldSeen);
    QCOMPARE(m_server->contact(5000).value(QLatin1String("id")).toInt(), 5000);
    QVERIFY(m_server->contact(1).isEmpty());
}

void TestSandboxLists::companies()
{
    const auto reply = list(QStringLiteral("contact"), QStringLiteral("getCompanyList"));
    QCOMPARE(reply.status, 200);
    const QJsonArray companies = reply.results();
    QVERIFY(companies.size() >= 20);
    for (const QJsonValue &value : companies) {
        const QJsonObject company = value.toObject();
        for (const char *key :
             {"id", "externalId", "businessName", "tradingName", "businessNumber", "phone", "fax",
              "website", "email", "address", "modifiedDate", "primaryAccountManager",
              "secondaryAccountManager", "industry", "primaryContact", "isAgent", "customFields"}) {
            QVERIFY2(company.contains(QLatin1String(key)), key);
        }
        QVERIFY(company.value(QLatin1String("id")).toInt() >= 1000
                && company.value(QLatin1String("id")).toInt() < 5000);
        QVERIFY(company.value(QLatin1String("address")).isObject());
    }
    QCOMPARE(m_server->company(1000).value(QLatin1String("businessName")).toString(),
             QStringLiteral("Acme Conferences Pty Ltd"));
}

void TestSandboxLists::leadShape()
{
    QSet<int> types;
    QSet<int> stages;
    QSet<int> owners;
    QSet<int> years;
    int companyLeads = 0;
    qint64 previousId = 0;
    for (const QJsonValue &value : std::as_const(m_allLeads)) {
        const QJsonObject lead = value.toObject();
        for (const char *key : {"id",          "name",      "description",   "ownerUser",
                                "contact",     "company",   "qualityId",     "quality",
                                "stageId",     "stageName", "stageReasonId", "stageReasonName",
                                "typeId",      "type",      "subtypeId",     "sourceId",
                                "sourceName",  "channelId", "channelName",   "createdDate",
                                "modifiedDate"}) {
            QVERIFY2(lead.contains(QLatin1String(key)), key);
        }
        const qint64 id = lead.value(QLatin1String("id")).toInteger();
        QVERIFY(id > previousId);
        previousId = id;
        QVERIFY(isTimestamp(lead.value(QLatin1String("createdDate"))));
        QVERIFY(isTimestamp(lead.value(QLatin1String("modifiedDate"))));
        QVERIFY(lead.value(QLatin1String("modifiedDate")).toString()
                >= lead.value(QLatin1String("createdDate")).toString());
        QVERIFY(lead.value(QLatin1String("contact")).isObject());
        companyLeads += lead.value(QLatin1String("company")).isObject() ? 1 : 0;
        types.insert(lead.value(QLatin1String("typeId")).toInt());
        stages.insert(lead.value(QLatin1String("stageId")).toInt());
        owners.insert(
            lead.value(QLatin1String("ownerUser")).toObject().value(QLatin1String("id")).toInt());
        years.insert(lead.value(QLatin1String("createdDate")).toString().left(4).toInt());
    }
    QCOMPARE(m_allLeads.first().toObject().value(QLatin1String("id")).toInt(), 20000);
    QVERIFY(types.size() >= 4);
    QVERIFY(stages.size() >= 4);
    QVERIFY(owners.size() >= 4);
    QVERIFY(years.size() >= 2);
    QVERIFY(companyLeads > 500 && companyLeads < 2000);
    QCOMPARE(m_server->lead(20000), m_allLeads.first().toObject());
    QVERIFY(m_server->lead(1).isEmpty());
}

void TestSandboxLists::paging()
{
    auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"));
    QJsonObject meta = reply.object().value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("perPage")).toInt(), 100);
    QCOMPARE(meta.value(QLatin1String("count")).toInt(), 100);
    QCOMPARE(meta.value(QLatin1String("totalResults")).toInt(), 2500);

    // Above the cap: capped, not refused.
    reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                 {{QLatin1String("perPage"), 5000}});
    QCOMPARE(reply.status, 200);
    meta = reply.object().value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("perPage")).toInt(), 100);
    QCOMPARE(reply.results().size(), 100);

    // start is zero-based and counts results, not pages; digits in a string are fine.
    reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                 {{QLatin1String("start"), QStringLiteral("20")}, {QLatin1String("perPage"), 7}});
    QCOMPARE(reply.results().size(), 7);
    QCOMPARE(reply.results().first(), m_allLeads.at(20));
    meta = reply.object().value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("start")).toInt(), 20);
    QCOMPARE(meta.value(QLatin1String("count")).toInt(), 7);

    reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                 {{QLatin1String("start"), 2450}});
    QCOMPARE(reply.results().size(), 50);
    reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                 {{QLatin1String("start"), 9000}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.results().size(), 0);
    QCOMPARE(reply.object()
                 .value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("totalResults"))
                 .toInt(),
             2500);
}

void TestSandboxLists::badPaging_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::newRow("negative start")
        << QJsonObject {{QLatin1String("start"), -1}} << QStringLiteral("start");
    QTest::newRow("fraction start")
        << QJsonObject {{QLatin1String("start"), 1.5}} << QStringLiteral("start");
    QTest::newRow("text perPage") << QJsonObject {{QLatin1String("perPage"), QStringLiteral("ten")}}
                                  << QStringLiteral("perPage");
    QTest::newRow("zero perPage") << QJsonObject {{QLatin1String("perPage"), 0}}
                                  << QStringLiteral("perPage");
    QTest::newRow("huge start") << QJsonObject {{QLatin1String("start"), 1e300}}
                                << QStringLiteral("start");
}

void TestSandboxLists::badPaging()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    const auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QLatin1Char('\'') + key + QStringLiteral("' does not validate"));
}

void TestSandboxLists::filterModifiers_data()
{
    using Predicate = std::function<bool(const QJsonObject &)>;
    QTest::addColumn<QJsonObject>("filter");
    QTest::addColumn<Predicate>("expected");

    const auto text = [](const QJsonObject &lead, const char *key) {
        return lead.value(QLatin1String(key)).toString();
    };
    QTest::newRow("equals, any case")
        << QJsonObject {{QLatin1String("stageName"), QStringLiteral("won")}}
        << Predicate([text](const QJsonObject &l) {
               return text(l, "stageName") == QLatin1String("Won");
           });
    QTest::newRow("equals number")
        << QJsonObject {{QLatin1String("typeId"), 2}} << Predicate([](const QJsonObject &l) {
               return l.value(QLatin1String("typeId")).toInt() == 2;
           });
    QTest::newRow("CONTAINS") << QJsonObject {{QLatin1String("name__CONTAINS"),
                                               QStringLiteral("GALA")}}
                              << Predicate([text](const QJsonObject &l) {
                                     return text(l, "name").contains(QLatin1String("gala"),
                                                                     Qt::CaseInsensitive);
                                 });
    QTest::newRow("NOTCONTAINS") << QJsonObject {
        {QLatin1String("name__NOTCONTAINS"),
         QStringLiteral("gala")}} << Predicate([text](const QJsonObject &l) {
        return !text(l, "name").contains(QLatin1String("gala"), Qt::CaseInsensitive);
    });
    QTest::newRow("BEGINS") << QJsonObject {{QLatin1String("name__BEGINS"), QStringLiteral("acme")}}
                            << Predicate([text](const QJsonObject &l) {
                                   return text(l, "name").startsWith(QLatin1String("Acme"));
                               });
    QTest::newRow("ENDS") << QJsonObject {{QLatin1String("name__ENDS"), QStringLiteral("2026")}}
                          << Predicate([text](const QJsonObject &l) {
                                 return text(l, "name").endsWith(QLatin1String("2026"));
                             });
    QTest::newRow("LESSTHAN number, inclusive")
        << QJsonObject {{QLatin1String("id__LESSTHAN"), 20009}}
        << Predicate(
               [](const QJsonObject &l) { return l.value(QLatin1String("id")).toInt() <= 20009; });
    QTest::newRow("GREATERTHAN number, inclusive")
        << QJsonObject {{QLatin1String("id__GREATERTHAN"), 22490}}
        << Predicate(
               [](const QJsonObject &l) { return l.value(QLatin1String("id")).toInt() >= 22490; });
    QTest::newRow("GREATERTHAN timestamp")
        << QJsonObject {{QLatin1String("createdDate__GREATERTHAN"),
                         QStringLiteral("2026-06-01 00:00:00 UTC")}}
        << Predicate([text](const QJsonObject &l) {
               return text(l, "createdDate") >= QLatin1String("2026-06-01 00:00:00 UTC");
           });
    QTest::newRow("LESSTHAN timestamp")
        << QJsonObject {{QLatin1String("modifiedDate__LESSTHAN"),
                         QStringLiteral("2025-01-01 00:00:00 UTC")}}
        << Predicate([text](const QJsonObject &l) {
               return !text(l, "modifiedDate").isEmpty()
                   && text(l, "modifiedDate") <= QLatin1String("2025-01-01 00:00:00 UTC");
           });
    QTest::newRow("NOT") << QJsonObject {{QLatin1String("stageId__NOT"), 10}}
                         << Predicate([](const QJsonObject &l) {
                                return l.value(QLatin1String("stageId")).toInt() != 10;
                            });
    QTest::newRow("ISNULL") << QJsonObject {{QLatin1String("stageReasonId"),
                                             QStringLiteral("__ISNULL__")}}
                            << Predicate([](const QJsonObject &l) {
                                   return l.value(QLatin1String("stageReasonId")).isNull();
                               });
    QTest::newRow("NOT ISNULL") << QJsonObject {{QLatin1String("company__NOT"),
                                                 QStringLiteral("__ISNULL__")}}
                                << Predicate([](const QJsonObject &l) {
                                       return !l.value(QLatin1String("company")).isNull();
                                   });
    QTest::newRow("EMPTY true") << QJsonObject {{QLatin1String("description__EMPTY"), true}}
                                << Predicate([text](const QJsonObject &l) {
                                       return text(l, "description").isEmpty();
                                   });
    QTest::newRow("EMPTY false") << QJsonObject {{QLatin1String("description__EMPTY"), false}}
                                 << Predicate([text](const QJsonObject &l) {
                                        return !text(l, "description").isEmpty();
                                    });
    QTest::newRow("number as text")
        << QJsonObject {{QLatin1String("qualityId"), QStringLiteral("60")}}
        << Predicate([](const QJsonObject &l) {
               return l.value(QLatin1String("qualityId")).toInt() == 60;
           });
}

void TestSandboxLists::filterModifiers()
{
    using Predicate = std::function<bool(const QJsonObject &)>;
    QFETCH(QJsonObject, filter);
    QFETCH(Predicate, expected);
    QList<qint64> wanted;
    for (const QJsonValue &lead : std::as_const(m_allLeads)) {
        if (expected(lead.toObject()))
            wanted.append(lead.toObject().value(QLatin1String("id")).toInteger());
    }
    QVERIFY2(!wanted.isEmpty() && wanted.size() < 2500, "the filter should split the seed");

    QList<qint64> got;
    for (int start = 0;; start += 100) {
        const auto reply
            = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                   {{QLatin1String("filter"), filter}, {QLatin1String("start"), start}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()
                     .value(QLatin1String("meta"))
                     .toObject()
                     .value(QLatin1String("totalResults"))
                     .toInt(),
                 wanted.size());
        const QJsonArray results = reply.results();
        for (const QJsonValue &lead : results)
            got.append(lead.toObject().value(QLatin1String("id")).toInteger());
        if (results.size() < 100)
            break;
    }
    QCOMPARE(got, wanted);
}

void TestSandboxLists::filtersCombine()
{
    const QJsonObject filter {{QLatin1String("typeId"), 1},
                              {QLatin1String("stageId"), 13},
                              {QLatin1String("name__CONTAINS"), QStringLiteral("a")}};
    const auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                            {{QLatin1String("filter"), filter}});
    QCOMPARE(reply.status, 200);
    int expected = 0;
    for (const QJsonValue &value : std::as_const(m_allLeads)) {
        const QJsonObject lead = value.toObject();
        expected += lead.value(QLatin1String("typeId")).toInt() == 1
                && lead.value(QLatin1String("stageId")).toInt() == 13
                && lead.value(QLatin1String("name"))
                       .toString()
                       .contains(QLatin1String("a"), Qt::CaseInsensitive)
            ? 1
            : 0;
    }
    QVERIFY(expected > 0);
    QCOMPARE(reply.object()
                 .value(QLatin1String("meta"))
                 .toObject()
                 .value(QLatin1String("totalResults"))
                 .toInt(),
             expected);
}

void TestSandboxLists::badFilters_data()
{
    QTest::addColumn<QJsonValue>("filter");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown key") << QJsonValue(
        QJsonObject {{QLatin1String("colour"), QStringLiteral("red")}})
                                 << QStringLiteral("filter.colour");
    QTest::newRow("unknown key with modifier")
        << QJsonValue(QJsonObject {{QLatin1String("colour__BEGINS"), QStringLiteral("r")}})
        << QStringLiteral("filter.colour__BEGINS");
    QTest::newRow("contacts-only extra") << QJsonValue(
        QJsonObject {{QLatin1String("fromModifiedDate"), QStringLiteral("2025-01-01 00:00:00")}})
                                         << QStringLiteral("filter.fromModifiedDate");
    QTest::newRow("not an object")
        << QJsonValue(QStringLiteral("name=x")) << QStringLiteral("filter");
    QTest::newRow("array value") << QJsonValue(
        QJsonObject {{QLatin1String("typeId"), QJsonArray {1, 2}}})
                                 << QStringLiteral("filter.typeId");
    QTest::newRow("EMPTY not a boolean")
        << QJsonValue(QJsonObject {{QLatin1String("description__EMPTY"), QStringLiteral("maybe")}})
        << QStringLiteral("filter.description__EMPTY");
}

void TestSandboxLists::badFilters()
{
    QFETCH(QJsonValue, filter);
    QFETCH(QString, key);
    const auto reply = list(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                            {{QLatin1String("filter"), filter}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QCOMPARE(reply.message(), QLatin1Char('\'') + key + QStringLiteral("' does not validate"));
    QCOMPARE(reply.additionalMessages().size(), 1);
}

void TestSandboxLists::contactExtraFilters()
{
    auto reply
        = list(QStringLiteral("contact"), QStringLiteral("getContactList"),
               {{QLatin1String("filter"), QJsonObject {{QLatin1String("companyId"), 1000}}}});
    QCOMPARE(reply.status, 200);
    QJsonArray results = reply.results();
    QVERIFY(results.size() >= 2);
    for (const QJsonValue &contact : results)
        QVERIFY(contact.toObject().value(QLatin1String("companies")).toArray().contains(1000));

    reply
        = list(QStringLiteral("contact"), QStringLiteral("getContactList"),
               {{QLatin1String("filter"),
                 QJsonObject {
                     {QLatin1String("fromModifiedDate"), QStringLiteral("2025-06-01 00:00:00 UTC")},
                     {QLatin1String("toModifiedDate"), QStringLiteral("2025-08-31 23:59:59")}}}});
    QCOMPARE(reply.status, 200);
    results = reply.results();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &contact : results) {
        const QString modified = contact.toObject().value(QLatin1String("modifiedDate")).toString();
        QVERIFY2(modified >= QLatin1String("2025-06-01") && modified < QLatin1String("2025-09"),
                 qPrintable(modified));
    }

    reply = list(QStringLiteral("contact"), QStringLiteral("getContactList"),
                 {{QLatin1String("filter"),
                   QJsonObject {{QLatin1String("externalId"), QStringLiteral("CRM-5000")}}}});
    QCOMPARE(reply.results().size(), 1);
    QCOMPARE(reply.results().first().toObject().value(QLatin1String("id")).toInt(), 5000);

    reply = list(QStringLiteral("contact"), QStringLiteral("getContactList"),
                 {{QLatin1String("filter"),
                   QJsonObject {{QLatin1String("fromModifiedDate"), QStringLiteral("June")}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.specificCode(), 23016);
    QVERIFY(reply.message().contains(QLatin1String("'filter.fromModifiedDate'")));

    reply = list(QStringLiteral("contact"), QStringLiteral("getContactList"),
                 {{QLatin1String("filter"),
                   QJsonObject {{QLatin1String("companyId"), QStringLiteral("acme")}}}});
    QCOMPARE(reply.specificCode(), 23016);
}

void TestSandboxLists::companyExtraFilters()
{
    const auto reply
        = list(QStringLiteral("contact"), QStringLiteral("getCompanyList"),
               {{QLatin1String("filter"),
                 QJsonObject {
                     {QLatin1String("fromModifiedDate"), QStringLiteral("2025-10-01 00:00:00 UTC")},
                     {QLatin1String("businessName__CONTAINS"), QStringLiteral("e")}}}});
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.results();
    QVERIFY(!results.isEmpty());
    for (const QJsonValue &company : results) {
        QVERIFY(company.toObject().value(QLatin1String("modifiedDate")).toString()
                >= QLatin1String("2025-10-01"));
    }
}

void TestSandboxLists::lookupListsFilterToo()
{
    auto reply
        = list(QStringLiteral("account"), QStringLiteral("getUserList"),
               {{QLatin1String("filter"), QJsonObject {{QLatin1String("currentStatus"), 1}}}});
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &user : reply.results())
        QCOMPARE(user.toObject().value(QLatin1String("currentStatus")).toInt(), 1);
    reply = list(QStringLiteral("account"), QStringLiteral("getIndustryList"),
                 {{QLatin1String("perPage"), 3}, {QLatin1String("start"), 2}});
    QCOMPARE(reply.results().size(), 3);
    reply = list(QStringLiteral("crm"), QStringLiteral("getLeadSourceList"),
                 {{QLatin1String("filter"), QJsonObject {{QLatin1String("isReferral"), true}}}});
    QCOMPARE(reply.results().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxLists)
#include "tst_sandboxlists.moc"
