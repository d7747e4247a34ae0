#include "support/exactlyonce.h"

#include "sandbox/sandboxserver.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

QString ExactlyOnce::problems(const QList<OutboxItem> &items, int expected,
                              bool everyItemSent) const
{
    QStringList wrong;
    QSet<qint64> records;
    int sent = 0;
    for (const OutboxItem &item : items) {
        const QString name = names.value(item.id);
        if (item.state != OutboxItem::State::Sent) {
            if (everyItemSent)
                wrong << QStringLiteral("%1 is %2: %3")
                             .arg(name, OutboxItem::stateName(item.state), item.lastError);
            continue;
        }
        ++sent;
        if (sandbox.lead(item.recordId).value(QStringLiteral("name")).toString() != name)
            wrong << QStringLiteral("%1 points at record %2").arg(name).arg(item.recordId);
        records.insert(item.recordId);
    }
    const int gained = sandbox.leadCount() - leadsBefore;
    if (gained != expected)
        wrong.prepend(QStringLiteral("the sandbox gained %1 leads for %2 items: %3 too many")
                          .arg(gained)
                          .arg(expected)
                          .arg(gained - expected));
    if (records.size() != expected)
        wrong << QStringLiteral("%1 sent items hold %2 records").arg(sent).arg(records.size());
    return wrong.mid(0, 20).join(QLatin1Char('\n'));
}
