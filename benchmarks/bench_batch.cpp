// Reports batch sending next to DESIGN.md's budget:
//   1,000 leads at 150 ms round trip: through batch ≥ 10 × single requests with 6 in flight
//
// leaddesk-sandbox runs as its own process behind a DelayProxy (in this process) that holds
// every chunk back 75 ms each way; the outbox (its store on disk, synchronous=FULL as in the
// app) flushes the same number of queued leads once through batch runs and once with one
// request per lead, in the same run, and the sandbox's lead count is read after each.
// Run from a release build: build/release/bin/bench_batch [--quick] [--leads N]

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/lookupfetcher.h"
#include "services/outbox.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/delayproxy.h"
#include "support/leadgenerator.h"
#include "support/processrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
const QString kKey = QStringLiteral("sandbox-key");
const QByteArray kSecret = QByteArrayLiteral("sandbox-secret");

struct Flush
{
    double seconds = -1;
    int sent = 0;
    int records = 0; ///< distinct platform ids the sent items hold
    qint64 leadsGained = 0;
};

qint64 leadTotal(PlatformClient &client)
{
    PlatformResult result;
    QEventLoop loop;
    PlatformReply *reply = client.call(QStringLiteral("crm"), QStringLiteral("getLeadList"),
                                       {{QStringLiteral("perPage"), 1}});
    QObject::connect(reply, &PlatformReply::finished, &loop, [&](const PlatformResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result.ok() ? result.object()
                             .value(QStringLiteral("meta"))
                             .toObject()
                             .value(QStringLiteral("totalResults"))
                             .toInteger(-1)
                       : -1;
}

// Queues `leads` leads in a fresh store and flushes them through `proxy`.
Flush flush(PlatformClient &probe, DelayProxy &proxy, LeadGenerator &generator, int leads,
            bool batch)
{
    QTemporaryDir dir;
    Database database;
    if (!dir.isValid() || !database.open(dir.filePath(QStringLiteral("leaddesk.sqlite"))))
        return {};
    OutboxStore store(&database);
    PlatformClient client;
    client.configure(proxy.url(), kKey, kSecret);
    Outbox outbox(&client, &store, QStringLiteral("bench"));
    Outbox::Settings settings;
    settings.useBatch = batch;
    settings.maxInFlight = 6;
    outbox.setSettings(settings);
    const QLatin1String how = batch ? QLatin1String("batch") : QLatin1String("single");
    for (int i = 0; i < leads; ++i) {
        const QString name = QStringLiteral("Bench %1 %2").arg(how).arg(i);
        if (!outbox.queue(0, QStringLiteral("lead"), name, {}, generator.validLead(name)))
            return {};
    }
    const qint64 before = leadTotal(probe);
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
    QSet<qint64> records;
    const auto items = store.items(QStringLiteral("bench"));
    if (items) {
        for (const OutboxItem &item : items.value()) {
            if (item.state == OutboxItem::State::Sent) {
                ++result.sent;
                records.insert(item.recordId);
            }
        }
    }
    result.records = int(records.size());
    result.leadsGained = leadTotal(probe) - before;
    return result;
}

void print(const char *what, const Flush &f)
{
    std::printf("%s: %.2f s, %d sent holding %d records, the sandbox gained %lld leads\n", what,
                f.seconds, f.sent, f.records, f.leadsGained);
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

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench_batch: leaddesk-sandbox did not start\n");
        return 1;
    }
    PlatformClient probe;
    probe.configure(sandbox.url().toString(), kKey, kSecret);
    LookupFetcher fetcher(&probe);
    fetcher.setIncludeDirectory(true);
    QEventLoop fetched;
    QObject::connect(&fetcher, &LookupFetcher::finished, &fetched, &QEventLoop::quit);
    fetcher.start();
    fetched.exec();
    QFile schema(QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"));
    if (!schema.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_batch: cannot read %s\n", qPrintable(schema.fileName()));
        return 1;
    }
    const auto catalog
        = LookupCatalog::build(fetcher.lists(), QJsonDocument::fromJson(schema.readAll()).array(),
                               QDateTime::currentDateTimeUtc());
    LeadGenerator generator(catalog, fetcher.lists(), {}, 1);

    DelayProxy proxy(sandbox.url().port(), 75);
    if (!proxy.start()) {
        std::fprintf(stderr, "bench_batch: the proxy did not start\n");
        return 1;
    }
    std::printf("bench_batch: %d leads, 150 ms round trip\n", leads);
    const Flush batch = flush(probe, proxy, generator, leads, true);
    print("through batch", batch);
    const Flush single = flush(probe, proxy, generator, leads, false);
    print("single requests, 6 in flight", single);
    const bool once = batch.sent == leads && single.sent == leads && batch.records == leads
        && single.records == leads && batch.leadsGained == leads && single.leadsGained == leads;
    if (batch.seconds > 0)
        std::printf("batch is %.1f x faster (budget >= 10 x)%s\n", single.seconds / batch.seconds,
                    once ? "" : "; NOT every lead was sent exactly once");
    return once ? 0 : 1;
}
