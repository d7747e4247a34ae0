#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "fields/largeselecteditor.h"
#include "fields/recordpickereditor.h"
#include "forms/formbody.h"
#include "guifixture.h"
#include "mainwindow/outboxpanel.h"
#include "mainwindow/sentnotifier.h"
#include "model/recordmodel.h"
#include "services/outboxlistmodel.h"
#include "store/outboxstore.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

/// The daily loop as a rep walks it, polished (issue 16): F8 through the problems in the order
/// of the form, banners that stay true, being told when the outbox sent a lead, the outbox
/// panel and the request inspector in the View menu, shortcuts that do what README says,
/// drafts and the window as they were after a restart.
class TestDailyLoop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    RecordModel *model() const { return m_app->form()->model(); }
    OutboxPanel *panel() const { return m_app->window->outboxPanel(); }
    QListWidget *summary() const
    {
        return m_app->form()->findChild<QListWidget *>("problemSummary");
    }

    QList<OutboxItem> items() const
    {
        return m_app->workspace->outboxStore()->items("Sandbox").value();
    }

    /// The focused widget is the editor of `key` (or inside it).
    bool focusIsIn(const QString &key) const
    {
        FieldRow *row = m_app->form()->rowFor(key);
        QWidget *focus = QApplication::focusWidget();
        return row && focus && row->editor()->isAncestorOf(focus);
    }

    int summaryLine(const QString &startsWith) const
    {
        for (int i = 0; i < summary()->count(); ++i)
            if (summary()->item(i)->text().startsWith(startsWith))
                return i;
        return -1;
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

    /// Submits while the platform is down: the lead waits in the outbox.
    void submitWhileDown(const QString &name, quint16 *port)
    {
        GuiFixture &app = *m_app;
        typeLead(name);
        *port = app.sandbox->port();
        app.sandbox.reset();
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("outbox"), 8000);
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
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void f8GoesToTheNextOpenProblemAfterTheFocusedField()
    {
        GuiFixture &app = *m_app;
        QTest::mouseClick(app.input<QCheckBox>("newContact"), Qt::LeftButton);
        QTRY_VERIFY(app.input<QLineEdit>("contact.firstName"));
        GuiFixture::type(app.input<QLineEdit>("name"), "Problems in order");
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(focusIsIn("sourceId"));

        // Listed as the form shows them: the inline contact before the custom fields.
        QVERIFY(summaryLine("First name") >= 0 && summaryLine("Event date") >= 0);
        QVERIFY(summaryLine("First name") < summaryLine("Event date"));

        // The focused problem fixed, F8 goes to the next one still open: Type, not Stage.
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        QTest::keyClick(app.window.get(), Qt::Key_F8);
        QTRY_VERIFY(focusIsIn("typeId"));
        GuiFixture::pick(app.input<QComboBox>("typeId"), "Social Function");
        QTest::keyClick(app.window.get(), Qt::Key_F8);
        QTRY_VERIFY(focusIsIn("stageId"));

        // From wherever the rep is: after a custom field comes the next custom field, not the
        // inline contact further up.
        GuiFixture::focus(app.input<QLineEdit>("custom:900"));
        QTest::keyClick(app.window.get(), Qt::Key_F8);
        QTRY_VERIFY(focusIsIn("custom:901"));
        GuiFixture::focus(app.input<QLineEdit>("contact.firstName"));
        QTest::keyClick(app.window.get(), Qt::Key_F8);
        QTRY_VERIFY(focusIsIn("contact.lastName"));

        // After the last problem, round again from the top.
        GuiFixture::focus(
            app.form()->findChild<LargeSelectEditor *>("editor_custom_909")->lineEdit());
        QTest::keyClick(app.window.get(), Qt::Key_F8);
        QTRY_VERIFY(focusIsIn("stageId"));
    }

    void thingsToFixAreRecountedAsFixesComeIn()
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), "Counting down");
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        MessageBanner *banner = app.form()->banner();
        const int before = summary()->count();
        QVERIFY(before > 2);
        QVERIFY2(banner->text().contains(QString::number(before)), qPrintable(banner->text()));
        GuiFixture::pick(app.input<QComboBox>("sourceId"), "Google");
        QTRY_COMPARE(summary()->count(), before - 1);
        QVERIFY2(banner->text().contains(QString("%1 thing").arg(before - 1)),
                 qPrintable(banner->text()));
        // Everything fixed: the banner has nothing left to say.
        typeLead("Counting down");
        QTRY_COMPARE(summary()->count(), 0);
        QVERIFY(!banner->isVisible());
    }

    void theRepIsToldWhenAQueuedLeadGoesOut()
    {
        GuiFixture &app = *m_app;
        QSignalSpy notified(app.window->sentNotifier(), &SentNotifier::notified);
        app.window->sentNotifier()->setActiveCheck([] { return false; });
        quint16 port = 0;
        submitWhileDown("Told when sent", &port);
        QVERIFY(port);
        MessageBanner *banner = app.form()->banner();
        QVERIFY(banner->text().contains("outbox"));

        app.sandbox = std::make_unique<SandboxServer>();
        QVERIFY(app.sandbox->start(port));
        QTRY_VERIFY_WITH_TIMEOUT(
            !items().isEmpty() && items().first().state == OutboxItem::State::Sent, 15000);
        const qint64 id = items().first().recordId;
        QCOMPARE(app.sandbox->lead(id).value("name").toString(), QString("Told when sent"));
        // The banner no longer says it could not be sent: it says it went, with the id.
        QTRY_VERIFY2(banner->text().contains(QString::number(id)), qPrintable(banner->text()));
        QVERIFY(banner->text().contains("went out"));
        QVERIFY(!banner->text().contains("outbox and is sent by itself"));
        QVERIFY(banner->findChild<QPushButton *>("copyIdButton"));
        // The status bar names it, and, the window not being active, the desktop is told.
        QTRY_VERIFY(app.window->statusBar()->currentMessage().contains(QString::number(id)));
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().contains(QString::number(id)));
    }

    void theQueuedBannerDoesNotStayOnTheNextLead()
    {
        GuiFixture &app = *m_app;
        QSignalSpy notified(app.window->sentNotifier(), &SentNotifier::notified);
        quint16 port = 0;
        submitWhileDown("Left in the outbox", &port);
        QVERIFY(port);
        MessageBanner *banner = app.form()->banner();
        QVERIFY(banner->isVisible());
        // The rep starts on the next lead: that banner was about the one before.
        QTest::keyClicks(app.input<QLineEdit>("name"), "Next one");
        QTRY_VERIFY(!banner->isVisible());
        // An active window is not interrupted by a desktop notification.
        QTest::qWait(SentNotifier::GatherMs + 100);
        QCOMPARE(notified.size(), 0);
    }

    void theOutboxPanelReopensFromTheViewMenu()
    {
        GuiFixture &app = *m_app;
        QDockWidget *dock = app.window->outboxDock();
        QVERIFY(dock->isVisible());
        dock->close();
        QTRY_VERIFY(!dock->isVisible());
        auto *action = app.window->findChild<QAction *>("actionOutboxPanel");
        QVERIFY(action);
        QVERIFY(app.window->findChild<QMenu *>("menuView")->actions().contains(action));
        QTest::keyClick(app.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
    }

    void settingsOpenWithCtrlComma()
    {
        QSignalSpy asked(m_app->window.get(), &MainWindow::settingsRequested);
        QTest::keyClick(m_app->window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(asked.size(), 1);
    }

    void openDraftsComeBackAfterARestart()
    {
        GuiFixture &app = *m_app;
        GuiFixture::type(app.input<QLineEdit>("name"), "Half a lead");
        app.window->openForm(RecordKind::Company);
        QTRY_VERIFY(app.input<QLineEdit>("businessName"));
        GuiFixture::type(app.input<QLineEdit>("businessName"), "Half a company");
        QTRY_COMPARE(items().size(), 2);

        QVERIFY(app.window->close());
        QVERIFY(app.openWindow());
        // Both forms are open again, with what was typed, and no blank form beside them.
        QTabWidget *tabs = app.window->tabs();
        QTRY_COMPARE(tabs->count(), 2);
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i) {
            auto *form = qobject_cast<RecordForm *>(tabs->widget(i));
            QVERIFY(form);
            names << form->model()->title();
        }
        QVERIFY2(names.contains("Half a lead"), qPrintable(names.join(", ")));
        QVERIFY2(names.contains("Half a company"), qPrintable(names.join(", ")));
        // Still the same drafts: typing goes on in them, not in new ones.
        GuiFixture::type(app.input<QLineEdit>("businessName"), "A whole company");
        auto titled = [this](const QString &title) {
            const QList<OutboxItem> all = items();
            return std::any_of(all.cbegin(), all.cend(),
                               [&title](const OutboxItem &item) { return item.title == title; });
        };
        QTRY_VERIFY(titled("A whole company"));
        QCOMPARE(items().size(), 2);

        // A form closed on purpose stays closed.
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Save; });
        QVERIFY(app.window->closeTab(tabs->currentIndex()));
        QVERIFY(app.window->close());
        QVERIFY(app.openWindow());
        QTRY_COMPARE(app.window->tabs()->count(), 1);
        QCOMPARE(app.form()->model()->title(), QString("Half a lead"));
    }

    void theWindowFitsTheScreenAndKeepsItsPlace()
    {
        GuiFixture &app = *m_app;
        QVERIFY(app.openWindow(QSize()));
        const QRect available = app.window->screen()->availableGeometry();
        QVERIFY2(available.contains(app.window->geometry()),
                 qPrintable(QString("%1x%2 on %3x%4")
                                .arg(app.window->width())
                                .arg(app.window->height())
                                .arg(available.width())
                                .arg(available.height())));
        auto *submit = app.form()->findChild<QPushButton *>("submitButton");
        QTRY_VERIFY(submit && submit->isVisible());
        QVERIFY(available.contains(
            QRect(submit->mapToGlobal(QPoint(0, 0)), submit->size()).bottomRight()));

        const QRect placed(available.topLeft() + QPoint(20, 30), QSize(640, 480));
        app.window->setGeometry(placed);
        QTRY_COMPARE(app.window->geometry().size(), placed.size());
        QVERIFY(app.window->close());
        QVERIFY(app.openWindow(QSize()));
        QCOMPARE(app.window->geometry().size(), placed.size());
    }

    void theInspectorDocksSmallAndKeepsItsSize()
    {
        GuiFixture &app = *m_app;
        QDockWidget *dock = app.window->inspectorDock();
        QTest::keyClick(app.window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible() && dock->widget());
        QTRY_VERIFY2(dock->height() <= app.window->height() * 0.4,
                     qPrintable(QString("%1 of %2").arg(dock->height()).arg(app.window->height())));
        QVERIFY(app.window->tabs()->height() >= app.window->height() / 2);

        app.window->resizeDocks({dock}, {300}, Qt::Vertical);
        QTRY_VERIFY(qAbs(dock->height() - 300) < 20);
        const int kept = dock->height();
        QVERIFY(app.window->close());
        QVERIFY(app.openWindow());
        dock = app.window->inspectorDock();
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY2(qAbs(dock->height() - kept) < 20,
                     qPrintable(QString("%1, was %2").arg(dock->height()).arg(kept)));
    }

    void deleteNeedsSomethingToDelete()
    {
        GuiFixture &app = *m_app;
        auto *remove = panel()->findChild<QPushButton *>("deleteItemButton");
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
        GuiFixture::type(app.input<QLineEdit>("name"), "Something to delete");
        QTRY_COMPARE(panel()->model()->rowCount(), 1);
        QVERIFY(!remove->isEnabled()); // a row, but none chosen
        panel()->view()->setCurrentIndex(panel()->model()->index(0));
        QVERIFY(remove->isEnabled());
        panel()->view()->setCurrentIndex(QModelIndex());
        QVERIFY(!remove->isEnabled());
    }

    void correctionsSayTheyAreSaved()
    {
        GuiFixture &app = *m_app;
        auto *submit = app.form()->findChild<QPushButton *>("submitButton");
        QTRY_VERIFY(submit);
        QCOMPARE(submit->text(), QString("&Submit"));
        RecordForm *form = app.window->openRecord("lead", 20000, app.sandbox->lead(20000));
        QTRY_VERIFY(form->findChild<QPushButton *>("submitButton"));
        QCOMPARE(form->findChild<QPushButton *>("submitButton")->text(), QString("&Save"));
        QCOMPARE(app.window->findChild<QAction *>("actionSubmit")->text(),
                 QString("&Save changes"));
    }

    void showingAllFieldsDoesNotMoveTheFields()
    {
        GuiFixture &app = *m_app;
        RecordForm *form = app.window->openForm(RecordKind::Company);
        QTRY_VERIFY(app.input<QLineEdit>("businessName"));
        FieldRow *name = form->rowFor("businessName");
        QTest::qWait(100); // laid out
        const int before = name->editor()->mapTo(form, QPoint(0, 0)).x();
        auto *all = form->findChild<QCheckBox *>("showAllFields");
        QVERIFY(all);
        all->setChecked(true);
        QTRY_VERIFY(form->rowFor("externalId"));
        QTest::qWait(50);
        name = form->rowFor("businessName");
        QCOMPARE(name->editor()->mapTo(form, QPoint(0, 0)).x(), before);
        // The label column stays a label column, not half the form.
        QVERIFY(form->body()->labelWidth() <= 260);
    }

    void wideWindowsShowTwoColumnsOfSections()
    {
        GuiFixture &app = *m_app;
        FormBody *body = app.form()->body();
        QVERIFY(!body->isTwoColumns());
        app.window->resize(1900, 1000);
        QTRY_VERIFY(body->isTwoColumns());
        QTRY_VERIFY(app.input<QLineEdit>("custom:905"));
        // The custom fields stand beside the lead's own, and no field is stretched across.
        QWidget *lead = app.form()->rowFor("name");
        QWidget *custom = app.form()->rowFor("custom:905");
        QTRY_VERIFY(custom->mapTo(body, QPoint(0, 0)).x()
                    > lead->mapTo(body, QPoint(0, 0)).x() + lead->width() / 2);
        QVERIFY(app.input<QComboBox>("sourceId")->width() < 900);
        // Tab order and F8 still run down the first column, then the second.
        QCOMPARE(body->rowsInOrder().indexOf(app.form()->rowFor("name")), 0);
        QVERIFY(body->rowsInOrder().indexOf(app.form()->rowFor("custom:905"))
                > body->rowsInOrder().indexOf(app.form()->rowFor("industryId")));
        app.window->resize(1000, 760);
        QTRY_VERIFY(!body->isTwoColumns());
        // Back to one column, its rows take the form's width: no blank half beside them.
        QTRY_VERIFY2(lead->width() > body->viewport()->width() * 3 / 4,
                     qPrintable(QStringLiteral("row %1 px in a form %2 px wide")
                                    .arg(lead->width())
                                    .arg(body->viewport()->width())));
    }

    void aDateTypedIntoANumberIsRefusedNotSwallowed()
    {
        GuiFixture &app = *m_app;
        auto *attendees = app.input<QLineEdit>("custom:901");
        GuiFixture::type(attendees, "2027-04-04");
        // Kept as typed, and named as wrong: never the number 20270404.
        QCOMPARE(attendees->text(), QString("2027-04-04"));
        const QJsonValue value = app.form()->model()->value("custom:901");
        QVERIFY2(!value.isDouble(), qPrintable(QString::number(value.toDouble())));
        bool named = false;
        for (const FieldProblem &problem : app.form()->model()->problems())
            named = named || problem.key == QLatin1String("custom:901");
        QVERIFY(named);
        GuiFixture::type(attendees, "80");
        QCOMPARE(app.form()->model()->value("custom:901").toInt(), 80);
    }

    void aNarrowWindowGivesItsWidthToTheFields()
    {
        GuiFixture &app = *m_app;
        app.window->resize(1024, 740);
        FormBody *body = app.form()->body();
        QTRY_VERIFY(!body->isTwoColumns());
        QWidget *lead = app.form()->rowFor("name");
        QTRY_VERIFY2(lead->width() > body->viewport()->width() * 3 / 4,
                     qPrintable(QStringLiteral("row %1 px in a form %2 px wide")
                                    .arg(lead->width())
                                    .arg(body->viewport()->width())));
    }
};

QTEST_MAIN(TestDailyLoop)
#include "tst_dailyloop.moc"
