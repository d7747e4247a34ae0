#include "store/storetimestamp.h"

QString StoreTimestamp::write(const QDateTime &utc)
{
    // Fixed width, so that text order is time order in SQL comparisons.
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                         : QStringLiteral("");
}

QDateTime StoreTimestamp::read(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    // What write() writes is read by hand: a panel of 10,000 rows reads 20,000 of them at
    // start, and QDateTime::fromString costs several times more. Anything else goes through it.
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}
