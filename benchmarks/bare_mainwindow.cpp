// The baseline for bench_startup: the least a Qt Widgets program does to
// show an idle main window. Quits as soon as the window is up and idle.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 760);
    window.show();
    QTimer::singleShot(0, &app, [] {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
