#pragma once

#include "model/fieldproblem.h"

#include <QListWidget>

#include <functional>

/// What stops a record from being sent, listed above its form in the order of the form's
/// fields (what belongs to no field comes last). Activating a line asks to go to its field;
/// nextAfter() is what F8 walks.
class ProblemSummary : public QListWidget
{
    Q_OBJECT

public:
    /// A field's place in the form, -1 when the form shows no field for `key`.
    using Place = std::function<int(const QString &key)>;

    explicit ProblemSummary(QWidget *parent = nullptr);

    /// Lists `problems` sorted by the place of their field, then `messages`.
    void setProblems(QList<FieldProblem> problems, const QStringList &messages, const Place &place);
    /// The field key of line `index` (empty for a message about the whole record).
    QString keyAt(int index) const;
    /// The first line whose field comes after place `from`, round again from the top when
    /// none does; -1 when no line has a field on the form.
    int nextAfter(int from, const Place &place) const;

Q_SIGNALS:
    void problemChosen(int index);
};
