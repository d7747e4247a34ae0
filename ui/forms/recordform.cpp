#include "forms/recordform.h"

#include "common/messagebanner.h"
#include "dialogs/staleeditdialog.h"
#include "fields/fieldeditor.h"
#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "model/recordmodel.h"
#include "platform/platformerrorjson.h"
#include "services/draftkeeper.h"
#include "services/outbox.h"
#include "services/staleeditcheck.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
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
    , m_keeper(new DraftKeeper(m_model, workspace->outbox(), this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QListWidget(this))
    , m_submitButton(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("%1Form").arg(recordKindName(kind)));
    connect(workspace, &Workspace::catalogChanged, this,
            [this] { m_model->setCatalog(m_workspace->catalog()); });
    connect(workspace, &Workspace::activated, this,
            [this] { m_keeper->setOutbox(m_workspace->outbox()); });
    connect(m_model, &RecordModel::valueChanged, this, [this] { setDirty(true); });
    connect(m_model, &RecordModel::stateChanged, this, &RecordForm::updateSummary);
    connect(m_model, &RecordModel::modeChanged, this, [this] { Q_EMIT titleChanged(title()); });
    Submission *submission = workspace->submission();
    connect(submission, &Submission::finished, this, &RecordForm::onOutcome);
    connect(submission, &Submission::othersChanged, this, &RecordForm::onOthersChanged);
    connect(submission, &Submission::modifiedLearned, this,
            [this](quint64 ticket, const QString &modified) {
                if (ticket == m_learnTicket)
                    m_openedModified = modified;
            });
    connect(m_keeper, &DraftKeeper::saved, this, &RecordForm::draftSaved);
    connect(m_keeper, &DraftKeeper::saveFailed, this, &RecordForm::showDraftProblem);
    connect(m_keeper, &DraftKeeper::recovered, this, [this] {
        if (m_banner->objectName() == QLatin1String("draftProblem"))
            m_banner->show(MessageBanner::Kind::Success, tr("The draft is saved again."));
        m_banner->setObjectName(QString());
    });
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
    return m_ticket != 0;
}

qint64 RecordForm::itemId() const
{
    return m_keeper->itemId();
}

bool RecordForm::saveDraft()
{
    return !m_keeper->isPending() || m_keeper->flush();
}

void RecordForm::setWaiting(bool waiting)
{
    m_keeper->setSuspended(waiting);
    m_busy->setVisible(waiting);
    m_submitButton->setEnabled(!waiting);
    m_submitButton->setText(waiting ? tr("Sending…") : tr("&Submit"));
    if (!waiting)
        m_ticket = 0;
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
    // Kept on disk first: whatever happens next, nothing typed is lost.
    m_keeper->flush();
    m_sent = m_model->requestBody();
    Submission *submission = m_workspace->submission();
    setWaiting(true);
    if (m_model->isUpdate() && !m_openedModified.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Info,
                       tr("Checking whether someone else changed this %1 since you opened it…")
                           .arg(kindWord()));
        m_ticket = submission->submitUpdate(request(), *m_model, m_openedModified);
        return;
    }
    m_banner->show(MessageBanner::Kind::Info, tr("Sending…"));
    m_ticket = submission->submit(request());
}

Submission::Request RecordForm::request() const
{
    Submission::Request request;
    request.kind = m_kind;
    request.title = m_model->title();
    request.draft = m_model->draftState();
    request.body = m_sent;
    request.itemId = m_keeper->itemId();
    request.releaseAfterMs = kReleaseAfterMs;
    return request;
}

void RecordForm::onOthersChanged(quint64 ticket,
                                 const QList<StaleEditCheck::Difference> &differences,
                                 const QJsonObject &fresh, const QString &freshModified)
{
    if (ticket != m_ticket)
        return;
    Submission *submission = m_workspace->submission();
    const auto choice = StaleEditDialog::ask(*m_model, differences, this);
    if (!choice)
        return submission->abandon(ticket);
    m_model->rebase(fresh, *choice);
    m_openedModified = freshModified;
    m_sent = m_model->requestBody();
    submission->resolveStale(ticket, request());
}

void RecordForm::onOutcome(const SubmissionOutcome &outcome)
{
    if (outcome.ticket != m_ticket || m_ticket == 0)
        return;
    using Kind = SubmissionOutcome::Kind;
    if (outcome.itemId > 0)
        m_keeper->attach(outcome.itemId);
    setWaiting(false);
    switch (outcome.kind) {
    case Kind::Created:
    case Kind::Updated:
        return showSaved(outcome.recordId, outcome.kind == Kind::Created);
    case Kind::NeedsFix:
        return showNeedsFix(outcome.reason, outcome.error);
    case Kind::Queued:
    case Kind::Uncertain:
    case Kind::Paused:
        return releaseToOutbox(outcome.itemId, outcome.reason);
    case Kind::Invalid:
        // The form's model said it was fine, the submission path's check did not: say what.
        m_model->setShowMissing(true);
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("Not sent: %1").arg(outcome.problems.value(0).message));
        return updateSummary();
    case Kind::NothingToSend:
        return m_banner->show(MessageBanner::Kind::Info,
                              tr("Nothing has changed, so nothing was sent."));
    case Kind::NotKept:
        return m_banner->show(MessageBanner::Kind::Error,
                              tr("The record could not be kept for sending: %1 It is still here.")
                                  .arg(outcome.reason));
    case Kind::CheckFailed:
        return showCheckFailed(outcome.error);
    case Kind::Abandoned:
        return m_banner->show(MessageBanner::Kind::Info,
                              tr("Not saved. Your changes are still here."));
    }
}

void RecordForm::showCheckFailed(const PlatformError &error)
{
    m_banner->show(MessageBanner::Kind::Warning,
                   tr("Could not check whether someone else changed this %1: %2")
                       .arg(kindWord(), error.toString()));
    QPushButton *anyway = m_banner->addAction(tr("Save anyway"));
    anyway->setObjectName(QStringLiteral("saveAnywayButton"));
    connect(anyway, &QPushButton::clicked, this, [this] {
        m_openedModified.clear(); // the admin chose not to check
        submit();
    });
}

void RecordForm::showSaved(qint64 recordId, bool created)
{
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
}

QString RecordForm::kindWord() const
{
    return m_kind == RecordKind::Lead   ? tr("lead")
        : m_kind == RecordKind::Company ? tr("company")
                                        : tr("contact");
}

void RecordForm::showNeedsFix(const QString &reason, const PlatformError &error)
{
    m_model->setShowMissing(true);
    m_model->applyPlatformMessages(error.message, error.additionalMessages);
    m_banner->show(MessageBanner::Kind::Error,
                   tr("The platform did not accept this %1: %2 Nothing was saved there; fix the "
                      "marked fields and submit again.")
                       .arg(kindWord(), reason));
    updateSummary();
    m_problemCursor = -1;
    focusNextProblem();
}

void RecordForm::showDraftProblem(const QString &error)
{
    m_banner->show(MessageBanner::Kind::Error,
                   tr("Autosave failed: %1 What you typed is still here, but it is not kept on "
                      "this computer until a save succeeds.")
                       .arg(error));
    m_banner->setObjectName(QStringLiteral("draftProblem"));
    QPushButton *retry = m_banner->addAction(tr("&Retry"));
    retry->setObjectName(QStringLiteral("retrySaveButton"));
    connect(retry, &QPushButton::clicked, this, [this] { m_keeper->flush(); });
    QPushButton *file = m_banner->addAction(tr("Save as &file…"));
    file->setObjectName(QStringLiteral("saveAsFileButton"));
    connect(file, &QPushButton::clicked, this, &RecordForm::saveDraftAsFile);
    Q_EMIT draftSaveFailed(error);
}

void RecordForm::saveDraftAsFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save what is typed as a file"),
        QDir::home().filePath(QStringLiteral("%1.json").arg(recordKindName(m_kind))),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(m_model->requestBody()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_banner->show(MessageBanner::Kind::Info,
                   tr("Saved as %1. It is a request body: leaddesk-cli submit can send it.")
                       .arg(QDir::toNativeSeparators(path)));
}

void RecordForm::releaseToOutbox(qint64 itemId, const QString &why)
{
    Q_EMIT recordQueued(itemId);
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
        if (checked)
            m_learnTicket = m_workspace->submission()->learnModified(*m_model);
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
    if (item.state == OutboxItem::State::NeedsFix) {
        const PlatformError error = PlatformErrorJson::fromJson(item.problems);
        const QString reason = item.lastError;
        QTimer::singleShot(0, this, [this, reason, error] { showNeedsFix(reason, error); });
    }
}
