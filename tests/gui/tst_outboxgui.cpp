#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/fieldrow.h"
#include "fields/largeselecteditor.h"
#include "fields/recordpickereditor.h"
#include "guifixture.h"
#include "mainwindow/outboxpanel.h"
#include "model/recordmodel.h"
#include "services/outboxlistmodel.h"
#include "store/outboxstore.h"
#include "support/exactlyonce.h"
#include "support/leadgenerator.h"
#include "support/platformlookups.h"
#include "support/readonlyfolder.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>

/// Drafts and the outbox in the window: nothing typed is lost, a lead
/// submitted while the platform is down goes out by itself later, and an
/// item the platform refused reopens with its errors.
class TestOutboxGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    RecordModel *model() const { return m_app->form()->model(); }
    OutboxPanel *panel() const { return m_app->window->outboxPanel(); }

    QList<OutboxItem> items() const
    {
        return m_app->workspace->outboxStore()->items("Sandbox").value();
    }

    /// A complete contact lead for contact 5050, typed as a rep would.
    void typeLead(const QString &name)
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), name);
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        GuiFixture::pick(app.input<QComboBox>("stageId"), "New enquiry");
        auto *contact = app.form()->findChild<RecordPickerEditor *>("editor_contactId");
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     app.sandbox->contact(5050).value("email").toString());
        GuiFixture::pick(app.input<QComboBox>("industryId"), "Entertainment");
        GuiFixture::type(app.input<QLineEdit>("custom:900"), "2027-03-14");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "80");
        GuiFixture::pick(app.input<QComboBox>("custom:902"), "Under $5,000");
        auto *venue = app.form()->findChild<LargeSelectEditor *>("editor_custom_909");
        GuiFixture::typeAndTakeFirst(venue->lineEdit(), venue->completer(), "Harbour Ballroom");
    }

    void activatePanelRow(int row)
    {
        QListView *view = panel()->view();
        view->setCurrentIndex(panel()->model()->index(row));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Cancel; });
    }

    void cleanup()
    {
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void draftRestoresExactlyAfterTheWindowCloses()
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), "Harbour gala");
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Trade Show");
        GuiFixture::type(app.input<QLineEdit>("custom:901"), "250");
        QTest::mouseClick(app.input<QCheckBox>("newContact"), Qt::LeftButton);
        QTRY_VERIFY(app.input<QLineEdit>("contact.firstName"));
        GuiFixture::type(app.input<QLineEdit>("contact.firstName"), "Noor");
        GuiFixture::type(app.input<QLineEdit>("contact.email"), "noor@harbour.example");
        // Autosave keeps at most a moment of typing at risk.
        QTRY_VERIFY_WITH_TIMEOUT(!items().isEmpty()
                                     && items()
                                             .first()
                                             .draft.value("contact")
                                             .toObject()
                                             .value("values")
                                             .toObject()
                                             .value("email")
                                         == QJsonValue("noor@harbour.example"),
                                 2000);

        QVERIFY(app.window->close());
        QVERIFY(MessageBox::asked().isEmpty());
        QVERIFY(app.openWindow());

        QTRY_COMPARE(panel()->model()->rowCount(), 1);
        QVERIFY(panel()->model()->index(0).data().toString().contains("Harbour gala"));
        activatePanelRow(0);
        QTRY_COMPARE(model()->value("name").toString(), QString("Harbour gala"));
        QCOMPARE(model()->value("sourceId").toInt(), 105);
        QCOMPARE(model()->value("custom:901").toInt(), 250);
        QCOMPARE(model()->nestedContact()->value("firstName").toString(), QString("Noor"));
        QTRY_VERIFY(app.input<QLineEdit>("contact.email"));
        QCOMPARE(app.input<QLineEdit>("contact.email")->text(), QString("noor@harbour.example"));
    }

    void submittedWhileDownGoesOutByItself()
    {
        GuiFixture &app = *m_app;
        typeLead("Offline kick-off");
        const quint16 port = app.sandbox->port();
        app.sandbox.reset(); // the platform goes away
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        // The form lets go at once and says where the lead is.
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("outbox"), 8000);
        QVERIFY(model()->value("name").isUndefined());
        QTRY_VERIFY(panel()->model()->rowCount() >= 1);
        const QString line = panel()->model()->index(0).data().toString();
        QVERIFY2(line.contains("Waiting to be sent") || line.contains("Checking"),
                 qPrintable(line));
        QVERIFY(line.contains("Offline kick-off"));
        // The status bar agrees with the outbox.
        auto *connection = app.window->findChild<QLabel *>("connectionStatus");
        QVERIFY(connection);
        QTRY_COMPARE(connection->text(), QString("Platform: unreachable"));
        QVERIFY2(connection->toolTip().contains("refused"), qPrintable(connection->toolTip()));

        // The platform comes back: the outbox notices and sends by itself.
        app.sandbox = std::make_unique<SandboxServer>();
        QVERIFY(app.sandbox->start(port));
        QTRY_VERIFY_WITH_TIMEOUT(
            !items().isEmpty() && items().first().state == OutboxItem::State::Sent, 15000);
        const qint64 id = items().first().recordId;
        QCOMPARE(app.sandbox->lead(id).value("name").toString(), QString("Offline kick-off"));
        QTRY_VERIFY(
            panel()->model()->index(0).data().toString().contains(QString("id %1").arg(id)));
        QTRY_COMPARE(connection->text(), QString("Platform: online"));
    }

    void needsFixReopensWithItsErrors()
    {
        GuiFixture &app = *m_app;
        typeLead("Deleted contact");
        model()->setValue("contactId", 987654); // gone from the platform since LeadDesk saw it
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->kind() == MessageBanner::Kind::Error, 10000);
        // Closing asks (it is not sent); the rep keeps it to fix later.
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        emit app.window->tabs()->tabCloseRequested(app.window->tabs()->currentIndex());
        QCOMPARE(MessageBox::asked().size(), 1);
        QTRY_VERIFY(panel()->model()->rowCount() >= 1);
        QVERIFY(panel()->model()->index(0).data().toString().startsWith("Needs a fix"));

        activatePanelRow(0);
        QTRY_COMPARE(model()->value("name").toString(), QString("Deleted contact"));
        QTRY_VERIFY(
            app.form()->rowFor("contactId")
            && app.form()->rowFor("contactId")->errorLabel()->text().contains("'contactId'"));
        // Fixed and submitted again, it goes out as the same item.
        auto *contact = app.form()->findChild<RecordPickerEditor *>("editor_contactId");
        // The offscreen platform forgets the active window when a focused tab closes.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        GuiFixture::typeAndTakeFirst(contact->lineEdit(), contact->completer(),
                                     app.sandbox->contact(5050).value("email").toString());
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("created"), 10000);
        QCOMPARE(items().size(), 1);
        QCOMPARE(items().first().state, OutboxItem::State::Sent);
    }

    void deletingADraftCanBeUndone()
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), "Maybe later");
        QVERIFY(app.form()->saveDraft());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        emit app.window->tabs()->tabCloseRequested(0);
        QTRY_COMPARE(panel()->model()->rowCount(), 1);
        panel()->view()->setCurrentIndex(panel()->model()->index(0));
        panel()->deleteSelected();
        QCOMPARE(panel()->model()->rowCount(), 0);
        auto *undo = panel()->findChild<QPushButton *>("undoDeleteButton");
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(panel()->model()->rowCount(), 1);
        QVERIFY(panel()->model()->index(0).data().toString().contains("Maybe later"));
    }

    void autosaveFailureIsShownAndTheTextStays()
    {
        GuiFixture &app = *m_app;
        auto *name = app.input<QLineEdit>("name");
        GuiFixture::type(name, "Before the disk filled");
        QTRY_VERIFY_WITH_TIMEOUT(
            !items().isEmpty() && items().first().title == "Before the disk filled", 2000);
        // The data folder becomes read-only mid-session.
        ReadOnlyFolder locked(app.dir.path());
        QVERIFY(locked.isReadOnly());
        QTest::keyClicks(name, ", and after");
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("Autosave failed"), 3000);
        QCOMPARE(app.form()->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(app.form()->banner()->text().contains("still here"));
        // Nothing typed is gone: it is on screen, and in the model.
        QCOMPARE(name->text(), QString("Before the disk filled, and after"));
        QCOMPARE(model()->value("name").toString(), QString("Before the disk filled, and after"));
        auto *retry = app.form()->findChild<QPushButton *>("retrySaveButton");
        QVERIFY(retry);
        QVERIFY(app.form()->findChild<QPushButton *>("saveAsFileButton"));

        // The folder can be written again: Retry keeps it, and the banner says so.
        locked.release();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(app.form()->banner()->text().contains("saved again"));
        QTRY_COMPARE(items().first().title, QString("Before the disk filled, and after"));
    }
    // After a trade show: more than 20 leads wait, and the platform takes no batch runs. The
    // panel says the leads go one request at a time, and each goes out exactly once.
    void aPlatformWithoutBatchIsSaidInThePanel()
    {
        GuiFixture &app = *m_app;
        app.sandbox->setBatchSupport(SandboxServer::BatchSupport::Missing);
        Outbox *outbox = app.workspace->outbox();
        outbox->stop();
        ExactlyOnce once {*app.sandbox, {}, app.sandbox->leadCount()};
        // The generator's leads name existing contacts: it needs the directory too.
        const PlatformLookups lookups = PlatformLookups::fetch(
            app.workspace->client(), app.sandbox->leadCustomFieldDefinitions());
        QVERIFY2(lookups.problem.isEmpty(), qPrintable(lookups.problem));
        LeadGenerator generator(lookups.catalog, lookups.lists, {}, 11);
        for (int i = 0; i < 25; ++i) {
            const QString name = QStringLiteral("Expo badge %1").arg(i);
            const auto queued
                = outbox->queue(0, "lead", name, {{"name", name}}, generator.validLead(name));
            QVERIFY(queued);
            once.names.insert(queued.value(), name);
        }
        outbox->start();
        MessageBanner *banner = panel()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains("one request per record"), 15000);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Warning);
        QTRY_VERIFY_WITH_TIMEOUT(once.problems(items(), 25, true).isEmpty(), 30000);
    }
};

QTEST_MAIN(TestOutboxGui)
#include "tst_outboxgui.moc"
