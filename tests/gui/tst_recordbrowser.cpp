#include "browsers/recordbrowser.h"
#include "platform/platformclient.h"
#include "sandbox/sandboxserver.h"
#include "services/profilestore.h"
#include "services/recordbrowsermodel.h"
#include "services/workspace.h"

#include <QCollator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The lead browser driven by keyboard and mouse against the in-process
/// sandbox's 2,500 leads.
class TestRecordBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordBrowser> m_browser;

    QLineEdit *search() const { return m_browser->findChild<QLineEdit *>("browserSearch"); }
    QTableView *table() const { return m_browser->findChild<QTableView *>("browserTable"); }
    QProgressBar *busy() const { return m_browser->findChild<QProgressBar *>("browserBusy"); }
    QLabel *status() const { return m_browser->findChild<QLabel *>("browserStatus"); }
    RecordBrowserModel *model() const { return m_browser->model(); }

    QList<int> leadListStarts() const
    {
        QList<int> starts;
        const auto calls = m_sandbox->calls();
        for (const SandboxServer::Call &call : calls) {
            if (call.action == "getLeadList")
                starts << call.body.value("start").toInt(-1);
        }
        return starts;
    }

    QList<QJsonObject> leadListFilters() const
    {
        QList<QJsonObject> filters;
        const auto calls = m_sandbox->calls();
        for (const SandboxServer::Call &call : calls) {
            if (call.action == "getLeadList")
                filters << call.body.value("filter").toObject();
        }
        return filters;
    }

    void open(const QString &kind)
    {
        m_browser = std::make_unique<RecordBrowser>(m_workspace.get(), kind);
        m_browser->resize(1000, 600);
        m_browser->show();
        m_browser->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    }

    static void focus(QWidget *widget)
    {
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start());
        m_workspace = std::make_unique<Workspace>(m_dir.path());
        const Profile profile {"Sandbox", QString(), SandboxServer::defaultApiKey(), true};
        QVERIFY(m_workspace
                    ->activate(profile, m_sandbox->baseUrl().toString(),
                               SandboxServer::defaultApiSecret().toUtf8())
                    .ok());
        m_workspace->client()->setTransferTimeout(5000);
        open("lead");
    }

    void cleanup()
    {
        m_browser.reset();
        m_workspace.reset();
        m_sandbox.reset();
    }

    void showsTheFirstPageWithoutLoadingAll()
    {
        QVERIFY(search() && table() && busy() && status());
        QCOMPARE(search()->placeholderText(), QString("Search leads by name…"));
        QVERIFY(!busy()->accessibleName().isEmpty());
        QVERIFY(table()->isSortingEnabled());
        QCOMPARE(table()->selectionBehavior(), QAbstractItemView::SelectRows);
        QVERIFY(table()->alternatingRowColors());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        QTRY_VERIFY(!busy()->isVisible());
        QTest::qWait(100);
        // Only what fits: one page, and no sort that would load the rest.
        QCOMPARE(leadListStarts(), QList<int>({0}));
        QVERIFY2(status()->text().contains("100 of 2") && status()->text().endsWith("leads"),
                 qPrintable(status()->text()));
        QCOMPARE(model()->sortColumn(), -1);
    }

    /// At the size a 1024×768 screen leaves beside the outbox panel, names are readable: the
    /// name column takes the room the others do not need, and what the admin sets is kept.
    void namesGetTheRoomAndWidthsAreKept()
    {
        ProfileStore settings(m_dir.path());
        for (const QString &kind : {QString("lead"), QString("company"), QString("contact")}) {
            m_browser = std::make_unique<RecordBrowser>(m_workspace.get(), kind);
            m_browser->setSettings(&settings);
            m_browser->resize(720, 500);
            m_browser->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 10000);
            QTest::qWait(50);
            const int name = m_browser->nameColumn();
            const int room = table()->viewport()->width();
            const QFontMetrics metrics = table()->fontMetrics();
            int widest = 0;
            for (int row = 0; row < model()->rowCount(); ++row)
                widest = qMax(
                    widest, metrics.horizontalAdvance(model()->index(row, name).data().toString()));
            const int width = table()->columnWidth(name);
            QVERIFY2(width >= qMin(widest, room * 2 / 5),
                     qPrintable(QString("%1: name %2 of %3, widest %4")
                                    .arg(kind)
                                    .arg(width)
                                    .arg(room)
                                    .arg(widest)));
            // The columns fill the table and no more: nothing spills out of sight.
            int total = 0;
            for (int column = 0; column < model()->columnCount(); ++column)
                total += table()->columnWidth(column);
            QVERIFY2(total <= room + 2,
                     qPrintable(QString("%1: %2 of %3").arg(kind).arg(total).arg(room)));
        }

        // The admin widens a column: it stays so, here and the next time.
        const int column = m_browser->nameColumn() + 1;
        table()->horizontalHeader()->resizeSection(column, 150);
        m_browser->resize(700, 500);
        QTest::qWait(50);
        QCOMPARE(table()->columnWidth(column), 150);
        m_browser = std::make_unique<RecordBrowser>(m_workspace.get(), "contact");
        m_browser->setSettings(&settings);
        m_browser->resize(720, 500);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 10000);
        QCOMPARE(table()->columnWidth(column), 150);
    }

    void typingNarrowsTheTable()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        m_sandbox->clearCalls();
        focus(search());
        QTest::keyClicks(search(), "gala");
        QTRY_VERIFY_WITH_TIMEOUT(model()->filterText() == "gala" && !model()->isLoading(), 10000);
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(model()->totalCount() < 2500);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString name
                = model()
                      ->index(row, model()->columnIndex(RecordBrowserModel::Column::Name))
                      .data()
                      .toString();
            QVERIFY2(name.contains("gala", Qt::CaseInsensitive), qPrintable(name));
        }
        // Four keys, one request.
        QCOMPARE(leadListFilters(),
                 QList<QJsonObject>({QJsonObject({{"name__CONTAINS", "gala"}})}));
        QTRY_VERIFY(status()->text().contains(QString::number(model()->totalCount()) + " leads"));
    }

    void scrollingToTheBottomFetchesTheNextPage()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        m_sandbox->clearCalls();
        focus(table());
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 200, 10000);
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 300, 10000);
        // The scroll bar dragged to its end does the same.
        QScrollBar *bar = table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > bar->value()); // the new rows made room below
        bar->setValue(bar->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 400, 10000);
        QTest::qWait(200);
        QCOMPARE(leadListStarts(), QList<int>({100, 200, 300}));
        QCOMPARE(model()->rowCount(), 400);
        QVERIFY2(status()->text().startsWith("400 of"), qPrintable(status()->text()));
    }

    void busyIndicatorShowsWhileLoading()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        QTRY_VERIFY(!busy()->isVisible());
        QList<bool> seen;
        connect(model(), &RecordBrowserModel::loadingChanged, this,
                [this, &seen](bool) { seen << busy()->isVisible(); });
        focus(search());
        QTest::keyClicks(search(), "wedding");
        // Enter searches at once instead of after the pause.
        QTest::keyClick(search(), Qt::Key_Return);
        QVERIFY(busy()->isVisible());
        QVERIFY(model()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!busy()->isVisible(), 10000);
        QCOMPARE(seen, QList<bool>({true, false}));
        QVERIFY(model()->totalCount() > 0);
    }

    void downMovesIntoTheTableAndEnterOpens()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        QSignalSpy opened(m_browser.get(), &RecordBrowser::openRequested);
        focus(search());
        QTest::keyClick(search(), Qt::Key_Down);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->currentIndex().row(), 0);
        QTest::keyClick(table(), Qt::Key_Down);
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 2);
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), QString("lead"));
        QCOMPARE(opened.first().at(1).toLongLong(), 20002);
        QCOMPARE(opened.first().at(2).value<QJsonObject>(), m_sandbox->lead(20002));

        // A double-click opens too.
        const QRect cell = table()->visualRect(model()->index(4, 1));
        // As a window system sends it: press, release, then the double-click.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 1); // a single click only selects
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.last().at(1).toLongLong(), 20004);

        // Up from the first row goes back to the search.
        table()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(table(), Qt::Key_Up);
        QTRY_VERIFY(search()->hasFocus());
    }

    void enterOpensTheFoundLead()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        const QJsonObject wanted = m_sandbox->lead(22345);
        const QString name = wanted.value("name").toString();
        QSignalSpy opened(m_browser.get(), &RecordBrowser::openRequested);
        focus(search());
        QTest::keyClicks(search(), name);
        QTRY_VERIFY_WITH_TIMEOUT(model()->filterText() == name && !model()->isLoading()
                                     && model()->rowOf(22345) >= 0,
                                 10000);
        QTest::keyClick(search(), Qt::Key_Down);
        const int row = model()->rowOf(22345);
        table()->setCurrentIndex(model()->index(row, 0));
        QTest::keyClick(table(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).toLongLong(), 22345);
    }

    void clickingAHeaderSortsHonestly()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        focus(search());
        QTest::keyClicks(search(), "charity");
        QTest::keyClick(search(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->totalCount() > 100, 10000);
        QCOMPARE(model()->rowCount(), 100);
        m_sandbox->clearCalls();
        QHeaderView *header = table()->horizontalHeader();
        const int nameColumn = model()->columnIndex(RecordBrowserModel::Column::Name);
        const int x = header->sectionViewportPosition(nameColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model()->sortColumn(), nameColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 20000);
        QVERIFY(model()->allLoaded());
        QCOMPARE(model()->rowCount(), model()->totalCount());
        QVERIFY(!leadListStarts().isEmpty());
        QVERIFY(!leadListStarts().contains(0)); // the loaded page was not asked for again
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int row = 1; row < model()->rowCount(); ++row) {
            const QString above = model()->index(row - 1, nameColumn).data().toString();
            const QString name = model()->index(row, nameColumn).data().toString();
            QVERIFY2(collator.compare(above, name) <= 0, qPrintable(above + " > " + name));
        }
    }

    void failureIsSaidInWordsAndRetried()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        const QUrl address = m_sandbox->baseUrl();
        m_sandbox.reset(); // the platform goes away
        focus(table());
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains("Could not load leads"), 15000);
        QCOMPARE(model()->rowCount(), 100);
        auto *retry = m_browser->findChild<QPushButton *>("browserRetry");
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!busy()->isVisible());

        // Back on the same port: F5 picks up where it stopped.
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->start(quint16(address.port())));
        QTest::keyClick(table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 200, 10000);
        QTRY_VERIFY(!retry->isVisible());
        QCOMPARE(leadListStarts(), QList<int>({100}));
        QVERIFY(!status()->text().contains("Could not"));
    }

    void switchingProfileReloads()
    {
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 100, 10000);
        focus(table());
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 200, 10000);
        m_sandbox->clearCalls();
        const Profile other {"Other", QString(), SandboxServer::defaultApiKey(), true};
        QVERIFY(m_workspace
                    ->activate(other, m_sandbox->baseUrl().toString(),
                               SandboxServer::defaultApiSecret().toUtf8())
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 100, 10000);
        QCOMPARE(leadListStarts(), QList<int>({0}));
    }

    void companiesAndContactsBrowse()
    {
        open("company");
        QCOMPARE(search()->placeholderText(), QString("Search companies by business name…"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 22, 10000);
        QTRY_VERIFY(status()->text().contains("22 of 22 companies"));
        open("contact");
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 60, 10000);
        focus(search());
        QTest::keyClicks(search(), m_sandbox->contact(5050).value("email").toString());
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() == 1 && !model()->isLoading(), 10000);
        QCOMPARE(model()->recordId(0), 5050);
    }
};

QTEST_MAIN(TestRecordBrowser)
#include "tst_recordbrowser.moc"
