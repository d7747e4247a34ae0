#pragma once

#include "model/fielddefinition.h"
#include "model/fieldproblem.h"
#include "model/fieldstate.h"
#include "model/lookupcatalog.h"
#include "model/recordkind.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QSet>

#include <memory>

/// One record (lead, company or contact) as a list model with a row per
/// field: the one implementation of the platform's rules that the forms, the
/// CLI and the outbox share (DESIGN.md "The form model").
///
/// Editors write the value role; the model re-evaluates the rules after each
/// change and emits dataChanged for the rows whose required/error/visible
/// state moved. A lead owns two nested models for a contact and a company
/// created inline. `requestBody()` is the exact body to send.
class RecordModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        FieldTypeRole,
        ValueRole,
        OptionsRole,
        RequiredRole,
        ErrorRole,
        VisibleRole,
        ReadOnlyRole,
        ChangedRole,
        SectionRole,
        HelpRole,
        AdvancedRole,
    };
    Q_ENUM(Role)

    RecordModel(RecordKind kind, std::shared_ptr<const LookupCatalog> catalog,
                QObject *parent = nullptr);
    ~RecordModel() override;

    RecordKind kind() const { return m_kind; }
    const LookupCatalog &catalog() const { return *m_catalog; }
    std::shared_ptr<const LookupCatalog> catalogPointer() const { return m_catalog; }
    /// New lookups or custom-field definitions: rows are rebuilt (values of
    /// fields that still exist are kept) and the rules run again.
    void setCatalog(std::shared_ptr<const LookupCatalog> catalog);

    // QAbstractListModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ValueRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<FieldDefinition> &fields() const { return m_fields; }
    const FieldDefinition &field(int row) const { return m_fields.at(row); }
    /// -1 when the record has no such field.
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    bool hasField(const QString &key) const { return m_rows.contains(key); }

    /// Undefined when the field is empty.
    QJsonValue value(const QString &key) const
    {
        return m_values.value(key, QJsonValue(QJsonValue::Undefined));
    }
    /// The value in the loaded record (update mode); undefined otherwise.
    QJsonValue original(const QString &key) const
    {
        return m_originals.value(key, QJsonValue(QJsonValue::Undefined));
    }
    /// Sets a value as an editor would: dependent fields are cleared (subtype
    /// when the type changes, reason when the stage changes). False for an
    /// unknown key or a read-only field.
    bool setValue(const QString &key, const QJsonValue &value);
    FieldState state(const QString &key) const;
    /// The message under the field: its value problem, "required" once
    /// missing fields are shown, or what the platform said about it.
    QString errorText(const QString &key) const;
    bool isChanged(const QString &key) const;
    /// An update body read from a file sent null for this field: it is to be emptied.
    bool wasEmptied(const QString &key) const { return m_emptied.contains(key); }
    /// For Choice fields: the options given the current parent (subtypes of the chosen type …).
    QList<LookupOption> lookupOptions(const QString &key) const;

    /// A lead's nested contact or company model (null for other kinds).
    RecordModel *nestedContact() const { return m_nestedContact; }
    RecordModel *nestedCompany() const { return m_nestedCompany; }
    bool isNested() const { return m_nested; }

    // Modes
    bool isUpdate() const { return m_recordId > 0; }
    qint64 recordId() const { return m_recordId; }
    /// Empty record in create mode.
    void clear();
    /// A request body as the API takes it (from a file, a draft, the outbox).
    /// With an `id` the model is in update mode and every field given counts
    /// as changed. Parts that are not fields of this kind become problems.
    void loadBody(const QJsonObject &body);
    /// An existing record for correction: update mode, nothing changed yet.
    void loadRecord(qint64 id, const QJsonObject &values);
    /// The platform now holds these values (after an update was accepted).
    void markSaved();
    /// Someone else changed the record: `fresh` (body-shaped) becomes what the
    /// form compares against. Fields the admin did not change, and those in
    /// `takeTheirs`, take the platform's value; the admin's other changes stay.
    void rebase(const QJsonObject &fresh, const QSet<QString> &takeTheirs);
    /// Everything typed, hidden fields and inline contact/company included,
    /// with the mode: what a draft keeps to restore the form exactly.
    QJsonObject draftState() const;
    void restoreDraft(const QJsonObject &state);
    /// What a person recognises the record by: the lead's name, the business
    /// name, the contact's name.
    QString title() const;

    /// "required" messages appear once the user tried to submit.
    void setShowMissing(bool show);
    bool showMissing() const { return m_showMissing; }

    /// Every problem, nested ones prefixed "contact." / "company.", load and
    /// platform problems included.
    QList<FieldProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// The exact JSON body to send.
    QJsonObject requestBody() const;

    /// Puts the platform's messages under the fields they name; the rest
    /// become record messages. Cleared per field when its value changes.
    void applyPlatformMessages(const QString &message, const QStringList &additionalMessages);
    void clearPlatformMessages();
    QStringList recordMessages() const;
    /// A model key for a key the platform names ("customFields.12" → "custom:12").
    static QString keyForPlatformField(const QString &platformKey);

Q_SIGNALS:
    void valueChanged(const QString &key);
    /// Required/error/visible states or problems changed.
    void stateChanged();
    void modeChanged();

private:
    friend class LeadRules;
    friend class RecordBody;

    void buildRows();
    void applyDefaults();
    /// Drops every value, original, emptied field and message (not the mode).
    void forgetRecord();
    void emitAllChanged();
    void evaluate();
    void applyGenericChecks(QVector<FieldState> &states) const;
    QString checkValue(const FieldDefinition &field, const QJsonValue &value) const;
    void onNestedStateChanged();
    bool setValueInternal(const QString &key, const QJsonValue &value, bool clearDependents);
    void addLoadProblem(const QString &key, const QString &message);
    void setRecordId(qint64 id);

    RecordKind m_kind;
    bool m_nested = false;
    std::shared_ptr<const LookupCatalog> m_catalog;
    QList<FieldDefinition> m_fields;
    QHash<QString, int> m_rows;
    QHash<QString, QJsonValue> m_values;
    QHash<QString, QJsonValue> m_originals;
    QSet<QString> m_emptied;
    QVector<FieldState> m_states;
    QHash<QString, QString> m_platformErrors;
    QStringList m_recordMessages;
    QList<FieldProblem> m_loadProblems;
    qint64 m_recordId = 0;
    bool m_showMissing = false;
    bool m_loading = false;
    RecordModel *m_nestedContact = nullptr;
    RecordModel *m_nestedCompany = nullptr;
};
