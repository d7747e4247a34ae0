#pragma once

#include "cli/validatecommand.h"
#include "services/submissionoutcome.h"

#include <QHash>

/// `submit [--kind lead|company|contact] FILE...`: refreshes lookups older than a day, checks
/// each body like `validate` (exit 2 and nothing sent for an invalid one), sends the valid ones
/// through the submission path and prints "<kind> <id> created|updated" for each. When the
/// platform cannot be reached an item stays queued: "queued <local-id>", exit 4. With several
/// bodies each line is prefixed by its file name or "line N", in the order given, and the exit
/// code is the highest of them.
class SubmitCommand : public ValidateCommand
{
    Q_OBJECT

public:
    using ValidateCommand::ValidateCommand;
    void start() override;

private:
    void send(const QList<int> &valid);
    void onOutcome(const SubmissionOutcome &outcome);
    /// Prints the results that are complete, in input order.
    void printReady();
    /// What one outcome means on the terminal, and its exit code.
    void print(int index, const SubmissionOutcome &outcome);

    QHash<quint64, int> m_tickets; ///< ticket → input index
    QHash<int, SubmissionOutcome> m_results; ///< input index → outcome, not printed yet
    QList<int> m_order; ///< the sent inputs, in order
    int m_printed = 0;
    std::shared_ptr<const LookupCatalog> m_catalog;
};
