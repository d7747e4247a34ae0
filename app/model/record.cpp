#include "model/record.h"

#include "model/fieldkeys.h"
#include "model/valuechecks.h"

namespace {
const QString kValues = QStringLiteral("values");
const QString kOriginals = QStringLiteral("originals");
const QString kRecordId = QStringLiteral("recordId");

QJsonObject toObject(const QHash<QString, QJsonValue> &hash)
{
    QJsonObject object;
    for (auto it = hash.constBegin(); it != hash.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

struct Record::Nested
{
    Record contact {RecordKind::Contact};
    Record company {RecordKind::Company};
};

Record::Record(RecordKind kind)
    : m_kind(kind)
{
    if (kind == RecordKind::Lead)
        m_nested = std::make_unique<Nested>();
}

Record::Record(const Record &other)
    : m_kind(other.m_kind)
    , m_id(other.m_id)
    , m_entries(other.m_entries)
    , m_originals(other.m_originals)
    , m_emptied(other.m_emptied)
    , m_loadProblems(other.m_loadProblems)
    , m_nested(other.m_nested ? std::make_unique<Nested>(*other.m_nested) : nullptr)
{ }

Record::Record(Record &&other) noexcept = default;

Record &Record::operator=(const Record &other)
{
    if (this != &other) {
        Record copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Record &Record::operator=(Record &&other) noexcept = default;

Record::~Record() = default;

bool Record::setValue(const QString &key, const QJsonValue &value)
{
    const bool empty
        = value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
    const auto it = m_entries.find(key);
    if (empty) {
        if (it == m_entries.end())
            return false;
        m_entries.erase(it);
        return true;
    }
    if (it != m_entries.end() && it->value == value)
        return false;
    Entry entry {value, QString(), false};
    if (value.isString()) {
        entry.text = value.toString();
        entry.blank = entry.text.trimmed().isEmpty();
    } else {
        entry.blank = ValueChecks::isEmpty(value);
    }
    m_entries.insert(key, entry);
    return true;
}

void Record::retainValues(const std::function<bool(const QString &)> &keep)
{
    m_entries.removeIf(
        [&keep](const QHash<QString, Entry>::iterator &it) { return !keep(it.key()); });
}

QHash<QString, QJsonValue> Record::values() const
{
    QHash<QString, QJsonValue> values;
    values.reserve(m_entries.size());
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it)
        values.insert(it.key(), it->value);
    return values;
}

QJsonValue Record::effectiveValue(const QString &key) const
{
    return has(key) ? value(key) : original(key);
}

bool Record::isChanged(const QString &key) const
{
    const bool filled = has(key);
    if (!filled && m_emptied.contains(key))
        return true;
    if (!isUpdate())
        return filled;
    const QJsonValue before = original(key);
    if (!filled && ValueChecks::isEmpty(before))
        return false;
    return value(key) != before;
}

void Record::addLoadProblem(const QString &key, const QString &message)
{
    m_loadProblems.append({key, key, message});
}

const Record &Record::nestedContact() const
{
    static const Record none(RecordKind::Contact);
    return m_nested ? m_nested->contact : none;
}

const Record &Record::nestedCompany() const
{
    static const Record none(RecordKind::Company);
    return m_nested ? m_nested->company : none;
}

Record &Record::nestedContact()
{
    Q_ASSERT_X(m_nested, "Record::nestedContact", "only a lead has a new contact");
    return m_nested->contact;
}

Record &Record::nestedCompany()
{
    Q_ASSERT_X(m_nested, "Record::nestedCompany", "only a lead has a new company");
    return m_nested->company;
}

QString Record::title() const
{
    auto text = [this](const QString &key) { return value(key).toString().trimmed(); };
    switch (m_kind) {
    case RecordKind::Lead:
        return text(FieldKeys::name);
    case RecordKind::Company:
        return text(FieldKeys::businessName);
    case RecordKind::Contact: {
        const QString name
            = QString(text(FieldKeys::firstName) + QLatin1Char(' ') + text(FieldKeys::lastName))
                  .trimmed();
        return name.isEmpty() ? text(FieldKeys::email) : name;
    }
    }
    return QString();
}

QJsonObject Record::toDraft() const
{
    QJsonObject draft {{kValues, toObject(values())}};
    if (isUpdate()) {
        draft.insert(kRecordId, m_id);
        draft.insert(kOriginals, toObject(m_originals));
    }
    if (m_nested) {
        draft.insert(FieldKeys::contact, m_nested->contact.toDraft());
        draft.insert(FieldKeys::company, m_nested->company.toDraft());
    }
    return draft;
}

Record Record::fromDraft(RecordKind kind, const QJsonObject &draft)
{
    Record record(kind);
    const QJsonObject values = draft.value(kValues).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        record.setValue(it.key(), it.value());
    const QJsonObject originals = draft.value(kOriginals).toObject();
    for (auto it = originals.constBegin(); it != originals.constEnd(); ++it)
        record.m_originals.insert(it.key(), it.value());
    record.m_id = draft.value(kRecordId).toInteger();
    if (record.m_nested) {
        record.m_nested->contact
            = fromDraft(RecordKind::Contact, draft.value(FieldKeys::contact).toObject());
        record.m_nested->company
            = fromDraft(RecordKind::Company, draft.value(FieldKeys::company).toObject());
    }
    return record;
}
