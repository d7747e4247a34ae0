#include "forms/formbody.h"

#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "model/recordmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace {
/// Labels longer than about this many characters wrap rather than push every field aside.
constexpr int kLabelChars = 30;
constexpr int kMaxLabelWidth = 220;
constexpr int kMinLabelWidth = 80;

void walkLayout(QLayout *layout, const std::function<void(QWidget *)> &visit)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QLayout *inner = item->layout()) {
            walkLayout(inner, visit);
            continue;
        }
        QWidget *widget = item->widget();
        if (!widget)
            continue;
        if (qobject_cast<FieldGroupView *>(widget))
            visit(widget);
        else if (widget->layout())
            walkLayout(widget->layout(), visit);
        else if (widget->focusPolicy() & Qt::TabFocus)
            visit(widget);
    }
}

/// Moves the items of `from` from `first` on (but its last, the stretch) to `to`, before `at`.
void moveItems(QVBoxLayout *from, int first, QVBoxLayout *to, int at)
{
    while (from->count() > first + 1) {
        QLayoutItem *item = from->takeAt(first);
        if (QWidget *widget = item->widget()) {
            delete item;
            to->insertWidget(at++, widget);
        } else {
            to->insertItem(at++, item);
        }
    }
}
} // namespace

FormBody::FormBody(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_columns(new QHBoxLayout(m_content))
    , m_first(new QVBoxLayout)
    , m_second(new QVBoxLayout)
{
    setObjectName(QStringLiteral("formBody"));
    m_content->setObjectName(QStringLiteral("formContent"));
    m_columns->setContentsMargins(16, 12, 16, 12);
    m_columns->setSpacing(40);
    // The second column has room only while it has sections: with a stretch of its own while
    // empty, it kept half of a narrow window blank and squeezed every field.
    m_columns->addLayout(m_first, 1);
    m_columns->addLayout(m_second, 0);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void FormBody::startSecondColumn()
{
    m_splitAt = m_first->count();
}

void FormBody::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_first->addStretch(1);
    // Shown with its sections in place: sections added to content already shown would stay
    // hidden.
    setWidget(m_content);
    if (m_splitAt < 0)
        m_splitAt = m_first->count() - 1;
    arrange(width() >= TwoColumnWidth);
}

void FormBody::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const bool wide = event->size().width() >= TwoColumnWidth;
    if (m_finished && wide != m_twoColumns)
        arrange(wide);
}

void FormBody::arrange(bool twoColumns)
{
    // Only the split moves: the order of the sections, and so of Tab, stays the same.
    if (twoColumns && m_splitAt < m_first->count() - 1) {
        moveItems(m_first, m_splitAt, m_second, 0);
        m_second->addStretch(1);
        m_columns->setStretchFactor(m_second, 1);
        m_twoColumns = true;
    } else if (!twoColumns && m_twoColumns) {
        moveItems(m_second, 0, m_first, m_first->count() - 1);
        delete m_second->takeAt(0);
        m_columns->setStretchFactor(m_second, 0);
        m_twoColumns = false;
    }
}

void FormBody::addGroup(QVBoxLayout *content, const QString &heading, FieldGroupView *group,
                        const QString &prefix)
{
    if (!heading.isEmpty()) {
        auto *title = new QLabel(heading, m_content);
        QFont font = title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        title->setFont(font);
        title->setContentsMargins(0, 12, 0, 4);
        title->setAccessibleName(heading);
        content->addWidget(title);
        // A section whose fields are all hidden (no custom fields) shows no heading either.
        auto update = [title, group] { title->setVisible(!group->rows().isEmpty()); };
        connect(group, &FieldGroupView::rowsRebuilt, title, update);
        update();
    }
    content->addWidget(group);
    m_groups.append(qMakePair(prefix, group));
}

FieldRow *FormBody::rowFor(const QString &key) const
{
    for (const auto &[prefix, group] : m_groups) {
        QString local = key;
        if (!prefix.isEmpty()) {
            if (!key.startsWith(prefix + QLatin1Char('.')))
                continue;
            local = key.mid(prefix.size() + 1);
        } else if (key.contains(QLatin1Char('.'))) {
            continue;
        }
        if (FieldRow *row = group->row(local); row && row->isVisibleTo(m_content))
            return row;
    }
    return nullptr;
}

QString FormBody::keyOf(const FieldRow *row) const
{
    for (const auto &[prefix, group] : m_groups)
        if (group->rows().contains(const_cast<FieldRow *>(row)))
            return prefix.isEmpty() ? row->key() : prefix + QLatin1Char('.') + row->key();
    return row->key();
}

void FormBody::walk(const std::function<void(QWidget *)> &visit) const
{
    walkLayout(m_columns, visit);
}

QList<FieldRow *> FormBody::rowsInOrder() const
{
    QList<FieldRow *> rows;
    walk([&rows, this](QWidget *widget) {
        if (auto *group = qobject_cast<FieldGroupView *>(widget))
            for (FieldRow *row : group->rows())
                if (row->isVisibleTo(m_content))
                    rows.append(row);
    });
    return rows;
}

QWidgetList FormBody::tabChain() const
{
    // The content is made apart from the form, and inline sections when first needed: Qt's
    // creation order would send Tab from the last field out of the form. The layouts are the
    // order on screen; each group keeps its editors' own order.
    QWidgetList order;
    walk([&order](QWidget *widget) {
        if (auto *group = qobject_cast<FieldGroupView *>(widget))
            order += group->setTabOrderChain();
        else
            order.append(widget);
    });
    return order;
}

int FormBody::wantedLabelWidth() const
{
    // Every label a section can show counts, advanced ones too: ticking "Show all fields" must
    // not move every field sideways.
    const QFontMetrics metrics = m_content->fontMetrics();
    int width = kMinLabelWidth;
    for (const auto &[prefix, group] : m_groups) {
        for (FieldRow *row : group->rows())
            width = qMax(width, row->labelWidthHint());
        const RecordModel *model = group->model();
        if (!model)
            continue;
        for (int i = 0; i < model->rowCount(); ++i) {
            const FieldDefinition &field = model->field(i);
            if (group->sections().contains(field.section) && field.type != FieldType::StaticText)
                width = qMax(
                    width,
                    metrics.horizontalAdvance(field.label + QChar(0x00A0) + QLatin1Char('*')) + 4);
        }
    }
    return qMin(width, qMax(kMaxLabelWidth, metrics.averageCharWidth() * kLabelChars));
}

void FormBody::alignLabels()
{
    m_labelWidth = wantedLabelWidth();
    for (const auto &[prefix, group] : std::as_const(m_groups))
        for (FieldRow *row : group->rows())
            row->setLabelWidth(m_labelWidth);
}
