#include "fields/idlisteditor.h"

#include "model/fieldkeys.h"
#include "model/recordlabel.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"
#include "services/recordsearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDebounceMs = 150;
/// Rows the list of chosen records shows before it scrolls.
constexpr int kVisibleRows = 4;
} // namespace

IdListEditor::IdListEditor(RecordModel *model, const QString &key, RecordSearch *search,
                           QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_kind(key == FieldKeys::companies ? QStringLiteral("company") : QStringLiteral("contact"))
    , m_search(search)
    , m_list(new QListWidget(this))
    , m_remove(new QToolButton(this))
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_results(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    buildWidgets();
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &IdListEditor::startSearch);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // Without a search an id is typed; with one, Enter in the line picks nothing.
        bool ok = false;
        const qint64 id = m_edit->text().trimmed().toLongLong(&ok);
        if (!m_search && ok && id > 0) {
            add(QJsonValue(id));
            m_edit->clear();
        }
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(kIdRole).toLongLong();
                if (id <= 0)
                    return;
                m_searchedText.clear();
                add(QJsonValue(id));
                // After QCompleter has put the picked text into the line.
                QTimer::singleShot(0, m_edit, &QLineEdit::clear);
            });
    connect(m_remove, &QToolButton::clicked, this, &IdListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    if (m_search)
        connect(m_search, &RecordSearch::resultsReady, this, &IdListEditor::onResults);
    m_list->installEventFilter(this);
    setFocusWidget(m_edit);
    fitList(); // refresh() shows nothing while the model holds nothing
    refresh();
}

void IdListEditor::buildWidgets()
{
    m_edit->setObjectName(QStringLiteral("input"));
    if (!m_search)
        m_edit->setPlaceholderText(tr("Type an id and press Enter to add it"));
    else if (m_kind == QStringLiteral("company"))
        m_edit->setPlaceholderText(tr("Type a business name to add a company"));
    else
        m_edit->setPlaceholderText(tr("Type a name or email to add a contact"));
    m_list->setObjectName(QStringLiteral("chosen"));
    m_list->setAccessibleName(tr("Chosen records"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the selected record out of the list"));
    m_remove->setEnabled(false);
    m_remove->setFocusPolicy(Qt::NoFocus);

    m_completer->setObjectName(QStringLiteral("completer"));
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(m_edit);
    const int wide = m_edit->fontMetrics().averageCharWidth() * 34;
    m_edit->setMinimumWidth(wide);
    m_completer->popup()->setMinimumWidth(wide + 80);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_list, 0, 0);
    layout->addWidget(m_remove, 0, 1, Qt::AlignTop);
    layout->addWidget(m_edit, 1, 0, 1, 2);
}

QWidgetList IdListEditor::tabWidgets() const
{
    return {m_list, m_edit};
}

void IdListEditor::startSearch()
{
    const QString text = m_edit->text().trimmed();
    if (!m_search || text.isEmpty()) {
        m_searchedText.clear();
        m_results->clear();
        m_completer->popup()->hide();
        return;
    }
    m_searchedText = text;
    m_search->search(m_kind, text);
}

void IdListEditor::onResults(const QString &kind, const QString &text,
                             const QList<QJsonObject> &records, bool fromPlatform)
{
    if (kind != m_kind || m_searchedText.isEmpty() || text != m_searchedText)
        return;
    if (!fromPlatform)
        m_results->clear();
    QSet<qint64> shown;
    for (int i = 0; i < m_results->rowCount(); ++i)
        shown.insert(m_results->item(i)->data(kIdRole).toLongLong());
    for (const QJsonObject &record : records) {
        const qint64 id = ValueChecks::toId(record.value(QStringLiteral("id")));
        if (id <= 0 || shown.contains(id))
            continue;
        shown.insert(id);
        const QString label = RecordLabel::of(m_kind, record);
        m_labels.insert(id, label);
        auto *item = new QStandardItem(label.isEmpty() ? tr("#%1").arg(id) : label);
        item->setData(id, kIdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() > 0 && m_edit->isVisible()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
}

void IdListEditor::add(const QJsonValue &id)
{
    QJsonArray ids = editorValue().toArray();
    if (ids.contains(id))
        return;
    ids.append(id);
    showValue(ids);
    commit(ids);
}

void IdListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_list->selectedItems().isEmpty())
        return;
    delete m_list->takeItem(row);
    fitList();
    const QJsonValue value = editorValue();
    commit(value);
}

QString IdListEditor::nameOf(const QJsonValue &id) const
{
    const qint64 number = ValueChecks::toId(id);
    if (number <= 0)
        return id.isString() ? id.toString() : id.toVariant().toString();
    QString label = m_labels.value(number);
    if (label.isEmpty() && model()) {
        label = RecordLabel::of(m_kind,
                                m_kind == QStringLiteral("company")
                                    ? model()->catalog().knownCompany(number)
                                    : model()->catalog().knownContact(number));
    }
    return label.isEmpty() ? tr("#%1").arg(number) : label;
}

void IdListEditor::fitList()
{
    const int rows = qBound(1, m_list->count(), kVisibleRows);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0)
                                                        : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    m_list->setVisible(m_list->count() > 0);
    m_remove->setVisible(m_list->count() > 0);
}

QJsonValue IdListEditor::editorValue() const
{
    QJsonArray ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(QJsonValue::fromVariant(m_list->item(i)->data(kIdRole)));
    return ids.isEmpty() ? QJsonValue() : QJsonValue(ids);
}

void IdListEditor::showValue(const QJsonValue &value)
{
    m_list->clear();
    const QJsonArray ids = value.isArray() ? value.toArray()
        : ValueChecks::isEmpty(value)      ? QJsonArray()
                                           : QJsonArray {value};
    for (const QJsonValue &id : ids) {
        auto *item = new QListWidgetItem(nameOf(id), m_list);
        item->setData(kIdRole, id.toVariant());
    }
    fitList();
}

bool IdListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

IdListEditor::~IdListEditor()
{
    m_edit->disconnect(this);
}
