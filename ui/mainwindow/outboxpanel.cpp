#include "mainwindow/outboxpanel.h"

#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "services/outbox.h"
#include "services/outboxlistmodel.h"
#include "services/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

OutboxPanel::OutboxPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OutboxListModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_banner(new MessageBanner(this))
    , m_summaryDue(new QTimer(this))
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
    // Every row is two lines: with one height, thousands of rows lay out at once.
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
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
    m_delete->setObjectName(QStringLiteral("deleteItemButton"));
    m_delete->setToolTip(tr("Delete the selected draft or record that waits (Del)"));
    buttons->addWidget(m_sendNow);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    column->addLayout(buttons);

    connect(m_view, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (Outbox *outbox = m_workspace->outbox())
            outbox->sendNow();
    });
    connect(m_delete, &QPushButton::clicked, this, &OutboxPanel::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxPanel::updateDelete);
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &OutboxPanel::deleteSelected);
    m_view->addAction(del);

    // The list follows the outbox row by row; the summary follows the list, a few times a
    // second at most: a new text lays the panel out again, which 10,000 answers in a flush
    // would otherwise pay each time.
    m_summaryDue->setSingleShot(true);
    m_summaryDue->setInterval(SummaryDelayMs);
    connect(m_summaryDue, &QTimer::timeout, this, &OutboxPanel::updateSummary);
    const auto summaryDue = [this] {
        if (!m_summaryDue->isActive())
            m_summaryDue->start();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, summaryDue);
    connect(m_model, &QAbstractItemModel::dataChanged, this, summaryDue);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxPanel::updateDelete);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateDelete);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateDelete);
    connect(workspace, &Workspace::activated, this, &OutboxPanel::attachOutbox);
    attachOutbox();
    updateDelete();
}

void OutboxPanel::attachOutbox()
{
    // A new profile, a new outbox: its items, progress and pauses are shown here.
    Outbox *outbox = m_workspace->outbox();
    m_model->setOutbox(outbox);
    if (outbox) {
        connect(outbox, &Outbox::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setVisible(total > 1 && done < total);
        });
        connect(outbox, &Outbox::idle, this, [this] {
            m_progress->setVisible(false);
            // A lost batch's look-up ends when the outbox has nothing more to do.
            if (m_batchNoticeShown && m_banner->kind() == MessageBanner::Kind::Info)
                m_banner->clear();
            m_batchNoticeShown = false;
        });
        // Why a flush waits, or goes one request at a time: the rep should not wonder.
        connect(outbox, &Outbox::batchNotice, this, [this](const QString &text) {
            m_banner->show(MessageBanner::Kind::Info, text);
            m_batchNoticeShown = true;
        });
        connect(outbox, &Outbox::batchRefused, this, [this](const QString &reason) {
            m_banner->show(MessageBanner::Kind::Warning, reason);
            m_batchNoticeShown = false;
        });
        connect(outbox, &Outbox::pausedChanged, this, &OutboxPanel::updateSummary);
        connect(outbox, &Outbox::onlineChanged, this, &OutboxPanel::updateSummary);
        connect(outbox, &Outbox::storeFailed, this, [this](const QString &reason) {
            m_banner->show(MessageBanner::Kind::Error,
                           tr("LeadDesk cannot write its data folder, so nothing more is sent "
                              "until it can: %1 Nothing is lost; it goes on by itself once the "
                              "folder can be written again.")
                               .arg(reason));
        });
    }
    if (!m_model->loadError().isEmpty())
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The outbox could not be read: %1").arg(m_model->loadError()));
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

void OutboxPanel::updateDelete()
{
    // Only what can be deleted: nothing chosen, or a record already sent, cannot.
    using State = OutboxItem::State;
    const OutboxEntry *entry = m_model->entryAt(m_view->currentIndex().row());
    m_delete->setEnabled(entry
                         && (entry->state == State::Draft || entry->state == State::Queued
                             || entry->state == State::NeedsFix));
}

void OutboxPanel::openCurrent()
{
    const OutboxEntry *entry = m_model->entryAt(m_view->currentIndex().row());
    Outbox *outbox = m_workspace->outbox();
    if (!entry || !outbox)
        return;
    using State = OutboxItem::State;
    const OutboxEntry chosen = *entry;
    if (chosen.state == State::Draft || chosen.state == State::NeedsFix
        || chosen.state == State::Queued) {
        if (chosen.state == State::Queued) {
            const auto answer = MessageBox::ask(
                this, tr("Edit a queued record?"),
                tr("\"%1\" waits to be sent. Take it out of the outbox to edit it? It goes back "
                   "when you submit it again.")
                    .arg(chosen.title),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes)
                return;
        }
        // A queued item may have been taken meanwhile: the outbox says so, and why.
        const auto item = outbox->takeBack(chosen.id);
        if (!item) {
            m_banner->show(MessageBanner::Kind::Warning, item.error());
            return;
        }
        Q_EMIT openRequested(item.value());
        return;
    }
    if (chosen.state == State::Uncertain && chosen.nextAttemptAt >= Outbox::heldUntilDecided()) {
        const auto item = outbox->item(chosen.id);
        if (item)
            settleCurrent(item.value());
    }
}

void OutboxPanel::settleCurrent(const OutboxItem &item)
{
    QStringList choices;
    for (qint64 id : Outbox::candidatesOf(item))
        choices << tr("It is %1").arg(id);
    const QString none = tr("None of them: send it again");
    choices << none;
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Which record is it?"),
        tr("LeadDesk lost the answer to \"%1\" and found more than one record on the platform "
           "that could be it. Which one is it?")
            .arg(item.title),
        choices, 0, false, &ok);
    if (!ok)
        return;
    const qint64 recordId = choice == none ? 0 : choice.section(QLatin1Char(' '), -1).toLongLong();
    const auto settled = m_workspace->outbox()->settleUncertain(item.id, recordId);
    if (!settled)
        m_banner->show(MessageBanner::Kind::Warning, settled.error());
}

void OutboxPanel::deleteSelected()
{
    const OutboxEntry *current = m_model->entryAt(m_view->currentIndex().row());
    Outbox *outbox = m_workspace->outbox();
    if (!current || !outbox)
        return;
    const OutboxEntry entry = *current;
    if (entry.state == OutboxItem::State::Queued) {
        const auto answer = MessageBox::ask(
            this, tr("Delete a queued record?"),
            tr("\"%1\" has not been sent yet. Delete it? It will not reach the platform.")
                .arg(entry.title),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    // The outbox decides: it refuses while a send is possible, and says why.
    const auto removed = outbox->remove(entry.id);
    if (!removed) {
        m_banner->show(MessageBanner::Kind::Warning, removed.error());
        return;
    }
    const OutboxItem item = removed.value();
    m_banner->show(MessageBanner::Kind::Info, tr("\"%1\" deleted.").arg(item.title));
    QPushButton *undo = m_banner->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoDeleteButton"));
    connect(undo, &QPushButton::clicked, this, [this, item] {
        Outbox *now = m_workspace->outbox();
        const auto restored
            = now ? now->restore(item) : Result<bool>::failure(tr("No profile is open."));
        if (restored)
            m_banner->clear();
        else
            m_banner->show(
                MessageBanner::Kind::Warning,
                tr("\"%1\" could not be put back: %2").arg(item.title, restored.error()));
    });
}
