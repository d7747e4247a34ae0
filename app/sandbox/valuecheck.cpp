#include "sandbox/valuecheck.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace {
// 2^53: beyond this a JSON double no longer holds every integer exactly.
constexpr double MaxExactInteger = 9007199254740992.0;
constexpr int MaxDisplayLength = 40;

bool digitsToInteger(const QString &text, bool allowMinus, qint64 *out)
{
    static const QRegularExpression unsignedDigits(QStringLiteral("^[0-9]{1,18}$"));
    static const QRegularExpression signedDigits(QStringLiteral("^-?[0-9]{1,18}$"));
    if (!(allowMinus ? signedDigits : unsignedDigits).match(text).hasMatch())
        return false;
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (ok && out)
        *out = parsed;
    return ok;
}

bool doubleToInteger(double value, qint64 *out)
{
    if (!std::isfinite(value) || std::floor(value) != value || std::fabs(value) > MaxExactInteger)
        return false;
    if (out)
        *out = static_cast<qint64>(value);
    return true;
}
} // namespace

bool ValueCheck::wholeNumber(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble())
        return doubleToInteger(value.toDouble(), out);
    if (value.isString())
        return digitsToInteger(value.toString(), false, out);
    return false;
}

bool ValueCheck::signedWholeNumber(const QJsonValue &value, qint64 *out)
{
    if (value.isDouble())
        return doubleToInteger(value.toDouble(), out);
    if (value.isString())
        return digitsToInteger(value.toString(), true, out);
    return false;
}

bool ValueCheck::number(const QJsonValue &value, double *out)
{
    if (value.isDouble()) {
        if (!std::isfinite(value.toDouble()))
            return false;
        if (out)
            *out = value.toDouble();
        return true;
    }
    if (!value.isString())
        return false;
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]{1,15}(\\.[0-9]{1,6})?$"));
    if (!decimal.match(value.toString()).hasMatch())
        return false;
    if (out)
        *out = value.toString().toDouble();
    return true;
}

bool ValueCheck::boolean(const QJsonValue &value, bool *out)
{
    if (value.isBool()) {
        if (out)
            *out = value.toBool();
        return true;
    }
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0)) {
        if (out)
            *out = value.toDouble() == 1.0;
        return true;
    }
    return false;
}

bool ValueCheck::isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

bool ValueCheck::validEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool ValueCheck::validDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(date).hasMatch())
        return false;
    return QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid();
}

std::optional<QDateTime> ValueCheck::parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})( UTC)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    // Date and time are parsed apart so a local DST gap can never invalidate a UTC time.
    const QString captured = match.captured(1);
    const QDate date = QDate::fromString(captured.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(captured.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

QString ValueCheck::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString ValueCheck::display(const QJsonValue &value)
{
    QString text;
    qint64 whole = 0;
    if (value.isDouble() && wholeNumber(value, &whole))
        text = QString::number(whole);
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isNull())
        text = QStringLiteral("null");
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // A single quote inside a value would look like a field key to a client that extracts
    // quoted names from messages.
    text.replace(QLatin1Char('\''), QLatin1Char('`'));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > MaxDisplayLength)
        text = text.left(MaxDisplayLength - 3) + QStringLiteral("...");
    return text;
}

QString ValueCheck::kindName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}
