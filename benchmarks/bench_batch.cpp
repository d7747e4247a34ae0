// Reports batch sending next to DESIGN.md's budget:
//   1,000 leads at 150 ms round trip: through batch ≥ 10 × single requests with 6 in flight
//
// The sandbox runs in this process behind a DelayProxy that holds every chunk back 75 ms each
// way; the outbox (its store on disk, synchronous=FULL as in the app) flushes the same 1,000
// queued leads once through batch runs and once with one request per lead, in the same run.
// Run from a release build: build/release/bin/bench_batch [--quick] [--leads N]

#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/lookupfetcher.h"
#include "services/outbox.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/delayproxy.h"
#include "support/leadgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
struct Flush
{
    double seconds = -1;
    int sent = 0;
    int leadsGained = 0;
};

// Queues `leads` leads in a fresh store and flushes them through `proxy`.
Flush flush(SandboxServer &sandbox, DelayProxy &proxy, LeadGenerator &generator, int leads,
            bool batch)
{
    QTemporaryDir dir;
    Database database;
    if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("leaddesk.sqlite"))))
        return {};
    OutboxStore store(&database);
    PlatformClient client;
    client.configure(proxy.url(), SandboxServer::defaultApiKey(),
                     SandboxServer::defaultApiSecret().toUtf8());
    Outbox outbox(&client, &store, QStringLiteral("bench"));
    Outbox::Settings settings;
    settings.useBatch = batch;
    settings.maxInFlight = 6;
    // A progress question costs a round trip: asked about as often as one comes back.
    settings.batchPollMs = 150;
    outbox.setSettings(settings);
    for (int i = 0; i < leads; ++i) {
        const QString name = QStringLiteral("Bench %1 %2")
                                 .arg(batch ? QLatin1String("batch") : QLatin1String("single"))
                                 .arg(i);
        if (!outbox.queue(0, QStringLiteral("lead"), name, {}, generator.validLead(name)))
            return {};
    }
    const int before = sandbox.leadCount();
    Flush result;
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(10 * 60 * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    outbox.sendNow();
    outbox.start();
    loop.exec();
    result.seconds = clock.elapsed() / 1000.0;
    outbox.stop();
    const auto items = store.items(QStringLiteral("bench"));
    if (items)
        for (const OutboxItem &item : items.value())
            result.sent += item.state == OutboxItem::State::Sent;
    result.leadsGained = sandbox.leadCount() - before;
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.*=false"));
    const QStringList args = app.arguments();
    int leads = args.contains(QStringLiteral("--quick")) ? 100 : 1000;
    if (const int at = int(args.indexOf(QStringLiteral("--leads"))); at > 0)
        leads = args.value(at + 1).toInt();

    SandboxServer sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench_batch: the sandbox did not start\n");
        return 1;
    }
    PlatformClient direct;
    direct.configure(sandbox.baseUrl().toString(), SandboxServer::defaultApiKey(),
                     SandboxServer::defaultApiSecret().toUtf8());
    LookupFetcher fetcher(&direct);
    fetcher.setIncludeDirectory(true);
    QEventLoop fetched;
    QObject::connect(&fetcher, &LookupFetcher::finished, &fetched, &QEventLoop::quit);
    fetcher.start();
    fetched.exec();
    const auto catalog = LookupCatalog::build(fetcher.lists(), sandbox.leadCustomFieldDefinitions(),
                                              QDateTime::currentDateTimeUtc());
    LeadGenerator generator(catalog, fetcher.lists(), {}, 1);

    DelayProxy proxy(sandbox.port(), 75);
    if (!proxy.start()) {
        std::fprintf(stderr, "bench_batch: the proxy did not start\n");
        return 1;
    }
    std::printf("bench_batch: %d leads, 150 ms round trip\n", leads);
    const Flush batch = flush(sandbox, proxy, generator, leads, true);
    std::printf("through batch: %.2f s, %d sent, %d leads on the sandbox\n", batch.seconds,
                batch.sent, batch.leadsGained);
    const Flush single = flush(sandbox, proxy, generator, leads, false);
    std::printf("single requests, 6 in flight: %.2f s, %d sent, %d leads on the sandbox\n",
                single.seconds, single.sent, single.leadsGained);
    const bool complete = batch.sent == leads && single.sent == leads && batch.leadsGained == leads
        && single.leadsGained == leads;
    if (batch.seconds > 0)
        std::printf("batch is %.1f x faster (budget >= 10 x)%s\n", single.seconds / batch.seconds,
                    complete ? "" : "; NOT every lead was sent exactly once");
    return complete ? 0 : 1;
}
