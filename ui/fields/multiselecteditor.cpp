#include "fields/multiselecteditor.h"

#include "model/recordmodel.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QListView>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kMaxVisibleRows = 6;
} // namespace

MultiSelectEditor::MultiSelectEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_view(new QListView(this))
    , m_items(new QStandardItemModel(this))
{
    m_view->setObjectName(QStringLiteral("input"));
    m_view->setModel(m_items);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_items, &QStandardItemModel::itemChanged, this, [this] { commit(editorValue()); });
    setFocusWidget(m_view);
    refreshOptions();
}

void MultiSelectEditor::refreshOptions()
{
    const QSignalBlocker blocker(m_items);
    m_items->clear();
    const int row = model() ? model()->rowOf(key()) : -1;
    if (row >= 0 && model()->field(row).selectOptions) {
        for (const auto &[value, text] : model()->field(row).selectOptions->items()) {
            auto *item = new QStandardItem(text);
            item->setData(value, kKeyRole);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_items->appendRow(item);
        }
    }
    // As tall as the choices, up to a few rows; more scroll.
    const int rows = qBound(1, m_items->rowCount(), kMaxVisibleRows);
    const int rowHeight = qMax(m_view->fontMetrics().height() + 6, 20);
    m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
    m_view->reset();
    showValue(modelValue());
}

QJsonValue MultiSelectEditor::editorValue() const
{
    QJsonArray keys;
    for (int i = 0; i < m_items->rowCount(); ++i) {
        const QStandardItem *item = m_items->item(i);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(kKeyRole).toString());
    }
    return keys.isEmpty() ? QJsonValue() : QJsonValue(keys);
}

void MultiSelectEditor::showValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_items);
    const QJsonArray keys = value.toArray();
    QStringList chosen;
    for (const QJsonValue &k : keys)
        chosen.append(k.toString());
    for (int i = 0; i < m_items->rowCount(); ++i) {
        QStandardItem *item = m_items->item(i);
        item->setCheckState(chosen.contains(item->data(kKeyRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    m_view->viewport()->update();
}
