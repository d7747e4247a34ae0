#include "model/localedate.h"

#include <QDate>
#include <QRegularExpression>

namespace {
const QString &isoPattern()
{
    static const QString pattern = QStringLiteral("yyyy-MM-dd");
    return pattern;
}
} // namespace

QString LocaleDate::pattern(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return isoPattern();
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype year = format.indexOf(QLatin1Char('y'));
    if (day < 0 || month < 0 || year < 0 || year < day || year < month)
        return isoPattern();
    QChar separator = QLatin1Char('/');
    for (const QChar c : format) {
        if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            separator = c;
            break;
        }
    }
    const QString dayMonth = day < month ? QStringLiteral("dd%1MM") : QStringLiteral("MM%1dd");
    return dayMonth.arg(separator) + separator + QStringLiteral("yyyy");
}

QString LocaleDate::hint(const QLocale &locale)
{
    return pattern(locale).toLower();
}

QRegularExpressionMatch LocaleDate::match(const QString &text, const QLocale &locale)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$)"));
    if (pattern(locale) == isoPattern())
        return QRegularExpressionMatch();
    return form.match(text.trimmed());
}

bool LocaleDate::isShaped(const QString &text, const QLocale &locale)
{
    return match(text, locale).hasMatch();
}

QString LocaleDate::toIso(const QString &text, const QLocale &locale)
{
    const QString format = pattern(locale);
    const QRegularExpressionMatch match = LocaleDate::match(text, locale);
    if (!match.hasMatch())
        return QString();
    const bool dayFirst = format.startsWith(QLatin1Char('d'));
    const int first = match.captured(1).toInt();
    const int second = match.captured(3).toInt();
    const QDate date(match.captured(4).toInt(), dayFirst ? second : first,
                     dayFirst ? first : second);
    return date.isValid() ? date.toString(isoPattern()) : QString();
}

QString LocaleDate::display(const QString &iso, const QLocale &locale)
{
    static const QRegularExpression form(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString format = pattern(locale);
    if (format == isoPattern() || !form.match(iso).hasMatch())
        return iso;
    const QDate date = QDate::fromString(iso, isoPattern());
    return date.isValid() ? date.toString(format) : iso;
}
