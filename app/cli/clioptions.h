#pragma once

#include "model/result.h"

#include <QProcessEnvironment>
#include <QStringList>

/// What the command line and the environment asked for.
struct CliOptions
{
    QString platform; ///< --platform URL or LEADDESK_PLATFORM
    QString profile; ///< --profile NAME
    bool sandbox = false;
    QString dataDir; ///< --data-dir DIR or LEADDESK_DATA_DIR
    QString apiKey; ///< IVVY_API_KEY
    QString apiSecret; ///< IVVY_API_SECRET (kept in memory only)
    QString kind = QStringLiteral("lead");
    QStringList command; ///< e.g. {"submit", "lead.json"}
    // import
    QString mapping; ///< --mapping MAP.json
    QString report; ///< --report REPORT.csv
    bool dryRun = false; ///< --dry-run
    bool noBatch = false; ///< --no-batch
    bool allowDuplicate = false; ///< submit: create even what the duplicate radar flags
    bool help = false;
    bool version = false;

    /// Parses `arguments` (without the program name). Errors are usage errors.
    static Result<CliOptions> parse(const QStringList &arguments,
                                    const QProcessEnvironment &environment);
    static QString usage();

private:
    /// The defaults LEADDESK_* and IVVY_* give before the arguments are read.
    static CliOptions fromEnvironment(const QProcessEnvironment &environment);
    /// What is wrong with the command and its arguments (empty when nothing).
    static QString commandProblem(const CliOptions &options);
};
