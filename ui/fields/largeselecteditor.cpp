#include "fields/largeselecteditor.h"

#include "fields/selectoptionsmodel.h"
#include "model/recordmodel.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>

LargeSelectEditor::LargeSelectEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
    , m_showAll(new QToolButton(this))
    , m_completer(new QCompleter(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setPlaceholderText(tr("Type to find…"));
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->setArrowType(Qt::DownArrow);
    m_showAll->setToolTip(tr("Show all values (Down)"));
    m_showAll->setAccessibleName(tr("Show all values"));
    m_showAll->setFocusPolicy(Qt::NoFocus);

    m_completer->setObjectName(QStringLiteral("completer"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_showAll);

    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &LargeSelectEditor::pickIndex);
    connect(m_edit, &QLineEdit::editingFinished, this, &LargeSelectEditor::resolveText);
    connect(m_showAll, &QToolButton::clicked, this, [this] {
        m_edit->setFocus(Qt::OtherFocusReason);
        ensurePopup();
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    });
    m_edit->installEventFilter(this);
    setFocusWidget(m_edit);
    refreshOptions();
}

QWidgetList LargeSelectEditor::tabWidgets() const
{
    return {m_edit};
}

void LargeSelectEditor::refreshOptions()
{
    const int row = model() ? model()->rowOf(key()) : -1;
    std::shared_ptr<const SelectOptions> definition
        = row < 0 ? nullptr : model()->field(row).selectOptions;
    if (!m_options || definition != m_definition) {
        // Once per definition: a new schema brings new values, typing never does.
        m_definition = definition;
        m_options = new SelectOptionsModel(definition, m_completer);
        m_completer->setModel(m_options);
    }
    const QJsonValue value = modelValue();
    m_value = value;
    m_edit->setText(textFor(value));
}

void LargeSelectEditor::ensurePopup()
{
    if (m_popupReady)
        return;
    // Made when the field is first used: a form with many large selects
    // should not pay for a list widget per field up front.
    auto *popup = new QListView;
    popup->setObjectName(QStringLiteral("popup"));
    popup->setUniformItemSizes(true);
    popup->setLayoutMode(QListView::Batched);
    m_completer->setPopup(popup);
    m_popupReady = true;
}

void LargeSelectEditor::showList()
{
    ensurePopup();
    const QString text = m_edit->text();
    m_completer->setCompletionPrefix(text == textFor(m_value) ? QString() : text);
    m_completer->complete();
}

QString LargeSelectEditor::textFor(const QJsonValue &value) const
{
    if (value.isString() && m_definition && m_definition->contains(value.toString()))
        return m_definition->label(value.toString());
    return value.isString() ? value.toString() : value.toVariant().toString();
}

void LargeSelectEditor::pickIndex(const QModelIndex &index)
{
    const QString chosen = index.data(SelectOptionsModel::KeyRole).toString();
    if (chosen.isEmpty())
        return;
    m_edit->setText(index.data(Qt::DisplayRole).toString());
    write(chosen);
}

void LargeSelectEditor::resolveText()
{
    const QString text = m_edit->text().trimmed();
    if (text == textFor(m_value))
        return;
    if (text.isEmpty()) {
        write(QJsonValue());
        return;
    }
    if (m_definition) {
        // The label as typed names its value even without picking from the list.
        for (const auto &[optionKey, optionLabel] : m_definition->items()) {
            if (optionLabel.compare(text, Qt::CaseInsensitive) == 0) {
                m_edit->setText(optionLabel);
                write(optionKey);
                return;
            }
        }
        // One value left in the narrowed list: Enter takes it.
        m_completer->setCompletionPrefix(text);
        if (m_completer->completionCount() == 1 && m_completer->setCurrentRow(0)) {
            pickIndex(m_completer->currentIndex());
            if (m_completer->popup())
                m_completer->popup()->hide();
            return;
        }
    }
    write(text);
}

void LargeSelectEditor::write(const QJsonValue &value)
{
    m_value = value;
    commit(value);
}

QJsonValue LargeSelectEditor::editorValue() const
{
    return m_value;
}

void LargeSelectEditor::showValue(const QJsonValue &value)
{
    m_value = value;
    m_edit->setText(textFor(value));
}

bool LargeSelectEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        ensurePopup();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popupShown = m_completer->popup() && m_completer->popup()->isVisible();
        if (!popupShown
            && (key->key() == Qt::Key_F4 || key->key() == Qt::Key_Down
                || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier))) {
            showList();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

LargeSelectEditor::~LargeSelectEditor()
{
    // The line edit outlives this part of the object while QWidget tears
    // down, and loses focus then: its editingFinished must not reach us.
    m_edit->disconnect(this);
}
