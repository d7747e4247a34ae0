#pragma once

#include <QString>

/// One thing wrong with a record: the field it concerns (a key as the CLI
/// prints it, "contact.email", "custom:12"; empty for the record as a whole),
/// the label a person reads, and what is wrong.
struct FieldProblem
{
    QString key;
    QString label;
    QString message;
};
