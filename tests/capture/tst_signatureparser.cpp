#include "capture/signatureparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kSamples = QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture/signatures");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject readExpected(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

/// The fields compared, each right or wrong as a whole.
const QStringList kFields {"firstName", "lastName", "jobTitle", "businessName",
                           "email",     "phones",   "website",  "address"};

QJsonValue actualField(const QJsonObject &recognised, const QString &field)
{
    if (field == QLatin1String("email"))
        return recognised.value("emails").toArray().first();
    return recognised.value(field);
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("(nothing)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

/// Real-shaped signatures (English, German, French; invented people) in
/// tests/data/capture/signatures/, each with the fields a person would read
/// off it; checked field by field.
class TestSignatureParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesNotRecognisedAreListed()
    {
        const CapturedContact card = SignatureParser::parse(
            "Sarah Mitchell\nSenior Event Manager\nHarbour View Events Pty Ltd\n"
            "Proud sponsor of the Sydney Marathon\nT: +61 2 9251 4400\n"
            "E: sarah.mitchell@harbourviewevents.com.au\n");
        QCOMPARE(card.businessName, QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(card.unrecognised, QStringList({"Proud sponsor of the Sydney Marathon"}));
    }

    void samplesFieldByField()
    {
        const QStringList samples
            = QDir(kSamples).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY2(samples.size() >= 30, "at least 30 signatures");
        int right = 0;
        int total = 0;
        int wholeSamples = 0;
        QStringList misses;
        for (const QString &sample : samples) {
            const QString base = sample.chopped(4);
            const QJsonObject expected = readExpected(kSamples + '/' + base + ".json");
            QVERIFY2(!expected.isEmpty(), qPrintable(base + ".json is missing or empty"));
            const QJsonObject recognised
                = SignatureParser::parse(readText(kSamples + '/' + sample)).toJson();
            bool whole = true;
            for (const QString &field : kFields) {
                const QJsonValue want = expected.value(field);
                const QJsonValue got = actualField(recognised, field);
                ++total;
                const bool same = (want.isUndefined() && got.isUndefined()) || want == got;
                if (same) {
                    ++right;
                    continue;
                }
                whole = false;
                misses << QStringLiteral("%1 %2: expected %3, got %4")
                              .arg(base, field, shown(want), shown(got));
            }
            wholeSamples += whole ? 1 : 0;
        }
        qInfo("signatures: %d of %d fields right (hit rate %.3f), %d of %lld samples entirely "
              "right",
              right, total, double(right) / total, wholeSamples, qlonglong(samples.size()));
        for (const QString &miss : std::as_const(misses))
            qInfo("  %s", qPrintable(miss));
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join('\n')));
    }

    void nothingWithoutEmailOrPhone()
    {
        QVERIFY(SignatureParser::parse("Kind regards,\nJane Smith\nEvent Manager").isEmpty());
        QVERIFY(SignatureParser::parse(QString()).isEmpty());
        QVERIFY(SignatureParser::parse("The quick brown fox jumps over the lazy dog.").isEmpty());
    }

    void signOffsAndRegisterLines()
    {
        const CapturedContact card = SignatureParser::parse(
            "Thanks, Tom\ntom.baker@acme.com.au\nHead office: (02) 9000 1000\n"
            "Geschäftsführer: Peter Hofmann\n");
        QCOMPARE(card.firstName, QStringLiteral("Tom"));
        QCOMPARE(card.lastName, QStringLiteral("Baker"));
        QCOMPARE(card.phones.size(), 1);
        QVERIFY(card.jobTitle.isEmpty());
    }

    void streetNumbersAreNoPhones()
    {
        const CapturedContact card = SignatureParser::parse(
            "Jane Smith\n2684-2690 Gold Coast Highway, Broadbeach QLD 4218\njane@example.com");
        QVERIFY(card.phones.isEmpty());
        QCOMPARE(card.address.postalCode, QStringLiteral("4218"));
    }

    void jobTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("title");
        QTest::newRow("en") << "Senior Event Manager" << true;
        QTest::newRow("de compound") << "Projektleiterin Messebau" << true;
        QTest::newRow("fr") << "Chargée de communication" << true;
        QTest::newRow("company") << "Harbour View Events" << false;
        QTest::newRow("surname with a title inside") << "Leadbetter" << false;
    }
    void jobTitles()
    {
        QFETCH(QString, text);
        QFETCH(bool, title);
        QCOMPARE(SignatureParser::isJobTitle(text), title);
    }
};

QTEST_GUILESS_MAIN(TestSignatureParser)
#include "tst_signatureparser.moc"
