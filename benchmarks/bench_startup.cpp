// Reports start-up time to an idle main window, with lookups cached, next to
// a bare QMainWindow program from the same build, in the same run
// (DESIGN.md budget: LeadDesk <= 1.3 x the bare window).
//
//   bench_startup [--runs N]    (needs a display: run under xvfb-run, or it uses offscreen)

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
/// Milliseconds from starting the program to its "ready" line: the window is
/// up and the event loop idle. Shutting down is not part of start-up.
double runOnce(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double ms = -1;
    while (ms < 0 && process.waitForReadyRead(60000)) {
        while (process.canReadLine()) {
            if (process.readLine().startsWith("ready")) {
                ms = timer.nsecsElapsed() / 1e6;
                break;
            }
        }
    }
    const bool finished = process.waitForFinished(60000);
    const bool good = ms >= 0 && finished && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (!good)
        std::fprintf(stderr, "bench_startup: %s %s: exit %d, %s\n%s\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))), process.exitCode(),
                     ms < 0 ? "never ready" : "ready", process.readAllStandardError().constData());
    *ok = *ok && good;
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = at > 0 ? args.value(at + 1).toInt() : 15;
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    const QDir bin(QCoreApplication::applicationDirPath());
    const QString leaddesk = bin.filePath(QStringLiteral("leaddesk"));
    const QString bare = bin.filePath(QStringLiteral("bare_mainwindow"));
    QTemporaryDir data;
    const QStringList leaddeskArgs {QStringLiteral("--sandbox"), QStringLiteral("--data-dir"),
                                    data.path(), QStringLiteral("--quit-when-ready")};
    bool ok = true;
    // The first start fills the lookup cache; the budget is for later starts.
    runOnce(leaddesk, leaddeskArgs, &ok);
    runOnce(bare, {}, &ok);
    if (!ok) {
        std::fprintf(stderr, "bench_startup: a program failed to start\n");
        return 1;
    }
    QList<double> ours, baseline;
    for (int i = 0; i < runs && ok; ++i) {
        // Alternate so both see the same machine load.
        baseline << runOnce(bare, {}, &ok);
        ours << runOnce(leaddesk, leaddeskArgs, &ok);
    }
    if (!ok) {
        std::fprintf(stderr, "bench_startup: a run failed\n");
        return 1;
    }
    const double ratio = median(ours) / median(baseline);
    std::printf("start-up to an idle main window, lookups cached (median of %d, %s)\n", runs,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"))));
    std::printf("  bare QMainWindow : %8.1f ms\n", median(baseline));
    std::printf("  LeadDesk         : %8.1f ms\n", median(ours));
    std::printf("  ratio            : %8.2f    budget <= 1.30   %s\n", ratio,
                ratio <= 1.3 ? "ok" : "OVER");
    return 0;
}
