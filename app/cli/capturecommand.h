#pragma once

#include "cli/exitcode.h"

#include <QCoreApplication>

struct CliOptions;

/// `capture [--kind company] FILE`: the request body recognised in FILE — a
/// .vcf (one JSON object per card, newline-delimited), a badge photo with a
/// vCard or MECARD QR code, or a text file holding a signature — on stdout.
/// By default the body of addOrUpdateContact; with --kind company the body of
/// addOrUpdateCompany with the person as its primaryContact. FILE "-" is
/// standard input. Nothing recognised: one line on stderr, exit 2. Needs no
/// platform and no credentials.
class CaptureCommand
{
    Q_DECLARE_TR_FUNCTIONS(CaptureCommand)

public:
    static ExitCode run(const CliOptions &options);
};
