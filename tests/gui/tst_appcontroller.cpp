#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "main/appcontroller.h"
#include "mainwindow/mainwindow.h"
#include "services/profilestore.h"
#include "services/workspace.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

/// Starting on a saved profile whose secret is nowhere (no keychain, nothing
/// for this session): the window is up and the secret is asked for. Cancelling
/// keeps LeadDesk open for typing and says nothing is sent until the secret
/// is entered; entering it later connects.
class TestAppController : public QObject
{
    Q_OBJECT

    /// Answers the next secret prompt with `answer` (rejects it when empty).
    static void answerPrompt(const QString &answer, bool *answered)
    {
        auto *poll = new QTimer(qApp);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, answered] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->deleteLater();
            *answered = true;
            if (answer.isEmpty()) {
                dialog->reject();
            } else {
                dialog->setTextValue(answer);
                dialog->accept();
            }
        });
        poll->start(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain: the probe ends with "unavailable" instead of reaching the user's.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leaddesk-test-bus");
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Ok; });
    }

    void cancellingTheSecretPromptKeepsTheWindow()
    {
        QTemporaryDir data;
        {
            ProfileStore profiles(data.path());
            QVERIFY(profiles.save({"Office", "http://127.0.0.1:1", "office-key", false}).ok());
            profiles.setCurrent("Office");
        }
        AppController::Options options;
        options.dataDir = data.path();
        AppController controller(options);
        QSignalSpy quit(&controller, &AppController::quitRequested);
        bool refused = false;
        answerPrompt(QString(), &refused);
        controller.start();
        QVERIFY(controller.mainWindow());
        QTRY_VERIFY_WITH_TIMEOUT(refused, 30000);

        MainWindow *window = controller.mainWindow();
        QVERIFY(window);
        QPushButton *enter = nullptr;
        QTRY_VERIFY(enter = window->banner()->findChild<QPushButton *>("enterSecretButton"));
        QVERIFY2(window->banner()->text().contains("nothing is sent"),
                 qPrintable(window->banner()->text()));
        QVERIFY(quit.isEmpty());
        QVERIFY(window->currentForm()); // still there to type into
        QCOMPARE(controller.workspace()->connection(), Workspace::Connection::Unknown);

        // Later the rep enters it: LeadDesk goes online (here: finds the address unreachable).
        bool entered = false;
        answerPrompt(QStringLiteral("office-secret"), &entered);
        enter->click();
        QTRY_VERIFY(entered);
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.workspace()->connection() == Workspace::Connection::Offline, 15000);
        QVERIFY(window->banner()->findChild<QPushButton *>("enterSecretButton") == nullptr
                || !window->banner()->isVisible());
        QVERIFY(quit.isEmpty());
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
