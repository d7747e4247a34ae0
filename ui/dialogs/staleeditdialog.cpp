#include "dialogs/staleeditdialog.h"

#include "model/jsontext.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
StaleEditDialog::Answerer &answerer()
{
    static StaleEditDialog::Answerer instance;
    return instance;
}
} // namespace

QString StaleEditDialog::shown(const RecordModel &model, const QString &key,
                               const QJsonValue &value)
{
    if (ValueChecks::isEmpty(value))
        return tr("(empty)");
    const int row = model.rowOf(key);
    if (row >= 0) {
        const FieldDefinition &f = model.field(row);
        if (f.type == FieldType::Choice) {
            const QString label = model.catalog().label(f.lookup, ValueChecks::toId(value));
            if (!label.isEmpty())
                return label;
        }
        if (f.selectOptions && value.isString()) {
            const QString label = f.selectOptions->label(value.toString());
            if (!label.isEmpty())
                return label;
        }
    }
    return JsonText::of(value);
}

StaleEditDialog::StaleEditDialog(const RecordModel &model,
                                 const QList<StaleEditCheck::Difference> &differences,
                                 QWidget *parent)
    : QDialog(parent)
    , m_differences(differences)
{
    setObjectName(QStringLiteral("staleEditDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Since you opened this record, someone changed it on the platform. Their changes are "
           "below. Where you changed the same field, choose which value to keep; fields only "
           "they changed keep their new value."),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *grid = new QGridLayout;
    const QStringList headings {tr("Field"), tr("When you opened it"), tr("Now on the platform"),
                                tr("Your change"), tr("Keep")};
    for (int c = 0; c < headings.size(); ++c) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(headings.at(c)), this);
        grid->addWidget(heading, 0, c);
    }
    int row = 1;
    for (const StaleEditCheck::Difference &d : differences) {
        grid->addWidget(new QLabel(d.label, this), row, 0);
        grid->addWidget(new QLabel(shown(model, d.key, d.opened), this), row, 1);
        grid->addWidget(new QLabel(shown(model, d.key, d.platform), this), row, 2);
        if (d.mineChanged) {
            grid->addWidget(new QLabel(shown(model, d.key, d.mine), this), row, 3);
            auto *mine = new QRadioButton(tr("Mine"), this);
            auto *theirs = new QRadioButton(tr("Theirs"), this);
            mine->setObjectName(QStringLiteral("keepMine_") + d.key);
            theirs->setObjectName(QStringLiteral("keepTheirs_") + d.key);
            mine->setAccessibleName(tr("Keep my value for %1").arg(d.label));
            theirs->setAccessibleName(tr("Keep their value for %1").arg(d.label));
            mine->setChecked(true);
            auto *group = new QButtonGroup(this);
            group->addButton(mine, 0);
            group->addButton(theirs, 1);
            m_choices.insert(d.key, group);
            auto *choice = new QHBoxLayout;
            choice->addWidget(mine);
            choice->addWidget(theirs);
            grid->addLayout(choice, row, 4);
        } else {
            grid->addWidget(new QLabel(tr("(not changed by you)"), this), row, 3);
            grid->addWidget(new QLabel(tr("Theirs"), this), row, 4);
        }
        ++row;
    }
    // Room left over goes below and to the right of the table, not between its rows.
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(int(headings.size()), 1);
    grid->setHorizontalSpacing(18);
    auto *holder = new QWidget(this);
    holder->setObjectName(QStringLiteral("staleEditTable"));
    holder->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    column->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save
        = buttons->addButton(tr("&Save with these choices"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("staleSaveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(buttons);
    // As large as the table, as long as that fits; the table scrolls beyond.
    const QSize table = holder->sizeHint();
    scroll->setMinimumSize(qMin(table.width() + 4, 900), qMin(table.height() + 4, 420));
    adjustSize();
}

QSet<QString> StaleEditDialog::takeTheirs() const
{
    QSet<QString> keys;
    for (auto it = m_choices.constBegin(); it != m_choices.constEnd(); ++it)
        if (it.value()->checkedId() == 1)
            keys.insert(it.key());
    return keys;
}

std::optional<QSet<QString>>
StaleEditDialog::ask(const RecordModel &model, const QList<StaleEditCheck::Difference> &differences,
                     QWidget *parent)
{
    if (answerer())
        return answerer()(differences);
    StaleEditDialog dialog(model, differences, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takeTheirs();
}

void StaleEditDialog::setAnswerer(Answerer answerer)
{
    ::answerer() = std::move(answerer);
}
