// Reports the outbox's flush next to DESIGN.md's budgets:
//   flush 1,000 queued leads to the local sandbox ≥ 0.9 × the throughput of `curl --parallel`
//   sending the same signed requests
//   memory after 1,000 submissions: no growth beyond 5 MB over the first 100
//
// leaddesk-sandbox runs as its own process; the outbox (this process, its store on disk with
// synchronous=FULL as in the app) and curl take turns sending to it over loopback.
// Run from a release build: build/release/bin/bench_outbox [--quick] [--leads N] [--rounds N]

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "platform/requestsigner.h"
#include "services/lookupfetcher.h"
#include "services/outbox.h"
#include "store/database.h"
#include "store/outboxstore.h"
#include "support/leadgenerator.h"
#include "support/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
const QString kKey = QStringLiteral("sandbox-key");
const QByteArray kSecret = QByteArrayLiteral("sandbox-secret");

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

// Resident memory of this process in KiB.
qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

PlatformResult callAndWait(PlatformClient &client, const QString &ns, const QString &action,
                           const QJsonObject &body)
{
    PlatformResult result;
    QEventLoop loop;
    PlatformReply *reply = client.call(ns, action, body);
    QObject::connect(reply, &PlatformReply::finished, &loop, [&](const PlatformResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

qint64 leadTotal(PlatformClient &client)
{
    const PlatformResult r
        = callAndWait(client, QStringLiteral("crm"), QStringLiteral("getLeadList"),
                      {{QStringLiteral("perPage"), 1}});
    return r.ok() ? r.object()
                        .value(QStringLiteral("meta"))
                        .toObject()
                        .value(QStringLiteral("totalResults"))
                        .toInteger(-1)
                  : -1;
}

struct OutboxRun
{
    double ms = 0;
    int sent = 0;
    int failed = 0;
    qint64 rssAt100 = 0;
    qint64 rssAtEnd = 0;
    qint64 created = 0; // leads the sandbox gained
};

struct CurlRun
{
    double ms = 0;
    int accepted = 0; // HTTP 200 answers
    qint64 created = 0;
    QString problem;
};

OutboxRun runOutbox(const QUrl &sandbox, const QList<QJsonObject> &bodies, PlatformClient &probe,
                    const QString &workDir)
{
    OutboxRun run;
    const qint64 before = leadTotal(probe);
    QTemporaryDir dir(workDir + QStringLiteral("/bench_outbox-XXXXXX"));
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("leaddesk.sqlite")))) {
        std::fprintf(stderr, "cannot open the store\n");
        return run;
    }
    OutboxStore store(&database);
    PlatformClient client;
    client.configure(sandbox.toString(), kKey, kSecret);
    Outbox outbox(&client, &store, QStringLiteral("bench"));
    for (int i = 0; i < bodies.size(); ++i) {
        const QString name = bodies.at(i).value(QStringLiteral("name")).toString();
        if (!outbox.queue(0, QStringLiteral("lead"), name, {{QStringLiteral("name"), name}},
                          bodies.at(i))) {
            std::fprintf(stderr, "cannot queue\n");
            return run;
        }
    }

    const int firstHundred = qMin(100, int(bodies.size()));
    QEventLoop loop;
    QObject::connect(&outbox, &Outbox::itemChanged, &loop, [&](const OutboxChange &change) {
        const OutboxItem::State state = change.state();
        if (state == OutboxItem::State::Sent) {
            if (++run.sent == firstHundred)
                run.rssAt100 = rssKb();
        } else if (state == OutboxItem::State::NeedsFix) {
            ++run.failed;
        }
        if (run.sent + run.failed == bodies.size())
            loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    outbox.start();
    loop.exec();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.rssAtEnd = rssKb();
    outbox.stop();
    run.created = leadTotal(probe) - before;
    return run;
}

// The same requests through PlatformClient alone (6 in flight, no store): what the network
// path costs without the outbox around it.
double runClientOnly(const QUrl &sandbox, const QList<QJsonObject> &bodies)
{
    PlatformClient client;
    client.configure(sandbox.toString(), kKey, kSecret);
    int next = 0, done = 0;
    QEventLoop loop;
    std::function<void()> sendOne = [&]() {
        if (next >= bodies.size())
            return;
        PlatformReply *reply = client.call(QStringLiteral("contact"),
                                           QStringLiteral("addOrUpdateLead"), bodies.at(next++));
        QObject::connect(reply, &PlatformReply::finished, &loop, [&](const PlatformResult &) {
            if (++done == bodies.size())
                loop.quit();
            sendOne();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 6; ++i)
        sendOne();
    loop.exec();
    return bodies.size() * 1e9 / double(clock.nsecsElapsed());
}

CurlRun runCurl(const QUrl &sandbox, const QList<QJsonObject> &bodies, PlatformClient &probe,
                const QString &workDir)
{
    CurlRun run;
    const qint64 before = leadTotal(probe);
    QTemporaryDir dir(workDir + QStringLiteral("/bench_curl-XXXXXX"));
    const QByteArray requestString
        = "/api/" + RequestSigner::apiVersion() + "/contact?action=addOrUpdateLead";
    const QByteArray url = sandbox.toString().toUtf8() + requestString;
    const RequestSigner signer(kKey.toUtf8(), kSecret);
    QByteArray config;
    for (int i = 0; i < bodies.size(); ++i) {
        // The exact bytes PlatformClient sends, signed the same way.
        const QByteArray body = QJsonDocument(bodies.at(i)).toJson(QJsonDocument::Compact);
        const QString path = dir.filePath(QStringLiteral("body%1.json").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
            run.problem = QStringLiteral("cannot write %1").arg(path);
            return run;
        }
        config += "url = \"" + url + "\"\n";
        config += "data-binary = \"@" + path.toUtf8() + "\"\n";
        for (const auto &[name, value] :
             signer.signedHeaders(requestString, body, QDateTime::currentDateTimeUtc()))
            config += "header = \"" + name + ": " + value + "\"\n";
        // No 100-continue round trip: Qt does not wait for one either.
        config += "header = \"Expect:\"\n";
        config += "output = \"/dev/null\"\n";
        config += "write-out = \"%{http_code}\\n\"\n";
        if (i + 1 < bodies.size())
            config += "next\n";
    }
    const QString configPath = dir.filePath(QStringLiteral("curl.config"));
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config) != config.size()) {
        run.problem = QStringLiteral("cannot write %1").arg(configPath);
        return run;
    }
    configFile.close();

    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("6"),
                QStringLiteral("--silent"), QStringLiteral("-K"), configPath});
    if (!curl.waitForStarted(10000)) {
        run.problem = QStringLiteral("curl did not start: %1").arg(curl.errorString());
        return run;
    }
    curl.waitForFinished(300000);
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n'))
        run.accepted += line.trimmed() == "200";
    if (curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0)
        run.problem = QStringLiteral("curl exited with %1: %2")
                          .arg(curl.exitCode())
                          .arg(QString::fromUtf8(curl.readAllStandardError()).trimmed());
    run.created = leadTotal(probe) - before;
    return run;
}

bool curlAvailable()
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--version")});
    return curl.waitForStarted(5000) && curl.waitForFinished(5000) && curl.exitCode() == 0;
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("MISSED");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("leaddesk.platform.debug=false\nleaddesk.platform.info=false\n"
                       "leaddesk.outbox.info=false\n"
                       "leaddesk.store.info=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int leads = quick ? 40 : 1000;
    int rounds = quick ? 1 : 3;
    const int leadsAt = int(args.indexOf(QStringLiteral("--leads")));
    if (leadsAt > 0)
        leads = qMax(1, args.value(leadsAt + 1).toInt());
    const int roundsAt = int(args.indexOf(QStringLiteral("--rounds")));
    if (roundsAt > 0)
        rounds = qMax(1, args.value(roundsAt + 1).toInt());
    // The store lives where the app's would: on disk, not on a RAM disk.
    const QString workDir = QDir::tempPath();

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench_outbox: leaddesk-sandbox did not start (%s)\n",
                     qPrintable(ProcessRunner::binary(QStringLiteral("leaddesk-sandbox"))));
        return 1;
    }
    PlatformClient probe;
    probe.configure(sandbox.url().toString(), kKey, kSecret);

    // Valid lead bodies from what the sandbox's lookups hold.
    LookupFetcher fetcher(&probe);
    fetcher.setIncludeDirectory(true);
    PlatformError fetchError;
    {
        QEventLoop loop;
        QObject::connect(&fetcher, &LookupFetcher::finished, &loop,
                         [&](const PlatformError &error) {
                             fetchError = error;
                             loop.quit();
                         });
        fetcher.start();
        loop.exec();
    }
    if (fetchError.isError()) {
        std::fprintf(stderr, "bench_outbox: lookups: %s\n", qPrintable(fetchError.toString()));
        return 1;
    }
    QFile schemaFile(
        QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"));
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_outbox: cannot read %s\n", qPrintable(schemaFile.fileName()));
        return 1;
    }
    const auto catalog = LookupCatalog::build(fetcher.lists(),
                                              QJsonDocument::fromJson(schemaFile.readAll()).array(),
                                              QDateTime::currentDateTimeUtc());
    if (!catalog->problems().isEmpty()) {
        std::fprintf(stderr, "bench_outbox: catalog: %s\n",
                     qPrintable(catalog->problems().join(QStringLiteral("; "))));
        return 1;
    }
    LeadGenerator generator(catalog, fetcher.lists(), {}, 20261126);
    const auto bodiesFor = [&](const QString &who, int round) {
        QList<QJsonObject> bodies;
        for (int i = 0; i < leads; ++i)
            bodies << generator.validLead(
                QStringLiteral("Bench %1 round %2 lead %3").arg(who).arg(round).arg(i));
        return bodies;
    };

    const bool haveCurl = curlAvailable();
    std::printf("bench_outbox: %d leads per round, %d round(s), sandbox at %s%s\n", leads, rounds,
                qPrintable(sandbox.url().toString()),
                haveCurl ? "" : "; curl is not installed: only the outbox is measured");

    QList<double> oursRates, curlRates;
    QList<qint64> growthKb;
    bool allSent = true, curlAllAccepted = true;
    // --only outbox|client|curl: one side alone, for profiling.
    const int onlyAt = int(args.indexOf(QStringLiteral("--only")));
    const QString only = onlyAt > 0 ? args.value(onlyAt + 1) : QString();
    const bool clientToo
        = args.contains(QStringLiteral("--client-only")) || only == QStringLiteral("client");
    for (int round = 1; round <= rounds; ++round) {
        if (only == QStringLiteral("client")) {
            std::printf("round %d: PlatformClient alone: %7.1f leads/s\n", round,
                        runClientOnly(sandbox.url(), bodiesFor(QStringLiteral("client"), round)));
            continue;
        }
        if (only == QStringLiteral("curl")) {
            const CurlRun curl
                = runCurl(sandbox.url(), bodiesFor(QStringLiteral("curl"), round), probe, workDir);
            std::printf("round %d: curl %7.1f leads/s\n", round, curl.accepted * 1000.0 / curl.ms);
            continue;
        }
        const OutboxRun ours
            = runOutbox(sandbox.url(), bodiesFor(QStringLiteral("outbox"), round), probe, workDir);
        const double oursRate = ours.ms > 0 ? ours.sent * 1000.0 / ours.ms : 0;
        oursRates << oursRate;
        growthKb << ours.rssAtEnd - ours.rssAt100;
        allSent = allSent && ours.sent == leads && ours.created == leads;
        std::printf("round %d: outbox %4d sent in %8.1f ms = %7.1f leads/s (%d needs-fix, "
                    "sandbox +%lld); VmRSS %.1f MB after %d, %.1f MB after %d\n",
                    round, ours.sent, ours.ms, oursRate, ours.failed, ours.created,
                    ours.rssAt100 / 1024.0, qMin(100, leads), ours.rssAtEnd / 1024.0, leads);
        if (clientToo)
            std::printf("round %d: PlatformClient alone: %7.1f leads/s\n", round,
                        runClientOnly(sandbox.url(), bodiesFor(QStringLiteral("client"), round)));
        if (!haveCurl || only == QStringLiteral("outbox"))
            continue;
        const CurlRun curl
            = runCurl(sandbox.url(), bodiesFor(QStringLiteral("curl"), round), probe, workDir);
        const double curlRate = curl.ms > 0 ? curl.accepted * 1000.0 / curl.ms : 0;
        curlRates << curlRate;
        curlAllAccepted = curlAllAccepted && curl.accepted == leads && curl.created == leads;
        std::printf(
            "round %d: curl   %4d accepted in %8.1f ms = %7.1f leads/s (sandbox +%lld)%s%s\n",
            round, curl.accepted, curl.ms, curlRate, curl.created,
            curl.problem.isEmpty() ? "" : "; ", qPrintable(curl.problem));
        std::fflush(stdout);
    }

    const double ours = median(oursRates);
    std::printf("\nflush %d queued leads (median of %d):\n", leads, rounds);
    std::printf("  outbox                 : %8.1f leads/s%s\n", ours,
                allSent ? "" : "   (NOT every lead was sent exactly once)");
    if (haveCurl) {
        const double curl = median(curlRates);
        const double ratio = curl > 0 ? ours / curl : 0;
        std::printf("  curl --parallel (6)    : %8.1f leads/s%s\n", curl,
                    curlAllAccepted ? "" : "   (NOT every request was accepted)");
        std::printf("  ratio                  : %8.2f        budget >= 0.90     %s\n", ratio,
                    qPrintable(verdict(ratio >= 0.9)));
    }
    const qint64 worst
        = growthKb.isEmpty() ? 0 : *std::max_element(growthKb.cbegin(), growthKb.cend());
    std::printf(
        "  memory growth %d → %d  : %8.2f MB     budget <= 5 MB     %s  (first round %.2f MB, "
        "worst %.2f MB)\n",
        qMin(100, leads), leads, median(QList<double>(growthKb.cbegin(), growthKb.cend())) / 1024.0,
        qPrintable(verdict(worst <= 5 * 1024)), growthKb.value(0) / 1024.0, worst / 1024.0);
    return allSent && curlAllAccepted ? 0 : 1;
}
