#pragma once

#include "model/outboxitem.h"
#include "model/recordkind.h"
#include "services/staleeditcheck.h"
#include "services/submission.h"
#include "services/submissionoutcome.h"

#include <QJsonObject>
#include <QWidget>

class DraftKeeper;
class EditorFactory;
class FieldGroupView;
class FieldRow;
class MessageBanner;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;
class RecordModel;
class Workspace;

/// A form over one RecordModel: its fields in sections, the problems summary
/// that jumps to each field, and Submit. Widgets show what the model says;
/// the model decides (STYLE.md habit 1).
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(RecordKind kind, Workspace *workspace, const EditorFactory *factory,
               QWidget *parent = nullptr);
    ~RecordForm() override;

    RecordKind kind() const { return m_kind; }
    RecordModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }
    bool isDirty() const { return m_dirty; }
    /// The draft or outbox item this form edits (0: nothing typed yet).
    qint64 itemId() const;
    /// Saves what is typed now (closing the form, quitting).
    bool saveDraft();
    bool isBusy() const;
    QString title() const;

    /// Checks the record; sends it when it is complete, else says what is missing.
    void submit();
    /// Moves focus to the next field with a problem (F8).
    void focusNextProblem();
    /// An empty record.
    void startNew();
    /// An existing record to correct (update mode). `modifiedDate` is the
    /// platform's, to notice another user's edit before saving.
    void loadForEdit(qint64 id, const QJsonObject &values, const QString &modifiedDate = QString());
    /// A draft or a needs-fix item from the outbox, exactly as it was left.
    void openItem(const OutboxItem &item);
    void focusFirstField();
    /// The row showing `key` ("contact.email" for an inline contact's email).
    FieldRow *rowFor(const QString &key) const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void dirtyChanged(bool dirty);
    void recordSaved(RecordKind kind, qint64 id, bool created);
    /// What is typed was kept as draft `itemId`.
    void draftSaved(qint64 itemId);
    /// The record went to the outbox instead (the platform did not answer in time).
    void recordQueued(qint64 itemId);
    /// What is typed could not be kept as a draft (it is still on screen).
    void draftSaveFailed(const QString &error);

protected:
    /// Adds the form's sections; the default is details, custom fields and
    /// a "More fields" switch for the advanced ones.
    virtual void addSections(QVBoxLayout *content);
    /// After a successful save, before the form is emptied.
    virtual void onSaved(qint64 recordId, bool created, const QJsonObject &sent);
    FieldGroupView *addGroup(QVBoxLayout *content, const QString &heading, RecordModel *model,
                             const QStringList &sections, const QString &prefix = QString());
    QWidget *addHeading(QVBoxLayout *content, const QString &text);
    void setDirty(bool dirty);
    /// One label column for every section and one Tab order, top to bottom
    /// and on to Submit (after sections were added or rebuilt).
    void alignLabels();
    Workspace *workspace() const { return m_workspace; }
    const EditorFactory *factory() const { return m_factory; }

private:
    void build();
    void updateSummary();
    void updateTabOrder();
    void onOutcome(const SubmissionOutcome &outcome);
    void onOthersChanged(quint64 ticket, const QList<StaleEditCheck::Difference> &differences,
                         const QJsonObject &fresh, const QString &freshModified);
    void showSaved(qint64 recordId, bool created);
    void showCheckFailed(const PlatformError &error);
    /// What is typed, as the submission path takes it.
    Submission::Request request() const;
    void setWaiting(bool waiting);
    void releaseToOutbox(qint64 itemId, const QString &why);
    void showNeedsFix(const QString &reason, const PlatformError &error);
    void showDraftProblem(const QString &error);
    void saveDraftAsFile();
    QString kindWord() const;
    void focusProblem(int index);

    RecordKind m_kind;
    Workspace *m_workspace;
    const EditorFactory *m_factory;
    RecordModel *m_model;
    DraftKeeper *m_keeper;
    /// The submission on its way (0: none).
    quint64 m_ticket = 0;
    quint64 m_learnTicket = 0;
    QString m_openedModified;
    MessageBanner *m_banner;
    QListWidget *m_summary;
    QPushButton *m_submitButton;
    QProgressBar *m_busy;
    QScrollArea *m_scroll;
    QList<QPair<QString, FieldGroupView *>> m_groups;
    QJsonObject m_sent;
    int m_problemCursor = -1;
    bool m_dirty = false;
    bool m_built = false;
};
