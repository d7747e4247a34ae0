#include "platform/platformanswer.h"

#include "model/jsontext.h"

#include <QJsonObject>

#include <cmath>

namespace {
/// A value as the answer wrote it, for messages: `"false" (text)`, `22999.7`.
QString shown(const QJsonValue &value)
{
    QString text = JsonText::of(value);
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    if (value.isString())
        return PlatformAnswer::tr("\"%1\" (text)").arg(text);
    return text;
}
} // namespace

PlatformAnswer::Write PlatformAnswer::ofWrite(const QJsonValue &answer)
{
    Write write;
    PlatformError &error = write.error;
    const auto malformed = [&error](const QString &message) {
        error.kind = PlatformError::Kind::Malformed;
        // The platform answered 2xx with something else than it documents: the write may
        // have happened.
        error.requestMayHaveArrived = true;
        error.message = message;
    };
    if (!answer.isObject()) {
        malformed(tr("The platform's answer is not a JSON object; it says nothing about the "
                     "record."));
        return write;
    }
    const QJsonObject object = answer.toObject();
    const QJsonValue success = object.value(QStringLiteral("success"));
    if (success.isBool() && !success.toBool()) {
        error.kind = PlatformError::Kind::Platform;
        error.message = object.value(QStringLiteral("message")).toString();
        if (error.message.isEmpty())
            error.message = tr("The platform answered that the record was not saved.");
        return write;
    }
    if (!(success.isBool() && success.toBool())) {
        malformed(success.isUndefined()
                      ? tr("The platform's answer does not say whether the record was saved (it "
                           "has no \"success\").")
                      : tr("The platform's answer says \"success\" is %1, neither true nor "
                           "false; LeadDesk cannot tell whether the record was saved.")
                            .arg(shown(success)));
        return write;
    }
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    if (idValue.isUndefined() || idValue.isNull()) {
        malformed(tr("The platform's answer holds no id."));
        return write;
    }
    QString problem;
    write.id = id(idValue, &problem);
    if (write.id <= 0)
        malformed(
            tr("The platform's answer holds the id %1, which %2.").arg(shown(idValue), problem));
    return write;
}

qint64 PlatformAnswer::id(const QJsonValue &value, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return qint64(0);
    };
    if (value.isString()) {
        const QString text = value.toString();
        bool digitsOnly = !text.isEmpty() && text.size() <= 18;
        for (const QChar c : text)
            digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!digitsOnly)
            return refuse(tr("is not a whole number"));
        const qint64 number = text.toLongLong();
        if (number <= 0)
            return refuse(tr("is not a positive number"));
        if (number > kLargestId)
            return refuse(tr("is too large to be read exactly (ids go up to %1)").arg(kLargestId));
        return number;
    }
    if (!value.isDouble())
        return refuse(tr("is not a number"));
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number))
        return refuse(tr("is not a whole number"));
    if (number <= 0)
        return refuse(tr("is not a positive number"));
    // Beyond 2^53 a double skips whole numbers: the id read may not be the id sent.
    if (number > double(kLargestId))
        return refuse(tr("is too large to be read exactly (ids go up to %1)").arg(kLargestId));
    return qint64(number);
}
