#include "services/languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "leaddesk.language", QtInfoMsg)

namespace {
/// The language part of a locale or UI-language name: "de" of "de-AT" or "de_AT.UTF-8".
QString languagePart(const QString &name)
{
    QString part = name.section(QLatin1Char('.'), 0, 0);
    part = part.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return part.toLower();
}

bool isCLocale(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}
} // namespace

QStringList LanguageSetup::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString LanguageSetup::resolve(const QString &choice, const QLocale &system, bool cLocaleIsEnglish)
{
    const QString forced = languagePart(qEnvironmentVariable("LEADDESK_LANGUAGE"));
    if (languages().contains(forced))
        return forced;
    const QString chosen = languagePart(choice);
    if (languages().contains(chosen))
        return chosen;
    // LANGUAGE lists preferences, but under LC_ALL=C scripts expect the plain texts.
    if (isCLocale(system))
        return cLocaleIsEnglish ? QStringLiteral("en") : QString();
    return systemLanguage(system);
}

QString LanguageSetup::systemLanguage(const QLocale &system)
{
    const QStringList wanted = system.uiLanguages();
    for (const QString &name : wanted) {
        const QString language = languagePart(name);
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageSetup::nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

namespace {
QString g_current;
} // namespace

QString LanguageSetup::current()
{
    return g_current;
}

QString LanguageSetup::install(const QString &choice, bool cLocaleIsEnglish)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString language = resolve(choice, QLocale::system(), cLocaleIsEnglish);
    if (!app || language.isEmpty())
        return QString();

    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral("leaddesk_") + language, QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        qCWarning(lcLanguage) << "no LeadDesk translation for" << language;
        delete own;
    }

    // Qt's own texts (OK, Cancel, the context menus); Debian ships them in qt6-translations-l10n.
    auto *qt = new QTranslator(app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_") + language, qtDir)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcLanguage) << "no Qt translation for" << language << "in" << qtDir;
        delete qt;
    }
    qCDebug(lcLanguage) << "language" << language;
    g_current = language;
    return language;
}
