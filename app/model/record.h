#pragma once

#include "model/fieldproblem.h"
#include "model/recordkind.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

/// One lead, company or contact as plain data (DESIGN.md "The form model"):
/// its kind, its id in update mode, the values by field key, the values it
/// was loaded with, the fields an update empties on purpose, and — for a
/// lead — the contact and company created inline. What a body held that is
/// no field of the kind is kept as load problems, so whoever checks the
/// record later still sees it.
///
/// A value: cheap to copy, no QObject. The rules over it are RecordRules,
/// the request body RecordBody; RecordModel adapts one for the forms.
class Record
{
public:
    explicit Record(RecordKind kind = RecordKind::Lead);
    Record(const Record &other);
    Record(Record &&other) noexcept;
    Record &operator=(const Record &other);
    Record &operator=(Record &&other) noexcept;
    ~Record();

    /// One field's value as kept: the JSON value, its text decoded once when
    /// it is a string (QJsonValue::toString() allocates on every call), and
    /// whether it counts as not given ("  ", [], {}). Checking thousands of
    /// records reads these far more often than values change.
    struct Entry
    {
        QJsonValue value;
        QString text;
        bool blank = false;
    };

    RecordKind kind() const { return m_kind; }

    /// The platform's id of the record being corrected; 0 for a new one.
    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    bool isUpdate() const { return m_id > 0; }

    /// Undefined when the field is empty.
    QJsonValue value(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        return it == m_entries.constEnd() ? QJsonValue(QJsonValue::Undefined) : it->value;
    }
    /// Whether the field holds something (see ValueChecks::isEmpty).
    bool has(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        return it != m_entries.constEnd() && !it->blank;
    }
    /// The text of a text value (null for others), without decoding it again.
    QString text(const QString &key) const
    {
        const auto it = m_entries.constFind(key);
        return it == m_entries.constEnd() ? QString() : it->text;
    }
    /// Stores `value`; undefined, null and "" empty the field. Returns
    /// whether the record changed.
    bool setValue(const QString &key, const QJsonValue &value);
    /// Every value given, by key.
    const QHash<QString, Entry> &entries() const { return m_entries; }
    /// The values by key (a copy: for keeping them as the originals, a draft …).
    QHash<QString, QJsonValue> values() const;
    /// Drops the values whose key `keep` refuses (fields a new schema no longer has).
    void retainValues(const std::function<bool(const QString &key)> &keep);

    /// The value in the loaded record (update mode); undefined otherwise.
    QJsonValue original(const QString &key) const
    {
        return m_originals.value(key, QJsonValue(QJsonValue::Undefined));
    }
    const QHash<QString, QJsonValue> &originals() const { return m_originals; }
    void setOriginals(const QHash<QString, QJsonValue> &originals) { m_originals = originals; }
    /// The value now, or the loaded record's when an update leaves the field empty.
    QJsonValue effectiveValue(const QString &key) const;

    /// An update body sent null for this field: it is to be emptied on the platform.
    bool wasEmptied(const QString &key) const { return m_emptied.contains(key); }
    void markEmptied(const QString &key) { m_emptied.insert(key); }
    void clearEmptied() { m_emptied.clear(); }

    /// Whether the field is part of what the record changes: in a new record
    /// every filled field, in an update what differs from the loaded record.
    bool isChanged(const QString &key) const;

    /// What the body this record was loaded from held that is not a field of
    /// its kind (keys as the CLI prints them: "customFields[2]", "venue").
    const QList<FieldProblem> &loadProblems() const { return m_loadProblems; }
    void addLoadProblem(const QString &key, const QString &message);
    void clearLoadProblems() { m_loadProblems.clear(); }

    /// A lead's contact and company created inline; a blank record for
    /// other kinds (which have none).
    const Record &nestedContact() const;
    const Record &nestedCompany() const;
    /// Only for a lead.
    Record &nestedContact();
    Record &nestedCompany();

    /// What a person recognises the record by: the lead's name, the business
    /// name, the contact's name (else email).
    QString title() const;

    /// Everything, inline contact/company and mode included, as a draft keeps
    /// it to restore the form exactly.
    QJsonObject toDraft() const;
    static Record fromDraft(RecordKind kind, const QJsonObject &draft);

private:
    struct Nested;

    RecordKind m_kind;
    qint64 m_id = 0;
    QHash<QString, Entry> m_entries;
    QHash<QString, QJsonValue> m_originals;
    QSet<QString> m_emptied;
    QList<FieldProblem> m_loadProblems;
    std::unique_ptr<Nested> m_nested; ///< a lead's only
};
