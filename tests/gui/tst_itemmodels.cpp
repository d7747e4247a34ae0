#include "dialogs/schematablemodel.h"
#include "fields/selectoptionsmodel.h"
#include "model/fielddefinition.h"
#include "model/recordmodel.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/recordbrowsermodel.h"
#include "support/testcatalog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject definition(int id, int type, const QString &name)
{
    return QJsonObject {{"fieldId", id},       {"fieldType", type}, {"displayName", name},
                        {"isRequired", false}, {"isActive", true},  {"sortOrder", id}};
}
} // namespace

/// Every item model of the model layer and the widgets that views show runs
/// under QAbstractItemModelTester through the changes a session makes: each
/// signal it emits must describe the change it made (STYLE.md habit 15).
class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordModelThroughAFormsLife()
    {
        RecordModel lead(RecordKind::Lead, testCatalog());
        Tester tester(&lead, kReport);
        Tester contactTester(lead.nestedContact(), kReport);
        Tester companyTester(lead.nestedCompany(), kReport);

        // The roles DESIGN.md names, as views find them.
        const QHash<int, QByteArray> roles = lead.roleNames();
        for (const char *role : {"key", "label", "fieldType", "value", "options", "required",
                                 "error", "visible", "readOnly"})
            QVERIFY2(roles.values().contains(role), role);

        const QModelIndex name = lead.index(lead.rowOf("name"));
        QVERIFY(lead.setData(name, "Gala", RecordModel::ValueRole));
        QCOMPARE(name.data(RecordModel::ValueRole).toString(), QString("Gala"));
        QVERIFY(!lead.setData(lead.index(lead.rowOf("custom:7")), "plan.png"));
        lead.setValue("typeId", 1);
        lead.setValue("subtypeId", 11);
        lead.setValue("typeId", 3); // the subtype goes
        QVERIFY(lead.index(lead.rowOf("subtypeId")).data(RecordModel::ValueRole).isNull());
        QCOMPARE(lead.index(lead.rowOf("typeId")).data(RecordModel::OptionsRole).toList().size(),
                 int(lead.lookupOptions("typeId").size()));
        lead.setShowMissing(true);
        lead.setValue("newContact", true);
        lead.nestedContact()->setValue("email", "ivy@example.com");
        lead.applyPlatformMessages("invalid",
                                   {"'sourceId' 9 does not exist", "'contact.email' taken"});
        const QJsonObject draft = lead.draftState();
        lead.loadBody({{"name", "Loaded"}, {"contact", QJsonObject {{"firstName", "Ann"}}}});
        lead.loadRecord(763, {{"name", "Existing"}, {"sourceId", 100}});
        lead.setValue("name", "Changed");
        lead.markSaved();
        lead.rebase({{"name", "Theirs"}, {"sourceId", 101}}, {});
        lead.setCatalog(LookupCatalog::build({}, QJsonArray {definition(1, 0, "Event")}));
        lead.restoreDraft(draft);
        lead.setCatalog(testCatalog());
        lead.clear();
        QCOMPARE(lead.rowCount(), int(lead.fields().size()));
    }

    void selectOptionsModel()
    {
        QList<QPair<QString, QString>> values;
        for (int i = 0; i < 500; ++i)
            values.append({QString("k%1").arg(i), QString("Value %1").arg(i)});
        SelectOptionsModel model(std::make_shared<const SelectOptions>(values));
        Tester tester(&model, kReport);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.index(7, 0).data(SelectOptionsModel::KeyRole).toString(), QString("k7"));
        SelectOptionsModel empty(nullptr);
        Tester emptyTester(&empty, kReport);
        QCOMPARE(empty.rowCount(), 0);
    }

    void schemaTableModelThroughAnAdminsEdits()
    {
        SchemaTableModel model;
        Tester tester(&model, kReport);
        model.setDefinitions(QJsonArray {definition(1, 0, "Event"), definition(2, 2, "Room"),
                                         definition(3, 8, "Guests")});
        const int added = model.addField();
        QVERIFY(model.setData(model.index(added, SchemaTableModel::NameColumn), "Budget"));
        QVERIFY(model.setData(model.index(added, SchemaTableModel::TypeColumn), 2));
        QVERIFY(model.setData(model.index(added, SchemaTableModel::RequiredColumn), Qt::Checked,
                              Qt::CheckStateRole));
        model.setSelectValues(added, {{"s", "Small"}, {"l", "Large"}});
        QVERIFY(model.moveField(added, -1));
        model.removeField(0);
        QCOMPARE(model.rowCount(), 3);
        model.setDefinitions(QJsonArray());
        QCOMPARE(model.rowCount(), 0);
    }

    void recordBrowserModelAgainstTheSandbox()
    {
        SandboxServer sandbox;
        QVERIFY(sandbox.start());
        PlatformClient client;
        QCOMPARE(client.configure(sandbox.baseUrl().toString(), SandboxServer::defaultApiKey(),
                                  SandboxServer::defaultApiSecret().toUtf8()),
                 QString());
        RecordBrowserModel model(&client, "lead");
        Tester tester(&model, kReport);
        auto idle = [&model] {
            return QTest::qWaitFor(
                [&model] { return !model.isLoading() && model.totalCount() >= 0; }, 15000);
        };
        model.reload();
        QVERIFY(idle());
        QVERIFY(model.rowCount() > 0);
        model.fetchMore(QModelIndex());
        QVERIFY(idle());
        model.sort(model.columnIndex(RecordBrowserModel::Column::Name), Qt::DescendingOrder);
        QVERIFY(idle());
        model.setFilterText("a");
        model.applyFilterNow();
        QVERIFY(idle());
        model.sort(-1);
        model.reload();
        QVERIFY(idle());
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
