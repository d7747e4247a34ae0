#include "capture/quotedprintable.h"
#include "capture/vcardparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {
QByteArray sample(const char *name)
{
    QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/tests/data/capture/vcard/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<CapturedPhone> phones(std::initializer_list<std::pair<const char *, PhoneKind>> list)
{
    QList<CapturedPhone> result;
    for (const auto &[number, kind] : list)
        result.append({QString::fromUtf8(number), kind});
    return result;
}
} // namespace

/// vCard 2.1, 3.0 and 4.0 as Outlook, Apple and RFC 6350 write them.
class TestVCardParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apple30()
    {
        const QList<CapturedContact> cards = VCardParser::parse(sample("apple-3.0.vcf"));
        QCOMPARE(cards.size(), 1);
        const CapturedContact &card = cards.first();
        QCOMPARE(card.firstName, QStringLiteral("Sarah"));
        QCOMPARE(card.lastName, QStringLiteral("Mitchell"));
        QCOMPARE(card.businessName, QStringLiteral("Harbour View Events Pty Ltd"));
        QCOMPARE(card.jobTitle, QStringLiteral("Senior Event Manager"));
        QCOMPARE(card.emails,
                 QStringList({"sarah.mitchell@harbourviewevents.com.au", "sarah.m@gmail.com"}));
        QCOMPARE(card.phones,
                 phones({{"0412 555 019", PhoneKind::Mobile},
                         {"+61 2 9251 4400", PhoneKind::Work},
                         {"+61 2 9251 4401", PhoneKind::Fax}}));
        QCOMPARE(card.address.street, QStringList({"Level 4", "88 George Street"}));
        QCOMPARE(card.address.city, QStringLiteral("Sydney"));
        QCOMPARE(card.address.region, QStringLiteral("NSW"));
        QCOMPARE(card.address.postalCode, QStringLiteral("2000"));
        QCOMPARE(card.address.country, QStringLiteral("Australia"));
        QCOMPARE(card.website, QStringLiteral("https://www.harbourviewevents.com.au"));
        QCOMPARE(card.note,
                 QStringLiteral("Met at AIME 2024, Melbourne.\nInterested in the "
                                "Christmas party package."));
    }

    void rfc6350_40()
    {
        const QList<CapturedContact> cards = VCardParser::parse(sample("rfc6350-4.0.vcf"));
        QCOMPARE(cards.size(), 1);
        const CapturedContact &card = cards.first();
        QCOMPARE(card.firstName, QStringLiteral("Jean-Pierre"));
        QCOMPARE(card.lastName, QStringLiteral("Dupont"));
        QCOMPARE(card.businessName, QStringLiteral("Atelier Dupré SA"));
        QCOMPARE(card.phones,
                 phones({{"+33-6-12-34-56-78", PhoneKind::Mobile},
                         {"+33-1-42-68-53-00", PhoneKind::Work}}));
        QCOMPARE(card.address.street, QStringList({"12, rue de la Paix"}));
        QCOMPARE(card.address.postalCode, QStringLiteral("75002"));
        QCOMPARE(card.address.country, QStringLiteral("France"));
    }

    void outlook21QuotedPrintable()
    {
        const QList<CapturedContact> cards = VCardParser::parse(sample("outlook-2.1-qp.vcf"));
        QCOMPARE(cards.size(), 1);
        const CapturedContact &card = cards.first();
        QCOMPARE(card.lastName, QStringLiteral("Schäfer"));
        QCOMPARE(card.firstName, QStringLiteral("Anna-Lena"));
        QCOMPARE(card.businessName, QStringLiteral("Hofmann Veranstaltungstechnik GmbH & Co. KG"));
        QCOMPARE(card.jobTitle, QStringLiteral("Leiterin Veranstaltungen"));
        QCOMPARE(card.emails, QStringList({"a.schaefer@hofmann-vt.de"}));
        QCOMPARE(card.phones,
                 phones({{"+49 711 123456-0", PhoneKind::Work},
                         {"+49 171 2345678", PhoneKind::Mobile},
                         {"+49 711 123456-99", PhoneKind::Fax}}));
        QCOMPARE(card.address.street, QStringList({"Industriestraße 12"}));
        // A soft line break inside a quoted-printable value joins the word again.
        QCOMPARE(card.address.country, QStringLiteral("Deutschland"));
        QCOMPARE(card.note, QStringLiteral("Messe „Eventtech“ € 2025:\r\nStand 4.12"));
    }

    void severalCardsFoldedAndLatin1()
    {
        const QList<CapturedContact> cards = VCardParser::parse(sample("three-cards.vcf"));
        // The empty card in the middle is left out.
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards.at(0).jobTitle, QStringLiteral("Head of Sales"));
        QCOMPARE(cards.at(0).emails, QStringList({"james.oconnor@brightsidetravel.co.uk"}));
        QCOMPARE(cards.at(0).lastName, QStringLiteral("O'Connor"));
        QCOMPARE(cards.at(1).lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(cards.at(1).firstName, QStringLiteral("Stéphanie"));
        QCOMPARE(cards.at(1).businessName, QStringLiteral("Maison Lefèvre SAS"));
        // Without N, the formatted name is split.
        QCOMPARE(cards.at(2).firstName, QStringLiteral("Tom"));
        QCOMPARE(cards.at(2).lastName, QStringLiteral("Nguyen"));
        QCOMPARE(cards.at(2).phones, phones({{"(07) 5555 0123", PhoneKind::Other}}));
    }

    void undeclaredWindows1252IsNotMangled()
    {
        const QByteArray card = "BEGIN:VCARD\nVERSION:3.0\nN:M\xfcller;J\xfcrgen\nEND:VCARD\n";
        const QList<CapturedContact> cards = VCardParser::parse(card);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().lastName, QStringLiteral("Müller"));
    }

    void nestedAgentCardIsSkipped()
    {
        const QByteArray card = "BEGIN:VCARD\nN:Smith;Jane\nAGENT:\nBEGIN:VCARD\nN:Agent;Secret\n"
                                "END:VCARD\nEMAIL:jane@example.com\nEND:VCARD\n";
        const QList<CapturedContact> cards = VCardParser::parse(card);
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().lastName, QStringLiteral("Smith"));
        QCOMPARE(cards.first().emails, QStringList({"jane@example.com"}));
    }

    void notAVCard()
    {
        QVERIFY(VCardParser::parse("Hello\nEND:VCARD\n").isEmpty());
        QVERIFY(!VCardParser::looksLikeVCard("MECARD:N:Doe,John;;"));
        QVERIFY(VCardParser::looksLikeVCard("\xEF\xBB\xBF"
                                            "begin:vcard\r\n"));
    }

    void quotedPrintable()
    {
        QCOMPARE(QuotedPrintable::decode("Gr=C3=BC=C3=9Fe"),
                 QByteArray("Gr\xC3\xBC\xC3\x9F"
                            "e"));
        QCOMPARE(QuotedPrintable::decode("soft=\r\nbreak"), QByteArray("softbreak"));
        QCOMPARE(QuotedPrintable::decode("broken =ZZ and =4"), QByteArray("broken =ZZ and =4"));
    }

    void hostileInputIsBounded()
    {
        // A million properties in one card, and one endless folded line.
        QByteArray many = "BEGIN:VCARD\n";
        for (int i = 0; i < 200000; ++i)
            many += "EMAIL:a@b.c\n";
        many += "END:VCARD\n";
        QByteArray endless = "BEGIN:VCARD\nNOTE:x";
        endless += QByteArray(4 * 1024 * 1024, ' ').replace(' ', "\n x").left(4 * 1024 * 1024);
        endless += "\nN:Long;Line\nEND:VCARD\n";
        QElapsedTimer timer;
        timer.start();
        const QList<CapturedContact> a = VCardParser::parse(many);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().emails.size(), VCardParser::kMaxValues);
        const QList<CapturedContact> b = VCardParser::parse(endless);
        QCOMPARE(b.size(), 1);
        QVERIFY(b.first().note.size() <= VCardParser::kMaxLineBytes);
        qInfo("hostile vCards read in %lld ms", qlonglong(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestVCardParser)
#include "tst_vcardparser.moc"
