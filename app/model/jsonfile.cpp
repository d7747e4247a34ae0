#include "model/jsonfile.h"

#include "model/jsonscan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
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
    // Before QJsonDocument, which would settle a duplicated key, a lone surrogate or a number it
    // cannot hold on its own, and build whatever the nesting asks for.
    const JsonScan::Finding finding = JsonScan::check(bytes, JsonScan::forFiles());
    if (!finding.ok() && finding.kind != JsonScan::Finding::Kind::Syntax)
        return Result<QJsonValue>::failure(tr("%1: %2.").arg(what, finding.describe()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonValue>::failure(
            tr("%1 is not valid JSON: %2 at %3.")
                .arg(what, error.errorString(), position(bytes, error.offset)));
    if (!finding.ok())
        return Result<QJsonValue>::failure(
            tr("%1 is not valid JSON at %2.").arg(what, position(bytes, int(finding.offset))));
    if (doc.isArray())
        return Result<QJsonValue>::success(doc.array());
    return Result<QJsonValue>::success(doc.object());
}

Result<QJsonValue> JsonFile::read(const QString &path, qint64 maxBytes, QByteArray *text)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Result<QJsonValue>::failure(tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return Result<QJsonValue>::failure(tr("%1 is a folder, not a file.").arg(path));
    if (info.size() > maxBytes)
        return Result<QJsonValue>::failure(tooLarge(path, info.size(), maxBytes));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonValue>::failure(
            tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    // A pipe or a file still growing can hold more than its size said.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Result<QJsonValue>::failure(tooLarge(path, bytes.size(), maxBytes));
    if (text)
        *text = bytes;
    return parse(bytes, path);
}

QString JsonFile::tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    if (maxBytes == kMaxRequestBodyBytes)
        return tr("%1 holds %2 bytes; a request body may hold at most %3 MiB (%4 bytes), what "
                  "the platform accepts.")
            .arg(path)
            .arg(size)
            .arg(maxBytes / (1024 * 1024))
            .arg(maxBytes);
    return tr("%1 is larger than %2 MiB.").arg(path).arg(maxBytes / (1024 * 1024));
}

Result<QJsonObject> JsonFile::readObject(const QString &path)
{
    auto value = read(path, kMaxRequestBodyBytes);
    if (!value)
        return Result<QJsonObject>::failure(value.error());
    if (!value.value().isObject())
        return Result<QJsonObject>::failure(
            tr("%1 holds a JSON array; a JSON object {…} was expected.").arg(path));
    return Result<QJsonObject>::success(value.value().toObject());
}

Result<QJsonArray> JsonFile::readArray(const QString &path, QByteArray *text)
{
    auto value = read(path, kMaxBytes, text);
    if (!value)
        return Result<QJsonArray>::failure(value.error());
    if (!value.value().isArray())
        return Result<QJsonArray>::failure(
            tr("%1 holds a JSON object; a JSON array […] was expected.").arg(path));
    return Result<QJsonArray>::success(value.value().toArray());
}
