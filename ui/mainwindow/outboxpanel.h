#pragma once

#include "store/outboxitem.h"

#include <QWidget>

class MessageBanner;
class OutboxListModel;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class Workspace;

/// Drafts and the outbox beside the forms: each item with its state,
/// attempts, last error and next attempt. Enter opens a draft or an item
/// that needs a fix; Delete removes a draft (with Undo) or, after asking, a
/// queued item; "Send now" sends what waits; a bar shows a flush's progress.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPanel(Workspace *workspace, QWidget *parent = nullptr);

    OutboxListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    /// Reads the items again (a draft was saved, a profile was switched).
    void reload();
    void deleteSelected();

Q_SIGNALS:
    void openRequested(const OutboxItem &item);

private:
    void attachOutbox();
    void openCurrent();
    void updateSummary();

    Workspace *m_workspace;
    OutboxListModel *m_model;
    QListView *m_view;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_sendNow;
    MessageBanner *m_banner;
};
