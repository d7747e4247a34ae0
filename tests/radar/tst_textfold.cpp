#include "radar/textfold.h"

#include <QTest>

/// Folding: what the radar treats as the same letters and words.
class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case") << "ACME Events"
                              << "acme events";
        QTest::newRow("umlaut") << "Müller"
                                << "muller";
        QTest::newRow("sharp s") << "Straße"
                                 << "strasse";
        QTest::newRow("accents") << "Événements Lefèvre"
                                 << "evenements lefevre";
        QTest::newRow("cedilla") << "François"
                                 << "francois";
        QTest::newRow("ligature") << "Œuvre Ærø"
                                  << "oeuvre aero";
        QTest::newRow("polish l") << "Łódź"
                                  << "lodz";
        QTest::newRow("compatibility") << "ﬁne"
                                       << "fine";
        QTest::newRow("combining mark") << QString("Cafe\u0301") << "cafe";
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFold::fold(text), folded);
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("apostrophe joins") << "O'Brien's Café" << QStringList {"obriens", "cafe"};
        QTest::newRow("initials join") << "e.K." << QStringList {"ek"};
        QTest::newRow("dotted form") << "S.A.R.L." << QStringList {"sarl"};
        QTest::newRow("dot after a word separates") << "Pty.Ltd." << QStringList {"pty", "ltd"};
        QTest::newRow("punctuation separates")
            << "Audio-Visual, (Sydney) / Events"
            << QStringList {"audio", "visual", "sydney", "events"};
        QTest::newRow("empty") << " - " << QStringList {};
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(TextFold::words(text), words);
    }

    void wordOffsetsPointIntoTheText()
    {
        QList<int> starts;
        const QString text = QStringLiteral("  Café  Lumière SARL");
        const QStringList words = TextFold::words(text, &starts);
        QCOMPARE(words.size(), starts.size());
        QCOMPARE(text.mid(starts.at(1), 7), QStringLiteral("Lumière"));
        QCOMPARE(text.mid(starts.at(2)), QStringLiteral("SARL"));
    }

    void looseUmlautSpellings()
    {
        QCOMPARE(TextFold::loose(TextFold::fold("Mueller")),
                 TextFold::loose(TextFold::fold("Müller")));
        QCOMPARE(TextFold::loose(TextFold::fold("Schoen")),
                 TextFold::loose(TextFold::fold("Schön")));
        QVERIFY(TextFold::loose("smith") == "smith");
    }

    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << "events"
                               << "events" << 0;
        QTest::newRow("substitution") << "schmidt"
                                      << "schmitt" << 1;
        QTest::newRow("insertion") << "brown"
                                   << "browne" << 1;
        QTest::newRow("transposition") << "conferences"
                                       << "conferneces" << 1;
        QTest::newRow("two") << "alpha"
                             << "alfa" << 2;
        QTest::newRow("capped at limit + 1") << "acme"
                                             << "zenith travel" << 3;
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(TextFold::distance(a, b, 2), distance);
        QCOMPARE(TextFold::distance(b, a, 2), distance);
    }

    void transpositions()
    {
        QVERIFY(TextFold::isTransposition("micheal", "michael"));
        QVERIFY(TextFold::isTransposition("centre", "center"));
        QVERIFY(!TextFold::isTransposition("schmidt", "schmitt"));
        QVERIFY(!TextFold::isTransposition("abc", "abc"));
        QVERIFY(!TextFold::isTransposition("abcd", "badc"));
        QVERIFY(!TextFold::isTransposition("ab", "abc"));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
