// Reports the outbox at trade-show scale next to DESIGN.md's budgets, against the same app with
// an empty outbox in the same run:
//   10,000 queued + 50,000 sent: first paint ≤ 1.5 × empty; memory ≤ +30 MB;
//   one item change ≤ 2 ms on the GUI thread; one autosave ≤ 15 ms;
//   the GUI flushing all 10,000 within 1.5 × `leaddesk-cli outbox flush` of the same;
//   `leaddesk-cli validate` of 1,000 bodies in one process ≥ 20 × faster than 1,000 processes.
//
// leaddesk-sandbox runs as its own process for both flushes, so neither shares its thread.
// Run from a release build, with a display (xvfb-run) or offscreen:
//   build/release/bin/bench_outboxscale [--quick] [--queued N] [--sent N] [--bodies N]

#include "forms/recordform.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/outboxpanel.h"
#include "model/jsonfile.h"
#include "model/recordmodel.h"
#include "services/outbox.h"
#include "services/outboxlistmodel.h"
#include "services/profilestore.h"
#include "services/workspace.h"
#include "store/database.h"
#include "support/processrunner.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QListView>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
const QString kKey = QStringLiteral("sandbox-key");
const QString kSecret = QStringLiteral("sandbox-secret");
const QString kProfile = QStringLiteral("Sandbox");

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

QString bin(const QString &program)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(program);
}

QJsonObject sample()
{
    return JsonFile::readObject(QStringLiteral(LEADDESK_SOURCE_DIR)
                                + QStringLiteral("/resources/samples/lead-existing-contact.json"))
        .value();
}

/// `queued` leads waiting and `sent` in the history (spread over the last 80 days), written
/// straight into `dataDir`'s store for `profile`.
bool fill(const QString &dataDir, const QString &profile, int queued, int sent)
{
    Database db;
    if (!db.open(Database::defaultPath(dataDir)))
        return false;
    const QJsonObject body = sample();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto stamp = [](const QDateTime &when) {
        return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    };
    return db
        .transaction([&]() -> Result<bool> {
            for (int i = 0; i < sent + queued; ++i) {
                const bool isSent = i < sent;
                const QString name = QStringLiteral("Trade show lead %1").arg(i);
                QJsonObject lead = body;
                lead.insert(QStringLiteral("name"), name);
                const QByteArray json = QJsonDocument(lead).toJson(QJsonDocument::Compact);
                const QString when = stamp(isSent ? now.addSecs(-qint64(i) * 138) : now);
                auto done = db.exec(
                    QStringLiteral("INSERT INTO items (profile, kind, state, title, draft, body,"
                                   " record_id, attempts, created_at, updated_at)"
                                   " VALUES (?, 'lead', ?, ?, '{}', ?, ?, ?, ?, ?)"),
                    {profile, isSent ? QStringLiteral("sent") : QStringLiteral("queued"), name,
                     QString::fromUtf8(json), isSent ? 100000 + i : 0, isSent ? 1 : 0, when, when});
                if (!done)
                    return done;
            }
            return Result<bool>::success(true);
        })
        .ok();
}

struct Start
{
    double ms = -1;
    qint64 rssKb = -1;
};

/// Starts the app on `dataDir` until its first paint ("ready <rss>").
Start startApp(const QString &dataDir)
{
    QProcess app;
    QElapsedTimer clock;
    clock.start();
    app.start(bin(QStringLiteral("leaddesk")),
              {QStringLiteral("--sandbox"), QStringLiteral("--data-dir"), dataDir,
               QStringLiteral("--quit-when-ready")});
    Start start;
    while (start.ms < 0 && app.waitForReadyRead(60000)) {
        while (app.canReadLine()) {
            const QByteArray line = app.readLine().trimmed();
            if (line.startsWith("ready")) {
                start.ms = clock.nsecsElapsed() / 1e6;
                start.rssKb = line.mid(6).toLongLong();
                break;
            }
        }
    }
    app.waitForFinished(60000);
    return start;
}

/// Milliseconds `work` keeps the GUI thread, including the repaint it causes.
template<typename Work> double onGuiThread(Work work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    QCoreApplication::processEvents();
    return clock.nsecsElapsed() / 1e6;
}

/// The app's window on `dataDir`, its outbox pointed at `platform`.
struct Gui
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;

    bool open(const QString &dataDir, const QUrl &platform)
    {
        workspace = std::make_unique<Workspace>(dataDir);
        const Profile profile {kProfile, platform.toString(), kKey, false};
        if (!workspace->activate(profile, platform.toString(), kSecret.toUtf8()))
            return false;
        window = std::make_unique<MainWindow>(workspace.get());
        window->show();
        QCoreApplication::processEvents();
        return true;
    }
};

/// The GUI's flush of everything queued in `dataDir`, in milliseconds.
double guiFlush(const QString &dataDir, const QUrl &platform, double *worstStallMs)
{
    Gui gui;
    if (!gui.open(dataDir, platform))
        return -1;
    Outbox *outbox = gui.workspace->outbox();
    QEventLoop loop;
    QObject::connect(outbox, &Outbox::idle, &loop, &QEventLoop::quit);
    // How long the event loop goes without turning while it flushes.
    QElapsedTimer sinceTick;
    double worst = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worst = qMax(worst, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start(10);
    gui.workspace->startOutbox();
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    *worstStallMs = worst;
    return clock.nsecsElapsed() / 1e6;
}

/// `leaddesk-cli --profile Sandbox outbox flush` on `dataDir`, in milliseconds.
double cliFlush(const QString &dataDir)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IVVY_API_SECRET"), kSecret);
    cli.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    cli.start(bin(QStringLiteral("leaddesk-cli")),
              {QStringLiteral("--profile"), kProfile, QStringLiteral("--data-dir"), dataDir,
               QStringLiteral("outbox"), QStringLiteral("flush")});
    if (!cli.waitForFinished(30 * 60 * 1000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "bench_outboxscale: outbox flush: exit %d %s\n", cli.exitCode(),
                     cli.readAllStandardError().right(300).constData());
        return -1;
    }
    return clock.nsecsElapsed() / 1e6;
}

int pendingIn(const QString &dataDir)
{
    Database db;
    db.open(Database::defaultPath(dataDir));
    const auto rows = db.select(QStringLiteral("SELECT COUNT(*) FROM items WHERE state <> 'sent'"));
    return rows ? rows.value().value(0).value(0).toInt() : -1;
}

/// A data folder with profile Sandbox pointing at `platform`, filled.
bool prepareFlushDir(const QString &dataDir, const QUrl &platform, int queued, int sent)
{
    ProfileStore profiles(dataDir);
    if (!profiles.save({kProfile, platform.toString(), kKey, false}))
        return false;
    return fill(dataDir, kProfile, queued, sent);
}

double validateRun(const QStringList &arguments, const QString &dataDir, const QUrl &platform)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IVVY_API_KEY"), kKey);
    env.insert(QStringLiteral("IVVY_API_SECRET"), kSecret);
    cli.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    cli.start(bin(QStringLiteral("leaddesk-cli")),
              QStringList {QStringLiteral("--platform"), platform.toString(),
                           QStringLiteral("--data-dir"), dataDir, QStringLiteral("validate")}
                  + arguments);
    cli.waitForFinished(600000);
    if (cli.exitCode() != 0)
        std::fprintf(stderr, "bench_outboxscale: validate: exit %d %s\n", cli.exitCode(),
                     cli.readAllStandardError().left(300).constData());
    return clock.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.*=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const auto option = [&](const char *name, int fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int queued = option("--queued", quick ? 200 : 10000);
    const int sent = option("--sent", quick ? 1000 : 50000);
    const int bodies = option("--bodies", quick ? 20 : 1000);
    const int starts = quick ? 1 : 11;
    std::printf("bench_outboxscale: %d queued, %d sent, %d bodies to validate\n", queued, sent,
                bodies);

    // First paint and memory, empty against full, alternating so both see the same load.
    QTemporaryDir emptyDir, fullDir;
    startApp(emptyDir.path()); // fills the lookup cache
    startApp(fullDir.path());
    if (!fill(fullDir.path(), kProfile, queued, sent)) {
        std::fprintf(stderr, "bench_outboxscale: could not fill the store\n");
        return 1;
    }
    QList<double> emptyMs, fullMs;
    QList<double> emptyRss, fullRss;
    for (int i = 0; i < starts; ++i) {
        const Start e = startApp(emptyDir.path());
        const Start f = startApp(fullDir.path());
        if (e.ms < 0 || f.ms < 0) {
            std::fprintf(stderr, "bench_outboxscale: the app did not start\n");
            return 1;
        }
        emptyMs << e.ms;
        fullMs << f.ms;
        emptyRss << e.rssKb / 1024.0;
        fullRss << f.rssKb / 1024.0;
    }
    const double paintRatio = median(fullMs) / median(emptyMs);
    std::printf("first paint: empty outbox %.0f ms, %d queued + %d sent %.0f ms, ratio %.2f "
                "(budget 1.5)\n",
                median(emptyMs), queued, sent, median(fullMs), paintRatio);
    std::printf("memory at first paint: empty %.1f MB, full %.1f MB, +%.1f MB (budget +30 MB)\n",
                median(emptyRss), median(fullRss), median(fullRss) - median(emptyRss));

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "bench_outboxscale: leaddesk-sandbox did not start\n");
        return 1;
    }

    // One item change and one autosave in the full window, on the GUI thread.
    {
        Gui gui;
        if (!gui.open(fullDir.path(), sandbox.url())) {
            std::fprintf(stderr, "bench_outboxscale: the window did not open\n");
            return 1;
        }
        Outbox *outbox = gui.workspace->outbox();
        OutboxListModel *list = gui.window->outboxPanel()->model();
        QList<double> changes, written, saves;
        // What the GUI thread does for one change the outbox announces: the panel's row, its
        // summary and the repaint (the outbox announces an answer this way during a flush).
        for (int i = 0; i < (quick ? 5 : 200); ++i) {
            OutboxChange change;
            change.entry = *list->entryAt((i * 37) % list->rowCount());
            change.entry.attempts += 1;
            change.entry.lastError = QStringLiteral("The platform is slow to answer.");
            changes << onGuiThread([&] { Q_EMIT outbox->itemChanged(change); });
        }
        // The same with the store written: undo of a delete, a row back in the middle.
        for (int i = 0; i < (quick ? 5 : 50); ++i) {
            const qint64 id = list->entryAt(list->rowCount() / 2)->id;
            const auto removed = outbox->remove(id);
            if (!removed)
                break;
            written << onGuiThread([&] { outbox->restore(removed.value()); });
        }
        RecordForm *form = gui.window->currentForm();
        for (int i = 0; i < (quick ? 5 : 50); ++i) {
            form->model()->setValue(QStringLiteral("name"), QStringLiteral("Autosaved %1").arg(i));
            saves << onGuiThread([&] { form->saveDraft(); });
        }
        std::printf("one item change with %d rows in the panel: median %.2f ms, worst %.2f ms "
                    "(budget 2 ms); with its store write (undo of a delete) median %.2f ms\n",
                    list->rowCount(), median(changes),
                    changes.isEmpty() ? 0 : *std::max_element(changes.cbegin(), changes.cend()),
                    median(written));
        std::printf("one autosave: median %.2f ms, worst %.2f ms (budget 15 ms)\n", median(saves),
                    saves.isEmpty() ? 0 : *std::max_element(saves.cbegin(), saves.cend()));
    }

    // The GUI and the CLI each flush the same outbox (a copy each) to the same sandbox.
    {
        QTemporaryDir guiDir, cliDir;
        if (!prepareFlushDir(guiDir.path(), sandbox.url(), queued, sent)
            || !prepareFlushDir(cliDir.path(), sandbox.url(), queued, sent)) {
            std::fprintf(stderr, "bench_outboxscale: could not prepare the flushes\n");
            return 1;
        }
        double stall = 0;
        const double gui = guiFlush(guiDir.path(), sandbox.url(), &stall);
        const double cli = cliFlush(cliDir.path());
        std::printf("flush of %d: GUI %.1f s (left %d, longest stall %.0f ms), leaddesk-cli "
                    "%.1f s (left %d), ratio %.2f (budget 1.5)\n",
                    queued, gui / 1000, pendingIn(guiDir.path()), stall, cli / 1000,
                    pendingIn(cliDir.path()), gui / cli);
    }

    // validate: many bodies in one process against one process per body.
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QStringList files;
        QJsonObject body = sample();
        for (int i = 0; i < bodies; ++i) {
            body.insert(QStringLiteral("name"), QStringLiteral("Validated lead %1").arg(i));
            const QString path = dir.filePath(QStringLiteral("lead-%1.json").arg(i));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(QJsonDocument(body).toJson());
            files << path;
        }
        // The lookup cache and the lead schema, as a rep's profile has them.
        QProcess schema;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IVVY_API_KEY"), kKey);
        env.insert(QStringLiteral("IVVY_API_SECRET"), kSecret);
        schema.setProcessEnvironment(env);
        schema.start(
            bin(QStringLiteral("leaddesk-cli")),
            {QStringLiteral("--platform"), sandbox.url().toString(), QStringLiteral("--data-dir"),
             data, QStringLiteral("schema"), QStringLiteral("import"), QStringLiteral("lead"),
             QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json")});
        schema.waitForFinished(60000);
        validateRun({files.first()}, data, sandbox.url());
        const double together = validateRun(files, data, sandbox.url());
        QElapsedTimer clock;
        clock.start();
        for (const QString &file : std::as_const(files))
            validateRun({file}, data, sandbox.url());
        const double apart = clock.nsecsElapsed() / 1e6;
        std::printf("validate %d bodies: one process %.2f s, %d processes %.2f s, %.1f x faster "
                    "(budget 20 x)\n",
                    bodies, together / 1000, bodies, apart / 1000, apart / together);
    }
    return 0;
}
