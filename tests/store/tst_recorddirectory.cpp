#include "store/database.h"
#include "store/recorddirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString profile = QStringLiteral("work");
const QString contact = QStringLiteral("contact");
const QString company = QStringLiteral("company");

QJsonObject person(qint64 id, const char *first, const char *last, const char *email)
{
    QJsonObject record {{QStringLiteral("id"), id},
                        {QStringLiteral("firstName"), QString::fromUtf8(first)},
                        {QStringLiteral("lastName"), QString::fromUtf8(last)},
                        {QStringLiteral("phone"), QStringLiteral("0455550000")}};
    if (*email)
        record.insert(QStringLiteral("email"), QString::fromUtf8(email));
    return record;
}

QJsonObject business(qint64 id, const char *name, const char *trading = "")
{
    QJsonObject record {{QStringLiteral("id"), id},
                        {QStringLiteral("businessName"), QString::fromUtf8(name)}};
    if (*trading)
        record.insert(QStringLiteral("tradingName"), QString::fromUtf8(trading));
    return record;
}

const QJsonArray contacts {
    person(1, "Zoë", "Adams", "zoe@example.com"),
    person(2, "Hans", "Müller", "hans@example.de"),
    person(3, "amy", "Zhang", "amy@example.org"),
};

const QJsonArray companies {
    business(10, "Müller Catering GmbH", "MC"),
    business(11, "Acme Pty Ltd", "Acme Events"),
    business(12, "Bistro Zoë"),
};

QList<qint64> ids(const QList<QJsonObject> &records)
{
    QList<qint64> result;
    for (const QJsonObject &record : records)
        result.append(record.value(QStringLiteral("id")).toInteger());
    return result;
}

} // namespace

class TestRecordDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordDirectory> m_directory;
    int m_files = 0;

    QList<qint64> searchIds(const QString &kind, const QString &text, int limit = 20)
    {
        auto found = m_directory->search(profile, kind, text, limit);
        if (!found.ok())
            qWarning("%s", qPrintable(found.error()));
        return found.ok() ? ids(found.value()) : QList<qint64> {-1};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        auto opened
            = m_db->open(m_dir.filePath(QStringLiteral("directory-%1.sqlite").arg(++m_files)));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_directory = std::make_unique<RecordDirectory>(m_db.get());
        auto remembered = m_directory->remember(profile, contact, contacts);
        QVERIFY2(remembered.ok(), qPrintable(remembered.error()));
        QVERIFY(m_directory->remember(profile, company, companies).ok());
    }

    void cleanup()
    {
        m_directory.reset();
        m_db.reset();
    }

    void labels_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QString>("label");
        QTest::newRow("contact") << contact << person(1, "Zoë", "Adams", "zoe@example.com")
                                 << "Zoë Adams <zoe@example.com>";
        QTest::newRow("no email") << contact << person(1, "Zoë", "Adams", "") << "Zoë Adams";
        QTest::newRow("only email")
            << contact << person(1, "", " ", "x@example.com") << "x@example.com";
        QTest::newRow("company") << company << business(1, "Acme Pty Ltd", "Acme Events")
                                 << "Acme Pty Ltd (Acme Events)";
        QTest::newRow("same trading") << company << business(1, "Acme", "Acme") << "Acme";
        QTest::newRow("no trading") << company << business(1, "Bistro Zoë") << "Bistro Zoë";
    }

    void labels()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, record);
        QFETCH(QString, label);
        QCOMPARE(RecordDirectory::labelFor(kind, record), label);
    }

    void searchIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("accented") << contact << "zoë" << QList<qint64> {1};
        QTest::newRow("accented upper") << contact << "ZOË" << QList<qint64> {1};
        QTest::newRow("unaccented") << contact << "zoe" << QList<qint64> {1};
        QTest::newRow("umlaut upper") << contact << "MÜLLER" << QList<qint64> {2};
        QTest::newRow("umlaut typed plain") << contact << "muller" << QList<qint64> {2};
        QTest::newRow("email") << contact << "EXAMPLE.DE" << QList<qint64> {2};
        QTest::newRow("full name") << contact << " Zoë Adams " << QList<qint64> {1};
        QTest::newRow("several, by label") << contact << "a" << QList<qint64> {3, 2, 1};
        QTest::newRow("nothing") << contact << "nobody" << QList<qint64> {};
        QTest::newRow("percent is literal") << contact << "%" << QList<qint64> {};
        QTest::newRow("underscore is literal") << contact << "_" << QList<qint64> {};
        QTest::newRow("company name") << company << "gmbh" << QList<qint64> {10};
        QTest::newRow("trading name") << company << "EVENTS" << QList<qint64> {11};
        QTest::newRow("company accent") << company << "zoe" << QList<qint64> {12};
        QTest::newRow("kinds apart") << company << "adams" << QList<qint64> {};
        QTest::newRow("müller company") << company << "Müller" << QList<qint64> {10};
    }

    void searchIgnoresCaseAndAccents()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(searchIds(kind, text), expected);
    }

    void emptyTextListsByLabelUpToTheLimit()
    {
        QCOMPARE(searchIds(contact, QString()), (QList<qint64> {3, 2, 1}));
        QCOMPARE(searchIds(contact, QStringLiteral("  "), 2), (QList<qint64> {3, 2}));
        QCOMPARE(searchIds(company, QString()), (QList<qint64> {11, 12, 10}));
        QCOMPARE(searchIds(company, QStringLiteral("ü"), 1), (QList<qint64> {10}));
        auto refused = m_directory->search(profile, contact, QString(), 0);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("limit")));
    }

    void findReturnsTheWholeRecord()
    {
        auto found = m_directory->find(profile, contact, 2);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found.value(), contacts.at(1).toObject());
        QCOMPARE(found.value().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Müller"));

        auto unknown = m_directory->find(profile, contact, 999);
        QVERIFY(unknown.ok());
        QVERIFY(unknown.value().isEmpty());
        // Same id, other kind: a company 2 does not exist.
        QVERIFY(m_directory->find(profile, company, 2).value().isEmpty());
    }

    void rememberUpdatesInPlace()
    {
        auto renamed = person(1, "Zoë", "Baker", "zoe.baker@example.com");
        QVERIFY(m_directory->remember(profile, contact, QJsonArray {renamed}).ok());
        QCOMPARE(searchIds(contact, QStringLiteral("adams")), QList<qint64> {});
        QCOMPARE(searchIds(contact, QStringLiteral("BAKER")), QList<qint64> {1});
        QCOMPARE(m_directory->find(profile, contact, 1).value(), renamed);
        QCOMPARE(searchIds(contact, QString()).size(), 3);
    }

    void profilesAndKindsAreSeparate()
    {
        const QString other = QStringLiteral("sandbox");
        QVERIFY(m_directory->search(other, contact, QString()).value().isEmpty());
        QVERIFY(m_directory->find(other, contact, 1).value().isEmpty());

        QVERIFY(m_directory
                    ->remember(other, contact, QJsonArray {person(1, "Other", "Person", "o@x.io")})
                    .ok());
        QCOMPARE(m_directory->find(profile, contact, 1).value(), contacts.at(0).toObject());
        QCOMPARE(m_directory->find(other, contact, 1)
                     .value()
                     .value(QStringLiteral("firstName"))
                     .toString(),
                 QStringLiteral("Other"));
        // A contact and a company may share an id.
        QVERIFY(m_directory->remember(profile, company, QJsonArray {business(1, "One Co")}).ok());
        QCOMPARE(m_directory->find(profile, contact, 1).value(), contacts.at(0).toObject());
        QCOMPARE(m_directory->find(profile, company, 1).value(), business(1, "One Co"));
    }

    void acceptsNumericStringIds()
    {
        QJsonObject record = person(0, "Str", "Id", "");
        record.insert(QStringLiteral("id"), QStringLiteral("42"));
        QVERIFY(m_directory->remember(profile, contact, QJsonArray {record}).ok());
        QCOMPARE(m_directory->find(profile, contact, 42).value(), record);
    }

    void refusesUnusableRecordsWhole_data()
    {
        QTest::addColumn<QJsonValue>("bad");
        QTest::newRow("no id") << QJsonValue(QJsonObject {{QStringLiteral("firstName"), 1}});
        QTest::newRow("zero id") << QJsonValue(person(0, "A", "B", ""));
        QTest::newRow("negative id") << QJsonValue(person(-4, "A", "B", ""));
        QTest::newRow("fraction id") << QJsonValue(QJsonObject {{QStringLiteral("id"), 1.5}});
        QTest::newRow("word id") << QJsonValue(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("seven")}});
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("Zoë"));
    }

    void refusesUnusableRecordsWhole()
    {
        QFETCH(QJsonValue, bad);
        const QJsonArray records {person(50, "New", "Person", "new@example.com"), bad};
        auto remembered = m_directory->remember(profile, contact, records);
        QVERIFY(!remembered.ok());
        QVERIFY2(remembered.error().contains(QStringLiteral("Record 2")),
                 qPrintable(remembered.error()));
        QVERIFY(m_directory->find(profile, contact, 50).value().isEmpty());
    }

    void refusesUnknownKind()
    {
        const QString venue = QStringLiteral("venue");
        auto remembered = m_directory->remember(profile, venue, companies);
        QVERIFY(!remembered.ok());
        QVERIFY(remembered.error().contains(QStringLiteral("\"venue\"")));
        QVERIFY(!m_directory->search(profile, venue, QString()).ok());
        QVERIFY(!m_directory->find(profile, venue, 10).ok());
        QVERIFY(!m_directory->remember(QString(), contact, contacts).ok());
    }

    void failedRememberKeepsTheOldRecords_data()
    {
        QTest::addColumn<int>("successfulWrites");
        // Two upserts, then the COMMIT.
        for (int n = 0; n <= 2; ++n)
            QTest::addRow("write %d fails", n + 1) << n;
    }

    void failedRememberKeepsTheOldRecords()
    {
        QFETCH(int, successfulWrites);
        m_db->failWriteAfter(successfulWrites);
        const QJsonArray change {person(1, "Zoë", "Baker", ""), person(60, "Ny", "Person", "")};
        auto remembered = m_directory->remember(profile, contact, change);
        QVERIFY(!remembered.ok());
        QVERIFY2(remembered.error().contains(QStringLiteral("simulated disk failure")),
                 qPrintable(remembered.error()));
        QCOMPARE(m_directory->find(profile, contact, 1).value(), contacts.at(0).toObject());
        QVERIFY(m_directory->find(profile, contact, 60).value().isEmpty());
        QCOMPARE(searchIds(contact, QStringLiteral("baker")), QList<qint64> {});
    }

    void damagedPayloadIsANamedError()
    {
        QVERIFY(m_db->exec(QStringLiteral("UPDATE directory SET payload = ?"
                                          " WHERE kind = ? AND id = ?"),
                           {QStringLiteral("{\"firstName\":\"Hans"), contact, 2})
                    .ok());
        auto found = m_directory->find(profile, contact, 2);
        QVERIFY(!found.ok());
        QVERIFY2(found.error().contains(QStringLiteral("contact 2")), qPrintable(found.error()));
        QVERIFY(found.error().contains(QStringLiteral("damaged")));
        QVERIFY(!found.error().contains(QStringLiteral("Hans")));

        auto searched = m_directory->search(profile, contact, QStringLiteral("müller"));
        QVERIFY(!searched.ok());
        QVERIFY(searched.error().contains(QStringLiteral("contact 2")));
        // Other records are still readable.
        QVERIFY(m_directory->find(profile, contact, 1).ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordDirectory)
#include "tst_recorddirectory.moc"
