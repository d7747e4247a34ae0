#include "model/customfieldschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// Importing custom-field definitions: good files load in sortOrder, bad
/// ones are refused with the bad entry named.
class TestCustomFieldSchema : public QObject
{
    Q_OBJECT

private:
    static QJsonArray parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).array();
    }

private Q_SLOTS:
    void readsEveryType()
    {
        QJsonArray defs;
        for (int type = 0; type <= 9; ++type) {
            QJsonObject d {{"fieldId", 100 - type},
                           {"fieldType", type},
                           {"displayName", QString("Field %1").arg(type)},
                           {"isRequired", type == 0},
                           {"isActive", type != 1},
                           {"sortOrder", type}};
            if (type == 2 || type == 3 || type == 9)
                d.insert("selectValues", QJsonObject {{"k1", "One"}, {"k2", "Two"}});
            if (type == 6)
                d.insert("fileTypes", QJsonArray {"images"});
            defs.append(d);
        }
        const auto r = CustomFieldSchema::parse(defs, "schema.json");
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QList<FieldDefinition> fields = r.value();
        QCOMPARE(fields.size(), 10);
        for (int type = 0; type <= 9; ++type) {
            QCOMPARE(fields.at(type).customType, type);
            QCOMPARE(fields.at(type).key, QString("custom:%1").arg(100 - type));
        }
        QVERIFY(fields.at(0).requiredByDefinition);
        QVERIFY(!fields.at(1).active);
        QCOMPARE(fields.at(9).type, FieldType::LargeSelect);
        QCOMPARE(fields.at(9).selectOptions->label("k2"), QString("Two"));
        QVERIFY(fields.at(6).neverSent());
        QVERIFY(fields.at(7).neverSent());
        QVERIFY(!fields.at(6).help.isEmpty());
        // Export gives back what was read.
        const auto again = CustomFieldSchema::parse(CustomFieldSchema::toJson(fields), "export");
        QVERIFY(again.ok());
        QCOMPARE(CustomFieldSchema::toJson(again.value()), CustomFieldSchema::toJson(fields));
    }

    void selectValuesKeepTheOrderOfTheText()
    {
        // QJsonObject would sort these as "a", "b\u00e9", "z"; the text's order is the meaning.
        // Single quotes stand for double ones, for reading.
        const QByteArray text
            = QByteArray(
                  "[{'fieldId': 1, 'fieldType': 0, 'displayName': 'Note', 'selectValues': null},"
                  " {'fieldId': 2, 'fieldType': 2, 'displayName': 'Size',"
                  "  'other': {'y': 1, 'x': [{'q': '}'}]},"
                  "  'selectValues': {'z': 'first', 'b\\u00e9': 'second \\'}\\'', 'a': 'third'}},"
                  " 7,"
                  " {'fieldId': 3, 'fieldType': 3, 'displayName': 'Kinds',"
                  "  'selectValues': {'m': 'one', 'c': 'two'}}]")
                  .replace('\'', '"');
        const QJsonArray ordered
            = CustomFieldSchema::withSelectOrder(QJsonDocument::fromJson(text).array(), text);
        QCOMPARE(ordered.size(), 4);
        auto labels = [](const QJsonValue &entry) {
            QStringList out;
            for (const auto &option : CustomFieldSchema::orderedSelectValues(entry.toObject()))
                out << option.first + "=" + option.second;
            return out;
        };
        QCOMPARE(labels(ordered.at(1)),
                 QStringList({"z=first", QString::fromUtf8("b\xc3\xa9=second \"}\""), "a=third"}));
        QCOMPARE(labels(ordered.at(3)), QStringList({"m=one", "c=two"}));
        QJsonArray schema = ordered;
        schema.removeAt(2);
        const auto parsed = CustomFieldSchema::parse(schema, "test");
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed.value().at(1).selectOptions->items().first().first, QString("z"));
        // Keys the order does not name (an older file) follow in key order; none is lost.
        QJsonObject partial = ordered.at(1).toObject();
        partial.insert("selectValuesOrder", QJsonArray {"a", "nope"});
        QCOMPARE(labels(partial).size(), 3);
        QCOMPARE(labels(partial).first(), QString("a=third"));
    }

    void textThatIsNotAListGivesNoOrder()
    {
        const QJsonArray none;
        QCOMPARE(CustomFieldSchema::withSelectOrder(none, "{\"a\": 1}"), none);
        // Cut short: the entries before the cut keep their order.
        const QByteArray cut
            = QByteArray("[{'selectValues': {'b': '1', 'a': '2'}}, {'selectValues': {'d'")
                  .replace('\'', '"');
        const QJsonArray entries {
            QJsonObject {{"selectValues", QJsonObject {{"b", "1"}, {"a", "2"}}}},
            QJsonObject {{"selectValues", QJsonObject {{"d", "3"}}}},
        };
        const QJsonArray ordered = CustomFieldSchema::withSelectOrder(entries, cut);
        QCOMPARE(ordered.at(0).toObject().value("selectValuesOrder"),
                 QJsonValue(QJsonArray({"b", "a"})));
        QVERIFY(!ordered.at(1).toObject().contains("selectValuesOrder"));
    }

    void sortsBySortOrder()
    {
        const auto r = CustomFieldSchema::parse(
            parse("[{\"fieldId\":1,\"fieldType\":0,\"displayName\":\"B\",\"sortOrder\":2},"
                  "{\"fieldId\":2,\"fieldType\":0,\"displayName\":\"A\",\"sortOrder\":1}]"),
            "f");
        QVERIFY(r.ok());
        QCOMPARE(r.value().first().label, QString("A"));
    }

    void namesTheBadEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const QByteArray ok = "{\"fieldId\":1,\"fieldType\":0,\"displayName\":\"Fine\"},";
        QTest::newRow("unknown type")
            << ok + "{\"fieldId\":2,\"fieldType\":12,\"displayName\":\"Odd\"}"
            << "entry 2 (fieldId 2, 'Odd'): unknown fieldType 12";
        QTest::newRow("duplicate id")
            << ok + "{\"fieldId\":1,\"fieldType\":0,\"displayName\":\"Again\"}"
            << "entry 2 (fieldId 1, 'Again'): duplicate fieldId 1";
        QTest::newRow("select without values")
            << ok + "{\"fieldId\":3,\"fieldType\":2,\"displayName\":\"Room\"}"
            << "entry 2 (fieldId 3, 'Room'): a Single Select field needs selectValues";
        QTest::newRow("large select with empty values")
            << ok + "{\"fieldId\":3,\"fieldType\":9,\"displayName\":\"City\",\"selectValues\":{}}"
            << "needs selectValues";
        QTest::newRow("missing name") << ok + "{\"fieldId\":4,\"fieldType\":0}"
                                      << "entry 2 (fieldId 4): displayName is missing";
        QTest::newRow("id not a number")
            << ok + "{\"fieldId\":\"x\",\"fieldType\":0,\"displayName\":\"X\"}"
            << "fieldId must be a positive whole number";
        QTest::newRow("not an object") << ok + "42"
                                       << "entry 2: not a JSON object";
        QTest::newRow("bad flag") << ok
                + "{\"fieldId\":5,\"fieldType\":0,\"displayName\":\"X\",\"isRequired\":\"yes\"}"
                                  << "isRequired must be true or false";
    }

    void namesTheBadEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto r = CustomFieldSchema::parse(parse("[" + json + "]"), "lead-schema.json");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
        QVERIFY(r.error().startsWith("lead-schema.json, entry"));
    }
};

QTEST_GUILESS_MAIN(TestCustomFieldSchema)
#include "tst_customfieldschema.moc"
