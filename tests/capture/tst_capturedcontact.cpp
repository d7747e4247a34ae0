#include "capture/capturedcontact.h"
#include "capture/textdecoder.h"

#include <QTest>

/// What capture hands on: the platform's request bodies, and text decoding.
class TestCapturedContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactBodyTakesTheMobileFirst()
    {
        CapturedContact card;
        card.firstName = " Jane ";
        card.lastName = "Smith";
        card.emails = {"jane@acme.com.au", "jane@gmail.com"};
        card.phones = {{"02 9000 0001", PhoneKind::Fax},
                       {"02 9000 0000", PhoneKind::Work},
                       {"0412 000 000", PhoneKind::Mobile}};
        card.jobTitle = "Event Manager";
        QCOMPARE(card.contactBody(),
                 QJsonObject({{"firstName", "Jane"},
                              {"lastName", "Smith"},
                              {"email", "jane@acme.com.au"},
                              {"phone", "0412 000 000"}}));
        card.phones.removeLast();
        QCOMPARE(card.contactBody().value("phone").toString(), QStringLiteral("02 9000 0000"));
        card.phones = {{"02 9000 0001", PhoneKind::Fax}};
        QVERIFY(!card.contactBody().contains("phone"));
    }

    void companyBodyOnlyWithACompany()
    {
        CapturedContact card;
        card.firstName = "Jane";
        QVERIFY(card.companyBody().isEmpty());
        card.businessName = "Weber Messebau GmbH";
        card.website = "weber-messebau.de";
        card.phones
            = {{"+49 160 1234567", PhoneKind::Mobile}, {"+49 421 9876540", PhoneKind::Work}};
        card.address.street = {"Am Hafen 3"};
        card.address.city = "Bremen";
        card.address.postalCode = "28217";
        card.address.country = "Deutschland";
        card.address.region = "Bremen";
        QCOMPARE(card.companyBody(),
                 QJsonObject({{"businessName", "Weber Messebau GmbH"},
                              {"phone", "+49 421 9876540"},
                              {"website", "weber-messebau.de"},
                              {"address",
                               QJsonObject({{"line1", "Am Hafen 3"},
                                            {"city", "Bremen"},
                                            {"postalCode", "28217"},
                                            {"countryCode", "DE"},
                                            {"stateName", "Bremen"}})}}));
    }

    void emptiness()
    {
        CapturedContact card;
        QVERIFY(card.isEmpty());
        card.note = "only a note";
        QVERIFY(card.isEmpty());
        card.emails = {"a@b.c"};
        QVERIFY(!card.isEmpty());
    }

    void decoding()
    {
        QCOMPARE(TextDecoder::decode("Gr\xC3\xBC\xC3\x9F"
                                     "e"),
                 QStringLiteral("Grüße"));
        QCOMPARE(TextDecoder::decode("Gr\xFC\xDF"
                                     "e"),
                 QStringLiteral("Grüße"));
        QCOMPARE(TextDecoder::decode("\x80 \x93x\x94", "windows-1252"), QStringLiteral("€ “x”"));
        QCOMPARE(TextDecoder::decode("caf\xE9", "ISO-8859-1"), QStringLiteral("café"));
        QCOMPARE(TextDecoder::decode("\xEF\xBB\xBF"
                                     "caf\xC3\xA9"),
                 QStringLiteral("café"));
        QVERIFY(!TextDecoder::isUtf8("\xC3"));
    }
};

QTEST_GUILESS_MAIN(TestCapturedContact)
#include "tst_capturedcontact.moc"
