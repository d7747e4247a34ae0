// ImportRowsModel and ImportRowsFilter: the dry run's table in the wizard. A problem sits at
// its cell, an edit checks that row again at once (and only that row changes), a duplicate is
// sent only when ticked, and the filter shows the rows that need a look.
#include "import/importdryrun.h"
#include "services/importrowsfilter.h"
#include "services/importrowsmodel.h"
#include "support/testcatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestImportRowsModel : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;
    std::unique_ptr<ImportDryRun> m_dryRun;
    std::unique_ptr<ImportRowsModel> m_model;

    static QStringList header()
    {
        return {"Lead name",  "Source",    "Type",  "Stage",      "Industry",  "Event name",
                "First name", "Last name", "Email", "Badge name", "Event date"};
    }
    static QStringList row(const QString &name, const QString &email)
    {
        return {name,   "Referral", "professional", "10",   "Education", "Gala",
                "Noor", "Haddad",   email,          "Noor", "24/12/2026"};
    }
    static constexpr int kEmail = ImportRowsModel::FirstFileColumn + 8;

private Q_SLOTS:
    void init()
    {
        m_catalog = testCatalog();
        m_dryRun = std::make_unique<ImportDryRun>(RecordKind::Lead, m_catalog, header());
        m_model = std::make_unique<ImportRowsModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        m_model->reset(header(), [this](const ImportRow &row) { return m_dryRun->recheck(row); });
        m_model->append({m_dryRun->check(1, row("Gala", "noor@example.com")),
                         m_dryRun->check(2, row("Lunch", "not-an-email")),
                         m_dryRun->check(3, row("Gala", "noor@example.com"))});
    }

    void statusAndProblemsShowPerRowAndCell()
    {
        const ImportRowsModel::Counts counts = m_model->counts();
        QCOMPARE(counts.rows, 3);
        QCOMPARE(counts.ready, 1);
        QCOMPARE(counts.problems, 1);
        QCOMPARE(counts.duplicates, 1);
        QCOMPARE(m_model->columnCount(), ImportRowsModel::FirstFileColumn + 11);
        QCOMPARE(m_model->headerData(kEmail, Qt::Horizontal).toString(), QString("Email"));
        QCOMPARE(m_model->headerData(1, Qt::Vertical).toLongLong(), 2);
        const QModelIndex bad = m_model->index(1, kEmail);
        QVERIFY(bad.data(ImportRowsModel::ProblemRole).toBool());
        QVERIFY(!bad.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!m_model->index(1, ImportRowsModel::FirstFileColumn)
                     .data(ImportRowsModel::ProblemRole)
                     .toBool());
        QVERIFY(m_model->index(1, ImportRowsModel::ProblemsColumn)
                    .data()
                    .toString()
                    .startsWith("Email: ")); // by label, as a person reads it
        QCOMPARE(m_model->index(2, ImportRowsModel::StatusColumn).data().toString(),
                 QString("duplicate of row 1"));
    }

    void anEditedCellChecksItsRowAgainAtOnce()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(1, kEmail), "lunch@example.com"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QVERIFY(m_model->row(1).isReady());
        QCOMPARE(m_model->row(1).body.value("contact").toObject().value("email").toString(),
                 QString("lunch@example.com"));
        QCOMPARE(m_model->counts().ready, 2);
        QCOMPARE(m_model->counts().problems, 0);
        // Broken again: a problem again.
        QVERIFY(m_model->setData(m_model->index(1, kEmail), "lunch@"));
        QCOMPARE(m_model->counts().problems, 1);
    }

    void aDuplicateIsSentOnlyWhenTicked()
    {
        QCOMPARE(m_model->rowsToSend().size(), 1);
        const QModelIndex status = m_model->index(2, ImportRowsModel::StatusColumn);
        QVERIFY(m_model->flags(status) & Qt::ItemIsUserCheckable);
        QVERIFY(!(m_model->flags(m_model->index(0, ImportRowsModel::StatusColumn))
                  & Qt::ItemIsUserCheckable));
        QVERIFY(m_model->setData(status, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_model->counts().sendAnyway, 1);
        const QList<ImportRow> send = m_model->rowsToSend();
        QCOMPARE(send.size(), 2);
        QCOMPARE(send.last().number, 3);
        QVERIFY(!m_model->setData(m_model->index(0, ImportRowsModel::StatusColumn), Qt::Checked,
                                  Qt::CheckStateRole));
    }

    void theFilterShowsTheRowsThatNeedALook()
    {
        ImportRowsFilter filter;
        filter.setSourceModel(m_model.get());
        QCOMPARE(filter.rowCount(), 3);
        filter.setOnlyProblems(true);
        QCOMPARE(filter.rowCount(), 2);
        // A row fixed under the filter stays in view until the filter is switched again.
        QVERIFY(m_model->setData(m_model->index(1, kEmail), "lunch@example.com"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setOnlyProblems(false);
        filter.setOnlyProblems(true);
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportRowsModel)
#include "tst_importrowsmodel.moc"
