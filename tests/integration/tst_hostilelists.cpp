#include "platform/platformclient.h"
#include "services/lookupfetcher.h"
#include "services/recordbrowsermodel.h"
#include "services/recordsearch.h"
#include "support/faultserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using Action = FaultServer::Action;

namespace {
/// Resets this process's peak resident memory (Linux 4.0+), so the next reading is this case's.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QByteArray page(int firstId, int count, int itemBytes, int total)
{
    QJsonArray results;
    for (int i = 0; i < count; ++i)
        results.append(QJsonObject {{"id", firstId + i},
                                    {"name", QString(itemBytes, QLatin1Char('x'))},
                                    {"firstName", "Ann"},
                                    {"lastName", QStringLiteral("Lee %1").arg(firstId + i)}});
    return QJsonDocument(
               QJsonObject {{"meta", QJsonObject {{"totalResults", total}, {"count", count}}},
                            {"results", results}})
        .toJson(QJsonDocument::Compact);
}

int startOf(const FaultServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value("start").toInt();
}
} // namespace

/// Paged lists from a platform that lies about its totals, repeats its pages or sends pages
/// of megabytes: the record browser, the lookup fetcher and the contact search stop, say so,
/// and stay within the memory budget (each case's peak is printed; this process also runs the
/// server, so the figure is an upper bound).
class TestHostileLists : public QObject
{
    Q_OBJECT

private:
    FaultServer *m_server = nullptr;
    PlatformClient *m_client = nullptr;

    /// What a view does while someone scrolls to the end; false when it never ends.
    static bool scrollToTheEnd(RecordBrowserModel &model, int maxPages = 400)
    {
        for (int pages = 0; pages < maxPages; ++pages) {
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
                return false;
            if (!model.canFetchMore(QModelIndex()))
                return true;
            model.fetchMore(QModelIndex());
        }
        return false;
    }

    static void report(const char *what, int rows, int requests)
    {
        qInfo("%s: %d rows from %d requests, peak RSS %.1f MB", what, rows, requests,
              peakRssKb() / 1024.0);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FaultServer(this);
        QVERIFY(m_server->start());
        m_client = new PlatformClient(this);
        QCOMPARE(m_client->configure(m_server->url(), "key-1", "secret-1"), QString());
        resetPeakRss();
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void browserEndsAtARepeatedPage()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, page(1, 100, 20, 1000000));
        });
        RecordBrowserModel model(m_client, "contact");
        QAbstractItemModelTester tester(&model);
        QSignalSpy notices(&model, &RecordBrowserModel::notice);
        model.reload();
        QVERIFY(scrollToTheEnd(model));
        report("repeated page", model.rowCount(), int(m_server->requests().size()));
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.isCutShort());
        QVERIFY2(model.currentNotice().contains("already shown"),
                 qPrintable(model.currentNotice()));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void browserStopsAtTheByteCap()
    {
        // 4 MB pages of new records, and a total that never runs out.
        m_server->setHandler([](const FaultServer::Request &request, int) {
            return Action::json(200, page(startOf(request) + 1, 100, 40 * 1024, 1000000));
        });
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(scrollToTheEnd(model));
        report("4 MB pages", model.rowCount(), int(m_server->requests().size()));
        QVERIFY(model.isCutShort());
        QVERIFY(model.rowCount() <= 500);
        QVERIFY2(model.currentNotice().contains("16 MB"), qPrintable(model.currentNotice()));
        QVERIFY(peakRssKb() < 200 * 1024);
    }

    void browserStopsAtMaxRows()
    {
        m_server->setHandler([](const FaultServer::Request &request, int) {
            return Action::json(200, page(startOf(request) + 1, 100, 10, 1000000));
        });
        RecordBrowserModel model(m_client, "company");
        model.reload();
        QVERIFY(scrollToTheEnd(model, 200));
        report("endless small pages", model.rowCount(), int(m_server->requests().size()));
        QCOMPARE(model.rowCount(), RecordBrowserModel::MaxRows);
        QVERIFY2(model.currentNotice().contains("narrow the search"),
                 qPrintable(model.currentNotice()));
        // A sort now works on what is there, and keeps saying why that is not everything.
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.recordId(0), RecordBrowserModel::MaxRows);
        QVERIFY(model.currentNotice().contains("narrow the search"));
    }

    void sortLoadingEverythingStopsAtTheByteCap()
    {
        // A total small enough for a sort to load it all, in pages of 4 MB.
        m_server->setHandler([](const FaultServer::Request &request, int) {
            return Action::json(200, page(startOf(request) + 1, 100, 40 * 1024, 4000));
        });
        RecordBrowserModel model(m_client, "lead");
        model.reload();
        QVERIFY(QTest::qWaitFor([&] { return model.totalCount() >= 0 && !model.isLoading(); }));
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000));
        report("sort over 4 MB pages", model.rowCount(), int(m_server->requests().size()));
        QVERIFY(model.isCutShort());
        QVERIFY(model.rowCount() < 4000);
        QVERIFY(model.currentNotice().contains("16 MB"));
        QVERIFY(peakRssKb() < 200 * 1024);
    }

    void searchKeepsWhatItAskedFor()
    {
        m_server->setHandler([](const FaultServer::Request &, int) {
            return Action::json(200, page(1, 5000, 10, 5000));
        });
        RecordSearch search(m_client, nullptr, "p");
        QSignalSpy ready(&search, &RecordSearch::resultsReady);
        search.search("contact", "Lee");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20000);
        const auto records = ready.last().at(2).value<QList<QJsonObject>>();
        QCOMPARE(records.size(), 20);
    }

    void lookupFetcherFailsWholeAtTheListCap()
    {
        m_server->setHandler([](const FaultServer::Request &request, int) {
            if (request.target.contains("CustomFieldDefinition"))
                return Action::json(200, "[]");
            return Action::json(200, page(startOf(request) + 1, 100, 40 * 1024, 1000000));
        });
        LookupFetcher fetcher(m_client);
        QSignalSpy finished(&fetcher, &LookupFetcher::finished);
        fetcher.start();
        QVERIFY(finished.wait(60000));
        report("lookups in 4 MB pages", 0, int(m_server->requests().size()));
        const PlatformError error = finished.first().first().value<PlatformError>();
        QCOMPARE(error.kind, PlatformError::Kind::Malformed);
        QVERIFY2(error.message.contains("types") && error.message.contains("8 MB"),
                 qPrintable(error.message));
        QVERIFY(m_server->requests().size() <= 3);
        QVERIFY(peakRssKb() < 200 * 1024);
    }

    void lookupFetcherKeepsPartOfTheDirectory()
    {
        // Lookups are small; the contact directory comes in 4 MB pages: it is cut, not failed.
        m_server->setHandler([](const FaultServer::Request &request, int) {
            if (request.target.contains("CustomFieldDefinition"))
                return Action::json(200, "[]");
            if (request.target.contains("getContactList")
                || request.target.contains("getCompanyList"))
                return Action::json(200, page(startOf(request) + 1, 100, 40 * 1024, 1000000));
            return Action::json(200, page(1, 3, 10, 3));
        });
        LookupFetcher fetcher(m_client);
        fetcher.setIncludeDirectory(true);
        QSignalSpy finished(&fetcher, &LookupFetcher::finished);
        fetcher.start();
        QVERIFY(finished.wait(60000));
        report("directory in 4 MB pages", 0, int(m_server->requests().size()));
        QVERIFY(!finished.first().first().value<PlatformError>().isError());
        QCOMPARE(fetcher.lists().value("types").size(), 3);
        QVERIFY(fetcher.lists().value("contacts").size() <= 200);
        QVERIFY(fetcher.lists().value("contacts").size() >= 100);
        QVERIFY2(fetcher.notes().join(' ').contains("contacts was cut short"),
                 qPrintable(fetcher.notes().join(' ')));
        QVERIFY(peakRssKb() < 200 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestHostileLists)
#include "tst_hostilelists.moc"
