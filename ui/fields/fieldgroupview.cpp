#include "fields/fieldgroupview.h"

#include "fields/fieldeditor.h"
#include "fields/fieldrow.h"
#include "model/recordmodel.h"

#include <QLoggingCategory>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcFields, "leaddesk.ui.fields", QtInfoMsg)
/// One line per model change passed on to a row: what reaches the widgets after a keystroke.
Q_LOGGING_CATEGORY(lcFieldRouting, "leaddesk.ui.fields.routing", QtInfoMsg)

namespace {
/// Labels wider than this wrap, so one long label does not squeeze every field.
constexpr int kMaxLabelWidth = 220;
constexpr int kMinLabelWidth = 80;
} // namespace

FieldGroupView::FieldGroupView(RecordModel *model, const QStringList &sections, QWidget *parent)
    : FieldGroupView(model, sections, EditorFactory(), parent)
{ }

FieldGroupView::FieldGroupView(RecordModel *model, const QStringList &sections,
                               const EditorFactory &factory, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sections(sections)
    , m_factory(factory)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &FieldGroupView::onDataChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &FieldGroupView::onModelReset);
    }
    rebuild();
}

RecordModel *FieldGroupView::model() const
{
    return m_model;
}

void FieldGroupView::setShowAdvanced(bool show)
{
    if (m_showAdvanced == show)
        return;
    m_showAdvanced = show;
    if (wantedRows() != m_signature)
        rebuild();
}

void FieldGroupView::setExcludedKeys(const QStringList &keys)
{
    if (m_excluded == keys)
        return;
    m_excluded = keys;
    if (wantedRows() != m_signature)
        rebuild();
}

FieldRow *FieldGroupView::row(const QString &key) const
{
    return m_rowByKey.value(key);
}

QStringList FieldGroupView::wantedRows() const
{
    QStringList wanted;
    const RecordModel *model = m_model;
    if (!model)
        return wanted;
    const int count = model->rowCount();
    for (int i = 0; i < count; ++i) {
        const FieldDefinition &field = model->field(i);
        if (!m_sections.contains(field.section) || m_excluded.contains(field.key))
            continue;
        if (field.advanced && !m_showAdvanced)
            continue;
        // The type is part of the signature: a field that changed type needs another editor.
        wanted.append(field.key + QLatin1Char('\t') + QString::number(int(field.type)));
    }
    return wanted;
}

void FieldGroupView::indexRows()
{
    const RecordModel *model = m_model;
    m_rowAt.fill(nullptr, model ? model->rowCount() : 0);
    if (!model)
        return;
    for (FieldRow *r : std::as_const(m_rows)) {
        const int row = model->rowOf(r->key());
        if (row >= 0)
            m_rowAt[row] = r;
    }
}

void FieldGroupView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    const int last = qMin(bottomRight.row(), int(m_rowAt.size()) - 1);
    for (int row = qMax(topLeft.row(), 0); row <= last; ++row) {
        if (FieldRow *r = m_rowAt.at(row)) {
            qCDebug(lcFieldRouting) << "row" << r->key() << "roles" << roles;
            r->modelDataChanged(roles);
        }
    }
}

void FieldGroupView::onModelReset()
{
    // A reset that keeps the same fields (a loaded record, a cleared form) only
    // changes values: the rows read them again in place.
    if (wantedRows() != m_signature) {
        rebuild();
        return;
    }
    indexRows();
    for (FieldRow *r : std::as_const(m_rows))
        r->modelReset();
}

void FieldGroupView::rebuild()
{
    // The rows go into a new, hidden body that is shown once when complete:
    // showing 300 rows one by one in a visible form costs a layout pass each.
    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("fieldGroupBody"));
    body->hide();
    auto *rows = new QVBoxLayout(body);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(8);

    m_rows.clear();
    m_rowByKey.clear();
    m_signature = wantedRows();
    m_rows.reserve(m_signature.size());
    int labelWidth = kMinLabelWidth;
    for (const QString &entry : std::as_const(m_signature)) {
        auto *r = new FieldRow(m_model, entry.section(QLatin1Char('\t'), 0, 0), m_factory, body);
        rows->addWidget(r);
        m_rows.append(r);
        m_rowByKey.insert(r->key(), r);
        labelWidth = qMax(labelWidth, r->labelWidthHint());
    }
    rows->addStretch(1);
    labelWidth = qMin(labelWidth, kMaxLabelWidth);
    for (FieldRow *r : std::as_const(m_rows))
        r->setLabelWidth(labelWidth);

    indexRows();
    if (QWidget *old = std::exchange(m_body, body)) {
        // The old rows are no longer indexed: no change reaches them while they wait to be deleted.
        m_layout->removeWidget(old);
        old->hide();
        // Later, and out of the way of findChild(): the reset may come from a
        // slot of one of its widgets.
        old->setParent(nullptr);
        old->deleteLater();
    }
    m_layout->addWidget(body);
    body->show();
    setTabOrderChain();
    qCDebug(lcFields) << "built" << m_rows.size() << "rows for" << m_sections;
    Q_EMIT rowsRebuilt();
}

QWidgetList FieldGroupView::setTabOrderChain()
{
    // Chaining the editors (not their inputs) moves each editor together with
    // its own inputs, so compound editors keep their inner order and no editor
    // is left behind at its old place in the chain.
    m_chain.clear();
    for (FieldRow *r : std::as_const(m_rows))
        if (r->editor() && !r->editor()->tabWidgets().isEmpty())
            m_chain.append(r->editor());
    for (int i = 1; i < m_chain.size(); ++i)
        QWidget::setTabOrder(m_chain.at(i - 1), m_chain.at(i));
    return m_chain;
}

QWidget *FieldGroupView::firstInput() const
{
    return m_chain.isEmpty() ? nullptr : m_chain.first();
}

QWidget *FieldGroupView::lastInput() const
{
    return m_chain.isEmpty() ? nullptr : m_chain.last();
}
