// crashwriter: writes drafts and moves outbox items through their states as fast as the disk
// allows, until it is killed. tst_crashsafety kills it with SIGKILL at random moments and then
// checks that everything it reported as written is still there.
//
//   crashwriter DATABASE [SEED]
//
// After each write that returned success it prints one line and flushes:
//   recovered <count>          items caught "sending" by the previous kill, now uncertain
//   saved <id> <seq>           draft <id> holds sequence number <seq> (or a later one)
//   queued <id> <seq>          draft <id> was submitted with sequence <seq>
//   state <id> <state>         item <id> moved to <state>
//   sent <id> <recordId>       item <id> is sent as <recordId>
#include "store/database.h"
#include "store/outboxstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>

namespace {
const QString kProfile = "crash";

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// A draft that grows with every save, as a form being typed into does.
QJsonObject draftFor(qint64 id, int seq, QRandomGenerator &random)
{
    QString notes;
    const int words = qMin(seq, 400);
    for (int i = 0; i < words; ++i)
        notes += QStringLiteral("word%1 ").arg(random.bounded(1000));
    QJsonArray custom;
    for (int i = 0; i < seq % 20; ++i)
        custom.append(QJsonObject {{"fieldId", i}, {"fieldValue", QString::number(seq * i)}});
    return {{"seq", seq},
            {"name", QStringLiteral("Crash lead %1").arg(id)},
            {"description", notes},
            {"customFields", custom}};
}

template<typename T> T pickFrom(const QList<T> &list, QRandomGenerator &random)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules("leaddesk.store.info=false");
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: crashwriter DATABASE [SEED]\n");
        return 1;
    }
    QRandomGenerator random(args.size() > 2 ? args.at(2).toUInt() : 1);

    Database database;
    const auto opened = database.open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "crashwriter: %s\n", qUtf8Printable(opened.error()));
        return 2;
    }
    OutboxStore store(&database);
    const auto recovered = store.recoverInterrupted(kProfile);
    if (!recovered) {
        std::fprintf(stderr, "crashwriter: %s\n", qUtf8Printable(recovered.error()));
        return 2;
    }
    say("recovered " + QByteArray::number(recovered.value()));

    // Carry on with what the killed runs left: drafts keep growing, items keep moving.
    QHash<qint64, int> drafts; // id → seq, for drafts and needs-fix items (both editable)
    QHash<qint64, OutboxItem::State> outbox; // id → state, for items past the draft
    const auto existing = store.items(kProfile);
    if (!existing) {
        std::fprintf(stderr, "crashwriter: %s\n", qUtf8Printable(existing.error()));
        return 2;
    }
    for (const OutboxItem &item : existing.value()) {
        if (item.state == OutboxItem::State::Draft || item.state == OutboxItem::State::NeedsFix)
            drafts.insert(item.id, item.draft.value("seq").toInt());
        else if (item.state != OutboxItem::State::Sent)
            outbox.insert(item.id, item.state);
    }

    for (;;) {
        const int op = int(random.bounded(100));
        if (drafts.size() < 3 || op < 8) {
            const auto id = store.createDraft(kProfile, "lead", "New lead", {{"seq", 0}});
            if (id) {
                drafts.insert(id.value(), 0);
                say("saved " + QByteArray::number(id.value()) + " 0");
            }
        } else if (op < 65) {
            const qint64 id = pickFrom(drafts.keys(), random);
            const int seq = drafts.value(id) + 1;
            if (store.saveDraft(id, QStringLiteral("Crash lead %1").arg(id),
                                draftFor(id, seq, random))) {
                drafts.insert(id, seq);
                say("saved " + QByteArray::number(id) + ' ' + QByteArray::number(seq));
            }
        } else if (op < 75) {
            const qint64 id = pickFrom(drafts.keys(), random);
            const int seq = drafts.value(id) + 1;
            const QJsonObject draft = draftFor(id, seq, random);
            QJsonObject body = draft;
            body.remove("seq");
            if (store.queue(id, draft.value("name").toString(), draft, body)) {
                drafts.remove(id);
                outbox.insert(id, OutboxItem::State::Queued);
                say("queued " + QByteArray::number(id) + ' ' + QByteArray::number(seq));
            }
        } else if (!outbox.isEmpty()) {
            const qint64 id = pickFrom(outbox.keys(), random);
            const OutboxItem::State state = outbox.value(id);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (state == OutboxItem::State::Queued || state == OutboxItem::State::Uncertain) {
                if (store.markSending(id, now)) {
                    outbox.insert(id, OutboxItem::State::Sending);
                    say("state " + QByteArray::number(id) + " sending");
                }
                continue;
            }
            // Sending: how a send ends.
            const int end = int(random.bounded(4));
            if (end == 0 && store.markSent(id, 900000 + id)) {
                outbox.remove(id);
                say("sent " + QByteArray::number(id) + ' ' + QByteArray::number(900000 + id));
            } else if (end == 1 && store.markQueued(id, "refused", now.addSecs(5))) {
                outbox.insert(id, OutboxItem::State::Queued);
                say("state " + QByteArray::number(id) + " queued");
            } else if (end == 2 && store.markUncertain(id, "dropped", now.addSecs(5))) {
                outbox.insert(id, OutboxItem::State::Uncertain);
                say("state " + QByteArray::number(id) + " uncertain");
            } else if (end == 3 && store.markNeedsFix(id, "rejected", {{"message", "no"}})) {
                outbox.remove(id);
                const auto item = store.item(id);
                drafts.insert(id, item ? item.value().draft.value("seq").toInt() : 0);
                say("state " + QByteArray::number(id) + " needs-fix");
            }
        }
    }
}
