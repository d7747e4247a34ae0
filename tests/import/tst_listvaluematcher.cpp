// ListValueMatcher: list values by id or name in any case, names that match nothing listed
// once each, the rep's mapping applied to every later row.
#include "import/listvaluematcher.h"
#include "model/fielddefinition.h"
#include "model/lookupcatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {
std::shared_ptr<const LookupCatalog> catalog()
{
    QMap<QString, QJsonArray> lists;
    lists.insert("sources",
                 QJsonArray {QJsonObject {{"id", 100}, {"name", "Exhibition"}},
                             QJsonObject {{"id", 101}, {"name", "Referral"}},
                             QJsonObject {{"id", 102}, {"name", "Web"}},
                             QJsonObject {{"id", 103}, {"name", "web"}}});
    lists.insert(
        "types",
        QJsonArray {QJsonObject {{"id", 1},
                                 {"type", "Corporate Event"},
                                 {"subtypes",
                                  QJsonArray {QJsonObject {{"id", 30}, {"name", "Conference"}},
                                              QJsonObject {{"id", 31}, {"name", "Seminar"}}}}}});
    return LookupCatalog::build(lists, QJsonArray());
}
} // namespace

class TestListValueMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAndNamesInAnyCase();
    void unmatchedListedOnce();
    void sharedNameMatchesNeither();
    void repsMappingApplies();
    void subtypesOfAType();
    void selectValues();
};

void TestListValueMatcher::idsAndNamesInAnyCase()
{
    auto sources = ListValueMatcher::forLookup(*catalog(), "sources");
    QCOMPARE(sources.matchId("100"), 100);
    QCOMPARE(sources.matchId(" 101 "), 101);
    QCOMPARE(sources.matchId("exhibition"), 100);
    QCOMPARE(sources.matchId("REFERRAL"), 101);
    QCOMPARE(sources.matchId("  Referral  "), 101);
    QVERIFY(!sources.matchId(""));
    QVERIFY(!sources.matchId("   "));
    QVERIFY(sources.unmatched().isEmpty());
}

void TestListValueMatcher::unmatchedListedOnce()
{
    auto sources = ListValueMatcher::forLookup(*catalog(), "sources");
    QVERIFY(!sources.match("Trade show 2026"));
    QVERIFY(!sources.match("Walk-in"));
    QVERIFY(!sources.match("trade SHOW 2026"));
    QVERIFY(!sources.match("Trade show  2026 "));
    QVERIFY(!sources.match("999")); // an id the list does not have
    QCOMPARE(sources.unmatched(), QStringList({"Trade show 2026", "Walk-in", "999"}));
    QCOMPARE(sources.occurrences("TRADE show 2026"), 3);
    QCOMPARE(sources.occurrences("Walk-in"), 1);
    QCOMPARE(sources.occurrences("Referral"), 0);
}

void TestListValueMatcher::sharedNameMatchesNeither()
{
    auto sources = ListValueMatcher::forLookup(*catalog(), "sources");
    // "Web" and "web" are two sources: guessing would send rows to the wrong one.
    QVERIFY(!sources.match("WEB"));
    QCOMPARE(sources.unmatched(), QStringList({"WEB"}));
    QCOMPARE(sources.matchId("103"), 103);
}

void TestListValueMatcher::repsMappingApplies()
{
    auto sources = ListValueMatcher::forLookup(*catalog(), "sources");
    QVERIFY(!sources.match("Trade show 2026"));
    QVERIFY(!sources.match("Walk-in"));
    sources.assign("trade show 2026", "100");
    QCOMPARE(sources.unmatched(), QStringList({"Walk-in"}));
    QCOMPARE(sources.matchId("Trade Show 2026"), 100);
    QCOMPARE(sources.occurrences("Trade show 2026"), 0);
    // The rep may also redirect a name that matched on its own.
    sources.assign("WEB", "102");
    QCOMPARE(sources.matchId("web"), 102);
}

void TestListValueMatcher::subtypesOfAType()
{
    auto subtypes = ListValueMatcher::forLookup(*catalog(), "subtypes", 1);
    QCOMPARE(subtypes.matchId("conference"), 30);
    QCOMPARE(subtypes.matchId("31"), 31);
    auto none = ListValueMatcher::forLookup(*catalog(), "subtypes", 2);
    QVERIFY(!none.matchId("Conference"));
}

void TestListValueMatcher::selectValues()
{
    const SelectOptions options({{"under-5k", "Under $5,000"}, {"5k-20k", "$5,000 – $20,000"}});
    auto budget = ListValueMatcher::forSelect(options);
    QCOMPARE(budget.match("UNDER-5K"), QStringLiteral("under-5k"));
    QCOMPARE(budget.match("under $5,000"), QStringLiteral("under-5k"));
    QVERIFY(!budget.match("lots"));
    QVERIFY(!budget.matchId("under-5k")); // a key, but no id
    QCOMPARE(budget.unmatched(), QStringList({"lots"}));
}

QTEST_GUILESS_MAIN(TestListValueMatcher)
#include "tst_listvaluematcher.moc"
