#include "import/importmapping.h"

#include "import/importtarget.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
constexpr qint64 kMaxMappingBytes = 1024 * 1024;
const QString kColumns = QStringLiteral("columns");
const QString kDateFormat = QStringLiteral("dateFormat");
const QString kValues = QStringLiteral("values");
} // namespace

QString ImportMapping::foldedHeader(const QString &header)
{
    return header.simplified().toCaseFolded();
}

QString ImportMapping::target(const QString &header) const
{
    return m_folded.value(foldedHeader(header));
}

void ImportMapping::setTarget(const QString &header, const QString &target)
{
    const QString folded = foldedHeader(header);
    // One entry per header whatever its spelling: the latest choice wins.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (foldedHeader(it.key()) == folded)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(header.trimmed(), target);
    m_folded.insert(folded, target);
}

void ImportMapping::setValue(const QString &targetText, const QString &value, const QString &key)
{
    m_values[targetText].insert(value, key);
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it)
        columns.insert(it.key(), it.value());
    QJsonObject json {{kColumns, columns}, {kDateFormat, DateValue::pattern(m_dateOrder)}};
    if (!m_values.isEmpty()) {
        QJsonObject values;
        for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
            QJsonObject byValue;
            for (auto v = it->constBegin(); v != it->constEnd(); ++v)
                byValue.insert(v.key(), v.value());
            values.insert(it.key(), byValue);
        }
        json.insert(kValues, values);
    }
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    using R = Result<ImportMapping>;
    ImportMapping mapping;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (it.key() != kColumns && it.key() != kDateFormat && it.key() != kValues)
            return R::failure(tr("The mapping has an unknown part \"%1\" (it takes columns, "
                                 "dateFormat and values).")
                                  .arg(it.key()));
    const QJsonValue columns = json.value(kColumns);
    if (!columns.isUndefined() && !columns.isObject())
        return R::failure(tr("The mapping's \"columns\" must be an object of header → target."));
    const QJsonObject columnObject = columns.toObject();
    for (auto it = columnObject.constBegin(); it != columnObject.constEnd(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (!it.value().isString()
            || (ImportTarget::parse(text).isIgnored() && text != QStringLiteral("ignore")))
            return R::failure(tr("The mapping's column \"%1\" has no target the import knows: "
                                 "use a lead key, contact.<key>, company.<key>, "
                                 "customFields.<id> or ignore.")
                                  .arg(it.key()));
        mapping.setTarget(it.key(), text);
    }
    const QJsonValue format = json.value(kDateFormat);
    if (!format.isUndefined()) {
        const auto order = DateValue::orderOf(format.toString());
        if (!format.isString() || !order)
            return R::failure(tr("The mapping's dateFormat \"%1\" is not one of dd/MM/yyyy, "
                                 "MM/dd/yyyy and yyyy-MM-dd.")
                                  .arg(format.toVariant().toString()));
        mapping.setDateOrder(*order);
    }
    const QJsonValue values = json.value(kValues);
    if (!values.isUndefined() && !values.isObject())
        return R::failure(tr("The mapping's \"values\" must be an object of target → "
                             "{value: key}."));
    const QJsonObject valueObject = values.toObject();
    for (auto it = valueObject.constBegin(); it != valueObject.constEnd(); ++it) {
        if (!it.value().isObject())
            return R::failure(tr("The mapping's values for \"%1\" must be an object of "
                                 "value → key.")
                                  .arg(it.key()));
        const QJsonObject byValue = it.value().toObject();
        for (auto v = byValue.constBegin(); v != byValue.constEnd(); ++v) {
            const QJsonValue key = v.value();
            if (!key.isString() && !key.isDouble())
                return R::failure(tr("The mapping's value \"%1\" of \"%2\" must name a key or "
                                     "an id.")
                                      .arg(v.key(), it.key()));
            mapping.setValue(it.key(), v.key(),
                             key.isDouble() ? QString::number(key.toInteger()) : key.toString());
        }
    }
    return R::success(mapping);
}

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    using R = Result<ImportMapping>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read the mapping %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxMappingBytes + 1);
    if (bytes.size() > kMaxMappingBytes)
        return R::failure(tr("The mapping %1 is larger than 1 MiB.").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("The mapping %1 is not a JSON object: %2")
                              .arg(path,
                                   error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : tr("it holds something else")));
    auto mapping = fromJson(document.object());
    if (!mapping)
        return R::failure(QStringLiteral("%1: %2").arg(path, mapping.error()));
    return mapping;
}

QString ImportMapping::headerKey(const QStringList &header)
{
    QStringList folded;
    folded.reserve(header.size());
    for (const QString &name : header)
        if (!name.trimmed().isEmpty())
            folded.append(foldedHeader(name));
    folded.sort();
    folded.removeDuplicates();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}
