#pragma once

#include "cli/exitcode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QIODevice;

/// The request bodies `validate` and `submit` were given: one or more FILEs, and `-` for
/// newline-delimited JSON bodies on standard input. Each keeps its own problem, so one bad file
/// does not stop the others.
class BodyInputs
{
    Q_DECLARE_TR_FUNCTIONS(BodyInputs)

public:
    struct Input
    {
        QString label; ///< the file name, or "line N" of standard input
        QJsonObject body;
        QString problem; ///< why it cannot be used (empty when it can)
        ExitCode code = ExitCode::Done; ///< what that problem means
    };

    /// Reads `arguments` (files, or "-" for `input`).
    static QList<Input> read(const QStringList &arguments, QIODevice *input);
};
