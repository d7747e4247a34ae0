#pragma once

#include "model/result.h"

#include <QObject>

class OutboxStore;
class QTimer;
class RecordModel;

/// Keeps what is typed in a form as a draft in the store: shortly after each
/// change (at most ~300 ms of typing at risk), and at once on flush(). The
/// draft row is made on the first change, so an untouched form leaves none.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 250;

    DraftKeeper(RecordModel *model, OutboxStore *store, QString profile, QObject *parent = nullptr);

    /// The draft's local id; 0 until something was typed.
    qint64 itemId() const { return m_itemId; }
    /// Keeps the form's edits in this item from now on (a draft or needs-fix item opened).
    void attach(qint64 itemId);
    /// A new record: the next change makes a new draft.
    void detach();
    /// Saves pending changes now. False (and `error()`) when the store refused.
    bool flush();
    bool isPending() const;
    QString error() const { return m_error; }

Q_SIGNALS:
    void saved(qint64 itemId);
    void saveFailed(const QString &error);

private:
    void schedule();

    RecordModel *m_model;
    OutboxStore *m_store;
    QString m_profile;
    QTimer *m_timer;
    qint64 m_itemId = 0;
    bool m_suspended = false;
    QString m_error;
};
