#include "model/recordmodel.h"

#include "model/messagefieldkeys.h"
#include "model/recordbody.h"
#include "model/recordrules.h"
#include "model/valuechecks.h"

namespace {
QVariant keyLabel(const QVariant &key, const QString &label)
{
    return QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}};
}

bool readOnly(const FieldDefinition &field)
{
    return field.type == FieldType::File || field.type == FieldType::StaticText;
}
} // namespace

RecordModel::RecordModel(RecordKind kind, std::shared_ptr<const LookupCatalog> catalog,
                         QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_record(kind)
    , m_catalog(catalog ? std::move(catalog) : LookupCatalog::build({}, {}))
{
    if (m_kind == RecordKind::Lead) {
        m_nestedContact = new RecordModel(this, RecordKind::Contact);
        m_nestedCompany = new RecordModel(this, RecordKind::Company);
        for (RecordModel *nested : {m_nestedContact, m_nestedCompany})
            connect(nested, &RecordModel::stateChanged, this, &RecordModel::onNestedStateChanged);
    }
    RecordRules::applyDefaults(m_record);
    evaluate(false);
}

RecordModel::RecordModel(RecordModel *lead, RecordKind kind)
    : QAbstractListModel(lead)
    , m_kind(kind)
    , m_lead(lead)
    , m_record(kind)
    , m_catalog(lead->m_catalog)
{
    evaluate(false);
}

RecordModel::~RecordModel() = default;

const Record &RecordModel::record() const
{
    if (!m_lead)
        return m_record;
    return m_kind == RecordKind::Contact ? m_lead->record().nestedContact()
                                         : m_lead->record().nestedCompany();
}

Record &RecordModel::ownRecord()
{
    if (!m_lead)
        return m_record;
    return m_kind == RecordKind::Contact ? m_lead->ownRecord().nestedContact()
                                         : m_lead->ownRecord().nestedCompany();
}

void RecordModel::setCatalog(std::shared_ptr<const LookupCatalog> catalog)
{
    if (!catalog)
        return;
    beginResetModel();
    m_catalog = std::move(catalog);
    // Values of fields that no longer exist are dropped: nothing could show or send them.
    const RecordFields &fields = recordFields();
    ownRecord().retainValues([&fields](const QString &key) { return fields.contains(key); });
    evaluate(false);
    endResetModel();
    if (m_nestedContact) {
        m_nestedContact->setCatalog(m_catalog);
        m_nestedCompany->setCatalog(m_catalog);
    }
    Q_EMIT stateChanged();
}

void RecordModel::setRecord(const Record &record)
{
    Q_ASSERT(record.kind() == m_kind);
    replaceRecord(record);
    Q_EMIT modeChanged();
    Q_EMIT stateChanged();
}

void RecordModel::replaceRecord(const Record &record)
{
    m_replacing = true;
    ownRecord() = record;
    m_platformErrors.clear();
    m_recordMessages.clear();
    for (RecordModel *nested : {m_nestedContact, m_nestedCompany}) {
        if (!nested)
            continue;
        nested->m_platformErrors.clear();
        nested->evaluate(false);
        nested->emitAllChanged();
        Q_EMIT nested->modeChanged();
        Q_EMIT nested->stateChanged();
    }
    m_replacing = false;
    evaluate(false);
    emitAllChanged();
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordFields().size();
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FieldDefinition &f = field(index.row());
    const FieldState &s = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return f.label;
    case KeyRole:
        return f.key;
    case FieldTypeRole:
        return QVariant::fromValue(f.type);
    case Qt::EditRole:
    case ValueRole:
        return value(f.key).toVariant();
    case OptionsRole:
        return options(f);
    case RequiredRole:
        return s.required;
    case ErrorRole:
        return errorText(f.key);
    case VisibleRole:
        return s.visible;
    case ReadOnlyRole:
        return readOnly(f);
    case ChangedRole:
        return isChanged(f.key);
    case HelpRole:
        return f.help;
    default:
        return QVariant();
    }
}

QVariant RecordModel::options(const FieldDefinition &f) const
{
    QVariantList list;
    if (f.type == FieldType::Choice) {
        const QList<LookupOption> choices = lookupOptions(f.key);
        list.reserve(choices.size());
        for (const LookupOption &o : choices)
            list.append(keyLabel(o.id, o.label));
    } else if (f.selectOptions) {
        list.reserve(f.selectOptions->size());
        for (const auto &[key, label] : f.selectOptions->items())
            list.append(keyLabel(key, label));
    } else if (!f.enumValues.isEmpty()) {
        for (const auto &[key, label] : f.enumValues)
            list.append(keyLabel(key, label));
    } else {
        return QVariant();
    }
    return list;
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != ValueRole && role != Qt::EditRole))
        return false;
    return setValue(field(index.row()).key, QJsonValue::fromVariant(value));
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!readOnly(field(index.row())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> RecordModel::roleNames() const
{
    return {
        {KeyRole, "key"},         {LabelRole, "label"},     {FieldTypeRole, "fieldType"},
        {ValueRole, "value"},     {OptionsRole, "options"}, {RequiredRole, "required"},
        {ErrorRole, "error"},     {VisibleRole, "visible"}, {ReadOnlyRole, "readOnly"},
        {ChangedRole, "changed"}, {HelpRole, "help"},
    };
}

bool RecordModel::setValue(const QString &key, const QJsonValue &value)
{
    const int row = rowOf(key);
    if (row < 0 || readOnly(field(row)))
        return false;
    Record &record = ownRecord();
    if (!record.setValue(key, value))
        return true;
    m_platformErrors.remove(key);
    const QStringList cleared = RecordRules::clearDependants(record, key);
    Q_EMIT dataChanged(index(row), index(row), {ValueRole, ChangedRole, ErrorRole});
    // Choices that follow this field: new options, and their value if it was emptied.
    for (const QString &dependant : RecordRules::dependants(key)) {
        const int r = rowOf(dependant);
        if (r < 0)
            continue;
        QList<int> roles {OptionsRole};
        if (cleared.contains(dependant)) {
            m_platformErrors.remove(dependant);
            roles << ValueRole << ChangedRole << ErrorRole;
        }
        Q_EMIT dataChanged(index(r), index(r), roles);
    }
    evaluate(true);
    Q_EMIT valueChanged(key);
    for (const QString &dependant : cleared)
        Q_EMIT valueChanged(dependant);
    Q_EMIT stateChanged();
    return true;
}

FieldState RecordModel::state(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? FieldState() : m_states.at(row);
}

QString RecordModel::errorText(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0)
        return QString();
    const FieldState &s = m_states.at(row);
    if (!s.visible)
        return QString();
    if (!s.error.isEmpty())
        return s.error;
    if (s.required && m_showMissing && !record().has(key))
        return RecordRules::requiredMessage();
    return m_platformErrors.value(key);
}

QList<LookupOption> RecordModel::lookupOptions(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0 || field(row).type != FieldType::Choice)
        return {};
    const QString &lookup = field(row).lookup;
    const QString parent = RecordRules::optionsParent(key);
    if (parent.isEmpty())
        return m_catalog->options(lookup);
    return m_catalog->options(lookup, ValueChecks::toId(record().effectiveValue(parent)));
}

void RecordModel::emitAllChanged(const QList<int> &roles)
{
    // Same rows, new values: editors refresh in place and keep their widgets.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
}

void RecordModel::clear()
{
    const bool wasUpdate = isUpdate();
    Record blank(m_kind);
    RecordRules::applyDefaults(blank);
    m_showMissing = false;
    for (RecordModel *nested : {m_nestedContact, m_nestedCompany})
        if (nested)
            nested->m_showMissing = false;
    replaceRecord(blank);
    if (wasUpdate)
        Q_EMIT modeChanged();
    Q_EMIT stateChanged();
}

void RecordModel::loadBody(const QJsonObject &body)
{
    setRecord(RecordBody::load(m_kind, body, *m_catalog));
}

void RecordModel::loadRecord(qint64 id, const QJsonObject &values)
{
    Record loaded = RecordBody::load(m_kind, values, *m_catalog);
    loaded.clearLoadProblems();
    loaded.setId(id);
    loaded.setOriginals(loaded.values());
    setRecord(loaded);
}

void RecordModel::markSaved()
{
    Record &record = ownRecord();
    record.setOriginals(record.values());
    clearPlatformMessages();
    emitAllChanged({ChangedRole});
    Q_EMIT stateChanged();
}

void RecordModel::rebase(const QJsonObject &fresh, const QSet<QString> &takeTheirs)
{
    const Record platform = RecordBody::load(m_kind, fresh, *m_catalog);
    const Record &mine = record();
    Record rebased = mine;
    QHash<QString, QJsonValue> originals;
    for (const FieldDefinition &f : fields()) {
        if (f.local)
            continue;
        const QJsonValue theirs = platform.value(f.key);
        if (!theirs.isUndefined())
            originals.insert(f.key, theirs);
        if (mine.isChanged(f.key) && !takeTheirs.contains(f.key))
            continue;
        rebased.setValue(f.key, ValueChecks::isEmpty(theirs) ? QJsonValue() : theirs);
    }
    rebased.setOriginals(originals);
    rebased.clearEmptied();
    ownRecord() = rebased;
    m_platformErrors.clear();
    evaluate(false);
    emitAllChanged();
    Q_EMIT stateChanged();
}

void RecordModel::restoreDraft(const QJsonObject &state)
{
    Record restored = Record::fromDraft(m_kind, state);
    auto keepFields = [this](Record &r) {
        const RecordFields &fields = m_catalog->fields(r.kind());
        r.retainValues([&fields](const QString &key) { return fields.contains(key); });
    };
    keepFields(restored);
    if (m_kind == RecordKind::Lead) {
        keepFields(restored.nestedContact());
        keepFields(restored.nestedCompany());
    }
    RecordRules::applyDefaults(restored);
    setRecord(restored);
}

void RecordModel::setShowMissing(bool show)
{
    if (m_showMissing == show)
        return;
    m_showMissing = show;
    if (m_nestedContact) {
        m_nestedContact->setShowMissing(show);
        m_nestedCompany->setShowMissing(show);
    }
    emitAllChanged({ErrorRole});
    Q_EMIT stateChanged();
}

void RecordModel::evaluate(bool notify)
{
    QVector<FieldState> old = std::exchange(m_states, RecordRules::states(record(), *m_catalog));
    if (!notify || old.size() != m_states.size())
        return;
    // One signal per run of changed rows keeps a keystroke cheap.
    int first = -1;
    for (int row = 0; row <= m_states.size(); ++row) {
        const bool differs = row < m_states.size() && old.at(row) != m_states.at(row);
        if (differs && first < 0)
            first = row;
        if (!differs && first >= 0) {
            Q_EMIT dataChanged(index(first), index(row - 1),
                               {RequiredRole, ErrorRole, VisibleRole});
            first = -1;
        }
    }
}

void RecordModel::onNestedStateChanged()
{
    if (m_replacing)
        return;
    evaluate(true);
    Q_EMIT stateChanged();
}

QList<FieldProblem> RecordModel::problems() const
{
    return RecordRules::check(record(), *m_catalog);
}

QJsonObject RecordModel::requestBody() const
{
    return RecordBody::build(record(), *m_catalog);
}

QString RecordModel::keyForPlatformField(const QString &platformKey)
{
    static const QString prefix = QStringLiteral("customFields.");
    QString key = platformKey;
    const int at = int(key.indexOf(prefix));
    if (at >= 0)
        key = key.left(at) + QStringLiteral("custom:") + key.mid(at + prefix.size());
    return key;
}

void RecordModel::applyPlatformMessages(const QString &message,
                                        const QStringList &additionalMessages)
{
    clearPlatformMessages();
    QStringList texts = additionalMessages;
    if (texts.isEmpty() || MessageFieldKeys::in(message).size() > 0)
        texts.prepend(message);
    QStringList unknownCustom;
    for (const QString &text : std::as_const(texts)) {
        bool placed = false;
        bool unknown = false;
        for (const QString &platformKey : MessageFieldKeys::in(text)) {
            QString key = keyForPlatformField(platformKey);
            RecordModel *target = this;
            for (RecordModel *nested : {m_nestedContact, m_nestedCompany}) {
                const QString prefix
                    = nested ? recordKindName(nested->kind()) + QLatin1Char('.') : QString();
                if (nested && key.startsWith(prefix)) {
                    target = nested;
                    key = key.mid(prefix.size());
                }
            }
            if (!target->hasField(key)) {
                if (key.startsWith(QStringLiteral("custom:"))) {
                    unknownCustom << platformKey;
                    unknown = true;
                }
                continue;
            }
            target->placePlatformMessage(key, text);
            placed = true;
        }
        // A field the profile does not know is named in the one line below, not twice.
        if (!placed && !unknown && !text.isEmpty())
            m_recordMessages.append(text);
    }
    if (!unknownCustom.isEmpty()) {
        // The platform cannot list lead custom fields: an admin keeps them in a schema file.
        unknownCustom.removeDuplicates();
        m_recordMessages.append(
            tr("The platform asks for custom fields this profile does not know (%1). Import the "
               "lead schema your admin exported, then send again.")
                .arg(unknownCustom.join(QStringLiteral(", "))));
    }
    Q_EMIT stateChanged();
}

void RecordModel::placePlatformMessage(const QString &key, const QString &text)
{
    QString &slot = m_platformErrors[key];
    slot = slot.isEmpty() ? text : slot + QLatin1Char('\n') + text;
    const int row = rowOf(key);
    Q_EMIT dataChanged(index(row), index(row), {ErrorRole});
}

void RecordModel::clearPlatformMessages()
{
    const auto keys = m_platformErrors.keys();
    m_platformErrors.clear();
    m_recordMessages.clear();
    for (const QString &key : keys) {
        const int row = rowOf(key);
        Q_EMIT dataChanged(index(row), index(row), {ErrorRole});
    }
    if (m_nestedContact) {
        m_nestedContact->clearPlatformMessages();
        m_nestedCompany->clearPlatformMessages();
    }
}
