#include "dialogs/schematablemodel.h"
#include "fields/selectoptionsmodel.h"
#include "model/fielddefinition.h"
#include "model/recordmodel.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/outbox.h"
#include "services/outboxlistmodel.h"
#include "services/recordbrowsermodel.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/testcatalog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

QJsonObject definition(int id, int type, const QString &name)
{
    return QJsonObject {{"fieldId", id},       {"fieldType", type}, {"displayName", name},
                        {"isRequired", false}, {"isActive", true},  {"sortOrder", id}};
}
/// An outbox on a store of its own, with a client that is never started: nothing is sent.
class OutboxFixture
{
public:
    bool open()
    {
        if (!m_db.open(m_dir.filePath(QStringLiteral("outbox.sqlite"))))
            return false;
        m_store = std::make_unique<OutboxStore>(&m_db);
        m_outbox = std::make_unique<Outbox>(&m_client, m_store.get(), QStringLiteral("Expo"));
        return true;
    }
    /// Queues `count` leads "Badge scan 0" … in that order.
    bool queue(int count)
    {
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("Badge scan %1").arg(ids.size());
            const auto id = m_outbox->queue(0, QStringLiteral("lead"), name, {},
                                            QJsonObject {{QStringLiteral("name"), name}});
            if (!id)
                return false;
            ids << id.value();
        }
        return true;
    }
    /// What the outbox says when ids[index] went out as platform record `recordId`.
    void announceSent(int index, qint64 recordId)
    {
        OutboxItem item;
        item.id = ids.at(index);
        item.kind = QStringLiteral("lead");
        item.title = QStringLiteral("Badge scan %1").arg(index);
        Q_EMIT m_outbox->itemChanged(OutboxChange::of(
            item, OutboxItem::State::Sent, QDateTime::currentDateTimeUtc(), {}, {}, {}, recordId));
    }

    QList<qint64> ids;
    Outbox &outbox() { return *m_outbox; }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<OutboxStore> m_store;
    PlatformClient m_client;
    std::unique_ptr<Outbox> m_outbox;
};
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

    /// A rep back from a trade show: 450 waiting items. The panel reads a page at a time as it
    /// scrolls, its counts stay exact, and changes to rows not read yet only move the counts.
    /// (Not under the tester: it fetches every page as soon as rows change.)
    void outboxListModelPagesThroughThousands()
    {
        OutboxFixture box;
        QVERIFY(box.open());
        constexpr int kWaiting = 450;
        QVERIFY(box.queue(kWaiting));
        const QList<qint64> &ids = box.ids;
        OutboxListModel model;
        model.setOutbox(&box.outbox());
        QCOMPARE(model.rowCount(), OutboxListModel::kPage);
        QCOMPARE(model.count(OutboxItem::State::Queued), kWaiting);
        QCOMPARE(model.entryAt(0)->id, ids.last());
        QVERIFY(model.canFetchMore({}));

        // The oldest, not read yet: deleting it moves the count, not the rows; undo likewise.
        auto removed = box.outbox().remove(ids.first());
        QVERIFY(removed);
        QCOMPARE(model.count(OutboxItem::State::Queued), kWaiting - 1);
        QCOMPARE(model.rowCount(), OutboxListModel::kPage);
        QVERIFY(box.outbox().restore(removed.value()));
        QCOMPARE(model.count(OutboxItem::State::Queued), kWaiting);
        QCOMPARE(model.rowCount(), OutboxListModel::kPage);

        // Scrolling to the end reads the rest, in order, the restored one last.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kWaiting);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entryAt(row - 1)->id > model.entryAt(row)->id);
        QCOMPARE(model.entryAt(kWaiting - 1)->id, ids.first());

        // An item not read yet goes out: it heads the recently sent, below what waits.
        model.reload();
        box.announceSent(0, 4000);
        QCOMPARE(model.count(OutboxItem::State::Queued), kWaiting - 1);
        QCOMPARE(model.rowCount(), OutboxListModel::kPage + 1);
        QCOMPARE(model.entryAt(OutboxListModel::kPage)->recordId, qint64(4000));
    }

    /// The same panel list under the tester, through what a session does to it: items queued,
    /// deleted and brought back, sent, and a new draft.
    void outboxListModelThroughAFlush()
    {
        OutboxFixture box;
        QVERIFY(box.open());
        constexpr int kWaiting = 40;
        OutboxListModel model;
        Tester tester(&model, kReport);
        model.setOutbox(&box.outbox());
        QVERIFY(box.queue(kWaiting));
        QCOMPARE(model.rowCount(), kWaiting);
        auto removed = box.outbox().remove(box.ids.at(10));
        QVERIFY(removed);
        QVERIFY(box.outbox().restore(removed.value()));
        QCOMPARE(model.rowCount(), kWaiting);
        model.reload();
        QCOMPARE(model.rowCount(), kWaiting);
        QCOMPARE(model.entryAt(kWaiting - 1 - 10)->id, box.ids.at(10));

        // Seven go out: they leave what waits; the five newest sent stay below it.
        for (int i = 0; i < 7; ++i)
            box.announceSent(kWaiting - 1 - i, 5000 + i);
        QCOMPARE(model.count(OutboxItem::State::Queued), kWaiting - 7);
        QCOMPARE(model.count(OutboxItem::State::Sent), OutboxListModel::kRecentSent);
        QCOMPARE(model.rowCount(), kWaiting - 7 + OutboxListModel::kRecentSent);
        const OutboxEntry *newestSent = model.entryAt(kWaiting - 7);
        QCOMPARE(newestSent->recordId, qint64(5006));
        QCOMPARE(newestSent->title, QStringLiteral("Badge scan %1").arg(kWaiting - 7));

        // A new draft heads the list at once.
        const auto draft
            = box.outbox().saveDraft(0, QStringLiteral("lead"), QStringLiteral("At the stand"), {});
        QVERIFY(draft);
        QCOMPARE(model.entryAt(0)->id, draft.value());
        QCOMPARE(model.count(OutboxItem::State::Draft), 1);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
