#include "importer/importcsvexport.h"

#include "common/messagebanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

void ImportCsvExport::run(QWidget *parent, MessageBanner *banner, const QString &sourcePath,
                          const Texts &texts,
                          const std::function<Result<bool>(const QString &path)> &write)
{
    const QFileInfo source(sourcePath);
    const QString path = QFileDialog::getSaveFileName(
        parent, texts.title,
        source.dir().filePath(source.completeBaseName() + texts.suffix + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = write(path);
    if (written)
        banner->show(MessageBanner::Kind::Success, texts.written.arg(QFileInfo(path).fileName()));
    else
        banner->show(MessageBanner::Kind::Error, written.error());
}
