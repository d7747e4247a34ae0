#pragma once

#include "model/outboxitem.h"

#include <QWidget>

class MessageBanner;
class OutboxListModel;
class QLabel;
class QListView;
class QProgressBar;
class QTimer;
class QPushButton;
class Workspace;

/// Drafts and the outbox beside the forms: each item with its state,
/// attempts, last error and next attempt. Enter opens a draft or an item
/// that needs a fix; Delete removes a draft (with Undo) or, after asking, a
/// queued item; "Send now" sends what waits; a bar shows a flush's progress.
/// Every change goes through the outbox, which refuses what could still reach
/// the platform; the panel says why.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(Workspace *workspace, QWidget *parent = nullptr);

    OutboxListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void deleteSelected();
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void openRequested(const OutboxItem &item);

private:
    static constexpr int SummaryDelayMs = 100;

    void attachOutbox();
    void openCurrent();
    /// An uncertain item two platform records could be: the rep says which, or none.
    void settleCurrent(const OutboxItem &item);
    void updateSummary();
    void updateDelete();

    Workspace *m_workspace;
    OutboxListModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_sendNow;
    QPushButton *m_delete;
    MessageBanner *m_banner;
    QTimer *m_summaryDue;
    bool m_batchNoticeShown = false; ///< the banner says a lost batch is being looked up
};
