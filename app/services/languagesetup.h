#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// Puts LeadDesk's translations (`:/i18n/leaddesk_<lang>.qm`, built from
/// translations/*.ts) and Qt's own (`qtbase_<lang>.qm` from Qt's translations folder,
/// Debian's qt6-translations-l10n: OK, Cancel, Ctrl+ …) on the running application. Call it after
/// the QCoreApplication exists and before any window or text is made: texts already shown do not
/// change.
///
/// The language is, first to last: the LEADDESK_LANGUAGE environment
/// variable, the choice from Settings (ProfileStore::value("language")),
/// the system's UI languages. Under the C/POSIX locale the program speaks
/// the source language, as gettext programs do, unless asked otherwise.
class LanguageSetup
{
public:
    /// The languages LeadDesk is translated into ("en" only adds plural forms).
    static QStringList languages();
    /// The language `choice` ("" = follow the system) means on `system`:
    /// one of languages(), "en" when the system's is not among them, and ""
    /// for a C/POSIX system locale when `cLocaleIsEnglish` is false.
    static QString resolve(const QString &choice, const QLocale &system,
                           bool cLocaleIsEnglish = true);
    /// The language following the system means on `system`, whatever LEADDESK_LANGUAGE or
    /// Settings say: one of languages(), "en" for a system language LeadDesk does not speak.
    static QString systemLanguage(const QLocale &system);
    /// `language` ("de") in its own words ("Deutsch"), so that anyone finds theirs.
    static QString nativeName(const QString &language);
    /// Installs the translators for resolve(choice, QLocale::system()) on the
    /// application; they live as long as it does. Returns the language now in
    /// use ("" for none). A missing Qt catalogue is skipped.
    static QString install(const QString &choice = QString(), bool cLocaleIsEnglish = true);
    /// The language install() put in place ("" before, or when none was).
    static QString current();
};
