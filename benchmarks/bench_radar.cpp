// The duplicate radar at 100,000 contacts (DESIGN.md budgets, issue 15): how long after a
// keystroke a suggestion is ready from the local index, and how long the GUI thread's event loop
// stalls at most while the index fills by paging leaddesk-sandbox's contact list.
//
// Run from a release build: build/release/bin/bench_radar [--quick] [--contacts N]

#include "platform/platformclient.h"
#include "platform/platformreply.h"
#include "services/duplicateradar.h"
#include "services/radarindexer.h"
#include "services/radarrecords.h"
#include "store/database.h"
#include "store/radarindex.h"
#include "support/processrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const char *const kFirst[]
    = {"Ava",   "Liam", "Olivia", "Noah",  "Mia",    "Jack",  "Zoë",  "Hans",  "Chloé", "Ahmed",
       "Priya", "Tom",  "Sarah",  "José",  "Kate",   "Lucas", "Emma", "Oscar", "Grace", "Ethan",
       "Isla",  "Leo",  "Ruby",   "Henry", "Amélie", "Jonas", "Nina", "Omar"};
const char *const kLast[]
    = {"Smith",  "Jones", "Nguyen", "Müller", "Dupont", "Brown",   "Taylor",  "Wilson",
       "Martin", "Khan",  "Singh",  "Lee",    "Walker", "O'Brien", "Schmidt", "Lefèvre",
       "Garcia", "Chen",  "Kelly",  "Murphy", "Rossi",  "Becker",  "Moreau",  "Patel"};

QJsonObject contact(int i)
{
    const QString first = QString::fromUtf8(kFirst[i % std::size(kFirst)]);
    const QString last = QString::fromUtf8(kLast[(i / std::size(kFirst)) % std::size(kLast)]);
    return {{"firstName", first},
            {"lastName", last},
            {"email",
             QStringLiteral("%1.%2.%3@company%4.example")
                 .arg(first.toLower(), QString(last).remove(QLatin1Char('\'')).toLower())
                 .arg(i)
                 .arg(i % 5000)},
            {"phone", QStringLiteral("04%1").arg(10000000 + i, 8, 10, QLatin1Char('0'))},
            // The sandbox's contacts require a job title.
            {"customFields", QJsonArray {QJsonObject {{"fieldId", 800}, {"value", "Manager"}}}}};
}

PlatformResult wait(PlatformReply *reply)
{
    QSignalSpy spy(reply, &PlatformReply::finished);
    spy.wait(120000);
    return spy.isEmpty() ? PlatformResult() : spy.first().first().value<PlatformResult>();
}

int totalContacts(PlatformClient &client)
{
    const auto r = wait(client.call("contact", "getContactList", {{"perPage", 1}}));
    return r.object().value("meta").toObject().value("totalResults").toInt();
}

/// Creates `count` contacts through the batch namespace, 200 jobs a run, a few runs in flight.
bool seed(PlatformClient &client, int count)
{
    const int target = totalContacts(client) + count;
    for (int first = 0; first < count; first += 200) {
        QJsonArray jobs;
        for (int i = first; i < std::min(count, first + 200); ++i)
            jobs.append(QJsonObject {{"namespace", "contact"},
                                     {"action", "addOrUpdateContact"},
                                     {"params", contact(i)}});
        if (!wait(client.call("batch", "run", {{"jobs", jobs}})).ok())
            return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (totalContacts(client) < target && waited.elapsed() < 600000)
        QTest::qWait(500);
    return totalContacts(client) >= target;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(int(values.size()) - 1, int(values.size() * p)));
}

/// Fills an index from the sandbox's contact list while a 1 ms heartbeat on this (the GUI)
/// thread measures the longest stall of the event loop; returns how many were indexed.
int fill(PlatformClient &client, RadarIndex &index, const QString &path)
{
    RadarIndexer indexer(&client, &index, path, "bench", "AU");
    QElapsedTimer beat;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, beat.restart()); });
    QSignalSpy filled(&indexer, &RadarIndexer::finished);
    QElapsedTimer clock;
    clock.start();
    beat.start();
    heartbeat.start();
    indexer.refresh();
    filled.wait(30 * 60 * 1000);
    heartbeat.stop();
    const int indexed = index.count("bench", "contact").value();
    std::printf("index filled: %d contacts in %.1f s; longest GUI-thread stall %lld ms "
                "(budget 16 ms)%s\n",
                indexed, clock.elapsed() / 1000.0, longestStall,
                filled.isEmpty() ? " — did not finish" : "");
    return filled.isEmpty() ? -1 : indexed;
}

/// A rep types contacts that exist, a key at a time: each keystroke asks the index for
/// suggestions (the radar) and for search-as-you-type.
void typeContacts(RadarIndex &index, int contacts)
{
    const DuplicateRadar radar(&index, nullptr, "bench", "AU");
    QList<double> suggest;
    QList<double> search;
    QList<double> lookup; ///< the index's part of a suggestion
    int found = 0;
    for (int probe = 0; probe < 20; ++probe) {
        const QJsonObject existing = contact(probe * (contacts / 20) + 7);
        QJsonObject draft;
        for (const char *key : {"firstName", "lastName", "email"}) {
            const QString value = existing.value(QLatin1String(key)).toString();
            for (int i = 1; i <= value.size(); ++i) {
                draft.insert(QLatin1String(key), value.left(i));
                QElapsedTimer t;
                t.start();
                const RadarFindings findings = radar.check("contact", draft);
                suggest.append(t.nsecsElapsed() / 1e6);
                if (i == value.size() && QLatin1String(key) == QLatin1String("email"))
                    found += !findings.isEmpty() && findings.first().isStrong();
                t.restart();
                const RadarRecords keys(QStringLiteral("AU"));
                const auto candidates
                    = index.candidates("bench", "contact", keys.query("contact", draft));
                lookup.append(t.nsecsElapsed() / 1e6);
                t.restart();
                radar.search("contact", value.left(i));
                search.append(t.nsecsElapsed() / 1e6);
            }
        }
    }
    std::printf("suggestion after a keystroke (%lld keystrokes): median %.2f ms, p95 %.2f ms, "
                "max %.2f ms (budget 50 ms); the typed contact found strong %d of 20\n",
                qint64(suggest.size()), percentile(suggest, 0.5), percentile(suggest, 0.95),
                percentile(suggest, 1.0), found);
    std::printf("  of which the index look-up: median %.2f ms, p95 %.2f ms\n",
                percentile(lookup, 0.5), percentile(lookup, 0.95));
    std::printf("search-as-you-type from the index: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                percentile(search, 0.5), percentile(search, 0.95), percentile(search, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains("--quick");
    int contacts = quick ? 2000 : 100000;
    if (const int at = int(args.indexOf("--contacts")); at > 0 && at + 1 < args.size())
        contacts = args.at(at + 1).toInt();

    SandboxProcess sandbox;
    if (!sandbox.start())
        return std::fprintf(stderr, "leaddesk-sandbox did not start\n"), 1;
    PlatformClient client;
    client.configure(sandbox.url().toString(), "sandbox-key", "sandbox-secret");
    client.setTotalDeadline(120000);
    QElapsedTimer clock;
    clock.start();
    if (!seed(client, contacts))
        return std::fprintf(stderr, "seeding the sandbox failed\n"), 1;
    const int listed = totalContacts(client);
    std::printf("seeded %d contacts in %.1f s (the sandbox lists %d)\n", contacts,
                clock.elapsed() / 1000.0, listed);

    QTemporaryDir dir;
    const QString path = dir.filePath("bench.sqlite");
    Database db;
    if (!db.open(path))
        return 1;
    RadarIndex index(&db);
    const int indexed = fill(client, index, path);
    typeContacts(index, contacts);
    return indexed < contacts ? 1 : 0;
}
