#pragma once

#include "services/recordsearch.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>

/// A RecordSearch that answers from a fixed list of records, after the
/// caller returns, as the real one does; optionally reports the platform
/// as unreachable.
class FakeRecordSearch : public RecordSearch
{
public:
    explicit FakeRecordSearch(QObject *parent = nullptr)
        : RecordSearch(parent)
    { }

    QList<QJsonObject> contacts;
    QList<QJsonObject> companies;
    bool platformDown = false;
    QStringList asked; ///< "kind:text" per search
    QList<qint64> askedCompanyIds; ///< the company each search was kept to, 0 for none

    void search(const QString &kind, const QString &text, qint64 companyId = 0) override
    {
        const QString needle = text.trimmed();
        asked.append(kind + QLatin1Char(':') + needle);
        askedCompanyIds.append(companyId);
        QList<QJsonObject> found;
        for (const QJsonObject &record : kind == QLatin1String("company") ? companies : contacts) {
            QString haystack;
            for (const char *field : {"firstName", "lastName", "email", "businessName"})
                haystack += record.value(QLatin1String(field)).toString() + QLatin1Char(' ');
            if (haystack.contains(needle, Qt::CaseInsensitive))
                found.append(record);
        }
        QTimer::singleShot(0, this, [this, kind, needle, found] {
            Q_EMIT resultsReady(kind, needle, found, false);
            if (platformDown)
                Q_EMIT platformUnavailable(kind, QStringLiteral("no network"));
        });
    }
};
