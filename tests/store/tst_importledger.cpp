// ImportLedger: which outbox item each imported row became (also when only the item's draft
// knows it, after a crash), and the mappings kept per profile and header set.
#include "store/database.h"
#include "store/importledger.h"
#include "store/outboxstore.h"

#include <QTemporaryDir>
#include <QTest>

class TestImportLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto opened = m_db.open(m_dir.filePath("leaddesk.sqlite"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }

    void remembersRowsPerProfileAndFile()
    {
        ImportLedger ledger(&m_db);
        QVERIFY(ledger.remember("Sales", "f1", "row-a#1", 11).ok());
        QVERIFY(ledger.remember("Sales", "f1", "row-b#1", 12).ok());
        QVERIFY(ledger.remember("Sales", "f2", "row-a#1", 21).ok());
        QVERIFY(ledger.remember("Other", "f1", "row-a#1", 31).ok());
        const auto items = ledger.items("Sales", "f1");
        QVERIFY(items.ok());
        QCOMPARE(items.value(), (QHash<QString, qint64> {{"row-a#1", 11}, {"row-b#1", 12}}));
        QVERIFY(ledger.items("Sales", "f3").value().isEmpty());
    }

    void findsRowsOnlyTheOutboxDraftNames()
    {
        OutboxStore store(&m_db);
        const auto draft = [](const QString &file, const QString &row) {
            return QJsonObject {{"values", QJsonObject {{"name", "Gala"}}},
                                {ImportLedger::fileTag(), file},
                                {ImportLedger::rowTag(), row}};
        };
        const auto mine = store.createDraft("Sales", "lead", "Gala", draft("abc123", "r#1"));
        const auto other = store.createDraft("Sales", "lead", "Gala", draft("abc1234", "r#1"));
        const auto plain = store.createDraft("Sales", "lead", "Gala", {});
        QVERIFY(mine.ok() && other.ok() && plain.ok());
        ImportLedger ledger(&m_db);
        const auto found = ledger.queuedItems("Sales", "abc123");
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found.value(), (QHash<QString, qint64> {{"r#1", mine.value()}}));
        QVERIFY(ledger.queuedItems("Other", "abc123").value().isEmpty());
    }

    void keepsOneMappingPerHeaderSet()
    {
        ImportLedger ledger(&m_db);
        QVERIFY(ledger.mapping("Sales", "h1").value().isEmpty());
        QVERIFY(ledger.saveMapping("Sales", "h1", {{"dateFormat", "dd/MM/yyyy"}}).ok());
        QVERIFY(ledger.saveMapping("Sales", "h1", {{"dateFormat", "MM/dd/yyyy"}}).ok());
        QCOMPARE(ledger.mapping("Sales", "h1").value(),
                 (QJsonObject {{"dateFormat", "MM/dd/yyyy"}}));
        QVERIFY(ledger.mapping("Other", "h1").value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportLedger)
#include "tst_importledger.moc"
