#include "services/languagesetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

/// One <message> of a .ts file, as far as the checks need it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms; ///< the numerusforms of a numerus message
    QString id() const
    {
        return context + QStringLiteral(": ") + source
            + (comment.isEmpty() ? QString() : QStringLiteral(" [") + comment + QLatin1Char(']'));
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            catalogue.messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value("language").toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value("type").toString();
            if (!message.numerus)
                message.translation = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = path + QStringLiteral(": ") + xml.errorString();
    return catalogue;
}

/// How many plural forms lupdate writes for a language (Qt's numerus rules).
int pluralFormsOf(const QString &language)
{
    static const QHash<QString, int> forms {{"de", 2}, {"fr", 2}, {"en", 2}};
    return forms.value(language.section(QLatin1Char('_'), 0, 0), -1);
}

/// The %1 … %99 and %n markers of a text, sorted, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker("%(\\d{1,2}|n)");
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

/// Whether the text has a keyboard mnemonic ("&Submit"; "&&" is a literal ampersand).
bool hasMnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(LEADDESK_SOURCE_DIR "/translations/leaddesk_%1.ts").arg(language);
}

QString listOf(const QStringList &problems, int max = 40)
{
    QStringList shown = problems.mid(0, max);
    if (problems.size() > max)
        shown << QStringLiteral("… and %1 more").arg(problems.size() - max);
    return QStringLiteral("\n  ") + shown.join(QStringLiteral("\n  "));
}

} // namespace

/// The translation catalogues (STYLE.md habit 11): complete, without obsolete
/// entries, with every plural form, up to date with the sources; and the
/// built .qm files reach the programs.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The checks of LanguageSetup must not follow the developer's own choice.
        qunsetenv("LEADDESK_LANGUAGE");
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de";
        QTest::newRow("French") << "fr";
        QTest::newRow("English plural forms") << "en";
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        const Catalogue catalogue = readCatalogue(tsPath(language));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QCOMPARE(catalogue.language.section(QLatin1Char('_'), 0, 0), language);
        QVERIFY(catalogue.messages.size() > 100);
        const int forms = pluralFormsOf(language);
        const bool english = language == QStringLiteral("en");

        QStringList obsolete, unfinished, missingForms, badPlaceholders, badMnemonics;
        for (const Message &m : catalogue.messages) {
            if (m.type == QStringLiteral("vanished") || m.type == QStringLiteral("obsolete")) {
                obsolete << m.id();
                continue;
            }
            if (m.numerus) {
                // English too: "1 draft" / "2 drafts" are the point of its catalogue.
                bool complete = m.forms.size() == forms;
                for (const QString &form : m.forms)
                    complete = complete && !form.trimmed().isEmpty();
                if (!complete)
                    missingForms << QStringLiteral("%1 (%2 of %3 forms)")
                                        .arg(m.id())
                                        .arg(m.forms.size())
                                        .arg(forms);
                else if (m.type == QStringLiteral("unfinished"))
                    unfinished << m.id();
                for (const QString &form : m.forms) {
                    // A singular may say "one" instead of %n; every other marker stays.
                    QStringList wanted = placeholders(m.source);
                    QStringList got = placeholders(form);
                    wanted.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                    if (wanted != got)
                        badPlaceholders << m.id() + QStringLiteral(" → ") + form;
                }
                if (!m.forms.isEmpty() && !placeholders(m.forms.last()).contains("%n"))
                    badPlaceholders << m.id() + QStringLiteral(" → plural without %n");
                continue;
            }
            if (english) {
                // Plain English texts fall back to their source: left empty on purpose.
                if (!m.translation.isEmpty()
                    && placeholders(m.translation) != placeholders(m.source))
                    badPlaceholders << m.id() + QStringLiteral(" → ") + m.translation;
                continue;
            }
            if (m.type == QStringLiteral("unfinished") || m.translation.trimmed().isEmpty()) {
                unfinished << m.id();
                continue;
            }
            if (placeholders(m.translation) != placeholders(m.source))
                badPlaceholders << m.id() + QStringLiteral(" → ") + m.translation;
            if (hasMnemonic(m.source) != hasMnemonic(m.translation))
                badMnemonics << m.id() + QStringLiteral(" → ") + m.translation;
        }
        QVERIFY2(obsolete.isEmpty(),
                 qPrintable(QStringLiteral("obsolete entries in leaddesk_%1.ts (run the "
                                           "update_translations target):")
                                .arg(language)
                            + listOf(obsolete)));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("unfinished entries in leaddesk_%1.ts:").arg(language)
                            + listOf(unfinished)));
        QVERIFY2(missingForms.isEmpty(),
                 qPrintable(QStringLiteral("plural forms missing in leaddesk_%1.ts:").arg(language)
                            + listOf(missingForms)));
        QVERIFY2(
            badPlaceholders.isEmpty(),
            qPrintable(QStringLiteral("placeholders lost or added in leaddesk_%1.ts:").arg(language)
                       + listOf(badPlaceholders)));
        QVERIFY2(badMnemonics.isEmpty(),
                 qPrintable(QStringLiteral("keyboard mnemonics (&) lost or added in "
                                           "leaddesk_%1.ts:")
                                .arg(language)
                            + listOf(badMnemonics)));
    }

    /// lupdate over the sources finds nothing the catalogues lack, and they hold nothing
    /// the sources no longer say.
    void cataloguesMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList languages {"de", "fr", "en"};
        QStringList arguments {
            "-no-obsolete", "-locations", "none", "-silent", "@" LEADDESK_LUPDATE_SOURCES, "-ts"};
        for (const QString &language : languages) {
            const QString copy = dir.filePath(QStringLiteral("leaddesk_%1.ts").arg(language));
            QVERIFY(QFile::copy(tsPath(language), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            arguments << copy;
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(LEADDESK_LUPDATE, arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        for (const QString &language : languages) {
            const Catalogue committed = readCatalogue(tsPath(language));
            const Catalogue updated
                = readCatalogue(dir.filePath(QStringLiteral("leaddesk_%1.ts").arg(language)));
            QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
            QSet<QString> before, after;
            for (const Message &m : committed.messages)
                before.insert(m.id() + (m.numerus ? QStringLiteral(" (plural)") : QString()));
            for (const Message &m : updated.messages)
                after.insert(m.id() + (m.numerus ? QStringLiteral(" (plural)") : QString()));
            QStringList added(QSet<QString>(after).subtract(before).begin(),
                              QSet<QString>(after).subtract(before).end());
            QStringList gone(QSet<QString>(before).subtract(after).begin(),
                             QSet<QString>(before).subtract(after).end());
            added.sort();
            gone.sort();
            QVERIFY2(added.isEmpty(),
                     qPrintable(QStringLiteral("texts in the sources that leaddesk_%1.ts lacks "
                                               "(build update_translations, then translate "
                                               "them):")
                                    .arg(language)
                                + listOf(added)));
            QVERIFY2(gone.isEmpty(),
                     qPrintable(QStringLiteral("entries of leaddesk_%1.ts the sources no longer "
                                               "have (build update_translations):")
                                    .arg(language)
                                + listOf(gone)));
        }
    }

    /// The .qm files are in the resources, and English gets its plural forms.
    void builtCataloguesLoad()
    {
        for (const char *language : {"de", "fr", "en"})
            QVERIFY2(QFileInfo::exists(
                         QStringLiteral(":/i18n/leaddesk_%1.qm").arg(QLatin1String(language))),
                     language);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("leaddesk_en"), QStringLiteral(":/i18n")));
        QCOMPARE(english.translate("OutboxPanel", "%n draft(s)", nullptr, 1), QString("%n draft"));
        QCOMPARE(english.translate("OutboxPanel", "%n draft(s)", nullptr, 3), QString("%n drafts"));
        // Plain English texts are not in it: the source text is used.
        QVERIFY(english.translate("RecordForm", "&Submit").isEmpty());

        QTranslator german;
        QVERIFY(german.load(QStringLiteral("leaddesk_de"), QStringLiteral(":/i18n")));
        QVERIFY(!german.translate("RecordForm", "&Submit").isEmpty());
        QVERIFY(german.translate("RecordForm", "&Submit") != QStringLiteral("&Submit"));
    }

    void languageFollowsOverrideThenSettingThenSystem()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(LanguageSetup::resolve(QString(), french), QString("fr"));
        QCOMPARE(LanguageSetup::resolve(QString(), QLocale(QLocale::German, QLocale::Austria)),
                 QString("de"));
        QCOMPARE(LanguageSetup::resolve("de", french), QString("de"));
        QCOMPARE(LanguageSetup::resolve("en", french), QString("en"));
        // Not (yet) translated: English, with its plural forms.
        QCOMPARE(LanguageSetup::resolve(QString(), spanish), QString("en"));
        QCOMPARE(LanguageSetup::resolve("xx", spanish), QString("en"));
        // C/POSIX: English for the app, the plain source texts for the CLI.
        QCOMPARE(LanguageSetup::resolve(QString(), QLocale::c()), QString("en"));
        QCOMPARE(LanguageSetup::resolve(QString(), QLocale::c(), false), QString());
        QCOMPARE(LanguageSetup::resolve("de", QLocale::c(), false), QString("de"));

        qputenv("LEADDESK_LANGUAGE", "fr");
        QCOMPARE(LanguageSetup::resolve("de", spanish), QString("fr"));
        QCOMPARE(LanguageSetup::resolve(QString(), QLocale::c(), false), QString("fr"));
        qputenv("LEADDESK_LANGUAGE", "de_DE.UTF-8");
        QCOMPARE(LanguageSetup::resolve(QString(), french), QString("de"));
        qunsetenv("LEADDESK_LANGUAGE");
    }

    void installTranslatesTheApplication()
    {
        qputenv("LEADDESK_LANGUAGE", "de");
        QCOMPARE(LanguageSetup::install(), QString("de"));
        qunsetenv("LEADDESK_LANGUAGE");
        const QString submit = QCoreApplication::translate("RecordForm", "&Submit");
        QVERIFY2(submit != QStringLiteral("&Submit"), qPrintable(submit));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
