#include "model/recordmodel.h"

#include "model/builtinfields.h"
#include "model/messagefieldkeys.h"
#include "model/recordbody.h"
#include "model/recordrules.h"
#include "model/valuechecks.h"

#include <QJsonArray>

namespace {
QVariant optionsVariant(const QList<LookupOption> &options)
{
    QVariantList list;
    list.reserve(options.size());
    for (const LookupOption &o : options)
        list.append(
            QVariantMap {{QStringLiteral("key"), o.id}, {QStringLiteral("label"), o.label}});
    return list;
}
} // namespace

RecordModel::RecordModel(RecordKind kind, std::shared_ptr<const LookupCatalog> catalog,
                         QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_catalog(catalog ? std::move(catalog) : LookupCatalog::build({}, {}))
{
    m_nested = qobject_cast<RecordModel *>(parent) != nullptr;
    if (m_kind == RecordKind::Lead) {
        m_nestedContact = new RecordModel(RecordKind::Contact, m_catalog, this);
        m_nestedCompany = new RecordModel(RecordKind::Company, m_catalog, this);
        for (RecordModel *nested : {m_nestedContact, m_nestedCompany})
            connect(nested, &RecordModel::stateChanged, this, &RecordModel::onNestedStateChanged);
    }
    buildRows();
    applyDefaults();
    evaluate();
}

RecordModel::~RecordModel() = default;

void RecordModel::buildRows()
{
    m_fields = BuiltInFields::forKind(m_kind);
    m_fields += m_catalog->customFields(m_kind);
    m_rows.clear();
    m_rows.reserve(m_fields.size());
    for (int row = 0; row < m_fields.size(); ++row)
        m_rows.insert(m_fields.at(row).key, row);
    m_states = QVector<FieldState>(m_fields.size());
}

void RecordModel::setCatalog(std::shared_ptr<const LookupCatalog> catalog)
{
    if (!catalog)
        return;
    beginResetModel();
    m_catalog = std::move(catalog);
    buildRows();
    // Values of fields that no longer exist are dropped: nothing could show or send them.
    for (auto it = m_values.begin(); it != m_values.end();)
        it = m_rows.contains(it.key()) ? std::next(it) : m_values.erase(it);
    endResetModel();
    if (m_nestedContact) {
        m_nestedContact->setCatalog(m_catalog);
        m_nestedCompany->setCatalog(m_catalog);
    }
    evaluate();
    Q_EMIT stateChanged();
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return QVariant();
    const FieldDefinition &f = m_fields.at(index.row());
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
        return m_values.value(f.key).toVariant();
    case OptionsRole:
        if (f.type == FieldType::Choice)
            return optionsVariant(lookupOptions(f.key));
        if (f.selectOptions) {
            QVariantList list;
            for (const auto &[key, label] : f.selectOptions->items())
                list.append(
                    QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}});
            return list;
        }
        if (!f.enumValues.isEmpty()) {
            QVariantList list;
            for (const auto &[key, label] : f.enumValues)
                list.append(
                    QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}});
            return list;
        }
        return QVariant();
    case RequiredRole:
        return s.required;
    case ErrorRole:
        return errorText(f.key);
    case VisibleRole:
        return s.visible;
    case ReadOnlyRole:
        return f.type == FieldType::File || f.type == FieldType::StaticText;
    case ChangedRole:
        return isChanged(f.key);
    case SectionRole:
        return f.section;
    case HelpRole:
        return f.help;
    case AdvancedRole:
        return f.advanced;
    default:
        return QVariant();
    }
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_fields.size()
        || (role != ValueRole && role != Qt::EditRole))
        return false;
    return setValue(m_fields.at(index.row()).key, QJsonValue::fromVariant(value));
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!data(index, ReadOnlyRole).toBool())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> RecordModel::roleNames() const
{
    return {
        {KeyRole, "key"},           {LabelRole, "label"},     {FieldTypeRole, "fieldType"},
        {ValueRole, "value"},       {OptionsRole, "options"}, {RequiredRole, "required"},
        {ErrorRole, "error"},       {VisibleRole, "visible"}, {ReadOnlyRole, "readOnly"},
        {ChangedRole, "changed"},   {SectionRole, "section"}, {HelpRole, "help"},
        {AdvancedRole, "advanced"},
    };
}

bool RecordModel::setValue(const QString &key, const QJsonValue &value)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    const FieldDefinition &f = m_fields.at(row);
    if (f.type == FieldType::File || f.type == FieldType::StaticText)
        return false;
    return setValueInternal(key, value, true);
}

bool RecordModel::setValueInternal(const QString &key, const QJsonValue &value,
                                   bool clearDependents)
{
    const QJsonValue normalized
        = (value.isUndefined() || (value.isString() && value.toString().isEmpty())) ? QJsonValue()
                                                                                    : value;
    const QJsonValue old = m_values.value(key);
    if (old == normalized && !(old.isUndefined() && normalized.isNull()))
        return true;
    if (normalized.isNull())
        m_values.remove(key);
    else
        m_values.insert(key, normalized);
    m_platformErrors.remove(key);

    QStringList cleared;
    if (clearDependents && m_kind == RecordKind::Lead) {
        // Dependent options belong to their parent; a new parent empties them.
        if (key == QStringLiteral("typeId") && m_values.contains(QStringLiteral("subtypeId")))
            cleared << QStringLiteral("subtypeId");
        if (key == QStringLiteral("stageId") && m_values.contains(QStringLiteral("stageReasonId")))
            cleared << QStringLiteral("stageReasonId");
        for (const QString &dependent : std::as_const(cleared)) {
            m_values.remove(dependent);
            m_platformErrors.remove(dependent);
        }
    }
    if (m_loading)
        return true;
    const int row = rowOf(key);
    Q_EMIT dataChanged(index(row), index(row), {ValueRole, ChangedRole, ErrorRole});
    for (const QString &dependent : std::as_const(cleared)) {
        const int r = rowOf(dependent);
        Q_EMIT dataChanged(index(r), index(r), {ValueRole, ChangedRole, ErrorRole, OptionsRole});
    }
    if (key == QStringLiteral("typeId") || key == QStringLiteral("stageId")) {
        const int r = rowOf(key == QStringLiteral("typeId") ? QStringLiteral("subtypeId")
                                                            : QStringLiteral("stageReasonId"));
        Q_EMIT dataChanged(index(r), index(r), {OptionsRole});
    }
    evaluate();
    Q_EMIT valueChanged(key);
    for (const QString &dependent : std::as_const(cleared))
        Q_EMIT valueChanged(dependent);
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
    if (s.required && m_showMissing && ValueChecks::isEmpty(m_values.value(key)))
        return tr("Required");
    return m_platformErrors.value(key);
}

bool RecordModel::isChanged(const QString &key) const
{
    if (m_emptied.contains(key) && ValueChecks::isEmpty(m_values.value(key)))
        return true;
    if (!isUpdate())
        return !ValueChecks::isEmpty(m_values.value(key));
    const QJsonValue now = m_values.value(key);
    const QJsonValue before = m_originals.value(key);
    if (ValueChecks::isEmpty(now) && ValueChecks::isEmpty(before))
        return false;
    return now != before;
}

QList<LookupOption> RecordModel::lookupOptions(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0 || m_fields.at(row).type != FieldType::Choice)
        return {};
    const QString &lookup = m_fields.at(row).lookup;
    auto parentValue = [this](const char *parentKey) {
        const QString k = QLatin1String(parentKey);
        const QJsonValue v = m_values.contains(k) ? m_values.value(k) : m_originals.value(k);
        return ValueChecks::toId(v);
    };
    if (lookup == QStringLiteral("subtypes"))
        return m_catalog->options(lookup, parentValue("typeId"));
    if (lookup == QStringLiteral("reasons"))
        return m_catalog->options(lookup, parentValue("stageId"));
    return m_catalog->options(lookup);
}

void RecordModel::applyDefaults()
{
    // A lead belongs to a contact until the rep says company; the editor shows it.
    if (m_kind == RecordKind::Lead)
        m_values.insert(QStringLiteral("contactType"), QStringLiteral("contact"));
}

void RecordModel::emitAllChanged()
{
    // Same rows, new values: editors refresh in place and keep their widgets.
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1));
}

void RecordModel::forgetRecord()
{
    m_values.clear();
    m_originals.clear();
    m_emptied.clear();
    m_platformErrors.clear();
    m_recordMessages.clear();
    m_loadProblems.clear();
}

void RecordModel::clear()
{
    forgetRecord();
    m_showMissing = false;
    applyDefaults();
    setRecordId(0);
    if (m_nestedContact) {
        m_nestedContact->clear();
        m_nestedCompany->clear();
    }
    evaluate();
    emitAllChanged();
    Q_EMIT stateChanged();
}

void RecordModel::loadBody(const QJsonObject &body)
{
    m_loading = true;
    forgetRecord();
    setRecordId(0);
    if (m_nestedContact) {
        m_nestedContact->clear();
        m_nestedCompany->clear();
    }
    RecordBody::load(*this, body);
    m_loading = false;
    evaluate();
    emitAllChanged();
    Q_EMIT modeChanged();
    Q_EMIT stateChanged();
}

void RecordModel::loadRecord(qint64 id, const QJsonObject &values)
{
    loadBody(values);
    m_loadProblems.clear();
    setRecordId(id);
    m_originals = m_values;
    evaluate();
    emitAllChanged();
    Q_EMIT stateChanged();
}

void RecordModel::markSaved()
{
    m_originals = m_values;
    clearPlatformMessages();
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), {ChangedRole});
    Q_EMIT stateChanged();
}

void RecordModel::rebase(const QJsonObject &fresh, const QSet<QString> &takeTheirs)
{
    RecordModel platform(m_kind, m_catalog);
    platform.loadBody(fresh);
    QHash<QString, QJsonValue> values = m_values;
    for (const FieldDefinition &f : std::as_const(m_fields)) {
        if (f.local)
            continue;
        if (!isChanged(f.key) || takeTheirs.contains(f.key)) {
            const QJsonValue theirs = platform.value(f.key);
            if (ValueChecks::isEmpty(theirs))
                values.remove(f.key);
            else
                values.insert(f.key, theirs);
        }
    }
    m_values = values;
    m_originals.clear();
    for (auto it = platform.m_values.constBegin(); it != platform.m_values.constEnd(); ++it)
        if (!m_fields.at(rowOf(it.key())).local)
            m_originals.insert(it.key(), it.value());
    m_emptied.clear();
    m_platformErrors.clear();
    evaluate();
    emitAllChanged();
    Q_EMIT stateChanged();
}

void RecordModel::setRecordId(qint64 id)
{
    if (m_recordId == id)
        return;
    m_recordId = id;
    Q_EMIT modeChanged();
}

QJsonObject RecordModel::draftState() const
{
    QJsonObject values;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject state {{QStringLiteral("values"), values}};
    if (isUpdate()) {
        QJsonObject originals;
        for (auto it = m_originals.constBegin(); it != m_originals.constEnd(); ++it)
            originals.insert(it.key(), it.value());
        state.insert(QStringLiteral("recordId"), m_recordId);
        state.insert(QStringLiteral("originals"), originals);
    }
    if (m_nestedContact) {
        state.insert(QStringLiteral("contact"), m_nestedContact->draftState());
        state.insert(QStringLiteral("company"), m_nestedCompany->draftState());
    }
    return state;
}

void RecordModel::restoreDraft(const QJsonObject &state)
{
    m_loading = true;
    forgetRecord();
    const QJsonObject values = state.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (m_rows.contains(it.key()))
            m_values.insert(it.key(), it.value());
    const QJsonObject originals = state.value(QStringLiteral("originals")).toObject();
    for (auto it = originals.constBegin(); it != originals.constEnd(); ++it)
        m_originals.insert(it.key(), it.value());
    setRecordId(state.value(QStringLiteral("recordId")).toInteger());
    if (m_nestedContact) {
        m_nestedContact->restoreDraft(state.value(QStringLiteral("contact")).toObject());
        m_nestedCompany->restoreDraft(state.value(QStringLiteral("company")).toObject());
    }
    if (m_kind == RecordKind::Lead && !m_values.contains(QStringLiteral("contactType")))
        applyDefaults();
    m_loading = false;
    evaluate();
    emitAllChanged();
    Q_EMIT modeChanged();
    Q_EMIT stateChanged();
}

QString RecordModel::title() const
{
    auto text = [this](const char *key) {
        return m_values.value(QLatin1String(key)).toString().trimmed();
    };
    switch (m_kind) {
    case RecordKind::Lead:
        return text("name");
    case RecordKind::Company:
        return text("businessName");
    case RecordKind::Contact: {
        const QString name
            = QString(text("firstName") + QLatin1Char(' ') + text("lastName")).trimmed();
        return name.isEmpty() ? text("email") : name;
    }
    }
    return QString();
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
    if (!m_fields.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), {ErrorRole});
    Q_EMIT stateChanged();
}

void RecordModel::evaluate()
{
    QVector<FieldState> states(m_fields.size());
    applyGenericChecks(states);
    RecordRules::apply(*this, states);
    const QVector<FieldState> old = std::exchange(m_states, std::move(states));
    if (m_loading || old.size() != m_states.size())
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

void RecordModel::applyGenericChecks(QVector<FieldState> &states) const
{
    for (int row = 0; row < m_fields.size(); ++row) {
        const FieldDefinition &f = m_fields.at(row);
        FieldState &s = states[row];
        s.visible = f.active;
        const auto it = m_values.constFind(f.key);
        if (it == m_values.constEnd() || ValueChecks::isEmpty(*it))
            continue;
        s.error = checkValue(f, *it);
    }
}

QString RecordModel::checkValue(const FieldDefinition &f, const QJsonValue &value) const
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return ValueChecks::text(value);
    case FieldType::Email:
        return ValueChecks::email(value);
    case FieldType::Choice: {
        const QString problem = ValueChecks::id(value);
        if (!problem.isEmpty())
            return problem;
        // Subtypes and reasons depend on their parent; RecordRules checks them.
        if (f.lookup == QStringLiteral("subtypes") || f.lookup == QStringLiteral("reasons"))
            return QString();
        const qint64 id = ValueChecks::toId(value);
        if (!m_catalog->isEmpty() && !m_catalog->contains(f.lookup, id))
            return tr("%1 %2 does not exist").arg(f.label).arg(id);
        if (f.lookup == QStringLiteral("users") && m_catalog->isInactiveUser(id))
            return tr("%1 is no longer an active user").arg(m_catalog->label(f.lookup, id));
        return QString();
    }
    case FieldType::Enum: {
        const QString problem = ValueChecks::wholeNumber(value);
        if (!problem.isEmpty())
            return problem;
        const qint64 number = ValueChecks::toId(value);
        for (const auto &[key, label] : f.enumValues)
            if (key == number)
                return QString();
        return tr("%1 is not one of the choices").arg(number);
    }
    case FieldType::Boolean:
        return ValueChecks::boolean(value);
    case FieldType::Select:
    case FieldType::LargeSelect:
        return ValueChecks::select(value, f.selectOptions.get());
    case FieldType::MultiSelect:
        return ValueChecks::multiSelect(value, f.selectOptions.get());
    case FieldType::Address:
        return ValueChecks::address(value);
    case FieldType::Date:
        return ValueChecks::date(value);
    case FieldType::WholeNumber:
        return ValueChecks::wholeNumber(value);
    case FieldType::File:
    case FieldType::StaticText:
        return tr("cannot be set through the API");
    case FieldType::ContactRef:
    case FieldType::CompanyRef:
        return ValueChecks::id(value);
    case FieldType::IdList: {
        if (!value.isArray())
            return tr("must be a list of ids");
        for (const QJsonValue &item : value.toArray()) {
            const QString problem = ValueChecks::id(item);
            if (!problem.isEmpty())
                return problem;
        }
        return QString();
    }
    case FieldType::ContactType:
        return value == QJsonValue(QStringLiteral("contact"))
                || value == QJsonValue(QStringLiteral("company"))
            ? QString()
            : tr("must be contact or company");
    case FieldType::Toggle:
        return value.isBool() ? QString() : tr("must be yes or no");
    case FieldType::JsonValue:
        return QString();
    }
    return QString();
}

void RecordModel::onNestedStateChanged()
{
    evaluate();
    Q_EMIT stateChanged();
}

void RecordModel::addLoadProblem(const QString &key, const QString &message)
{
    m_loadProblems.append({key, key, message});
}

QList<FieldProblem> RecordModel::problems() const
{
    QList<FieldProblem> list = m_loadProblems;
    for (int row = 0; row < m_fields.size(); ++row) {
        const FieldDefinition &f = m_fields.at(row);
        const FieldState &s = m_states.at(row);
        if (!s.visible)
            continue;
        if (!s.error.isEmpty())
            list.append({f.key, f.label, s.error});
        else if (s.required && ValueChecks::isEmpty(m_values.value(f.key)))
            list.append({f.key, f.label, tr("required")});
    }
    auto addNested = [&list](const RecordModel *nested, const QString &prefix) {
        for (FieldProblem p : nested->problems()) {
            p.key = p.key.isEmpty() ? prefix : prefix + QLatin1Char('.') + p.key;
            list.append(p);
        }
    };
    if (m_kind == RecordKind::Lead) {
        if (RecordRules::usesNestedContact(*this))
            addNested(m_nestedContact, QStringLiteral("contact"));
        if (RecordRules::usesNestedCompany(*this))
            addNested(m_nestedCompany, QStringLiteral("company"));
    }
    return list;
}

QJsonObject RecordModel::requestBody() const
{
    return RecordBody::build(*this);
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
        for (const QString &platformKey : MessageFieldKeys::in(text)) {
            QString key = keyForPlatformField(platformKey);
            RecordModel *target = this;
            if (m_kind == RecordKind::Lead) {
                for (RecordModel *nested : {m_nestedContact, m_nestedCompany}) {
                    const QString prefix = recordKindName(nested->kind()) + QLatin1Char('.');
                    if (key.startsWith(prefix)) {
                        target = nested;
                        key = key.mid(prefix.size());
                    }
                }
            }
            if (!target->hasField(key)) {
                if (key.startsWith(QStringLiteral("custom:")))
                    unknownCustom << platformKey;
                continue;
            }
            QString &slot = target->m_platformErrors[key];
            slot = slot.isEmpty() ? text : slot + QLatin1Char('\n') + text;
            const int row = target->rowOf(key);
            Q_EMIT target->dataChanged(target->index(row), target->index(row), {ErrorRole});
            placed = true;
        }
        if (!placed && !text.isEmpty())
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

QStringList RecordModel::recordMessages() const
{
    return m_recordMessages;
}
