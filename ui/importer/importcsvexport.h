#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class MessageBanner;
class QWidget;

/// One export of the import wizard (problem rows, results): asks where to write it, beside the
/// imported file and named after it, writes it, and says in the page's banner how that went.
class ImportCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvExport)

public:
    struct Texts
    {
        QString title; ///< the file dialog's
        QString suffix; ///< after the imported file's name ("-problems")
        QString written; ///< the banner's on success; %1 is the file name
    };

    static void run(QWidget *parent, MessageBanner *banner, const QString &sourcePath,
                    const Texts &texts,
                    const std::function<Result<bool>(const QString &path)> &write);
};
