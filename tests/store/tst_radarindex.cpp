#include "store/database.h"
#include "store/radarindex.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString profile = QStringLiteral("work");
const QString contact = QStringLiteral("contact");
const QString company = QStringLiteral("company");

RadarEntry entry(qint64 id, const QString &label, const QString &text)
{
    RadarEntry e;
    e.id = id;
    e.label = label;
    e.text = text;
    e.record = QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("label"), label}};
    return e;
}

QList<qint64> ids(const Result<QList<RadarEntry>> &found)
{
    QList<qint64> result;
    for (const RadarEntry &e : found.value())
        result.append(e.id);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

/// The duplicate radar's local index: exact keys, trigram text, profiles and kinds apart.
class TestRadarIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RadarIndex> m_index;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_index.reset();
        m_db = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(QStringLiteral("radar.sqlite")));
        const auto opened = m_db->open(m_dir.filePath(QStringLiteral("radar.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_index = std::make_unique<RadarIndex>(m_db.get());

        RadarEntry jane = entry(5000, QStringLiteral("Jane Smith <jane@acme.com.au>"),
                                QStringLiteral("jane smith jane acme com au"));
        jane.email = QStringLiteral("jane@acme.com.au");
        jane.person = QStringLiteral("jane smith");
        jane.domain = QStringLiteral("acme.com.au");
        jane.phones = QStringList {QStringLiteral("+61412345678")};
        jane.modified = QStringLiteral("2025-01-01 08:30:00 UTC");
        RadarEntry tom = entry(5001, QStringLiteral("Tom Nguyen"), QStringLiteral("tom nguyen"));
        tom.person = QStringLiteral("nguyen tom");
        tom.modified = QStringLiteral("2025-03-01 10:00:00 UTC");
        const auto put = m_index->put(profile, contact, {jane, tom});
        QVERIFY2(put, qPrintable(put.error()));

        RadarEntry acme = entry(1000, QStringLiteral("Acme Conferences Pty Ltd"),
                                QStringLiteral("acme conferences pty ltd acme events"));
        acme.company = QStringLiteral("acme conference");
        QVERIFY(m_index->put(profile, company, {acme}));
    }

    void findsByEachExactKey()
    {
        RadarQuery byEmail;
        byEmail.email = QStringLiteral("jane@acme.com.au");
        QCOMPARE(ids(m_index->candidates(profile, contact, byEmail)), QList<qint64> {5000});
        RadarQuery byPerson;
        byPerson.person = QStringLiteral("nguyen tom");
        QCOMPARE(ids(m_index->candidates(profile, contact, byPerson)), QList<qint64> {5001});
        RadarQuery byPhone;
        byPhone.phones = QStringList {QStringLiteral("+61412345678")};
        QCOMPARE(ids(m_index->candidates(profile, contact, byPhone)), QList<qint64> {5000});
        RadarQuery byDomain;
        byDomain.domain = QStringLiteral("acme.com.au");
        QCOMPARE(ids(m_index->candidates(profile, contact, byDomain)), QList<qint64> {5000});
        RadarQuery byCompany;
        byCompany.company = QStringLiteral("acme conference");
        QCOMPARE(ids(m_index->candidates(profile, company, byCompany)), QList<qint64> {1000});
        RadarQuery nothing;
        nothing.email = QStringLiteral("someone@else.example");
        QVERIFY(m_index->candidates(profile, contact, nothing).value().isEmpty());
    }

    void findsNearMissesByWords()
    {
        // "Acme Conference Centre" shares no exact key; its distinctive word brings the
        // candidate to the matchers.
        RadarQuery query;
        query.company = QStringLiteral("acme conference centre");
        query.words = QStringList {QStringLiteral("acme")};
        QCOMPARE(ids(m_index->candidates(profile, company, query)), QList<qint64> {1000});
        // Words shorter than a trigram find nothing by themselves.
        RadarQuery tiny;
        tiny.words = QStringList {QStringLiteral("ac")};
        QVERIFY(m_index->candidates(profile, company, tiny).value().isEmpty());
    }

    void searchFindsTextAnywhere()
    {
        QCOMPARE(ids(m_index->search(profile, company, QStringLiteral("onferen"))),
                 QList<qint64> {1000});
        QCOMPARE(ids(m_index->search(profile, company, QStringLiteral("acme events"))),
                 QList<qint64> {1000});
        QCOMPARE(ids(m_index->search(profile, contact, QStringLiteral("guye"))),
                 QList<qint64> {5001});
        // Two letters: a beginning of the label.
        QCOMPARE(ids(m_index->search(profile, contact, QStringLiteral("to"))),
                 QList<qint64> {5001});
        // What a person types is searched for, never read as query syntax.
        const auto odd = m_index->search(profile, contact, QStringLiteral("\"jane\" OR x*"));
        QVERIFY2(odd, qPrintable(odd.error()));
        QVERIFY(odd.value().isEmpty());
    }

    void replacingAnEntryDropsItsOldKeys()
    {
        RadarEntry moved = entry(5000, QStringLiteral("Jane Brown"), QStringLiteral("jane brown"));
        moved.phones = QStringList {QStringLiteral("+61299998888")};
        QVERIFY(m_index->put(profile, contact, {moved}));
        QCOMPARE(m_index->count(profile, contact).value(), 2);
        RadarQuery oldPhone;
        oldPhone.phones = QStringList {QStringLiteral("+61412345678")};
        QVERIFY(m_index->candidates(profile, contact, oldPhone).value().isEmpty());
        QVERIFY(m_index->search(profile, contact, QStringLiteral("smith")).value().isEmpty());
        QCOMPARE(ids(m_index->search(profile, contact, QStringLiteral("brown"))),
                 QList<qint64> {5000});
        const auto found = m_index->search(profile, contact, QStringLiteral("brown"));
        QCOMPARE(found.value().first().record.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Jane Brown"));
    }

    void profilesAndKindsStayApart()
    {
        QCOMPARE(m_index->count(QStringLiteral("other"), contact).value(), 0);
        QVERIFY(m_index->search(QStringLiteral("other"), contact, QStringLiteral("jane"))
                    .value()
                    .isEmpty());
        QVERIFY(m_index->search(profile, company, QStringLiteral("jane")).value().isEmpty());
        QVERIFY(!m_index->put(profile, QStringLiteral("lead"), {entry(1, {}, {})}));
    }

    void newestModifiedIsWhereARefreshStarts()
    {
        QCOMPARE(m_index->newestModified(profile, contact).value(),
                 QStringLiteral("2025-03-01 10:00:00 UTC"));
        QVERIFY(m_index->newestModified(profile, company).value().isEmpty());
    }

    void aFailedWriteStoresNothing()
    {
        QList<RadarEntry> many;
        for (int i = 0; i < 10; ++i)
            many.append(entry(9000 + i, QStringLiteral("Person %1").arg(i),
                              QStringLiteral("person %1").arg(i)));
        m_db->failWriteAfter(5, QStringLiteral("disk full"));
        QVERIFY(!m_index->put(profile, contact, many));
        QCOMPARE(m_index->count(profile, contact).value(), 2);
        QVERIFY(m_index->search(profile, contact, QStringLiteral("person")).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRadarIndex)
#include "tst_radarindex.moc"
