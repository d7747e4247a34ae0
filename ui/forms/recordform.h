#pragma once

#include "common/messagebanner.h"
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
class FormBody;
class ProblemSummary;
class RadarOffers;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class RecordModel;
class Workspace;
struct OutboxChange;

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
    /// Moves focus to the next field with a problem after the focused one, in the order of
    /// the form, wrapping at the end (F8).
    void focusNextProblem();
    /// A new record with `carried` values (in this order) already set. They count as
    /// nothing typed: no draft is kept until the rep changes something.
    void startNew(const QList<QPair<QString, QJsonValue>> &carried = {});
    /// An existing record to correct (update mode). `modifiedDate` is the
    /// platform's, to notice another user's edit before saving.
    void loadForEdit(qint64 id, const QJsonObject &values, const QString &modifiedDate = QString());
    /// A draft or a needs-fix item from the outbox, exactly as it was left.
    void openItem(const OutboxItem &item);
    void focusFirstField();
    /// The row showing `key` ("contact.email" for an inline contact's email).
    FieldRow *rowFor(const QString &key) const;
    FormBody *body() const { return m_body; }
    QPushButton *submitButton() const { return m_submitButton; }
    /// The duplicate radar's offers on this form (a company or contact form watches its own
    /// record; the lead form its inline new contact and company).
    RadarOffers *radarOffers() const { return m_offers; }

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
    /// After the platform refused the record and the banner said so.
    virtual void onRefused(const PlatformError &error) { Q_UNUSED(error); }
    FieldGroupView *addGroup(QVBoxLayout *content, const QString &heading, RecordModel *model,
                             const QStringList &sections, const QString &prefix = QString());
    void setDirty(bool dirty);
    /// One label column for every section and one Tab order, top to bottom
    /// and on to Submit (after sections were added or rebuilt).
    void alignLabels();
    Workspace *workspace() const { return m_workspace; }
    const EditorFactory *factory() const { return m_factory; }

private:
    /// What the banner says now, so that it can be kept true as things change.
    enum class Notice
    {
        None,
        ToFix, ///< "N things to fix": recounted as fixes come in
        Refused, ///< the platform's objections: gone once they are fixed
        Released, ///< kept in the outbox: replaced once the record went out
        DraftProblem, ///< autosave failed: replaced once a save succeeds
        Other,
    };

    void build();
    void say(Notice notice, MessageBanner::Kind kind, const QString &text);
    void updateSummary();
    void updateTabOrder();
    void updateSubmitButton();
    void onOutboxChange(const OutboxChange &change);
    void addCopyId(qint64 recordId);
    QString toFixText(int count) const;
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
    /// Focuses the first problem whose field comes after place `from` of `order` (-1: the
    /// first problem of all), wrapping round.
    void focusProblemAfter(int from, const QList<FieldRow *> &order);
    void focusProblemAfter(int from);
    /// The place of the row showing `key` in `order`, -1 when there is none.
    int placeOf(const QString &key, const QList<FieldRow *> &order) const;

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
    ProblemSummary *m_summary;
    QPushButton *m_submitButton;
    QProgressBar *m_busy;
    FormBody *m_body;
    RadarOffers *m_offers;
    QJsonObject m_sent;
    /// The platform's last refusal, while the banner speaks of it.
    PlatformError m_refusal;
    Notice m_notice = Notice::None;
    int m_toFixCount = 0;
    /// The outbox item this form let go of (Released): its fate is told here.
    qint64 m_releasedItem = 0;
    bool m_dirty = false;
    bool m_built = false;
};
