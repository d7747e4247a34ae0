#include "model/jsonfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonFile", text);
}

// Line and column of a byte offset, for messages a person can act on.
QString position(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return QCoreApplication::translate("JsonFile", "line %1, column %2").arg(line).arg(column);
}
} // namespace

Result<QJsonValue> JsonFile::parse(const QByteArray &bytes, const QString &what)
{
    if (bytes.trimmed().isEmpty())
        return Result<QJsonValue>::failure(tr("%1 is empty.").arg(what));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonValue>::failure(
            tr("%1 is not valid JSON: %2 at %3.")
                .arg(what, error.errorString(), position(bytes, error.offset)));
    if (doc.isArray())
        return Result<QJsonValue>::success(doc.array());
    return Result<QJsonValue>::success(doc.object());
}

Result<QJsonValue> JsonFile::read(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QJsonValue>::failure(tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return Result<QJsonValue>::failure(tr("%1 is a folder, not a file.").arg(path));
    if (info.size() > kMaxBytes)
        return Result<QJsonValue>::failure(
            tr("%1 is larger than %2 MB.").arg(path).arg(kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonValue>::failure(
            tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    return parse(file.read(kMaxBytes + 1), path);
}

Result<QJsonObject> JsonFile::readObject(const QString &path)
{
    auto value = read(path);
    if (!value)
        return Result<QJsonObject>::failure(value.error());
    if (!value.value().isObject())
        return Result<QJsonObject>::failure(
            tr("%1 holds a JSON array; a JSON object {…} was expected.").arg(path));
    return Result<QJsonObject>::success(value.value().toObject());
}

Result<QJsonArray> JsonFile::readArray(const QString &path)
{
    auto value = read(path);
    if (!value)
        return Result<QJsonArray>::failure(value.error());
    if (!value.value().isArray())
        return Result<QJsonArray>::failure(
            tr("%1 holds a JSON object; a JSON array […] was expected.").arg(path));
    return Result<QJsonArray>::success(value.value().toArray());
}
