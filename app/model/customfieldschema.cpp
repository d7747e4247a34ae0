#include "model/customfieldschema.h"

#include "model/jsonfile.h"
#include "model/jsonkeyorder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CustomFieldSchema", text);
}

bool isWholeNumber(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    // Checked as a double first: casting one beyond qint64 to it is undefined.
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) >= 9.0e18)
        return false;
    *out = qint64(d);
    return true;
}

const QString kSelectValues = QStringLiteral("selectValues");
const QString kSelectValuesOrder = QStringLiteral("selectValuesOrder");

bool isSelectType(int type)
{
    return type == 2 || type == 3 || type == 9;
}
} // namespace

FieldType CustomFieldSchema::fieldTypeFor(int customType)
{
    switch (customType) {
    case 0:
        return FieldType::Text;
    case 1:
        return FieldType::LongText;
    case 2:
        return FieldType::Select;
    case 3:
        return FieldType::MultiSelect;
    case 4:
        return FieldType::Address;
    case 5:
        return FieldType::Date;
    case 6:
        return FieldType::File;
    case 7:
        return FieldType::StaticText;
    case 8:
        return FieldType::WholeNumber;
    case 9:
        return FieldType::LargeSelect;
    default:
        return FieldType::Text;
    }
}

QString CustomFieldSchema::typeName(int customType)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Small Text"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Large Text"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Single Select"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Multiple Select"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Address"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Date"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "File"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Static Text"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Whole Number"),
        QT_TRANSLATE_NOOP("CustomFieldSchema", "Large Select"),
    };
    if (customType < 0 || customType > 9)
        return tr("type %1").arg(customType);
    return tr(names[customType]);
}

Result<QList<FieldDefinition>> CustomFieldSchema::parse(const QJsonArray &definitions,
                                                        const QString &source)
{
    using R = Result<QList<FieldDefinition>>;
    QList<FieldDefinition> fields;
    fields.reserve(definitions.size());
    QSet<qint64> seen;
    for (int i = 0; i < definitions.size(); ++i) {
        const QJsonValue entry = definitions.at(i);
        Result<FieldDefinition> field = entry.isObject()
            ? parseEntry(entry.toObject(), i, seen)
            : Result<FieldDefinition>::failure(tr("not a JSON object"));
        if (!field)
            return R::failure(entryName(entry, source, i) + QStringLiteral(": ") + field.error());
        fields.append(field.take());
    }
    std::stable_sort(fields.begin(), fields.end(),
                     [](const FieldDefinition &a, const FieldDefinition &b) {
                         return a.sortOrder < b.sortOrder;
                     });
    return R::success(fields);
}

Result<QJsonArray> CustomFieldSchema::readFile(const QString &path)
{
    QByteArray text;
    auto read = JsonFile::readArray(path, &text);
    if (!read)
        return read;
    return Result<QJsonArray>::success(withSelectOrder(read.take(), text));
}

QString CustomFieldSchema::entryName(const QJsonValue &entry, const QString &source, int index)
{
    const QJsonObject o = entry.toObject();
    QStringList names;
    if (o.contains(QStringLiteral("fieldId")))
        names << tr("fieldId %1").arg(o.value(QStringLiteral("fieldId")).toVariant().toString());
    if (o.value(QStringLiteral("displayName")).isString())
        names << QLatin1Char('\'') + o.value(QStringLiteral("displayName")).toString()
                + QLatin1Char('\'');
    QString name = tr("%1, entry %2").arg(source).arg(index + 1);
    if (!names.isEmpty())
        name += QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
    return name;
}

Result<FieldDefinition> CustomFieldSchema::parseEntry(const QJsonObject &entry, int index,
                                                      QSet<qint64> &seen)
{
    using R = Result<FieldDefinition>;
    qint64 id = 0;
    if (!isWholeNumber(entry.value(QStringLiteral("fieldId")), &id) || id <= 0)
        return R::failure(tr("fieldId must be a positive whole number"));
    if (id > INT_MAX)
        return R::failure(tr("fieldId %1 is too large (at most %2)").arg(id).arg(INT_MAX));
    if (seen.contains(id))
        return R::failure(tr("duplicate fieldId %1").arg(id));
    seen.insert(id);
    qint64 type = -1;
    if (!isWholeNumber(entry.value(QStringLiteral("fieldType")), &type))
        return R::failure(tr("fieldType must be a number from 0 to 9"));
    if (type < 0 || type > 9)
        return R::failure(tr("unknown fieldType %1 (0 to 9 are known)").arg(type));
    const QJsonValue name = entry.value(QStringLiteral("displayName"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return R::failure(tr("displayName is missing"));
    for (const char *flag : {"isRequired", "isActive"}) {
        const QJsonValue v = entry.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            return R::failure(tr("%1 must be true or false").arg(QLatin1String(flag)));
    }
    qint64 sortOrder = index;
    const QJsonValue order = entry.value(QStringLiteral("sortOrder"));
    if (!order.isUndefined() && !order.isNull() && !isWholeNumber(order, &sortOrder))
        return R::failure(tr("sortOrder must be a whole number"));

    FieldDefinition field;
    field.customFieldId = int(id);
    field.customType = int(type);
    field.key = FieldDefinition::customKey(int(id));
    field.label = name.toString().trimmed();
    field.type = fieldTypeFor(int(type));
    field.section = QStringLiteral("custom");
    field.requiredByDefinition = entry.value(QStringLiteral("isRequired")).toBool(false);
    field.active = entry.value(QStringLiteral("isActive")).toBool(true);
    field.sortOrder = int(sortOrder);
    if (isSelectType(int(type))) {
        auto options = parseSelectValues(entry, int(type));
        if (!options)
            return R::failure(options.error());
        field.selectOptions = std::make_shared<const SelectOptions>(options.take());
    }
    const QJsonValue fileTypes = entry.value(QStringLiteral("fileTypes"));
    if (fileTypes.isArray()) {
        const QJsonArray types = fileTypes.toArray();
        for (const QJsonValue &v : types)
            field.fileTypes.append(v.toString());
    } else if (!fileTypes.isNull() && !fileTypes.isUndefined()) {
        return R::failure(tr("fileTypes must be a list"));
    }
    if (field.type == FieldType::File)
        field.help = tr("Files cannot be sent through the platform's API; attach them in iVvy.");
    return R::success(field);
}

Result<QList<QPair<QString, QString>>>
CustomFieldSchema::parseSelectValues(const QJsonObject &entry, int type)
{
    using R = Result<QList<QPair<QString, QString>>>;
    const QJsonValue values = entry.value(kSelectValues);
    if (values.isObject()) {
        const QJsonObject object = values.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString())
                return R::failure(tr("the label of select value '%1' is not text").arg(it.key()));
        }
    } else if (values.isArray()) {
        QSet<QString> keys;
        const QJsonArray list = values.toArray();
        for (const QJsonValue &v : list) {
            if (!v.isString())
                return R::failure(tr("select values must be text"));
            if (keys.contains(v.toString()))
                return R::failure(tr("duplicate select value '%1'").arg(v.toString()));
            keys.insert(v.toString());
        }
    } else if (!values.isNull() && !values.isUndefined()) {
        return R::failure(tr("selectValues must be an object of key: label"));
    }
    const QList<QPair<QString, QString>> options = orderedSelectValues(entry);
    if (options.isEmpty())
        return R::failure(tr("a %1 field needs selectValues").arg(typeName(type)));
    return R::success(options);
}

QList<QPair<QString, QString>> CustomFieldSchema::orderedSelectValues(const QJsonObject &entry)
{
    QList<QPair<QString, QString>> options;
    const QJsonValue values = entry.value(kSelectValues);
    if (values.isArray()) {
        const QJsonArray list = values.toArray();
        for (const QJsonValue &v : list)
            options.append({v.toString(), v.toString()});
        return options;
    }
    const QJsonObject object = values.toObject();
    options.reserve(object.size());
    QSet<QString> placed;
    const QJsonArray order = entry.value(kSelectValuesOrder).toArray();
    for (const QJsonValue &v : order) {
        const QString key = v.toString();
        if (object.contains(key) && !placed.contains(key)) {
            placed.insert(key);
            options.append({key, object.value(key).toString()});
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!placed.contains(it.key()))
            options.append({it.key(), it.value().toString()});
    }
    return options;
}

void CustomFieldSchema::setSelectValues(QJsonObject &entry,
                                        const QList<QPair<QString, QString>> &values)
{
    QJsonObject object;
    QJsonArray order;
    for (const auto &[key, label] : values) {
        object.insert(key, label);
        order.append(key);
    }
    entry.insert(kSelectValues, object);
    entry.insert(kSelectValuesOrder, order);
}

QJsonArray CustomFieldSchema::withSelectOrder(QJsonArray definitions, const QByteArray &text)
{
    const QList<QStringList> orders = JsonKeyOrder::ofMember(text, QLatin1String("selectValues"));
    for (qsizetype i = 0; i < definitions.size() && i < orders.size(); ++i) {
        if (orders.at(i).isEmpty() || !definitions.at(i).isObject())
            continue;
        QJsonObject entry = definitions.at(i).toObject();
        // A file LeadDesk exported says the order itself; its text has the keys sorted.
        if (!entry.value(kSelectValues).isObject() || entry.value(kSelectValuesOrder).isArray())
            continue;
        entry.insert(kSelectValuesOrder, QJsonArray::fromStringList(orders.at(i)));
        definitions.replace(i, entry);
    }
    return definitions;
}

QJsonArray CustomFieldSchema::toJson(const QList<FieldDefinition> &definitions)
{
    QJsonArray out;
    for (const FieldDefinition &field : definitions) {
        if (!field.isCustom())
            continue;
        QJsonObject entry {
            {QStringLiteral("fieldId"), field.customFieldId},
            {QStringLiteral("fieldType"), field.customType},
            {QStringLiteral("displayName"), field.label},
            {QStringLiteral("isRequired"), field.requiredByDefinition},
            {QStringLiteral("isActive"), field.active},
            {QStringLiteral("sortOrder"), field.sortOrder},
        };
        if (field.selectOptions)
            setSelectValues(entry, field.selectOptions->items());
        else
            entry.insert(kSelectValues, QJsonValue::Null);
        entry.insert(QStringLiteral("fileTypes"),
                     field.fileTypes.isEmpty()
                         ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QJsonArray::fromStringList(field.fileTypes)));
        out.append(entry);
    }
    return out;
}
