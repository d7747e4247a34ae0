#include "radar/companymatcher.h"
#include "radar/companyname.h"

#include <QTest>

namespace {
CompanyCandidate company(const QString &name, const QStringList &phones = {},
                         const QString &email = {}, const QString &website = {})
{
    CompanyCandidate c;
    c.businessName = name;
    c.phones = phones;
    c.email = email;
    c.website = website;
    return c;
}
} // namespace

Q_DECLARE_METATYPE(CompanyCandidate)

/// Companies: business names normalised, the distinctive words agree, and
/// phones or domains support; every match says why.
class TestCompanyMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legalForms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("core");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("Pty Ltd") << "Acme Conferences Pty Ltd"
                                 << QStringList {"acme", "conferences"} << "Pty Ltd";
        QTest::newRow("written out")
            << "Acme Proprietary Limited" << QStringList {"acme"} << "Proprietary Limited";
        QTest::newRow("dotted") << "Acme Pty. Ltd." << QStringList {"acme"} << "Pty. Ltd.";
        QTest::newRow("GmbH & Co. KG")
            << "Hofmann GmbH & Co. KG" << QStringList {"hofmann"} << "GmbH & Co. KG";
        QTest::newRow("e.K.") << "Bäckerei Schäfer e.K." << QStringList {"backerei", "schafer"}
                              << "e.K.";
        QTest::newRow("S.A.R.L.") << "Café Lumière S.A.R.L." << QStringList {"cafe", "lumiere"}
                                  << "S.A.R.L.";
        QTest::newRow("UG") << "Nordlicht UG (haftungsbeschränkt)" << QStringList {"nordlicht"}
                            << "UG (haftungsbeschränkt)";
        QTest::newRow("Inc with comma") << "Northwind, Inc." << QStringList {"northwind"} << "Inc.";
        QTest::newRow("leading The")
            << "The Grand Ballroom" << QStringList {"grand", "ballroom"} << "";
        QTest::newRow("a name that is only a form") << "Limited" << QStringList {"limited"} << "";
        QTest::newRow("& and und") << "Smith & Jones und Partner"
                                   << QStringList {"smith", "and", "jones", "and", "partner"} << "";
    }
    void legalForms()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, core);
        QFETCH(QString, suffix);
        const CompanyName parsed(name);
        QCOMPARE(parsed.core(), core);
        QCOMPARE(parsed.suffix(), suffix);
    }

    void match_data()
    {
        QTest::addColumn<CompanyCandidate>("typed");
        QTest::addColumn<CompanyCandidate>("existing");
        QTest::addColumn<int>("strength");
        QTest::addColumn<QString>("explanation");
        const int strong = int(MatchStrength::Strong), possible = int(MatchStrength::Possible),
                  none = int(MatchStrength::None);
        QTest::newRow("the issue's example")
            << company("acme conferences pty ltd") << company("Acme Conferences Pty Ltd") << strong
            << "same company name";
        QTest::newRow("suffix ignored")
            << company("Acme Conferences") << company("Acme Conferences Pty Ltd") << strong
            << "same company name once 'Pty Ltd' is ignored";
        QTest::newRow("the typed suffix is named")
            << company("Müller & Söhne GmbH") << company("Mueller und Soehne") << strong
            << "same company name once 'GmbH' is ignored";
        QTest::newRow("spacing") << company("EventWorks") << company("Event Works") << strong
                                 << "same company name once spaces are ignored";
        QTest::newRow("distinctive word differs")
            << company("Acme Events") << company("Acme Mining") << none << "";
        QTest::newRow("distinctive word differs, even with the same phone")
            << company("Acme Events", {"02 9000 1000"})
            << company("Acme Mining", {"(02) 9000 1000"}) << none << "";
        QTest::newRow("generic word added")
            << company("Summit Hotels Group") << company("Summit Hotels") << possible
            << "similar company name: only 'Group' differs";
        QTest::newRow("generic word added, same phone")
            << company("Summit Hotels Group", {"(07) 3000 4000"})
            << company("Summit Hotels", {"+61 7 3000 4000"}) << strong
            << "similar company name: only 'Group' differs, and the same phone";
        QTest::newRow("same name, same website")
            << company("Acme Events", {}, {}, "https://www.acme.com.au/")
            << company("Acme Events", {}, "info@acme.com.au") << strong
            << "same company name, and the same web domain";
        QTest::newRow("free mail is no evidence")
            << company("Summit Hotels Group", {}, "summit@gmail.com")
            << company("Summit Hotels", {}, "summit.hotels@gmail.com") << possible
            << "similar company name: only 'Group' differs";
        QTest::newRow("swapped letters")
            << company("Silverline Conferneces") << company("Silverline Conferences") << possible
            << "similar company name: one letter apart";
        QTest::newRow("one other letter needs evidence")
            << company("Schmidt Events") << company("Schmitt Events") << none << "";
        QTest::newRow("one other letter with evidence")
            << company("Schmidt Events", {"0400 000 111"})
            << company("Schmitt Events", {"0400000111"}) << strong
            << "similar company name: one letter apart, and the same phone";
        QTest::newRow("acronym needs evidence")
            << company("IBM") << company("International Business Machines Corp") << none << "";
        QTest::newRow("acronym with evidence")
            << company("IBM", {}, {}, "ibm.com")
            << company("International Business Machines Corp", {}, {}, "www.ibm.com") << strong
            << "'IBM' are the initials of 'International Business Machines Corp', and the same web "
               "domain";
        QTest::newRow("empty name") << company("") << company("Acme") << none << "";
        QTest::newRow("only a suffix")
            << company("Pty Ltd") << company("Acme Pty Ltd") << none << "";
    }
    void match()
    {
        QFETCH(CompanyCandidate, typed);
        QFETCH(CompanyCandidate, existing);
        QFETCH(int, strength);
        QFETCH(QString, explanation);
        const CompanyMatcher matcher(QStringLiteral("AU"));
        const RadarMatch result = matcher.match(typed, existing);
        QCOMPARE(int(result.strength), strength);
        QCOMPARE(result.explanation, explanation);
        QCOMPARE(result.isMatch(), strength != int(MatchStrength::None));
    }

    void reasonCodes()
    {
        const CompanyMatcher matcher(QStringLiteral("AU"));
        QCOMPARE(matcher.match(company("Acme"), company("ACME")).reason,
                 MatchReason::SameCompanyName);
        QCOMPARE(matcher.match(company("Acme Ltd"), company("Acme")).reason,
                 MatchReason::SameCompanyNameIgnoringSuffix);
        QCOMPARE(matcher.match(company("Bright Star"), company("Brightstar")).reason,
                 MatchReason::SameCompanyNameIgnoringSpacing);
        QCOMPARE(matcher.match(company("Acme Group"), company("Acme")).reason,
                 MatchReason::SimilarCompanyName);
        QCOMPARE(matcher.match(company("Acme Events"), company("Acme Mining")).reason,
                 MatchReason::None);
    }

    void sameNameIsSymmetric()
    {
        QVERIFY(CompanyMatcher::sameName("Acme Pty Ltd", "acme"));
        QVERIFY(CompanyMatcher::sameName("acme", "Acme Pty Ltd"));
        QVERIFY(!CompanyMatcher::sameName("Acme Group", "Acme"));
        QVERIFY(!CompanyMatcher::sameName("", ""));
    }
};

QTEST_GUILESS_MAIN(TestCompanyMatcher)
#include "tst_companymatcher.moc"
