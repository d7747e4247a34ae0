#include "forms/recordform.h"

#include "common/messagebanner.h"
#include "dialogs/staleeditdialog.h"
#include "fields/fieldeditor.h"
#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "forms/draftfile.h"
#include "forms/formbody.h"
#include "forms/problemsummary.h"
#include "forms/radaroffers.h"
#include "model/recordmodel.h"
#include "platform/platformerrorjson.h"
#include "services/draftkeeper.h"
#include "services/outbox.h"
#include "services/outboxchange.h"
#include "services/staleeditcheck.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

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
    , m_summary(new ProblemSummary(this))
    , m_submitButton(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_body(new FormBody(this))
    , m_offers(new RadarOffers(this, workspace->newDuplicateRadar(this)))
{
    setObjectName(QStringLiteral("%1Form").arg(recordKindName(kind)));
    connect(workspace, &Workspace::catalogChanged, this, [this] {
        m_model->setCatalog(m_workspace->catalog());
        // What the platform said may now have a field to go to (a lead schema was imported).
        if (m_notice == Notice::Refused)
            m_model->applyPlatformMessages(m_refusal.message, m_refusal.additionalMessages);
    });
    connect(workspace, &Workspace::activated, this,
            [this] { m_keeper->setOutbox(m_workspace->outbox()); });
    connect(m_model, &RecordModel::valueChanged, this, [this] { setDirty(true); });
    connect(m_model, &RecordModel::stateChanged, this, &RecordForm::updateSummary);
    connect(m_model, &RecordModel::modeChanged, this, [this] {
        updateSubmitButton();
        Q_EMIT titleChanged(title());
    });
    connect(workspace, &Workspace::outboxItemChanged, this, &RecordForm::onOutboxChange);
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
        if (m_notice == Notice::DraftProblem)
            say(Notice::Other, MessageBanner::Kind::Success, tr("The draft is saved again."));
    });
    m_offers->watchOwnRecord();
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

    connect(m_summary, &ProblemSummary::problemChosen, this, &RecordForm::focusProblem);
    outer->addWidget(m_summary);

    addSections(m_body->sections());
    m_body->finish();
    outer->addWidget(m_body, 1);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(16, 8, 16, 8);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Sending"));
    m_busy->setVisible(false);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    updateSubmitButton();
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
    m_body->alignLabels();
    updateTabOrder();
}

void RecordForm::updateTabOrder()
{
    QWidgetList order = m_body->tabChain();
    order.append(m_submitButton);
    setTabOrder(m_summary, order.first());
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void RecordForm::updateSubmitButton()
{
    // A correction is saved, a new record is submitted: the button says which.
    const bool update = m_model->isUpdate();
    if (!isBusy())
        m_submitButton->setText(update ? tr("&Save") : tr("&Submit"));
    m_submitButton->setToolTip(update ? tr("Check and save the changes (Ctrl+Enter)")
                                      : tr("Check and send (Ctrl+Enter)"));
}

void RecordForm::focusFirstField()
{
    for (const auto &[prefix, group] : m_body->groups()) {
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
    m_body->startSecondColumn();
    addGroup(content, tr("Custom fields"), m_model, {QStringLiteral("custom")});
}

FieldGroupView *RecordForm::addGroup(QVBoxLayout *content, const QString &heading,
                                     RecordModel *model, const QStringList &sections,
                                     const QString &prefix)
{
    auto *group = new FieldGroupView(model, sections, *m_factory, this);
    m_body->addGroup(content, heading, group, prefix);
    connect(group, &FieldGroupView::rowsRebuilt, this, &RecordForm::alignLabels,
            Qt::QueuedConnection);
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
    if (waiting)
        m_submitButton->setText(tr("Sending…"));
    else
        m_ticket = 0;
    updateSubmitButton();
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
    // "Kept in the outbox" was about the record before; the rep has moved on to this one.
    if (dirty && m_notice == Notice::Released)
        say(Notice::None, MessageBanner::Kind::Info, QString());
    Q_EMIT dirtyChanged(dirty);
}

void RecordForm::say(Notice notice, MessageBanner::Kind kind, const QString &text)
{
    m_notice = notice;
    if (text.isEmpty())
        m_banner->clear();
    else
        m_banner->show(kind, text);
}

FieldRow *RecordForm::rowFor(const QString &key) const
{
    return m_body->rowFor(key);
}

QString RecordForm::toFixText(int count) const
{
    return tr("Not sent yet: %n thing(s) to fix first. They are listed below and marked at their "
              "fields (F8 goes to the next one).",
              nullptr, count);
}

int RecordForm::placeOf(const QString &key, const QList<FieldRow *> &order) const
{
    return key.isEmpty() ? -1 : int(order.indexOf(rowFor(key)));
}

void RecordForm::updateSummary()
{
    if (!m_built)
        return;
    const QList<FieldProblem> problems = m_model->problems();
    const QStringList messages = m_model->recordMessages();
    const bool show = m_model->showMissing() && (!problems.isEmpty() || !messages.isEmpty());
    if (show) {
        // In the order of the form, as F8 walks them.
        const QList<FieldRow *> order = m_body->rowsInOrder();
        m_summary->setProblems(problems, messages,
                               [this, &order](const QString &key) { return placeOf(key, order); });
    } else {
        m_summary->clear();
    }
    m_summary->setVisible(show);
    // The banner counts what is left, and goes once nothing is.
    // (The platform's objections stay until the next submit: they are not counted here.)
    const int left = m_summary->count();
    if (m_notice == Notice::ToFix && left == 0)
        say(Notice::None, MessageBanner::Kind::Info, QString());
    else if (m_notice == Notice::ToFix && left != m_toFixCount)
        say(Notice::ToFix, MessageBanner::Kind::Warning, toFixText(m_toFixCount = left));
}

void RecordForm::focusProblem(int index)
{
    if (index < 0 || index >= m_summary->count())
        return;
    m_summary->setCurrentRow(index);
    if (FieldRow *row = rowFor(m_summary->keyAt(index))) {
        m_body->ensureWidgetVisible(row);
        row->editor()->setFocus(Qt::OtherFocusReason);
    }
}

void RecordForm::focusNextProblem()
{
    if (!m_model->showMissing()) {
        m_model->setShowMissing(true);
        updateSummary();
    }
    // From the field the rep is in, not from the last problem visited: fixing that one took
    // it off the list, and counting on from there would skip the next.
    const QList<FieldRow *> order = m_body->rowsInOrder();
    int from = -1;
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        for (int i = 0; i < order.size() && from < 0; ++i)
            if (order.at(i)->isAncestorOf(focus))
                from = i;
    }
    focusProblemAfter(from, order);
}

void RecordForm::focusProblemAfter(int from, const QList<FieldRow *> &order)
{
    focusProblem(m_summary->nextAfter(
        from, [this, &order](const QString &key) { return placeOf(key, order); }));
}

void RecordForm::focusProblemAfter(int from)
{
    focusProblemAfter(from, m_body->rowsInOrder());
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
        m_toFixCount = m_summary->count();
        say(Notice::ToFix, MessageBanner::Kind::Warning, toFixText(m_toFixCount));
        focusProblemAfter(-1);
        return;
    }
    // A strong match nobody answered is asked about once, before anything goes out.
    if (!m_offers->confirmSubmit())
        return;
    // Kept on disk first: whatever happens next, nothing typed is lost.
    m_keeper->flush();
    m_sent = m_model->requestBody();
    Submission *submission = m_workspace->submission();
    setWaiting(true);
    if (m_model->isUpdate() && !m_openedModified.isEmpty()) {
        say(Notice::Other, MessageBanner::Kind::Info,
            tr("Checking whether someone else changed this %1 since you opened it…")
                .arg(kindWord()));
        m_ticket = submission->submitUpdate(request(), *m_model, m_openedModified);
        return;
    }
    say(Notice::Other, MessageBanner::Kind::Info, tr("Sending…"));
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
        say(Notice::Other, MessageBanner::Kind::Warning,
            tr("Not sent: %1").arg(outcome.problems.value(0).message));
        return updateSummary();
    case Kind::NothingToSend:
        return say(Notice::Other, MessageBanner::Kind::Info,
                   tr("Nothing has changed, so nothing was sent."));
    case Kind::NotKept:
        return say(Notice::Other, MessageBanner::Kind::Error,
                   tr("The record could not be kept for sending: %1 It is still here.")
                       .arg(outcome.reason));
    case Kind::CheckFailed:
        return showCheckFailed(outcome.error);
    case Kind::Abandoned:
        return say(Notice::Other, MessageBanner::Kind::Info,
                   tr("Not saved. Your changes are still here."));
    }
}

void RecordForm::showCheckFailed(const PlatformError &error)
{
    say(Notice::Other, MessageBanner::Kind::Warning,
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
    say(Notice::Other, MessageBanner::Kind::Success,
        created ? tr("%1 %2 created.").arg(kind).arg(recordId)
                : tr("%1 %2 updated.").arg(kind).arg(recordId));
    addCopyId(recordId);
    Q_EMIT recordSaved(m_kind, recordId, created);
    onSaved(recordId, created, m_sent);
}

void RecordForm::addCopyId(qint64 recordId)
{
    QPushButton *copy = m_banner->addAction(tr("Copy id"));
    copy->setObjectName(QStringLiteral("copyIdButton"));
    const QString text = QString::number(recordId);
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text); });
}

QString RecordForm::kindWord() const
{
    return m_kind == RecordKind::Lead   ? tr("lead")
        : m_kind == RecordKind::Company ? tr("company")
                                        : tr("contact");
}

void RecordForm::showNeedsFix(const QString &reason, const PlatformError &error)
{
    m_refusal = error;
    m_model->setShowMissing(true);
    m_model->applyPlatformMessages(error.message, error.additionalMessages);
    say(Notice::Refused, MessageBanner::Kind::Error,
        tr("The platform did not accept this %1: %2 Nothing was saved there; fix the marked "
           "fields and submit again.")
            .arg(kindWord(), reason));
    updateSummary();
    focusProblemAfter(-1);
    onRefused(error);
}

void RecordForm::showDraftProblem(const QString &error)
{
    say(Notice::DraftProblem, MessageBanner::Kind::Error,
        tr("Autosave failed: %1 What you typed is still here, but it is not kept on this "
           "computer until a save succeeds.")
            .arg(error));
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
    if (const auto saved = DraftFile::save(this, m_kind, m_model->requestBody()))
        say(saved->ok ? Notice::Other : Notice::DraftProblem,
            saved->ok ? MessageBanner::Kind::Info : MessageBanner::Kind::Error, saved->message);
}

void RecordForm::releaseToOutbox(qint64 itemId, const QString &why)
{
    Q_EMIT recordQueued(itemId);
    startNew();
    m_releasedItem = itemId;
    say(Notice::Released, MessageBanner::Kind::Info,
        tr("%1 The %2 is kept in the outbox and is sent by itself when the platform answers; it "
           "is never sent twice.")
            .arg(why, kindWord()));
}

void RecordForm::onOutboxChange(const OutboxChange &change)
{
    // The record this form let go of: what became of it is said here for as long as the
    // banner still speaks of it.
    if (m_releasedItem == 0 || change.id() != m_releasedItem || change.removed)
        return;
    const OutboxEntry &entry = change.entry;
    if (entry.state == OutboxItem::State::Sent) {
        m_releasedItem = 0;
        if (m_notice != Notice::Released)
            return;
        say(Notice::Other, MessageBanner::Kind::Success,
            tr("“%1” went out from the outbox: it is %2 %3 on the platform now.")
                .arg(entry.title, kindWord())
                .arg(entry.recordId));
        addCopyId(entry.recordId);
    } else if (entry.state == OutboxItem::State::NeedsFix) {
        m_releasedItem = 0;
        if (m_notice != Notice::Released)
            return;
        say(Notice::Other, MessageBanner::Kind::Warning,
            tr("The platform did not accept “%1”: %2 It waits in the outbox panel for a fix.")
                .arg(entry.title, entry.lastError));
    }
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

void RecordForm::startNew(const QList<QPair<QString, QJsonValue>> &carried)
{
    m_keeper->detach();
    m_offers->reset();
    m_model->clear();
    for (const auto &[key, value] : carried)
        m_model->setValue(key, value);
    // Carried over is not typed: the draft starts with the rep's first change.
    m_keeper->detach();
    updateSummary();
    setDirty(false);
    Q_EMIT titleChanged(title());
    focusFirstField();
    m_body->verticalScrollBar()->setValue(0);
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
