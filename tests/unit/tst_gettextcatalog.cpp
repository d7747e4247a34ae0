#include "model/countrycodes.h"
#include "model/gettextcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

/// Country and state names in German or French come from the gettext
/// catalogues Debian's iso-codes ships; a bad file translates nothing.
class TestGettextCatalog : public QObject
{
    Q_OBJECT

    /// A little-endian .mo file holding `pairs` (sorted by original, as msgfmt writes them).
    static QByteArray moFile(const QList<QPair<QByteArray, QByteArray>> &pairs)
    {
        const quint32 count = quint32(pairs.size());
        const quint32 originals = 28;
        const quint32 translations = originals + count * 8;
        quint32 offset = translations + count * 8;
        QByteArray header(28, '\0'), tables, strings;
        QByteArray originalTable, translationTable;
        const auto put = [](QByteArray &to, quint32 value) {
            char bytes[4];
            qToLittleEndian(value, bytes);
            to.append(bytes, 4);
        };
        for (const auto &[original, translation] : pairs) {
            put(originalTable, quint32(original.size()));
            put(originalTable, offset);
            strings += original + '\0';
            offset += quint32(original.size()) + 1;
        }
        for (const auto &[original, translation] : pairs) {
            put(translationTable, quint32(translation.size()));
            put(translationTable, offset);
            strings += translation + '\0';
            offset += quint32(translation.size()) + 1;
        }
        header.clear();
        put(header, 0x950412de);
        put(header, 0);
        put(header, count);
        put(header, originals);
        put(header, translations);
        put(header, 0);
        put(header, 0);
        return header + originalTable + translationTable + strings;
    }

    static QString write(const QTemporaryDir &dir, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QStringLiteral("test.mo"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void readsAMessageCatalogue()
    {
        QTemporaryDir dir;
        const GettextCatalog catalog(
            write(dir,
                  moFile({{"", "Content-Type: text/plain; charset=UTF-8\n"},
                          {"Germany", "Deutschland"},
                          {"\xc3\x85land Islands", "\xc3\x85land"}})));
        QVERIFY(!catalog.isEmpty());
        QCOMPARE(catalog.translate("Germany"), QString("Deutschland"));
        QCOMPARE(catalog.translate(QString::fromUtf8("\xc3\x85land Islands")),
                 QString::fromUtf8("\xc3\x85land"));
        QCOMPARE(catalog.translate("Narnia"), QString("Narnia"));
    }

    void aBadFileTranslatesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = moFile({{"Germany", "Deutschland"}});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a catalogue") << QByteArray(64, 'x');
        QTest::newRow("cut short") << good.left(good.size() - 8);
        QByteArray wild = good;
        qToLittleEndian<quint32>(0x7fffffff, wild.data() + 32); // an offset past the end
        QTest::newRow("offset past the end") << wild;
    }

    void aBadFileTranslatesNothing()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const GettextCatalog catalog(write(dir, bytes));
        QCOMPARE(catalog.translate("Germany"), QString("Germany"));
        QVERIFY(GettextCatalog(dir.filePath("missing.mo")).isEmpty());
    }

    void isoCodesCountryNamesInGerman()
    {
        const QString path = CountryCodes::instance().catalogPath("iso_3166-1", "de");
        // iso-codes is a dependency (scripts/test.sh installs it; the package depends on it).
        QVERIFY2(QFile::exists(path), qPrintable(path + " is missing (Debian package iso-codes)"));
        const GettextCatalog catalog(path);
        QCOMPARE(catalog.translate(CountryCodes::instance().countryName("DE")),
                 QString("Deutschland"));
    }
};

QTEST_GUILESS_MAIN(TestGettextCatalog)
#include "tst_gettextcatalog.moc"
