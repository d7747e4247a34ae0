// The duplicate radar at 100,000 contacts (DESIGN.md budgets, issue 15): how long after a
// keystroke a suggestion is ready from the local index, and how long the GUI thread's event loop
// stalls at most while the index fills by paging leaddesk-sandbox's contact list.
//
// Run from a release build: build/release/bin/bench_radar [--quick] [--contacts N]
//                                                       [--keep-index FILE] [--list-stalls]

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
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <sched.h>
#include <thread>
#include <unistd.h>

namespace {

PlatformResult wait(PlatformReply *reply)
{
    QSignalSpy spy(reply, &PlatformReply::finished);
    spy.wait(120000);
    return spy.isEmpty() ? PlatformResult() : spy.first().first().value<PlatformResult>();
}

int total(PlatformClient &client, const char *action)
{
    const auto r = wait(client.call("contact", QString::fromLatin1(action), {{"perPage", 1}}));
    return r.object().value("meta").toObject().value("totalResults").toInt();
}

/// The contact at `position` of the sandbox's list, as the index holds it.
QJsonObject listedContact(PlatformClient &client, int position)
{
    const auto r
        = wait(client.call("contact", "getContactList", {{"start", position}, {"perPage", 1}}));
    return r.object().value("results").toArray().first().toObject();
}

/// CPU time this thread has used: unlike the wall clock, it does not count the time the thread
/// waited for a core that another process (a compiler on a shared machine) held.
qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(int(values.size()) - 1, int(values.size() * p)));
}

/// Nanoseconds the GUI thread has waited on the scheduler's run queue for a core (Linux
/// schedstat): the part of a stall that other programs' load makes, not this one's work. Opened
/// once, on the GUI thread, and read with pread: the heartbeat must cost next to nothing.
qint64 threadRunQueueNanoseconds()
{
    static const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    char text[128] = {};
    if (fd < 0 || ::pread(fd, text, sizeof text - 1, 0) <= 0)
        return 0;
    return QByteArray(text).split(' ').value(1).toLongLong();
}

/// Times every event the GUI thread handles (by its own CPU time), to name the slowest: what to
/// move off the thread when the stall is over budget.
class TimedApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || receiver == m_ignored || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        const bool outermost = m_depth++ == 0;
        const qint64 started = outermost ? threadCpuNanoseconds() : 0;
        // A timer is named by what owns it.
        QByteArray receiverClass = receiver->metaObject()->className();
        if (receiver->parent())
            receiverClass += QByteArray(" of ") + receiver->parent()->metaObject()->className();
        const int type = int(event->type());
        const bool handled = QCoreApplication::notify(receiver, event);
        --m_depth;
        if (outermost) {
            const qint64 spent = threadCpuNanoseconds() - started;
            if (spent > m_slowest) {
                m_slowest = spent;
                m_slowestWhat = receiverClass + " event " + QByteArray::number(type);
            }
        }
        return handled;
    }
    /// Times events from now on, except those of `ignored` (the heartbeat itself).
    void setTiming(bool on, QObject *ignored = nullptr)
    {
        m_timing = on;
        m_ignored = ignored;
    }
    qint64 slowest() const { return m_slowest; }
    QByteArray slowestWhat() const { return m_slowestWhat; }

private:
    bool m_timing = false;
    QObject *m_ignored = nullptr;
    int m_depth = 0;
    qint64 m_slowest = 0;
    QByteArray m_slowestWhat;
};

qint64 monotonicNanoseconds()
{
    // CLOCK_MONOTONIC, as `perf record -k CLOCK_MONOTONIC` stamps its events.
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

constexpr qint64 kFrame = 16000000; ///< the budget: one frame at 60 Hz, in nanoseconds

/// A thread that does nothing but sleep 1 ms at a time on core `cpu`, beside the GUI thread: how
/// late it wakes, less the time it waited for a core, is that core's own wake-up latency (a
/// virtual machine's host may hold one of its cores for 20 ms or more), which no program on it
/// avoids.
class BareSleeper
{
public:
    explicit BareSleeper(int cpu)
        : m_thread([this, cpu] { run(cpu); })
    { }
    ~BareSleeper() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    /// Whether it was held over a frame at some moment of [`end` - `length`, `end`].
    bool heldDuring(qint64 end, qint64 length) const
    {
        return std::any_of(m_held.begin(), m_held.end(), [&](const QPair<qint64, qint64> &h) {
            return h.first > end - length && h.first - h.second < end;
        });
    }
    int heldOverAFrame() const { return int(m_held.size()); }
    qint64 longestHeld() const { return m_longest; }

private:
    void run(int cpu)
    {
        cpu_set_t only;
        CPU_ZERO(&only);
        CPU_SET(cpu, &only);
        sched_setaffinity(0, sizeof only, &only);
        qint64 last = monotonicNanoseconds();
        qint64 queued = threadRunQueueNanoseconds();
        while (!m_stop) {
            ::poll(nullptr, 0, 1);
            const qint64 now = monotonicNanoseconds();
            const qint64 queuedNow = threadRunQueueNanoseconds();
            const qint64 held = (now - last) - (queuedNow - queued);
            m_longest = std::max(m_longest, held);
            if (held > kFrame)
                m_held.append({now, now - last});
            last = now;
            queued = queuedNow;
        }
    }

    std::atomic<bool> m_stop {false};
    QList<QPair<qint64, qint64>> m_held; ///< (end, length); read after stop()
    qint64 m_longest = 0;
    std::thread m_thread;
};

/// The GUI thread's stalls, beat by beat: by the wall clock, less the time it waited for a core,
/// and the CPU time it spent itself.
class StallMeter
{
public:
    explicit StallMeter(bool list)
        : m_list(list)
    { }
    void start()
    {
        m_cpu = threadCpuNanoseconds();
        m_queued = threadRunQueueNanoseconds();
        m_last = monotonicNanoseconds();
    }
    void beat()
    {
        const qint64 now = monotonicNanoseconds();
        const qint64 stall = now - m_last;
        const qint64 cpu = threadCpuNanoseconds();
        const qint64 queued = threadRunQueueNanoseconds();
        const qint64 own = stall - (queued - m_queued);
        m_longest = std::max(m_longest, stall);
        m_longestOwn = std::max(m_longestOwn, own);
        m_longestBusy = std::max(m_longestBusy, cpu - m_cpu);
        if (stall > kFrame)
            m_stalls.append({now, stall, own});
        if (m_list && stall > kFrame)
            std::printf("  stall of %.1f ms ending at %.9f: %.1f ms waiting for a core, "
                        "%.1f ms of CPU, the rest blocked\n",
                        stall / 1e6, now / 1e9, (stall - own) / 1e6, (cpu - m_cpu) / 1e6);
        m_last = now;
        m_cpu = cpu;
        m_queued = queued;
    }
    void report(const std::vector<std::unique_ptr<BareSleeper>> &bare) const
    {
        int own = 0;
        int ownUnexplained = 0;
        int held = 0;
        qint64 longestHeld = 0;
        for (const auto &sleeper : bare) {
            held += sleeper->heldOverAFrame();
            longestHeld = std::max(longestHeld, sleeper->longestHeld());
        }
        for (const Stall &s : m_stalls) {
            own += s.own > kFrame;
            ownUnexplained += s.own > kFrame
                && std::none_of(bare.begin(), bare.end(), [&s](const auto &sleeper) {
                                  return sleeper->heldDuring(s.end, s.length);
                              });
        }
        std::printf("  longest GUI-thread stall %.1f ms (%d over 16 ms); less the time it waited "
                    "for a core: %.1f ms (%d over 16 ms; budget 16 ms); most GUI-thread CPU time "
                    "between two beats %.1f ms\n",
                    m_longest / 1e6, int(m_stalls.size()), m_longestOwn / 1e6, own,
                    m_longestBusy / 1e6);
        std::printf("  bare threads sleeping 1 ms beside it, one on each core, were held by the "
                    "machine over 16 ms %d times (longest %.1f ms); GUI-thread stalls over 16 ms, "
                    "less waits for a core, not at such a moment: %d\n",
                    held, longestHeld / 1e6, ownUnexplained);
    }

private:
    struct Stall
    {
        qint64 end;
        qint64 length;
        qint64 own;
    };
    bool m_list;
    qint64 m_cpu = 0;
    qint64 m_queued = 0;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestOwn = 0;
    qint64 m_longestBusy = 0;
    QList<Stall> m_stalls;
};

/// Fills an index from the sandbox's contact and company lists while a 1 ms heartbeat on this
/// (the GUI) thread measures the longest stall of the event loop (StallMeter), beside bare
/// sleepers that measure the machine's; returns how many contacts were indexed. `listStalls`
/// prints each stall over 16 ms, to match against a `perf sched` trace.
int fill(PlatformClient &client, RadarIndex &index, const QString &path, bool listStalls)
{
    RadarIndexer indexer(&client, path, "bench", "AU");
    StallMeter meter(listStalls);
    QTimer heartbeat;
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { meter.beat(); });
    QSignalSpy filled(&indexer, &RadarIndexer::finished);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<BareSleeper>> bare;
    for (int cpu = 0; cpu < QThread::idealThreadCount(); ++cpu)
        bare.push_back(std::make_unique<BareSleeper>(cpu));
    meter.start();
    heartbeat.start();
    auto *timed = static_cast<TimedApplication *>(QCoreApplication::instance());
    timed->setTiming(true, &heartbeat);
    indexer.refresh();
    filled.wait(30 * 60 * 1000);
    heartbeat.stop();
    for (const auto &sleeper : bare)
        sleeper->stop();
    timed->setTiming(false);
    const int indexed = index.count("bench", "contact").value();
    std::printf("index filled: %d contacts and %d companies in %.1f s%s\n", indexed,
                index.count("bench", "company").value(), clock.elapsed() / 1000.0,
                filled.isEmpty() ? " — did not finish" : "");
    meter.report(bare);
    std::printf("  slowest event on the GUI thread: %.1f ms of CPU (%s)\n", timed->slowest() / 1e6,
                timed->slowestWhat().constData());
    return filled.isEmpty() ? -1 : indexed;
}

/// A rep types contacts that exist, a key at a time: each keystroke asks the index for
/// suggestions (the radar) and for search-as-you-type.
void typeContacts(PlatformClient &client, RadarIndex &index, int contacts)
{
    const DuplicateRadar radar(&index, nullptr, "bench", "AU");
    QList<double> suggest;
    QList<double> suggestCpu; ///< the same by this thread's CPU time: without other load
    QList<double> search;
    QList<double> lookup; ///< the index's part of a suggestion
    int found = 0;
    for (int probe = 0; probe < 20; ++probe) {
        const QJsonObject existing = listedContact(client, probe * (contacts / 20) + 7);
        QJsonObject draft;
        for (const char *key : {"firstName", "lastName", "email"}) {
            const QString value = existing.value(QLatin1String(key)).toString();
            for (int i = 1; i <= value.size(); ++i) {
                draft.insert(QLatin1String(key), value.left(i));
                QElapsedTimer t;
                const qint64 cpu = threadCpuNanoseconds();
                t.start();
                const RadarFindings findings = radar.check("contact", draft);
                suggest.append(t.nsecsElapsed() / 1e6);
                suggestCpu.append((threadCpuNanoseconds() - cpu) / 1e6);
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
    std::printf("  by the GUI thread's CPU time: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                percentile(suggestCpu, 0.5), percentile(suggestCpu, 0.95),
                percentile(suggestCpu, 1.0));
    std::printf("  of which the index look-up: median %.2f ms, p95 %.2f ms\n",
                percentile(lookup, 0.5), percentile(lookup, 0.95));
    std::printf("search-as-you-type from the index: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                percentile(search, 0.5), percentile(search, 0.95), percentile(search, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains("--quick");
    int contacts = quick ? 2000 : 100000;
    if (const int at = int(args.indexOf("--contacts")); at > 0 && at + 1 < args.size())
        contacts = args.at(at + 1).toInt();
    // One company for every ten contacts, as in the accounts reps work in.
    const int companies = contacts / 10;

    QElapsedTimer clock;
    clock.start();
    SandboxProcess sandbox;
    if (!sandbox.start({"--seed-contacts", QString::number(contacts), "--seed-companies",
                        QString::number(companies)}))
        return std::fprintf(stderr, "leaddesk-sandbox did not start\n"), 1;
    PlatformClient client;
    client.configure(sandbox.url().toString(), "sandbox-key", "sandbox-secret");
    client.setTotalDeadline(120000);
    const int listed = total(client, "getContactList");
    std::printf("leaddesk-sandbox --seed-contacts %d --seed-companies %d: serving in %.1f s, "
                "lists %d contacts and %d companies\n",
                contacts, companies, clock.elapsed() / 1000.0, listed,
                total(client, "getCompanyList"));

    // --keep-index FILE: the index is kept there, and one already filled is used as it is (to
    // time suggestions again without filling 100,000 again).
    QTemporaryDir dir;
    QString path = dir.filePath("bench.sqlite");
    if (const int at = int(args.indexOf("--keep-index")); at > 0 && at + 1 < args.size())
        path = args.at(at + 1);
    Database db;
    if (!db.open(path))
        return 1;
    RadarIndex index(&db);
    const int already = index.count("bench", "contact").value();
    const int indexed
        = already >= listed ? already : fill(client, index, path, args.contains("--list-stalls"));
    typeContacts(client, index, listed);
    return indexed < listed ? 1 : 0;
}
