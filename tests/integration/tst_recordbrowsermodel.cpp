#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/recordbrowsermodel.h"

#include <QCollator>
#include <QSignalSpy>
#include <QTest>

using Column = RecordBrowserModel::Column;

/// The browser model against the in-process sandbox (2,500 seeded leads):
/// pages come by start/perPage only as asked for, filters go to the
/// platform, the newest filter wins, sorts are honest about what is loaded.
class TestRecordBrowserModel : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    PlatformClient *m_client = nullptr;

    QList<SandboxServer::Call> listCalls(const QString &action = "getLeadList") const
    {
        QList<SandboxServer::Call> found;
        const auto calls = m_sandbox->calls();
        for (const SandboxServer::Call &call : calls) {
            if (call.action == action)
                found.append(call);
        }
        return found;
    }

    static QList<int> starts(const QList<SandboxServer::Call> &calls)
    {
        QList<int> values;
        for (const SandboxServer::Call &call : calls)
            values << call.body.value("start").toInt(-1);
        return values;
    }

    static bool waitIdle(RecordBrowserModel &model, int timeout = 15000)
    {
        // Loading starts on the next turn of the event loop when a filter waits.
        QTest::qWait(0);
        return QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() >= 0; },
                               timeout);
    }

    /// Until the pause after typing `text` is over and its first page is in.
    static bool waitFiltered(RecordBrowserModel &model, const QString &text)
    {
        return QTest::qWaitFor(
            [&] {
                return model.filterText() == text && !model.isLoading() && model.totalCount() >= 0;
            },
            15000);
    }

    /// What a view does while the admin scrolls down to `row`.
    static bool scrollTo(RecordBrowserModel &model, int row)
    {
        while (model.rowCount() <= row && model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            if (!waitIdle(model))
                return false;
        }
        return model.rowCount() > row;
    }

    QStringList column(const RecordBrowserModel &model, Column which) const
    {
        QStringList texts;
        const int section = model.columnIndex(which);
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, section).data().toString();
        return texts;
    }

    int seededLeadsNamed(const QString &part) const
    {
        int count = 0;
        for (qint64 id = 20000; id < 20000 + m_sandbox->leadCount(); ++id) {
            if (m_sandbox->lead(id).value("name").toString().contains(part, Qt::CaseInsensitive))
                ++count;
        }
        return count;
    }

    static bool isSorted(const QStringList &texts, Qt::SortOrder order)
    {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int i = 1; i < texts.size(); ++i) {
            const int c = collator.compare(texts.at(i - 1), texts.at(i));
            if (order == Qt::AscendingOrder ? c > 0 : c < 0)
                return false;
        }
        return true;
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
        m_client->setTransferTimeout(5000);
    }

    void cleanup()
    {
        delete m_client;
        m_client = nullptr;
        delete m_sandbox;
        m_sandbox = nullptr;
    }

    void firstPageIsOneHundredOfAll()
    {
        RecordBrowserModel model(m_client, "lead");
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QString("Company or contact"));
        QSignalSpy loading(&model, &RecordBrowserModel::loadingChanged);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(waitIdle(model));
        QCOMPARE(loading.size(), 2);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 2500);
        QVERIFY(model.canFetchMore(QModelIndex()));

        const auto calls = listCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().nameSpace, QString("crm"));
        QCOMPARE(calls.first().body.value("start").toInt(), 0);
        QCOMPARE(calls.first().body.value("perPage").toInt(), 100);
        QVERIFY(!calls.first().body.contains("filter"));

        // Names, not ids, where the list gives them.
        const QJsonObject lead = model.record(0);
        QCOMPARE(model.recordId(0), 20000);
        QCOMPARE(lead, m_sandbox->lead(20000));
        QCOMPARE(model.index(0, model.columnIndex(Column::Stage)).data().toString(),
                 lead.value("stageName").toString());
        QCOMPARE(model.index(0, model.columnIndex(Column::Type)).data().toString(),
                 lead.value("type").toString());
        const QJsonObject owner = lead.value("ownerUser").toObject();
        QCOMPARE(model.index(0, model.columnIndex(Column::Owner)).data().toString(),
                 owner.value("firstName").toString() + " " + owner.value("lastName").toString());
        const QString party
            = model.index(0, model.columnIndex(Column::CompanyOrContact)).data().toString();
        QVERIFY(!party.isEmpty());
        if (lead.value("company").isObject())
            QCOMPARE(party, lead.value("company").toObject().value("businessName").toString());
        QCOMPARE(model.index(0, 0).data(RecordBrowserModel::RecordIdRole).toLongLong(), 20000);
    }

    void scrollingLoadsOnlyThePagesNeeded()
    {
        RecordBrowserModel model(m_client, "lead");
        QVERIFY(scrollTo(model, 350));
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.recordId(350), 20350);
        const auto calls = listCalls();
        qInfo("scrolling to row 350 requested %d pages, start = %s", int(calls.size()),
              qPrintable([&] {
                  QStringList s;
                  for (int v : starts(calls))
                      s << QString::number(v);
                  return s.join(",");
              }()));
        QCOMPARE(calls.size(), 4);
        QCOMPARE(starts(calls), QList<int>({0, 100, 200, 300}));
        for (const auto &call : calls)
            QCOMPARE(call.body.value("perPage").toInt(), 100);

        // A view asking twice while a page is on its way asks the platform once.
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(model));
        QCOMPARE(listCalls().size(), 5);
        QCOMPARE(model.rowCount(), 500);

        // To the end, and not one request more.
        QVERIFY(scrollTo(model, 2499));
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QTest::qWait(50);
        QCOMPARE(listCalls().size(), 25);
    }

    void filterGoesToThePlatform()
    {
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(waitIdle(model));
        m_sandbox->clearCalls();
        model.setFilterText("gala");
        QVERIFY(!model.canFetchMore(QModelIndex())); // a new filter is coming
        QVERIFY(waitFiltered(model, "gala"));
        const auto calls = listCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().body.value("filter").toObject(),
                 QJsonObject({{"name__CONTAINS", "gala"}}));
        QCOMPARE(calls.first().body.value("start").toInt(), 0);
        const int expected = seededLeadsNamed("gala");
        QVERIFY(expected > 0);
        QCOMPARE(model.totalCount(), expected);
        QVERIFY(scrollTo(model, expected - 1));
        for (const QString &name : column(model, Column::Name))
            QVERIFY2(name.contains("gala", Qt::CaseInsensitive), qPrintable(name));
        QCOMPARE(model.filterText(), QString("gala"));

        // Cleared: every lead again.
        model.setFilterText("  ");
        QVERIFY(waitIdle(model));
        QTRY_COMPARE(model.totalCount(), 2500);
        QVERIFY(!listCalls().last().body.contains("filter"));
    }

    void typingQuicklySendsOnlyTheLastFilter()
    {
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(waitIdle(model));
        m_sandbox->clearCalls();
        for (const char *text : {"c", "ch", "cha", "char", "chari", "charity"}) {
            model.setFilterText(QString::fromLatin1(text));
            QTest::qWait(40); // a quick typist: well under the pause
        }
        QVERIFY(waitFiltered(model, "charity"));
        const auto calls = listCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().body.value("filter").toObject().value("name__CONTAINS").toString(),
                 QString("charity"));
        QCOMPARE(model.totalCount(), seededLeadsNamed("charity"));

        // A newer filter while the older one is on its way: only the newer one is shown.
        model.setFilterText("gala");
        model.applyFilterNow();
        QVERIFY(model.isLoading());
        model.setFilterText("wedding");
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        QTest::qWait(100); // a late answer to the older request would land now
        QCOMPARE(model.filterText(), QString("wedding"));
        QCOMPARE(model.totalCount(), seededLeadsNamed("wedding"));
        for (const QString &name : column(model, Column::Name))
            QVERIFY2(name.contains("wedding", Qt::CaseInsensitive), qPrintable(name));
    }

    void sortWithEverythingLoadedSortsLocally()
    {
        RecordBrowserModel model(m_client, "lead");
        model.setFilterText("gala");
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        QVERIFY(scrollTo(model, model.totalCount() - 1));
        QVERIFY(model.allLoaded());
        const int requests = int(listCalls().size());
        const int nameColumn = model.columnIndex(Column::Name);

        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QPersistentModelIndex selected = model.index(5, nameColumn);
        const qint64 selectedId = model.recordId(5);
        model.sort(nameColumn, Qt::AscendingOrder);
        QCOMPARE(layout.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(int(listCalls().size()), requests);
        QVERIFY(isSorted(column(model, Column::Name), Qt::AscendingOrder));
        QCOMPARE(model.recordId(selected.row()), selectedId); // the selection follows
        QVERIFY(model.currentNotice().isEmpty());

        model.sort(nameColumn, Qt::DescendingOrder);
        QVERIFY(isSorted(column(model, Column::Name), Qt::DescendingOrder));
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(model.recordId(0) > model.recordId(1));
        model.sort(-1);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.recordId(row - 1) < model.recordId(row));
        QCOMPARE(int(listCalls().size()), requests);
    }

    void sortLoadsTheRestFirstWhenItFits()
    {
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        m_sandbox->clearCalls();
        QSignalSpy progress(&model, &RecordBrowserModel::progress);
        QSignalSpy loading(&model, &RecordBrowserModel::loadingChanged);
        model.sort(model.columnIndex(Column::Name), Qt::AscendingOrder);
        QVERIFY(model.isLoading());
        QVERIFY(waitIdle(model, 60000));
        QCOMPARE(loading.size(), 2); // one busy stretch, not one per page
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(progress.size() >= 24);
        QCOMPARE(progress.last().at(0).toInt(), 2500);
        QCOMPARE(progress.last().at(1).toInt(), 2500);
        const auto calls = listCalls();
        QCOMPARE(calls.size(), 24);
        QCOMPARE(calls.first().body.value("start").toInt(), 100);
        QCOMPARE(calls.last().body.value("start").toInt(), 2400);
        QVERIFY(isSorted(column(model, Column::Name), Qt::AscendingOrder));

        // By modified date (the platform's timestamps), newest first.
        model.sort(model.columnIndex(Column::Modified), Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.record(row - 1).value("modifiedDate").toString()
                    >= model.record(row).value("modifiedDate").toString());
        QCOMPARE(listCalls().size(), 24);
    }

    void sortAboveTheLimitSaysItSortedOnlyTheLoaded()
    {
        RecordBrowserModel model(m_client, "lead");
        model.setSortLoadLimit(1000); // as 5,000 is to a bigger account
        model.reload();
        QVERIFY(waitIdle(model));
        QVERIFY(scrollTo(model, 150));
        m_sandbox->clearCalls();
        QSignalSpy notice(&model, &RecordBrowserModel::notice);
        model.sort(model.columnIndex(Column::Name), Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(notice.size(), 1);
        QCOMPARE(notice.first().first().toString(),
                 QString("Sorted among the 200 loaded; narrow the search to sort all"));
        QVERIFY(isSorted(column(model, Column::Name), Qt::AscendingOrder));
        QCOMPARE(listCalls().size(), 0);
        // The next page joins the sort, and the notice says how many now.
        QVERIFY(scrollTo(model, 250));
        QVERIFY(isSorted(column(model, Column::Name), Qt::AscendingOrder));
        QVERIFY(model.currentNotice().contains("300"));
        QCOMPARE(listCalls().size(), 1);
    }

    void companiesBrowseAndFilter()
    {
        RecordBrowserModel model(m_client, "company");
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QString("Business name"));
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.totalCount(), 22);
        QCOMPARE(model.rowCount(), 22);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        const QJsonObject acme = m_sandbox->company(1000);
        QCOMPARE(model.index(0, model.columnIndex(Column::BusinessName)).data().toString(),
                 acme.value("businessName").toString());
        QCOMPARE(model.index(0, model.columnIndex(Column::Industry)).data().toString(),
                 acme.value("industry").toObject().value("name").toString());

        const QString part = acme.value("businessName").toString().left(4).toLower();
        model.setFilterText(part);
        QVERIFY(waitFiltered(model, part));
        const auto calls = listCalls("getCompanyList");
        QCOMPARE(calls.last().nameSpace, QString("contact"));
        QCOMPARE(calls.last().body.value("filter").toObject(),
                 QJsonObject({{"businessName__CONTAINS", part}}));
        QVERIFY(model.rowCount() >= 1 && model.rowCount() < 22);
        QVERIFY(model.rowOf(1000) >= 0);
        for (const QString &name : column(model, Column::BusinessName))
            QVERIFY(name.contains(part, Qt::CaseInsensitive));
    }

    void contactsBrowseAndFilter()
    {
        RecordBrowserModel model(m_client, "contact");
        QCOMPARE(model.columnCount(), 6);
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.totalCount(), 60);
        const QJsonObject ava = m_sandbox->contact(5000);
        QCOMPARE(model.index(0, model.columnIndex(Column::ContactName)).data().toString(),
                 ava.value("firstName").toString() + " " + ava.value("lastName").toString());
        QCOMPARE(model.index(0, model.columnIndex(Column::Companies)).data().toString(),
                 m_sandbox->company(1000).value("businessName").toString());

        // An address: the email filter.
        const QString email = ava.value("email").toString();
        model.setFilterText(email);
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        QCOMPARE(listCalls("getContactList").last().body.value("filter").toObject(),
                 QJsonObject({{"email__CONTAINS", email}}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordId(0), 5000);

        // A last name.
        const QString last = ava.value("lastName").toString();
        model.setFilterText(last);
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        QCOMPARE(listCalls("getContactList").last().body.value("filter").toObject(),
                 QJsonObject({{"lastName__CONTAINS", last}}));
        QVERIFY(model.rowOf(5000) >= 0);

        // A first name no last name contains: the first-name filter follows.
        const QJsonObject yuki = m_sandbox->contact(5050);
        const QString first = yuki.value("firstName").toString();
        m_sandbox->clearCalls();
        model.setFilterText(first);
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        const auto calls = listCalls("getContactList");
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).body.value("filter").toObject(),
                 QJsonObject({{"lastName__CONTAINS", first}}));
        QCOMPARE(calls.at(1).body.value("filter").toObject(),
                 QJsonObject({{"firstName__CONTAINS", first}}));
        QVERIFY(model.rowOf(5050) >= 0);
        QCOMPARE(model.currentFilter(), QJsonObject({{"firstName__CONTAINS", first}}));

        // First and last name.
        model.setFilterText(first + " " + yuki.value("lastName").toString());
        model.applyFilterNow();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordId(0), 5050);
    }

    void platformErrorKeepsTheRows()
    {
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 100);
        QSignalSpy failed(&model, &RecordBrowserModel::loadFailed);
        delete m_sandbox; // the platform goes away
        m_sandbox = nullptr;
        model.fetchMore(QModelIndex());
        QVERIFY(failed.wait(15000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(model.lastError(), failed.first().first().toString());
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.recordId(99), 20099);
        QVERIFY(!model.isLoading());
        // No endless retries from a view: only an explicit retry asks again.
        QVERIFY(!model.canFetchMore(QModelIndex()));

        // Credentials refused: said in words too.
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->start());
        m_client->configure(m_sandbox->baseUrl().toString(), "wrong-key", "wrong-secret");
        model.retry();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.last().first().toString().contains("refused"),
                 qPrintable(failed.last().first().toString()));
        QCOMPARE(model.rowCount(), 100);

        // Back: the retry picks up at the next page.
        m_client->configure(m_sandbox->baseUrl().toString(), SandboxServer::defaultApiKey(),
                            SandboxServer::defaultApiSecret().toUtf8());
        m_sandbox->clearCalls();
        model.retry();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(starts(listCalls()), QList<int>({100}));
    }
};

QTEST_GUILESS_MAIN(TestRecordBrowserModel)
#include "tst_recordbrowsermodel.moc"
