#include "capture/mecardparser.h"

#include <QFile>
#include <QTest>

namespace {
QString sample(const char *name)
{
    QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture/mecard/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

/// MECARD and BIZCARD, the short cards on badge QR codes.
class TestMecardParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mecard()
    {
        const auto card = MecardParser::parse(sample("badge.txt"));
        QVERIFY(card);
        QCOMPARE(card->lastName, QStringLiteral("Nguyen"));
        QCOMPARE(card->firstName, QStringLiteral("Tom"));
        QCOMPARE(card->businessName, QStringLiteral("Coastal Venues"));
        QCOMPARE(card->emails, QStringList({"tom@coastalvenues.com.au"}));
        QCOMPARE(card->phones.size(), 1);
        QCOMPARE(card->phones.first().number, QStringLiteral("+61423118902"));
        QCOMPARE(card->address.street, QStringList({"12 Smith Street"}));
        QCOMPARE(card->address.city, QStringLiteral("Collingwood"));
        QCOMPARE(card->address.region, QStringLiteral("VIC"));
        QCOMPARE(card->address.postalCode, QStringLiteral("3066"));
        // Escaped ':' and ';' stay in the value.
        QCOMPARE(card->website, QStringLiteral("https://coastalvenues.com.au"));
        QCOMPARE(card->note, QStringLiteral("Booth 14; wants a callback"));
    }

    void bizcard()
    {
        const auto card = MecardParser::parse(sample("bizcard.txt"));
        QVERIFY(card);
        QCOMPARE(card->firstName, QStringLiteral("Emily"));
        QCOMPARE(card->lastName, QStringLiteral("Chen"));
        QCOMPARE(card->jobTitle, QStringLiteral("Director of Partnerships"));
        QCOMPARE(card->businessName, QStringLiteral("Northwind Traders Inc."));
        QCOMPARE(card->phones.size(), 2);
        QCOMPARE(card->phones.at(0).kind, PhoneKind::Work);
        QCOMPARE(card->phones.at(1).kind, PhoneKind::Mobile);
        QCOMPARE(card->address.street, QStringList({"500 Howard Street, San Francisco"}));
    }

    void nameWithoutComma()
    {
        const auto card = MecardParser::parse("MECARD:N:Anna-Lena Schäfer;EMAIL:a@b.de;;");
        QVERIFY(card);
        QCOMPARE(card->firstName, QStringLiteral("Anna-Lena"));
        QCOMPARE(card->lastName, QStringLiteral("Schäfer"));
    }

    void notAMecard()
    {
        QVERIFY(!MecardParser::parse("BEGIN:VCARD"));
        QVERIFY(!MecardParser::parse("MECARD:;;"));
        QVERIFY(!MecardParser::parse(QString()));
        QVERIFY(MecardParser::looksLikeMecard("  mecard:N:x;;"));
    }
};

QTEST_GUILESS_MAIN(TestMecardParser)
#include "tst_mecardparser.moc"
