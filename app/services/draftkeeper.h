#pragma once

#include "model/result.h"

#include <QObject>
#include <QPointer>

class Outbox;
class QTimer;
class RecordModel;

/// Keeps what is typed in a form as a draft in the outbox: shortly after each change (at most
/// ~300 ms of typing at risk), and at once on flush(). The draft row is made on the first change,
/// so an untouched form leaves none. A save that fails is said (saveFailed) and tried again with
/// the next change; the text stays in the form.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 250;

    DraftKeeper(RecordModel *model, Outbox *outbox, QObject *parent = nullptr);

    /// The draft's local id; 0 until something was typed.
    qint64 itemId() const { return m_itemId; }
    /// Keeps the form's edits in this item from now on (a draft or needs-fix item opened).
    void attach(qint64 itemId);
    /// A new record: the next change makes a new draft.
    void detach();
    /// Saves pending changes now. False (and `error()`) when the store refused.
    bool flush();
    bool isPending() const;
    /// Why the last save failed; empty once a save succeeded again.
    QString error() const { return m_error; }
    /// Another outbox (the profile changed).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    /// While the record is being submitted its body is fixed in the outbox: nothing is saved.
    void setSuspended(bool suspended);

Q_SIGNALS:
    void saved(qint64 itemId);
    void saveFailed(const QString &error);
    /// A save succeeded after one had failed.
    void recovered();

private:
    void schedule();

    RecordModel *m_model;
    QPointer<Outbox> m_outbox;
    QTimer *m_timer;
    bool m_suspended = false;
    qint64 m_itemId = 0;
    QString m_error;
};
