#include "store/database.h"
#include "store/lookupcache.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QJsonArray values(std::initializer_list<const char *> names)
{
    QJsonArray array;
    int id = 0;
    for (const char *name : names)
        array.append(QJsonObject {{QStringLiteral("id"), ++id},
                                  {QStringLiteral("name"), QString::fromUtf8(name)}});
    return array;
}

QMap<QString, QJsonArray> firstLists()
{
    return {
        {QStringLiteral("leadSource"), values({"Website", "Referral", "Trade show"})},
        {QStringLiteral("leadStage"), values({"New", "Qualified", "Won"})},
        {QStringLiteral("industry"), values({"Hôtellerie", "Événements", "Gastronomie Zoë"})},
    };
}

QMap<QString, QJsonArray> secondLists()
{
    return {
        {QStringLiteral("leadSource"), values({"Website"})},
        {QStringLiteral("leadType"), values({"Wedding", "Conference"})},
    };
}

const QDateTime firstFetch = QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
const QDateTime secondFetch = QDateTime(QDate(2024, 3, 2), QTime(10, 0), Qt::UTC);

} // namespace

class TestLookupCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LookupCache> m_cache;
    int m_files = 0;

    void compareSnapshot(const LookupCache::Snapshot &actual,
                         const QMap<QString, QJsonArray> &lists, const QDateTime &fetchedAt)
    {
        QCOMPARE(actual.lists.keys(), lists.keys());
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            QCOMPARE(actual.lists.value(it.key()), it.value());
        QCOMPARE(actual.fetchedAt, fetchedAt);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        auto opened = m_db->open(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_cache = std::make_unique<LookupCache>(m_db.get());
    }

    void cleanup()
    {
        m_cache.reset();
        m_db.reset();
    }

    void emptyWhenNothingCached()
    {
        auto loaded = m_cache->load(QStringLiteral("nobody"));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().isEmpty());
        QVERIFY(!loaded.value().fetchedAt.isValid());
        QVERIFY(!m_cache->fetchedAt(QStringLiteral("nobody")).isValid());
    }

    void replaceThenLoad()
    {
        auto stored = m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        auto loaded = m_cache->load(QStringLiteral("work"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(!loaded.value().isEmpty());
        compareSnapshot(loaded.value(), firstLists(), firstFetch);
        QCOMPARE(loaded.value().fetchedAt.timeSpec(), Qt::UTC);
        QCOMPARE(m_cache->fetchedAt(QStringLiteral("work")), firstFetch);
    }

    void payloadIsCompactJson()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        auto rows = m_db->select(QStringLiteral("SELECT payload FROM lookup_cache"
                                                " WHERE profile = ? AND list = ?"),
                                 {QStringLiteral("work"), QStringLiteral("leadStage")});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().constFirst().constFirst().toString(),
                 QStringLiteral("[{\"id\":1,\"name\":\"New\"},{\"id\":2,\"name\":\"Qualified\"},"
                                "{\"id\":3,\"name\":\"Won\"}]"));
    }

    void replaceRemovesListsNotGiven()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        QVERIFY(m_cache->replace(QStringLiteral("work"), secondLists(), secondFetch).ok());
        auto loaded = m_cache->load(QStringLiteral("work"));
        QVERIFY(loaded.ok());
        compareSnapshot(loaded.value(), secondLists(), secondFetch);

        QVERIFY(m_cache->replace(QStringLiteral("work"), {}, secondFetch).ok());
        QVERIFY(m_cache->load(QStringLiteral("work")).value().isEmpty());
    }

    void fetchedAtIsTheOldestList()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), secondFetch).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE lookup_cache SET fetched_at = ?"
                                          " WHERE profile = ? AND list = ?"),
                           {firstFetch.toString(Qt::ISODateWithMs), QStringLiteral("work"),
                            QStringLiteral("industry")})
                    .ok());
        QCOMPARE(m_cache->load(QStringLiteral("work")).value().fetchedAt, firstFetch);
        QCOMPARE(m_cache->fetchedAt(QStringLiteral("work")), firstFetch);
    }

    void localTimeIsStoredAsTheSameInstant()
    {
        const QDateTime brisbane = firstFetch.toOffsetFromUtc(10 * 3600);
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), brisbane).ok());
        const QDateTime loaded = m_cache->load(QStringLiteral("work")).value().fetchedAt;
        QCOMPARE(loaded, firstFetch);
        QCOMPARE(loaded.timeSpec(), Qt::UTC);
    }

    void profilesAreSeparate()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        QVERIFY(m_cache->replace(QStringLiteral("sandbox"), secondLists(), secondFetch).ok());
        QVERIFY(m_cache->replace(QStringLiteral("work"), secondLists(), secondFetch).ok());
        QVERIFY(m_cache->replace(QStringLiteral("sandbox"), firstLists(), firstFetch).ok());
        compareSnapshot(m_cache->load(QStringLiteral("work")).value(), secondLists(), secondFetch);
        compareSnapshot(m_cache->load(QStringLiteral("sandbox")).value(), firstLists(), firstFetch);
        QVERIFY(m_cache->replace(QStringLiteral("work"), {}, secondFetch).ok());
        compareSnapshot(m_cache->load(QStringLiteral("sandbox")).value(), firstLists(), firstFetch);
    }

    void failedReplaceKeepsThePreviousSnapshot_data()
    {
        QTest::addColumn<int>("successfulWrites");
        // One DELETE, two INSERTs (secondLists), then the COMMIT.
        for (int n = 0; n <= 3; ++n)
            QTest::addRow("write %d fails", n + 1) << n;
    }

    void failedReplaceKeepsThePreviousSnapshot()
    {
        QFETCH(int, successfulWrites);
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        QVERIFY(m_cache->replace(QStringLiteral("other"), secondLists(), secondFetch).ok());

        m_db->failWriteAfter(successfulWrites, QStringLiteral("disk full"));
        auto replaced = m_cache->replace(QStringLiteral("work"), secondLists(), secondFetch);
        QVERIFY(!replaced.ok());
        QVERIFY2(replaced.error().contains(QStringLiteral("previous lists are kept")),
                 qPrintable(replaced.error()));
        QVERIFY(replaced.error().contains(QStringLiteral("disk full")));
        QVERIFY(!m_db->inTransaction());

        compareSnapshot(m_cache->load(QStringLiteral("work")).value(), firstLists(), firstFetch);
        compareSnapshot(m_cache->load(QStringLiteral("other")).value(), secondLists(), secondFetch);
    }

    void failNextWriteKeepsThePreviousSnapshot()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        m_db->failNextWrite();
        QVERIFY(!m_cache->replace(QStringLiteral("work"), secondLists(), secondFetch).ok());
        compareSnapshot(m_cache->load(QStringLiteral("work")).value(), firstLists(), firstFetch);
        // The seam fires once: the retry goes through.
        QVERIFY(m_cache->replace(QStringLiteral("work"), secondLists(), secondFetch).ok());
        compareSnapshot(m_cache->load(QStringLiteral("work")).value(), secondLists(), secondFetch);
    }

    void refusesUnusableInput_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("namelessList");
        QTest::addColumn<bool>("validTime");
        QTest::addColumn<QString>("says");
        QTest::newRow("no profile") << QString() << false << true << "No profile";
        QTest::newRow("nameless list") << "work" << true << true << "no name";
        QTest::newRow("invalid time") << "work" << false << false << "fetch time";
    }

    void refusesUnusableInput()
    {
        QFETCH(QString, profile);
        QFETCH(bool, namelessList);
        QFETCH(bool, validTime);
        QFETCH(QString, says);
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        auto lists = secondLists();
        if (namelessList)
            lists.insert(QString(), values({"x"}));
        auto replaced = m_cache->replace(profile, lists, validTime ? secondFetch : QDateTime());
        QVERIFY(!replaced.ok());
        QVERIFY2(replaced.error().contains(says), qPrintable(replaced.error()));
        compareSnapshot(m_cache->load(QStringLiteral("work")).value(), firstLists(), firstFetch);
    }

    void damagedRowIsANamedError_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << "[{\"id\":1,\"name\":\"Hôtel"
                                   << "not valid JSON";
        QTest::newRow("object") << "{\"id\":1}"
                                << "not a JSON array";
        QTest::newRow("empty") << ""
                               << "not valid JSON";
    }

    void damagedRowIsANamedError()
    {
        QFETCH(QString, payload);
        QFETCH(QString, says);
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE lookup_cache SET payload = ?"
                                          " WHERE profile = ? AND list = ?"),
                           {payload, QStringLiteral("work"), QStringLiteral("industry")})
                    .ok());
        auto loaded = m_cache->load(QStringLiteral("work"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("\"industry\"")),
                 qPrintable(loaded.error()));
        QVERIFY(loaded.error().contains(QStringLiteral("work")));
        QVERIFY(loaded.error().contains(says));
        QVERIFY(!loaded.error().contains(QStringLiteral("Hôtel")));
    }

    void damagedFetchTimeIsANamedError()
    {
        QVERIFY(m_cache->replace(QStringLiteral("work"), firstLists(), firstFetch).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE lookup_cache SET fetched_at = ?"
                                          " WHERE list = ?"),
                           {QStringLiteral("yesterday"), QStringLiteral("leadStage")})
                    .ok());
        auto loaded = m_cache->load(QStringLiteral("work"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("\"leadStage\"")),
                 qPrintable(loaded.error()));
    }

    void leadSchemaRoundTrip()
    {
        auto none = m_cache->leadSchema(QStringLiteral("work"));
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());

        const QJsonArray first {
            QJsonObject {{QStringLiteral("fieldId"), 7},
                         {QStringLiteral("displayName"), QStringLiteral("Größe")},
                         {QStringLiteral("isRequired"), true}}};
        const QJsonArray second {QJsonObject {{QStringLiteral("fieldId"), 8}}};
        QVERIFY(m_cache->setLeadSchema(QStringLiteral("work"), first).ok());
        QVERIFY(m_cache->setLeadSchema(QStringLiteral("sandbox"), second).ok());
        QCOMPARE(m_cache->leadSchema(QStringLiteral("work")).value(), first);
        QCOMPARE(m_cache->leadSchema(QStringLiteral("sandbox")).value(), second);

        QVERIFY(m_cache->setLeadSchema(QStringLiteral("work"), second).ok());
        QCOMPARE(m_cache->leadSchema(QStringLiteral("work")).value(), second);
        QCOMPARE(m_db->select(QStringLiteral("SELECT COUNT(*) FROM lead_schema"))
                     .value()
                     .constFirst()
                     .constFirst()
                     .toInt(),
                 2);

        m_db->failNextWrite();
        QVERIFY(!m_cache->setLeadSchema(QStringLiteral("work"), first).ok());
        QCOMPARE(m_cache->leadSchema(QStringLiteral("work")).value(), second);

        QVERIFY(!m_cache->setLeadSchema(QString(), first).ok());
    }

    void damagedLeadSchemaIsANamedError()
    {
        QVERIFY(m_cache->setLeadSchema(QStringLiteral("work"), QJsonArray {1, 2}).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE lead_schema SET payload = ?"),
                           {QStringLiteral("[1,")})
                    .ok());
        auto schema = m_cache->leadSchema(QStringLiteral("work"));
        QVERIFY(!schema.ok());
        QVERIFY2(schema.error().contains(QStringLiteral("lead custom fields of profile work")),
                 qPrintable(schema.error()));
    }
};

QTEST_GUILESS_MAIN(TestLookupCache)
#include "tst_lookupcache.moc"
