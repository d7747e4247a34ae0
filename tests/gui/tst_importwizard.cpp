// The import wizard against the in-process sandbox: a file dropped on the window is checked,
// the one bad cell is fixed in the dry-run table, the rows are sent, and the sandbox holds each
// lead exactly once — also after the same file is imported again.
#include "common/documentsfolder.h"
#include "guifixture.h"
#include "importer/importcheckpage.h"
#include "importer/importhandler.h"
#include "importer/importwizard.h"
#include "services/importrowsmodel.h"
#include "services/importsession.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    /// Three trade-show leads; the second has an email that is none. `source` is the first and
    /// third rows' Source.
    QString writeFile(const QByteArray &source = "iVvy Marketplace")
    {
        const QString path = m_app->dir.filePath("trade-show.csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("Lead name,Source,Type,Subtype,Stage,Industry,First name,Last name,Email,"
                   "Event date,Expected attendees,Budget band,Preferred venue,Job title\n");
        const char *rows[] = {
            "Expo breakfast,iVvy Marketplace,Corporate Event,Conference,New enquiry,400,Noor,"
            "Haddad,noor@expo.example,24/12/2026,50,under-5k,V1000,CEO\n",
            "Expo dinner,iVvy Marketplace,Corporate Event,Conference,New enquiry,400,Sam,Lee,"
            "sam-at-expo,24/12/2026,80,under-5k,V1000,CFO\n",
            "Expo awards,iVvy Marketplace,Corporate Event,Conference,New enquiry,400,Ana,Ruiz,"
            "ana@expo.example,25/12/2026,120,under-5k,V1000,COO\n",
        };
        for (int i = 0; i < 3; ++i)
            file.write(i == 1 ? QByteArray(rows[i])
                              : QByteArray(rows[i]).replace("iVvy Marketplace", source));
        return path;
    }

    /// Drops `path` on the main window as a file manager does.
    ImportWizard *drop(const QString &path)
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = m_app->window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &enter);
        if (!enter.isAccepted())
            return nullptr;
        QDropEvent dropped(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_app->window.get(), &dropped);
        return m_app->window->importHandler()->wizard();
    }

    /// From the file page to the dry run, which is checked when this returns.
    static void toDryRun(ImportWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->isChecked(), 10000);
    }

    /// Types `text` into the cell at `index` of `view` as a person does: F2, type, Enter.
    static void editCell(QTableView *view, const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = view->findChild<QLineEdit *>()) && editor->isVisible());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    /// Fixes the bad email of the file's second row through the "only problems" view.
    static void fixTheBadEmail(ImportWizard *wizard)
    {
        ImportRowsModel *rows = wizard->session()->rows();
        auto *page = wizard->findChild<ImportCheckPage *>();
        QTableView *view = page->view();
        auto *only = page->findChild<QCheckBox *>("onlyProblems");
        only->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        const int emailColumn = ImportRowsModel::FirstFileColumn + 8;
        const QModelIndex cell = view->model()->index(0, emailColumn);
        QVERIFY(cell.data(ImportRowsModel::ProblemRole).toBool());
        QVERIFY2(!cell.data(Qt::ToolTipRole).toString().isEmpty(), "the problem is at its cell");
        QVERIFY(!view->model()
                     ->index(0, ImportRowsModel::FirstFileColumn)
                     .data(ImportRowsModel::ProblemRole)
                     .toBool());
        // Two rows are ready: they could go as they are.
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        editCell(view, cell, "sam@expo.example");
        QTRY_COMPARE(rows->counts().ready, 3);
        QCOMPARE(rows->counts().problems, 0);
        QVERIFY(!cell.data(ImportRowsModel::ProblemRole).toBool());
        QCOMPARE(rows->row(1).cells.at(8), QString("sam@expo.example"));
    }

    /// Clicks `button`, answers the save dialog it opens with `path`, and returns the lines
    /// written there (without the byte-order mark).
    static QStringList exportThrough(QAbstractButton *button, const QString &path)
    {
        bool answered = false;
        QTimer::singleShot(0, button, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes accept() protected
            answered = true;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        if (!answered)
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll())
            .remove(QChar(0xFEFF))
            .split("\r\n", Qt::SkipEmptyParts);
    }

    static void sendAndWait(ImportWizard *wizard)
    {
        QAbstractButton *send = wizard->button(QWizard::CommitButton);
        QVERIFY(send->isVisible() && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::SendPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->isSendFinished(), 15000);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
    }

    void cleanup() { m_app.reset(); }

    void menuOffersTheImport()
    {
        auto *action = m_app->window->findChild<QAction *>("actionImportLeads");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(ImportHandler::isTableFile("/tmp/leads.XLSX"));
        QVERIFY(!ImportHandler::isTableFile("/tmp/card.vcf"));
        // The file dialog opens in Documents, then where the last file came from.
        ImportHandler *handler = m_app->window->importHandler();
        QCOMPARE(handler->startFolder(), DocumentsFolder::path());
        QVERIFY(handler->openWizard(writeFile()));
        QCOMPARE(handler->startFolder(), QFileInfo(m_app->dir.path()).absoluteFilePath());
    }

    void droppedFileIsFixedSentOnceAndNotAgain()
    {
        const QString path = writeFile();
        QVERIFY(!path.isEmpty());
        const int leadsBefore = m_app->sandbox->leadCount();

        ImportWizard *wizard = drop(path);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(wizard->findChild<QLabel *>("rowCount")->text().startsWith("3 data row"));
        QVERIFY(wizard->findChild<QLabel *>("delimiter")->text().contains("comma"));
        toDryRun(wizard);
        // The headers found their fields by name.
        auto *email = wizard->findChild<QComboBox *>("target_8");
        QCOMPARE(email->currentData().toString(), QString("contact.email"));
        QCOMPARE(wizard->findChild<QComboBox *>("target_0")->currentData().toString(),
                 QString("name"));
        ImportRowsModel *rows = wizard->session()->rows();
        QCOMPARE(rows->counts().rows, 3);
        QCOMPARE(rows->counts().ready, 2);
        QCOMPARE(rows->counts().problems, 1);
        QCOMPARE(m_app->sandbox->leadCount(), leadsBefore); // a dry run sends nothing
        fixTheBadEmail(wizard);
        sendAndWait(wizard);
        QCOMPARE(wizard->session()->tally().sent, 3);
        QCOMPARE(m_app->sandbox->leadCount(), leadsBefore + 3);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!m_app->window->importHandler()->wizard());

        // The same file again, fixed the same way: every row was sent, none goes again.
        wizard = m_app->window->importHandler()->openWizard(path);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        toDryRun(wizard);
        QCOMPARE(wizard->session()->alreadySent(), 3);
        QVERIFY(wizard->findChild<QLabel *>("earlierRun")->text().startsWith("3 row"));
        fixTheBadEmail(wizard);
        sendAndWait(wizard);
        const ImportSession::Tally tally = wizard->session()->tally();
        QCOMPARE(tally.earlier, 3);
        QCOMPARE(tally.sent, 3);
        QCOMPARE(m_app->sandbox->leadCount(), leadsBefore + 3);
    }

    void problemRowsAndResultsAreExported()
    {
        const QString path = writeFile();
        QVERIFY(!path.isEmpty());
        ImportWizard *wizard = drop(path);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        toDryRun(wizard);
        const QStringList problems = exportThrough(
            wizard->findChild<QAbstractButton *>("exportProblems"), m_app->dir.filePath("p.csv"));
        QCOMPARE(problems.size(), 2); // the header and the one row with a problem
        QVERIFY(problems.first().endsWith(",problems"));
        QVERIFY2(problems.at(1).contains("sam-at-expo") && problems.at(1).contains("contact.email"),
                 qPrintable(problems.at(1)));

        fixTheBadEmail(wizard);
        const int leadsBefore = m_app->sandbox->leadCount();
        sendAndWait(wizard);
        QCOMPARE(m_app->sandbox->leadCount(), leadsBefore + 3);
        const QStringList results = exportThrough(
            wizard->findChild<QAbstractButton *>("exportResults"), m_app->dir.filePath("r.csv"));
        QCOMPARE(results.size(), 4);
        QVERIFY(results.first().endsWith(",leadId,status"));
        // The edited email goes out as sent, with the lead's id on the platform.
        QVERIFY2(results.at(2).contains("sam@expo.example"), qPrintable(results.at(2)));
        for (int row = 1; row <= 3; ++row)
            QVERIFY2(QRegularExpression(",[1-9][0-9]*,sent$").match(results.at(row)).hasMatch(),
                     qPrintable(results.at(row)));
    }

    void editsSurviveGoingBackToTheMapping()
    {
        const QString path = writeFile();
        QVERIFY(!path.isEmpty());
        ImportWizard *wizard = drop(path);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        toDryRun(wizard);
        fixTheBadEmail(wizard);

        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->isChecked(), 10000);
        ImportRowsModel *rows = wizard->session()->rows();
        QCOMPARE(rows->counts().rows, 3);
        QCOMPARE(rows->counts().problems, 0);
        QCOMPARE(rows->row(1).cells.at(8), QString("sam@expo.example"));
    }

    void aValueMatchingNothingIsListedOnceAndMapped()
    {
        const QString path = writeFile("Expo 2026 stand");
        QVERIFY(!path.isEmpty());
        ImportWizard *wizard = drop(path);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        // Listed once, with the rows it stands in, after the pass over the rows.
        auto *values = wizard->findChild<QTableWidget *>("valueTable");
        QTRY_COMPARE(values->rowCount(), 1);
        QCOMPARE(values->item(0, 1)->text(), QString("Expo 2026 stand"));
        QCOMPARE(values->item(0, 2)->text(), QString("2"));
        auto *choice = wizard->findChild<QComboBox *>("value_0");
        const int marketplace = choice->findText("iVvy Marketplace");
        QVERIFY(marketplace > 0);
        choice->setCurrentIndex(marketplace);

        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session()->isChecked(), 10000);
        // Only the bad email is left; the mapped value made both rows ready.
        ImportRowsModel *rows = wizard->session()->rows();
        QCOMPARE(rows->counts().ready, 2);
        QCOMPARE(rows->counts().problems, 1);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
