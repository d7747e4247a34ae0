#include "forms/draftfile.h"

#include "common/documentsfolder.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QSaveFile>

std::optional<DraftFile::Saved> DraftFile::save(QWidget *parent, RecordKind kind,
                                                const QJsonObject &body)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save what is typed as a file"),
        QDir(DocumentsFolder::path()).filePath(QStringLiteral("%1.json").arg(recordKindName(kind))),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return std::nullopt;
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Saved {false, tr("%1 could not be written: %2").arg(path, file.errorString())};
    return Saved {true,
                  tr("Saved as %1. It is a request body: leaddesk-cli submit can send it.")
                      .arg(QDir::toNativeSeparators(path))};
}
