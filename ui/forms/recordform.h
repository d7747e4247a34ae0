#pragma once

#include "recordkind.h"
#include "recordsubmitter.h"

#include <QJsonObject>
#include <QWidget>

class EditorFactory;
class FieldGroupView;
class FieldRow;
class MessageBanner;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
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
    bool isBusy() const;
    QString title() const;

    /// Checks the record; sends it when it is complete, else says what is missing.
    void submit();
    /// Moves focus to the next field with a problem (F8).
    void focusNextProblem();
    /// An empty record.
    void startNew();
    /// An existing record to correct (update mode).
    void loadForEdit(qint64 id, const QJsonObject &values);
    void focusFirstField();
    /// The row showing `key` ("contact.email" for an inline contact's email).
    FieldRow *rowFor(const QString &key) const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void dirtyChanged(bool dirty);
    void recordSaved(RecordKind kind, qint64 id, bool created);

protected:
    /// Adds the form's sections; the default is details, custom fields and
    /// a "More fields" switch for the advanced ones.
    virtual void addSections(QVBoxLayout *content);
    /// After a successful save, before the form is emptied.
    virtual void onSaved(const RecordSubmitter::Outcome &outcome, const QJsonObject &sent);
    FieldGroupView *addGroup(QVBoxLayout *content, const QString &heading, RecordModel *model,
                             const QStringList &sections, const QString &prefix = QString());
    QWidget *addHeading(QVBoxLayout *content, const QString &text);
    void setDirty(bool dirty);
    /// One label column for every section (after sections were added).
    void alignLabels();
    Workspace *workspace() const { return m_workspace; }
    const EditorFactory *factory() const { return m_factory; }

private:
    void build();
    void updateSummary();
    void onFinished(const RecordSubmitter::Outcome &outcome);
    void focusProblem(int index);

    RecordKind m_kind;
    Workspace *m_workspace;
    const EditorFactory *m_factory;
    RecordModel *m_model;
    RecordSubmitter *m_submitter;
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
