#include "forms/recordform.h"

#include "common/messagebanner.h"
#include "dialogs/staleeditdialog.h"
#include "fields/fieldeditor.h"
#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "model/recordmodel.h"
#include "services/draftkeeper.h"
#include "services/outbox.h"
#include "services/staleeditcheck.h"
#include "services/workspace.h"
#include "store/outboxstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace {
constexpr int kReleaseAfterMs = 4000;
} // namespace

RecordForm::RecordForm(RecordKind kind, Workspace *workspace, const EditorFactory *factory,
                       QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_workspace(workspace)
    , m_factory(factory)
    , m_model(new RecordModel(kind, workspace->catalog(), this))
    , m_keeper(new DraftKeeper(m_model, workspace->outboxStore(), workspace->profile().name, this))
    , m_release(new QTimer(this))
    , m_staleCheck(new StaleEditCheck(workspace->client(), this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QListWidget(this))
    , m_submitButton(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("%1Form").arg(recordKindName(kind)));
    connect(workspace, &Workspace::catalogChanged, this,
            [this] { m_model->setCatalog(m_workspace->catalog()); });
    connect(m_model, &RecordModel::valueChanged, this, [this] { setDirty(true); });
    connect(m_model, &RecordModel::stateChanged, this, &RecordForm::updateSummary);
    connect(m_model, &RecordModel::modeChanged, this, [this] { Q_EMIT titleChanged(title()); });
    connect(workspace, &Workspace::outboxItemChanged, this, &RecordForm::onItemChanged);
    connect(m_keeper, &DraftKeeper::saved, this, &RecordForm::draftSaved);
    // A slow platform does not hold the rep: after a moment the record waits in the outbox.
    m_release->setSingleShot(true);
    m_release->setInterval(kReleaseAfterMs);
    connect(m_release, &QTimer::timeout, this,
            [this] { releaseToOutbox(tr("The platform is slow to answer.")); });
    // Built on first show so subclasses' addSections() is the one that runs.
    QMetaObject::invokeMethod(this, &RecordForm::build, Qt::QueuedConnection);
}

RecordForm::~RecordForm() = default;

void RecordForm::build()
{
    if (m_built)
        return;
    m_built = true;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);

    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setAccessibleName(tr("Problems to fix before sending"));
    m_summary->setMaximumHeight(110);
    // Long messages wrap instead of running off to the right.
    m_summary->setWordWrap(true);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setResizeMode(QListView::Adjust);
    m_summary->setVisible(false);
    connect(m_summary, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { focusProblem(m_summary->row(item)); });
    connect(m_summary, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { focusProblem(m_summary->row(item)); });
    outer->addWidget(m_summary);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 12);
    addSections(column);
    column->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll, 1);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(16, 8, 16, 8);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Sending"));
    m_busy->setVisible(false);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setText(tr("&Submit"));
    m_submitButton->setToolTip(tr("Check and send (Ctrl+Enter)"));
    m_submitButton->setDefault(true);
    connect(m_submitButton, &QPushButton::clicked, this, &RecordForm::submit);
    bar->addWidget(m_busy);
    bar->addStretch(1);
    bar->addWidget(m_submitButton);
    outer->addLayout(bar);
    updateSummary();
    alignLabels();
    // The cursor waits in the first field: a rep starts typing at once.
    QTimer::singleShot(0, this, &RecordForm::focusFirstField);
}

void RecordForm::alignLabels()
{
    // One label column for every section reads as one form, not several.
    int width = 0;
    for (const auto &[prefix, group] : std::as_const(m_groups))
        for (FieldRow *row : group->rows())
            width = qMax(width, row->labelWidthHint());
    for (const auto &[prefix, group] : std::as_const(m_groups))
        for (FieldRow *row : group->rows())
            row->setLabelWidth(width);
    updateTabOrder();
}

void RecordForm::updateTabOrder()
{
    // The content is made apart from the form and put in the scroll area last,
    // and inline sections are made when first needed: Qt's creation order would
    // send Tab from the last field out of the form. Follow the layouts instead,
    // which are the order on screen; each group keeps its editors' own order.
    QWidget *content = m_scroll->widget();
    if (!content || !content->layout())
        return;
    QWidgetList order;
    std::function<void(QLayout *)> walk = [&](QLayout *layout) {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QLayout *inner = item->layout()) {
                walk(inner);
                continue;
            }
            QWidget *widget = item->widget();
            if (!widget)
                continue;
            if (auto *group = qobject_cast<FieldGroupView *>(widget))
                order += group->setTabOrderChain();
            else if (widget->layout())
                walk(widget->layout());
            else if (widget->focusPolicy() & Qt::TabFocus)
                order.append(widget);
        }
    };
    walk(content->layout());
    order.append(m_submitButton);
    if (!order.isEmpty())
        setTabOrder(m_summary, order.first());
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void RecordForm::focusFirstField()
{
    for (const auto &[prefix, group] : std::as_const(m_groups)) {
        if (QWidget *first = group->firstInput(); first && first->isVisibleTo(this)) {
            first->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordForm::addSections(QVBoxLayout *content)
{
    FieldGroupView *details = addGroup(content, tr("Details"), m_model,
                                       {QStringLiteral("details"), QStringLiteral("agent")});
    // Commissions, external ids and the like are rare: one switch shows them.
    auto *more = new QCheckBox(tr("Show all fields"), this);
    more->setObjectName(QStringLiteral("showAllFields"));
    content->addWidget(more);
    connect(more, &QCheckBox::toggled, details, &FieldGroupView::setShowAdvanced);
    addGroup(content, tr("Custom fields"), m_model, {QStringLiteral("custom")});
}

QWidget *RecordForm::addHeading(QVBoxLayout *content, const QString &text)
{
    auto *heading = new QLabel(text, this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setContentsMargins(0, 12, 0, 4);
    heading->setAccessibleName(text);
    content->addWidget(heading);
    return heading;
}

FieldGroupView *RecordForm::addGroup(QVBoxLayout *content, const QString &heading,
                                     RecordModel *model, const QStringList &sections,
                                     const QString &prefix)
{
    QWidget *title = heading.isEmpty() ? nullptr : addHeading(content, heading);
    auto *group = new FieldGroupView(model, sections, *m_factory, this);
    content->addWidget(group);
    m_groups.append(qMakePair(prefix, group));
    connect(group, &FieldGroupView::rowsRebuilt, this, &RecordForm::alignLabels,
            Qt::QueuedConnection);
    if (title) {
        // A section whose fields are all hidden (no custom fields) shows no heading either.
        auto update = [title, group] { title->setVisible(!group->rows().isEmpty()); };
        connect(group, &FieldGroupView::rowsRebuilt, title, update);
        update();
    }
    return group;
}

bool RecordForm::isBusy() const
{
    return m_waitingFor != 0;
}

qint64 RecordForm::itemId() const
{
    return m_keeper->itemId();
}

bool RecordForm::saveDraft()
{
    return !m_keeper->isPending() || m_keeper->flush();
}

void RecordForm::setWaiting(qint64 itemId)
{
    m_waitingFor = itemId;
    const bool busy = itemId != 0;
    m_busy->setVisible(busy);
    m_submitButton->setEnabled(!busy);
    m_submitButton->setText(busy ? tr("Sending…") : tr("&Submit"));
    if (busy)
        m_release->start();
    else
        m_release->stop();
}

QString RecordForm::title() const
{
    // Whole titles, not "New %1": other languages inflect "new" by the noun.
    if (m_model->isUpdate()) {
        const qint64 id = m_model->recordId();
        return m_kind == RecordKind::Lead   ? tr("Edit lead %1").arg(id)
            : m_kind == RecordKind::Company ? tr("Edit company %1").arg(id)
                                            : tr("Edit contact %1").arg(id);
    }
    return m_kind == RecordKind::Lead   ? tr("New lead")
        : m_kind == RecordKind::Company ? tr("New company")
                                        : tr("New contact");
}

void RecordForm::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

FieldRow *RecordForm::rowFor(const QString &key) const
{
    for (const auto &[prefix, group] : m_groups) {
        QString local = key;
        if (!prefix.isEmpty()) {
            if (!key.startsWith(prefix + QLatin1Char('.')))
                continue;
            local = key.mid(prefix.size() + 1);
        } else if (key.contains(QLatin1Char('.'))) {
            continue;
        }
        if (FieldRow *row = group->row(local); row && row->isVisibleTo(this))
            return row;
    }
    return nullptr;
}

void RecordForm::updateSummary()
{
    if (!m_built)
        return;
    const QList<FieldProblem> problems = m_model->problems();
    const QStringList messages = m_model->recordMessages();
    const bool show = m_model->showMissing() && (!problems.isEmpty() || !messages.isEmpty());
    m_summary->clear();
    if (show) {
        for (const FieldProblem &p : problems) {
            auto *item = new QListWidgetItem(
                p.key.isEmpty() ? p.message : tr("%1: %2").arg(p.label, p.message), m_summary);
            item->setData(Qt::UserRole, p.key);
        }
        for (const QString &message : messages)
            new QListWidgetItem(message, m_summary);
    }
    m_summary->setVisible(show);
    if (show && problems.isEmpty() && messages.isEmpty())
        m_banner->clear();
}

void RecordForm::focusProblem(int index)
{
    QListWidgetItem *item = m_summary->item(index);
    if (!item)
        return;
    m_problemCursor = index;
    m_summary->setCurrentRow(index);
    if (FieldRow *row = rowFor(item->data(Qt::UserRole).toString())) {
        m_scroll->ensureWidgetVisible(row);
        row->editor()->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::focusNextProblem()
{
    if (!m_model->showMissing()) {
        m_model->setShowMissing(true);
        updateSummary();
    }
    if (m_summary->count() == 0)
        return;
    focusProblem((m_problemCursor + 1) % m_summary->count());
}

void RecordForm::submit()
{
    if (isBusy())
        return;
    m_model->clearPlatformMessages();
    m_model->setShowMissing(true);
    updateSummary();
    const QList<FieldProblem> problems = m_model->problems();
    if (!problems.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("Not sent yet: %n thing(s) to fix first. They are listed below and "
                          "marked at their fields (F8 goes to the next one).",
                          nullptr, int(problems.size())));
        m_problemCursor = -1;
        focusNextProblem();
        return;
    }
    m_sent = m_model->requestBody();
    if (m_model->isUpdate() && m_sent.size() <= 1) {
        m_banner->show(MessageBanner::Kind::Info, tr("Nothing has changed, so nothing was sent."));
        return;
    }
    if (m_model->isUpdate() && !m_openedModified.isEmpty())
        return checkThenSend();
    sendToOutbox();
}

void RecordForm::checkThenSend()
{
    if (m_checking)
        return;
    m_checking = true;
    m_submitButton->setEnabled(false);
    m_banner->show(
        MessageBanner::Kind::Info,
        tr("Checking whether someone else changed this %1 since you opened it…").arg(kindWord()));
    connect(
        m_staleCheck, &StaleEditCheck::finished, this,
        [this](bool moved, const QList<StaleEditCheck::Difference> &differences,
               const QJsonObject &fresh, const QString &freshModified, const PlatformError &error) {
            m_checking = false;
            m_submitButton->setEnabled(true);
            if (error.isError()) {
                m_banner->show(MessageBanner::Kind::Warning,
                               tr("Could not check whether someone else changed this %1: %2")
                                   .arg(kindWord(), error.toString()));
                QPushButton *anyway = m_banner->addAction(tr("Save anyway"));
                anyway->setObjectName(QStringLiteral("saveAnywayButton"));
                connect(anyway, &QPushButton::clicked, this, [this] {
                    m_openedModified.clear(); // the admin chose not to check
                    submit();
                });
                return;
            }
            if (moved) {
                const auto choice = StaleEditDialog::ask(*m_model, differences, this);
                if (!choice) {
                    m_banner->show(MessageBanner::Kind::Info,
                                   tr("Not saved. Your changes are still here."));
                    return;
                }
                m_model->rebase(fresh, *choice);
                m_openedModified = freshModified;
                m_sent = m_model->requestBody();
                if (m_sent.size() <= 1) {
                    m_banner->show(MessageBanner::Kind::Info,
                                   tr("With their values taken, nothing is left to send."));
                    return;
                }
            }
            sendToOutbox();
        },
        Qt::SingleShotConnection);
    m_staleCheck->check(*m_model, m_openedModified);
}

void RecordForm::sendToOutbox()
{
    // Every record goes through the outbox: kept on disk first, sent exactly once.
    m_keeper->flush();
    Outbox *outbox = m_workspace->outbox();
    const auto queued = outbox->queue(m_keeper->itemId(), recordKindName(m_kind), m_model->title(),
                                      m_model->draftState(), m_sent);
    if (!queued) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The record could not be kept for sending: %1 It is still here.")
                           .arg(queued.error()));
        return;
    }
    m_keeper->attach(queued.value());
    if (!outbox->isRunning() || outbox->isPaused()) {
        m_waitingFor = queued.value();
        releaseToOutbox(outbox->isPaused() ? outbox->pauseReason()
                                           : tr("LeadDesk is not connected yet."));
        return;
    }
    m_banner->show(MessageBanner::Kind::Info, tr("Sending…"));
    setWaiting(queued.value());
}

void RecordForm::onItemChanged(qint64 id, OutboxItem::State state)
{
    if (id == 0 || id != m_waitingFor)
        return;
    const auto item = m_workspace->outboxStore()->item(id);
    if (!item)
        return;
    switch (state) {
    case OutboxItem::State::Sent: {
        setWaiting(0);
        const qint64 recordId = item.value().recordId;
        const bool created = !item.value().isUpdate();
        const QString kind = m_kind == RecordKind::Lead ? tr("Lead")
            : m_kind == RecordKind::Company             ? tr("Company")
                                                        : tr("Contact");
        m_banner->show(MessageBanner::Kind::Success,
                       created ? tr("%1 %2 created.").arg(kind).arg(recordId)
                               : tr("%1 %2 updated.").arg(kind).arg(recordId));
        QPushButton *copy = m_banner->addAction(tr("Copy id"));
        copy->setObjectName(QStringLiteral("copyIdButton"));
        const QString text = QString::number(recordId);
        connect(copy, &QPushButton::clicked, this,
                [text] { QApplication::clipboard()->setText(text); });
        Q_EMIT recordSaved(m_kind, recordId, created);
        onSaved(recordId, created, m_sent);
        return;
    }
    case OutboxItem::State::NeedsFix:
        setWaiting(0);
        showNeedsFix(item.value());
        return;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Uncertain:
        if (item.value().attempts > 0)
            releaseToOutbox(item.value().lastError);
        return;
    default:
        return;
    }
}

QString RecordForm::kindWord() const
{
    return m_kind == RecordKind::Lead   ? tr("lead")
        : m_kind == RecordKind::Company ? tr("company")
                                        : tr("contact");
}

void RecordForm::showNeedsFix(const OutboxItem &item)
{
    m_model->setShowMissing(true);
    m_model->applyPlatformMessages(
        item.problems.value(QStringLiteral("message")).toString(),
        item.problems.value(QStringLiteral("additionalMessages")).toVariant().toStringList());
    m_banner->show(MessageBanner::Kind::Error,
                   tr("The platform did not accept this %1: %2 Nothing was saved there; fix the "
                      "marked fields and submit again.")
                       .arg(kindWord(), item.lastError));
    updateSummary();
    m_problemCursor = -1;
    focusNextProblem();
}

void RecordForm::releaseToOutbox(const QString &why)
{
    const qint64 id = m_waitingFor;
    setWaiting(0);
    Q_EMIT recordQueued(id);
    startNew();
    m_banner->show(MessageBanner::Kind::Info,
                   tr("%1 The %2 is kept in the outbox and is sent by itself when the platform "
                      "answers; it is never sent twice.")
                       .arg(why, kindWord()));
}

void RecordForm::onSaved(qint64, bool created, const QJsonObject &)
{
    if (created) {
        startNew();
    } else {
        m_model->markSaved();
        m_keeper->detach();
        setDirty(false);
        // Our own save moved modifiedDate: learn the new one, so the next save checks again.
        const bool checked = !m_openedModified.isEmpty();
        m_openedModified.clear();
        if (checked) {
            connect(
                m_staleCheck, &StaleEditCheck::finished, this,
                [this](bool, const QList<StaleEditCheck::Difference> &, const QJsonObject &,
                       const QString &freshModified, const PlatformError &error) {
                    if (!error.isError())
                        m_openedModified = freshModified;
                },
                Qt::SingleShotConnection);
            m_staleCheck->check(*m_model, QString());
        }
    }
}

void RecordForm::startNew()
{
    m_keeper->detach();
    m_model->clear();
    m_problemCursor = -1;
    updateSummary();
    setDirty(false);
    Q_EMIT titleChanged(title());
    focusFirstField();
    m_scroll->verticalScrollBar()->setValue(0);
}

void RecordForm::loadForEdit(qint64 id, const QJsonObject &values, const QString &modifiedDate)
{
    m_openedModified = modifiedDate;
    m_keeper->detach();
    m_model->loadRecord(id, values);
    setDirty(false);
    Q_EMIT titleChanged(title());
}

void RecordForm::openItem(const OutboxItem &item)
{
    m_model->restoreDraft(item.draft);
    m_keeper->attach(item.id);
    setDirty(true);
    Q_EMIT titleChanged(title());
    if (item.state == OutboxItem::State::NeedsFix)
        QTimer::singleShot(0, this, [this, item] { showNeedsFix(item); });
}
