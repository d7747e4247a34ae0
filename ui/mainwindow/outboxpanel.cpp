#include "mainwindow/outboxpanel.h"

#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "services/outbox.h"
#include "services/outboxlistmodel.h"
#include "services/workspace.h"
#include "store/outboxstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

OutboxPanel::OutboxPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OutboxListModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_summary->setWordWrap(true);
    column->addWidget(m_summary);
    column->addWidget(m_banner);
    m_view->setObjectName(QStringLiteral("outboxList"));
    m_view->setAccessibleName(tr("Drafts and outbox"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    column->addWidget(m_view, 1);
    m_progress->setObjectName(QStringLiteral("outboxProgress"));
    m_progress->setVisible(false);
    m_progress->setFormat(tr("%v of %m sent"));
    column->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    m_sendNow->setObjectName(QStringLiteral("sendNowButton"));
    m_sendNow->setToolTip(tr("Send everything that waits, now"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteItemButton"));
    buttons->addWidget(m_sendNow);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    column->addLayout(buttons);

    connect(m_view, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (Outbox *outbox = m_workspace->outbox())
            outbox->sendNow();
    });
    connect(remove, &QPushButton::clicked, this, &OutboxPanel::deleteSelected);
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &OutboxPanel::deleteSelected);
    m_view->addAction(del);

    connect(workspace, &Workspace::outboxItemChanged, this, &OutboxPanel::reload);
    connect(workspace, &Workspace::activated, this, &OutboxPanel::attachOutbox);
    attachOutbox();
}

void OutboxPanel::attachOutbox()
{
    // A new profile, a new outbox: its progress and pauses are shown here.
    if (Outbox *outbox = m_workspace->outbox()) {
        connect(outbox, &Outbox::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setVisible(total > 1 && done < total);
        });
        connect(outbox, &Outbox::idle, this, [this] { m_progress->setVisible(false); });
        connect(outbox, &Outbox::pausedChanged, this, &OutboxPanel::updateSummary);
        connect(outbox, &Outbox::onlineChanged, this, &OutboxPanel::updateSummary);
    }
    reload();
}

void OutboxPanel::reload()
{
    const qint64 current = m_view->currentIndex().data(OutboxListModel::IdRole).toLongLong();
    m_model->setSource(m_workspace->outboxStore(), m_workspace->profile().name);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    updateSummary();
}

void OutboxPanel::updateSummary()
{
    using State = OutboxItem::State;
    const int drafts = m_model->count(State::Draft);
    const int waiting = m_model->count(State::Queued) + m_model->count(State::Sending)
        + m_model->count(State::Uncertain);
    const int fix = m_model->count(State::NeedsFix);
    QStringList parts;
    if (drafts)
        parts << tr("%n draft(s)", nullptr, drafts);
    if (waiting)
        parts << tr("%n waiting to be sent", nullptr, waiting);
    if (fix)
        parts << tr("%n need(s) a fix", nullptr, fix);
    QString text = parts.isEmpty() ? tr("Drafts and leads waiting to be sent appear here.")
                                   : parts.join(QStringLiteral(", "));
    Outbox *outbox = m_workspace->outbox();
    if (outbox && outbox->isPaused())
        text += QLatin1Char('\n') + tr("Sending is paused: %1").arg(outbox->pauseReason());
    else if (outbox && !outbox->isOnline() && waiting)
        text += QLatin1Char('\n')
            + tr("The platform cannot be reached; they go out by themselves "
                 "when it answers.");
    m_summary->setText(text);
    m_sendNow->setEnabled(waiting > 0 || (outbox && outbox->isPaused()));
}

void OutboxPanel::openCurrent()
{
    const OutboxItem *item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return;
    using State = OutboxItem::State;
    if (item->state == State::Draft || item->state == State::NeedsFix) {
        Q_EMIT openRequested(*item);
        return;
    }
    if (item->state == State::Queued) {
        const auto answer = MessageBox::ask(
            this, tr("Edit a queued record?"),
            tr("\"%1\" waits to be sent. Take it out of the outbox to edit it? It goes back "
               "when you submit it again.")
                .arg(item->title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        const OutboxItem copy = *item;
        if (m_workspace->outboxStore()->unqueue(copy.id)) {
            Q_EMIT openRequested(copy);
            reload();
        }
    }
}

void OutboxPanel::deleteSelected()
{
    const OutboxItem *current = m_model->itemAt(m_view->currentIndex().row());
    if (!current)
        return;
    const OutboxItem item = *current;
    using State = OutboxItem::State;
    if (item.state == State::Sending || item.state == State::Uncertain) {
        m_banner->show(
            MessageBanner::Kind::Warning,
            tr("\"%1\" is being sent or checked right now and cannot be deleted.").arg(item.title));
        return;
    }
    if (item.state == State::Queued) {
        const auto answer = MessageBox::ask(
            this, tr("Delete a queued record?"),
            tr("\"%1\" has not been sent yet. Delete it? It will not reach the platform.")
                .arg(item.title),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (!m_workspace->outboxStore()->remove(item.id))
        return;
    reload();
    m_banner->show(MessageBanner::Kind::Info, tr("\"%1\" deleted.").arg(item.title));
    QPushButton *undo = m_banner->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoDeleteButton"));
    connect(undo, &QPushButton::clicked, this, [this, item] {
        m_workspace->outboxStore()->restore(item);
        m_banner->clear();
        reload();
    });
}
