#include "radar/contactmatcher.h"

#include <QTest>

namespace {
ContactCandidate person(const QString &first, const QString &last, const QString &email = {},
                        const QStringList &phones = {}, const QString &company = {})
{
    ContactCandidate c;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.phones = phones;
    c.companyName = company;
    return c;
}
} // namespace

Q_DECLARE_METATYPE(ContactCandidate)

/// Contacts: email first, then name with company, phone or company domain.
class TestContactMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<ContactCandidate>("typed");
        QTest::addColumn<ContactCandidate>("existing");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("strength");
        QTest::addColumn<QString>("explanation");
        const int strong = int(MatchStrength::Strong), possible = int(MatchStrength::Possible),
                  none = int(MatchStrength::None);
        QTest::newRow("email, case aside") << person("Jane", "Smith", " Jane.Smith@Acme.com.au")
                                           << person("J", "Smyth", "jane.smith@acme.com.au")
                                           << int(MatchReason::SameEmail) << strong << "same email";
        QTest::newRow("email is exact, not fuzzy")
            << person("Oscar", "Lind", "oscar@gmail.com") << person("Max", "Lind", "oscar@gmail.co")
            << int(MatchReason::None) << none << "";
        QTest::newRow("name and company without suffix")
            << person("Jane", "Smith", {}, {}, "Acme Conferences Pty Ltd")
            << person("jane", "SMITH", "js@acme.com.au", {}, "Acme Conferences")
            << int(MatchReason::SameNameAndCompany) << strong << "same name and company";
        QTest::newRow("name and phone, formats differ")
            << person("Tom", "Nguyen", {}, {"0412 345 678"})
            << person("Tom", "Nguyen", {}, {"+61 412 345 678"})
            << int(MatchReason::SameNameAndPhone) << strong << "same name and phone";
        QTest::newRow("first and last swapped")
            << person("Nguyen", "Tom", {}, {"0412345678"})
            << person("Tom", "Nguyen", {}, {"0412345678"}) << int(MatchReason::SameNameAndPhone)
            << strong << "same name and phone";
        QTest::newRow("diacritics and hyphens")
            << person("Jean-Pierre", "Müller", {}, {}, "Müller GmbH")
            << person("Jean Pierre", "Mueller", {}, {}, "Mueller")
            << int(MatchReason::SameNameAndCompany) << strong << "same name and company";
        QTest::newRow("company domain") << person("Katherine", "Lee", "k.lee@summit.com.au")
                                        << person("Katherine", "Lee", "klee@mail.summit.com.au")
                                        << int(MatchReason::SameNameAndEmailDomain) << strong
                                        << "same name and email domain (summit.com.au)";
        QTest::newRow("free-mail domain is no evidence")
            << person("David", "Lee", "d.lee@gmail.com") << person("David", "Lee", "dlee@gmail.com")
            << int(MatchReason::None) << none << "";
        QTest::newRow("nickname is only possible") << person("Bob", "Taylor", {}, {}, "Red Door")
                                                   << person("Robert", "Taylor", {}, {}, "Red Door")
                                                   << int(MatchReason::SimilarNameAndCompany)
                                                   << possible << "similar name and same company";
        QTest::newRow("initial is only possible")
            << person("J.", "Williams", {}, {"(02) 9876 5432"})
            << person("James", "Williams", {}, {"02 9876 5432"})
            << int(MatchReason::SimilarNameAndPhone) << possible << "similar name and same phone";
        QTest::newRow("swapped letters is only possible")
            << person("Micheal", "Citizen", {}, {"0422111000"})
            << person("Michael", "Citizen", {}, {"0422 111 000"})
            << int(MatchReason::SimilarNameAndPhone) << possible << "similar name and same phone";
        QTest::newRow("one other letter is another person")
            << person("Anna", "Schmidt", {}, {}, "Schmidt Events")
            << person("Anne", "Schmidt", {}, {}, "Schmidt Events") << int(MatchReason::None) << none
            << "";
        QTest::newRow("same name, other company") << person("John", "Smith", {}, {}, "Acme Events")
                                                  << person("John", "Smith", {}, {}, "Acme Mining")
                                                  << int(MatchReason::None) << none << "";
        QTest::newRow("same surname, same company")
            << person("Jane", "Smith", {}, {}, "Acme") << person("John", "Smith", {}, {}, "Acme")
            << int(MatchReason::None) << none << "";
        QTest::newRow("name alone is not enough")
            << person("Zoe", "Adams") << person("Zoe", "Adams") << int(MatchReason::None) << none
            << "";
        QTest::newRow("no last name")
            << person("Zoe", "", {}, {"0400000000"}) << person("Zoe", "", {}, {"0400000000"})
            << int(MatchReason::None) << none << "";
    }
    void match()
    {
        QFETCH(ContactCandidate, typed);
        QFETCH(ContactCandidate, existing);
        QFETCH(int, reason);
        QFETCH(int, strength);
        QFETCH(QString, explanation);
        const ContactMatcher matcher(QStringLiteral("AU"));
        const RadarMatch result = matcher.match(typed, existing);
        QCOMPARE(int(result.reason), reason);
        QCOMPARE(int(result.strength), strength);
        QCOMPARE(result.explanation, explanation);
    }

    void regionReadsNationalNumbers()
    {
        const ContactCandidate a = person("Hans", "Schmidt", {}, {"030 1234567"});
        const ContactCandidate b = person("Hans", "Schmidt", {}, {"+49 30 1234567"});
        QVERIFY(ContactMatcher(QStringLiteral("DE")).match(a, b).isStrong());
        QVERIFY(!ContactMatcher(QStringLiteral("AU")).match(a, b).isMatch());
    }
};

QTEST_GUILESS_MAIN(TestContactMatcher)
#include "tst_contactmatcher.moc"
