#include "model/recordlabel.h"

namespace {
QString field(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

QString RecordLabel::of(const QString &kind, const QJsonObject &record)
{
    if (kind == QStringLiteral("contact")) {
        const QString name
            = QString(field(record, "firstName") + QLatin1Char(' ') + field(record, "lastName"))
                  .trimmed();
        const QString email = field(record, "email");
        if (email.isEmpty())
            return name;
        if (name.isEmpty())
            return email;
        return name + QStringLiteral(" <") + email + QLatin1Char('>');
    }
    const QString business = field(record, "businessName");
    const QString trading = field(record, "tradingName");
    if (trading.isEmpty() || trading == business)
        return business;
    if (business.isEmpty())
        return trading;
    return business + QStringLiteral(" (") + trading + QLatin1Char(')');
}
