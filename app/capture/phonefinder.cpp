#include "capture/phonefinder.h"

#include "radar/textfold.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QHash<QString, PhoneKind> &labels()
{
    static const QHash<QString, PhoneKind> map = [] {
        const QList<QPair<PhoneKind, QString>> written {
            {PhoneKind::Mobile,
             QStringLiteral("m,mob,mobile,mobil,cell,cellular,c,handy,portable,port,gsm,natel,"
                            "mobiltelefon,tel portable,mobile phone,cell phone")},
            {PhoneKind::Work,
             QStringLiteral("t,tel,telephone,telefon,phone,p,ph,office,o,direct,d,dd,ddi,"
                            "direct dial,direct line,ligne directe,fixe,standard,switchboard,"
                            "zentrale,buro,fon,main,work,durchwahl,tel fixe,landline")},
            {PhoneKind::Fax, QStringLiteral("f,fax,telefax,telecopie,fax number")},
            {PhoneKind::Home, QStringLiteral("h,home,privat,domicile")},
        };
        QHash<QString, PhoneKind> m;
        for (const auto &[kind, labels] : written) {
            for (const QString &label : labels.split(QLatin1Char(',')))
                m.insert(label, kind);
        }
        return m;
    }();
    return map;
}

int digitCount(const QString &text)
{
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits;
}

/// Where the label before `at` starts: after the previous separator.
qsizetype labelStart(const QString &line, qsizetype at)
{
    qsizetype i = at;
    while (i > 0) {
        const QChar c = line.at(i - 1);
        if (c == QLatin1Char('|') || c == QChar(0x00B7) || c == QChar(0x2022)
            || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0x2013)
            || c == QChar(0x2014) || c.isDigit() || c == QLatin1Char('/'))
            break;
        // Two spaces part columns: "T 02 4960 1234  F 02 4960 1235".
        if (c == QLatin1Char(' ') && i >= 2 && line.at(i - 2) == QLatin1Char(' ') && i < at)
            break;
        --i;
    }
    return i;
}

} // namespace

PhoneKind PhoneFinder::kindOf(const QString &label, bool *known)
{
    const QString folded = TextFold::words(label).join(QLatin1Char(' '));
    auto it = labels().constFind(folded);
    if (it == labels().cend()) {
        // "Felix Braun – Mobil": only the last word is the label.
        it = labels().constFind(folded.section(QLatin1Char(' '), -1));
        if (it == labels().cend() || folded.count(QLatin1Char(' ')) > 2) {
            *known = false;
            return PhoneKind::Other;
        }
    }
    *known = true;
    return it.value();
}

QList<CapturedPhone> PhoneFinder::take(QString *line)
{
    static const QRegularExpression number(
        QStringLiteral(R"((?<![\w+])(?:\+|\(\+?)?\d(?:[\d ()./\-]|\x{00A0}){5,24}\d(?!\w))"));
    static const QRegularExpression usStyle(QStringLiteral(R"(^\d{3}[-.]\d{3}[-.]\d{4}$)"));
    QList<CapturedPhone> phones;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch match = number.match(*line, from);
        if (!match.hasMatch())
            break;
        const QString written = match.captured().trimmed();
        const qsizetype start = match.capturedStart();
        from = match.capturedEnd();
        const int digits = digitCount(written);
        if (digits < 7 || digits > 15)
            continue;
        const qsizetype begin = labelStart(*line, start);
        const QString labelText = line->mid(begin, start - begin);
        bool known = false;
        const PhoneKind kind = kindOf(labelText, &known);
        // Unlabelled digits are a phone only when written like one: "+…", "(…", "0…".
        const QChar lead = written.at(0);
        if (!known && lead != QLatin1Char('+') && lead != QLatin1Char('(')
            && lead != QLatin1Char('0') && !usStyle.match(written).hasMatch())
            continue;
        phones.append({written, kind});
        const qsizetype cut = known ? begin : start;
        line->replace(cut, match.capturedEnd() - cut, QStringLiteral(" | "));
        from = cut + 3;
    }
    return phones;
}
