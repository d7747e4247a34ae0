#include "cli/terminaltext.h"

#include <QTest>

/// Untrusted text on a terminal: one line, every control character shown, none acting.
class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesWhatWouldActOnTheTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QString("Gala at the Harbour — Café")
                               << QString("Gala at the Harbour — Café");
        QTest::newRow("lines") << QString("one\ntwo\r\nthree") << QString("one\\ntwo\\r\\nthree");
        QTest::newRow("tab") << QString("a\tb") << QString("a\\tb");
        QTest::newRow("clear screen") << QString("\x1b[2J") << QString("\\x1B[2J");
        QTest::newRow("title") << QString("\x1b]0;owned\x07") << QString("\\x1B]0;owned\\x07");
        QTest::newRow("NUL and DEL")
            << QString::fromUtf16(u"a\u0000b\u007f", 4) << QString("a\\x00b\\x7F");
        QTest::newRow("C1 CSI") << QString::fromUtf16(u"\u009b1m") << QString("\\u009B1m");
        QTest::newRow("bidi override")
            << QString::fromUtf16(u"\u202eevil") << QString("\\u202Eevil");
        QTest::newRow("line separator") << QString::fromUtf16(u"a\u2028b") << QString("a\\u2028b");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QString("\\uD800");
        QTest::newRow("emoji stays")
            << QString::fromUtf16(u"\U0001F600") << QString::fromUtf16(u"\U0001F600");
    }

    void escapesWhatWouldActOnTheTerminal()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(TerminalText::line(text), shown);
    }

    void longTextIsCutSaySo()
    {
        const QString line = TerminalText::line(QString(TerminalText::kMaxLength + 500, 'x'));
        QVERIFY(line.startsWith(QString(TerminalText::kMaxLength, 'x')));
        QVERIFY2(line.contains("500 more character"), qPrintable(line.right(60)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
