#include "forms/problemsummary.h"

#include <algorithm>
#include <climits>

ProblemSummary::ProblemSummary(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("problemSummary"));
    setAccessibleName(tr("Problems to fix before sending"));
    setMaximumHeight(110);
    // Long messages wrap instead of running off to the right.
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setVisible(false);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT problemChosen(row(item)); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT problemChosen(row(item)); });
}

void ProblemSummary::setProblems(QList<FieldProblem> problems, const QStringList &messages,
                                 const Place &place)
{
    clear();
    auto order = [&place](const FieldProblem &p) {
        const int at = place(p.key);
        return at < 0 ? INT_MAX : at;
    };
    std::stable_sort(
        problems.begin(), problems.end(),
        [&order](const FieldProblem &a, const FieldProblem &b) { return order(a) < order(b); });
    for (const FieldProblem &p : std::as_const(problems)) {
        auto *line = new QListWidgetItem(
            p.key.isEmpty() ? p.message : tr("%1: %2").arg(p.label, p.message), this);
        line->setData(Qt::UserRole, p.key);
    }
    for (const QString &message : messages)
        new QListWidgetItem(message, this);
}

QString ProblemSummary::keyAt(int index) const
{
    const QListWidgetItem *line = item(index);
    return line ? line->data(Qt::UserRole).toString() : QString();
}

int ProblemSummary::nextAfter(int from, const Place &place) const
{
    int first = -1;
    for (int index = 0; index < count(); ++index) {
        const int at = place(keyAt(index));
        if (at < 0)
            continue;
        if (at > from)
            return index;
        if (first < 0)
            first = index;
    }
    return first;
}
