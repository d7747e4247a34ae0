#include "browsers/recordbrowser.h"
#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/staleeditdialog.h"
#include "guifixture.h"
#include "model/recordmodel.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

/// An admin corrects a lead: finds it by part of its name, opens it,
/// changes what is wrong, and only that is sent; another user's edit made
/// meanwhile is shown before anything is overwritten.
class TestAdminCorrections : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;
    RecordModel *model() const { return m_app->form()->model(); }

    /// Finds lead `id` by typing a part of its name and opens it with Enter.
    void findAndOpen(qint64 id)
    {
        GuiFixture &app = *m_app;
        const QString name = app.sandbox->lead(id).value("name").toString();
        QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *browser = qobject_cast<RecordBrowser *>(app.window->tabs()->currentWidget());
        QVERIFY(browser);
        auto *search = browser->findChild<QLineEdit *>("browserSearch");
        QTRY_VERIFY(search->hasFocus());
        // Part of the name: the occasion and the year are enough to narrow it down.
        QTest::keyClicks(search, name.section(' ', -3));
        auto *table = browser->findChild<QTableView *>("browserTable");
        QAbstractItemModel *rows = table->model();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < rows->rowCount(); ++r)
                    if (rows->index(r, 0).data().toLongLong() == id)
                        return (row = r) >= 0;
                return false;
            }(),
            10000);
        QVERIFY(rows->rowCount() < 2500);
        table->setFocus();
        table->setCurrentIndex(rows->index(row, 1));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(app.form() && app.form()->model()->recordId() == id);
        QTRY_VERIFY(app.form()->rowFor("name"));
    }

    QJsonObject lastLeadWrite() const
    {
        const auto calls = m_app->sandbox->calls();
        for (auto it = calls.crbegin(); it != calls.crend(); ++it)
            if (it->action == "addOrUpdateLead")
                return it->body;
        return {};
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
        StaleEditDialog::setAnswerer(nullptr);
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void changingTheStageSendsOnlyTheStage()
    {
        GuiFixture &app = *m_app;
        // A lead whose reason belongs to its stage, so the new stage drops it.
        qint64 id = 20000;
        while (app.sandbox->lead(id).value("stageReasonId").isNull())
            ++id;
        const QJsonObject before = app.sandbox->lead(id);
        findAndOpen(id);
        QVERIFY(app.form()->title().contains(QString::number(id)));
        QVERIFY(!app.form()->isDirty());

        const QString newStage
            = before.value("stageId").toInt() == 15 ? QString("New enquiry") : QString("On hold");
        GuiFixture::pick(app.input<QComboBox>("stageId"), newStage);
        QVERIFY(app.form()->rowFor("stageId")->label()->text().contains("changed"));
        app.sandbox->clearCalls();
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("updated"), 10000);

        const QJsonObject sent = lastLeadWrite();
        const int stageId = newStage == "On hold" ? 15 : 10;
        QCOMPARE(
            sent,
            (QJsonObject {{"id", id}, {"stageId", stageId}, {"stageReasonId", QJsonValue::Null}}));

        // The platform shows the change and nothing else changed.
        QJsonObject after = app.sandbox->lead(id);
        QCOMPARE(after.value("stageId").toInt(), stageId);
        QVERIFY(after.value("stageReasonId").isNull());
        for (const char *changing : {"stageId", "stageName", "stageReasonId", "stageReasonName",
                                     "modifiedDate", "adminStatusChangedDate"}) {
            after.remove(QLatin1String(changing));
        }
        QJsonObject unchanged = before;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            QVERIFY2(unchanged.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void anotherUsersEditIsShownBeforeSaving()
    {
        GuiFixture &app = *m_app;
        const qint64 id = 20042;
        findAndOpen(id);
        GuiFixture::type(app.input<QLineEdit>("name"), "Corrected name");
        auto *description = app.input<QPlainTextEdit>("description");
        QVERIFY(description);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(description, "Mine: needs two rooms");

        // Meanwhile someone else changes the same lead on the platform.
        const int theirQuality = app.sandbox->lead(id).value("qualityId").toInt() == 61 ? 62 : 61;
        QVERIFY(app.sandbox->updateLeadForTest(
            id, {{"description", "Theirs: budget confirmed"}, {"qualityId", theirQuality}}));

        QList<StaleEditCheck::Difference> shown;
        StaleEditDialog::setAnswerer([&shown](const QList<StaleEditCheck::Difference> &d) {
            shown = d;
            return std::optional<QSet<QString>>(QSet<QString> {"description"}); // take theirs
        });
        app.sandbox->clearCalls();
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(app.form()->banner()->text().contains("updated"), 10000);

        QStringList keys;
        for (const auto &d : std::as_const(shown))
            keys << d.key + (d.mineChanged ? "+mine" : "");
        keys.sort();
        QCOMPARE(keys, QStringList({"description+mine", "qualityId"}));
        // Only the admin's own change they kept went out; theirs stand on the platform.
        QCOMPARE(lastLeadWrite(), (QJsonObject {{"id", id}, {"name", "Corrected name"}}));
        const QJsonObject after = app.sandbox->lead(id);
        QCOMPARE(after.value("name").toString(), QString("Corrected name"));
        QCOMPARE(after.value("description").toString(), QString("Theirs: budget confirmed"));
        QCOMPARE(after.value("qualityId").toInt(), theirQuality);
        QCOMPARE(model()->value("description").toString(), QString("Theirs: budget confirmed"));
    }
};

QTEST_MAIN(TestAdminCorrections)
#include "tst_admincorrections.moc"
