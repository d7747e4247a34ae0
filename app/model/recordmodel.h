#pragma once

#include "model/fielddefinition.h"
#include "model/fieldproblem.h"
#include "model/fieldstate.h"
#include "model/lookupcatalog.h"
#include "model/record.h"
#include "model/recordkind.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <memory>

/// One Record (lead, company or contact) as a list model with a row per
/// field, for the forms (DESIGN.md "The form model"). It decides nothing
/// itself: the rules are RecordRules', the body RecordBody's; this adapter
/// keeps the record, runs the rules after each change and says which rows
/// changed. Services that only judge or send a record use those pure
/// functions on record() instead.
///
/// Editors write the value role; the model emits dataChanged for the rows
/// whose value or required/error/visible state moved. A lead has two nested
/// models over the contact and company created inline, which are part of
/// the lead's record.
class RecordModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        FieldTypeRole,
        ValueRole, ///< the value as QJsonValue::toVariant(); written by editors through setData()
        OptionsRole, ///< the choices as [{key, label}] (Choice, Enum and select fields)
        RequiredRole,
        ErrorRole, ///< the message under the field (see errorText())
        VisibleRole,
        ReadOnlyRole,
        ChangedRole, ///< part of what is sent (every filled field of a new record)
        HelpRole,
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

    /// The record as it stands, the inline contact/company of a lead included.
    const Record &record() const;
    /// Shows `record` (of this model's kind): values, mode, originals and
    /// load problems; platform messages are dropped.
    void setRecord(const Record &record);

    // QAbstractListModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ValueRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<FieldDefinition> &fields() const { return recordFields().list(); }
    const FieldDefinition &field(int row) const { return recordFields().at(row); }
    /// -1 when the record has no such field.
    int rowOf(const QString &key) const { return recordFields().indexOf(key); }
    bool hasField(const QString &key) const { return recordFields().contains(key); }

    /// Undefined when the field is empty.
    QJsonValue value(const QString &key) const { return record().value(key); }
    /// The value in the loaded record (update mode); undefined otherwise.
    QJsonValue original(const QString &key) const { return record().original(key); }
    /// Sets a value as an editor would: dependent fields are cleared (subtype
    /// when the type changes, reason when the stage changes). False for an
    /// unknown key or a read-only field.
    bool setValue(const QString &key, const QJsonValue &value);
    FieldState state(const QString &key) const;
    /// The message under the field: its value problem, "required" once
    /// missing fields are shown, or what the platform said about it.
    QString errorText(const QString &key) const;
    bool isChanged(const QString &key) const { return record().isChanged(key); }
    /// For Choice fields: the options given the current parent (subtypes of the chosen type …).
    QList<LookupOption> lookupOptions(const QString &key) const;

    /// A lead's nested contact or company model (null for other kinds).
    RecordModel *nestedContact() const { return m_nestedContact; }
    RecordModel *nestedCompany() const { return m_nestedCompany; }

    // Modes
    bool isUpdate() const { return record().isUpdate(); }
    qint64 recordId() const { return record().id(); }
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
    QJsonObject draftState() const { return record().toDraft(); }
    void restoreDraft(const QJsonObject &state);
    /// What a person recognises the record by: the lead's name, the business
    /// name, the contact's name.
    QString title() const { return record().title(); }

    /// "required" messages appear once the user tried to submit.
    void setShowMissing(bool show);
    bool showMissing() const { return m_showMissing; }

    /// Every problem, nested ones prefixed "contact." / "company.", load
    /// problems included (RecordRules::check).
    QList<FieldProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// The exact JSON body to send (RecordBody::build).
    QJsonObject requestBody() const;

    /// Puts the platform's messages under the fields they name; the rest
    /// become record messages. Cleared per field when its value changes.
    void applyPlatformMessages(const QString &message, const QStringList &additionalMessages);
    void clearPlatformMessages();
    QStringList recordMessages() const { return m_recordMessages; }

Q_SIGNALS:
    void valueChanged(const QString &key);
    /// Required/error/visible states or problems changed.
    void stateChanged();
    void modeChanged();

private:
    /// A lead's model over its inline contact or company.
    RecordModel(RecordModel *lead, RecordKind kind);

    const RecordFields &recordFields() const { return m_catalog->fields(m_kind); }
    /// The record this model shows: its own, or the part of its lead's record.
    Record &ownRecord();
    /// Replaces the record and re-reads everything, nested models included.
    void replaceRecord(const Record &record);
    void emitAllChanged(const QList<int> &roles = {});
    /// Runs the rules; with `notify`, emits dataChanged for the rows whose state moved.
    void evaluate(bool notify);
    void onNestedStateChanged();
    void placePlatformMessage(const QString &key, const QString &text);
    QVariant options(const FieldDefinition &field) const;
    /// A model key for a key the platform names ("customFields.12" → "custom:12").
    static QString keyForPlatformField(const QString &platformKey);

    RecordKind m_kind;
    RecordModel *m_lead = nullptr; ///< set for a nested model: the record lives there
    Record m_record;
    std::shared_ptr<const LookupCatalog> m_catalog;
    QVector<FieldState> m_states;
    QHash<QString, QString> m_platformErrors;
    QStringList m_recordMessages;
    bool m_showMissing = false;
    bool m_replacing = false;
    RecordModel *m_nestedContact = nullptr;
    RecordModel *m_nestedCompany = nullptr;
};
