#pragma once

#include "model/outboxentry.h"
#include "model/outboxitem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

/// Turns a row of the items table back into an OutboxItem or an OutboxEntry. SQLite keeps any
/// type in any column, and a damaged or hand-edited database holds anything at all, so each
/// column is read leniently and never fails: JSON that is not an object reads as {}, a time
/// that is not one as an invalid time, an unknown state as a draft.
class OutboxRowDecoder
{
public:
    /// The columns item() reads, in this order (for a SELECT).
    static QString itemColumns();
    /// The columns entry() reads, in this order; the last one asks whether the body has an id.
    static QString entryColumns();
    /// entryColumns() without reading the body: `update` is always false.
    static QString waitingColumns();

    static OutboxItem item(const QVariantList &row);
    static OutboxEntry entry(const QVariantList &row);

    /// A JSON column (draft, body, problems); {} when it holds no JSON object.
    static QJsonObject object(const QVariant &column);
    /// A time column as OutboxStore writes it (UTC, ISO 8601 with milliseconds); invalid when
    /// empty or not a time.
    static QDateTime time(const QString &text);
};
