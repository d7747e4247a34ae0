#include "radar/companymatcher.h"
#include "radar/contactmatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

/// Counts over a labelled set of pairs: a pair is predicted a duplicate when
/// the radar reports any match (strong or possible).
struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int trueNegatives = 0;
    int strongTrue = 0; ///< strong matches on true duplicates
    int strongFalse = 0; ///< strong matches on look-alikes
    QStringList mistakes;

    double precision() const
    {
        const int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0.0 : double(truePositives) / predicted;
    }
    double recall() const
    {
        const int actual = truePositives + falseNegatives;
        return actual == 0 ? 0.0 : double(truePositives) / actual;
    }
    int pairs() const { return truePositives + falsePositives + falseNegatives + trueNegatives; }
    void add(bool duplicate, const RadarMatch &match, const QString &what)
    {
        if (duplicate && match.isMatch())
            ++truePositives;
        else if (duplicate)
            ++falseNegatives;
        else if (match.isMatch())
            ++falsePositives;
        else
            ++trueNegatives;
        if (match.isStrong())
            ++(duplicate ? strongTrue : strongFalse);
        if (duplicate != match.isMatch())
            mistakes << QStringLiteral("%1 %2 (%3)")
                            .arg(duplicate ? QStringLiteral("missed:")
                                           : QStringLiteral("false match:"),
                                 what, match.explanation);
    }
    Score &operator+=(const Score &o)
    {
        truePositives += o.truePositives;
        falsePositives += o.falsePositives;
        falseNegatives += o.falseNegatives;
        trueNegatives += o.trueNegatives;
        strongTrue += o.strongTrue;
        strongFalse += o.strongFalse;
        mistakes += o.mistakes;
        return *this;
    }
};

QJsonObject readSet(const QString &name)
{
    QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/radar/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

CompanyCandidate company(const QJsonObject &o)
{
    CompanyCandidate c;
    c.businessName = o.value("businessName").toString();
    c.phones = strings(o.value("phones"));
    c.email = o.value("email").toString();
    c.website = o.value("website").toString();
    return c;
}

ContactCandidate contact(const QJsonObject &o)
{
    ContactCandidate c;
    c.firstName = o.value("firstName").toString();
    c.lastName = o.value("lastName").toString();
    c.email = o.value("email").toString();
    c.phones = strings(o.value("phones"));
    c.companyName = o.value("companyName").toString();
    return c;
}

void report(const char *what, const Score &s)
{
    qInfo("%s: %d pairs, precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d; strong on "
          "duplicates %d, strong on look-alikes %d)",
          what, s.pairs(), s.precision(), s.recall(), s.truePositives, s.falsePositives,
          s.falseNegatives, s.trueNegatives, s.strongTrue, s.strongFalse);
}

} // namespace

/// The radar against a labelled set of contact and company pairs
/// (tests/data/radar/): true duplicates written the ways people write them,
/// and look-alikes that are other businesses and other people.
class TestRadarDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionAndRecall()
    {
        const QJsonObject companies = readSet(QStringLiteral("company-pairs.json"));
        const QJsonObject contacts = readSet(QStringLiteral("contact-pairs.json"));
        QVERIFY2(!companies.isEmpty() && !contacts.isEmpty(), "the labelled sets are readable");

        Score companyScore;
        const CompanyMatcher companyMatcher(companies.value("region").toString());
        for (const QJsonValue &v : companies.value("pairs").toArray()) {
            const QJsonObject pair = v.toObject();
            const CompanyCandidate a = company(pair.value("a").toObject());
            const CompanyCandidate b = company(pair.value("b").toObject());
            companyScore.add(pair.value("duplicate").toBool(), companyMatcher.match(a, b),
                             a.businessName + " / " + b.businessName);
        }
        Score contactScore;
        const ContactMatcher contactMatcher(contacts.value("region").toString());
        for (const QJsonValue &v : contacts.value("pairs").toArray()) {
            const QJsonObject pair = v.toObject();
            const ContactCandidate a = contact(pair.value("a").toObject());
            const ContactCandidate b = contact(pair.value("b").toObject());
            contactScore.add(pair.value("duplicate").toBool(), contactMatcher.match(a, b),
                             a.firstName + ' ' + a.lastName + " / " + b.firstName + ' '
                                 + b.lastName);
        }
        Score all = companyScore;
        all += contactScore;
        report("companies", companyScore);
        report("contacts", contactScore);
        report("all", all);
        for (const QString &mistake : std::as_const(all.mistakes))
            qInfo("  %s", qPrintable(mistake));

        QVERIFY2(all.pairs() >= 200, "at least 200 labelled pairs");
        QVERIFY2(all.precision() >= 0.95, qPrintable(QString::number(all.precision())));
        QVERIFY2(all.recall() >= 0.90, qPrintable(QString::number(all.recall())));
        // Each kind holds on its own too, so one cannot carry the other.
        QVERIFY(companyScore.precision() >= 0.95 && companyScore.recall() >= 0.90);
        QVERIFY(contactScore.precision() >= 0.95 && contactScore.recall() >= 0.90);
    }
};

QTEST_GUILESS_MAIN(TestRadarDataset)
#include "tst_radardataset.moc"
