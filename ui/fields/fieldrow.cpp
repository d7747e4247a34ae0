#include "fields/fieldrow.h"

#include "fields/editorfactory.h"
#include "fields/fieldeditor.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

FieldRow::FieldRow(RecordModel *model, const QString &key, const EditorFactory &factory,
                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_key(key)
    , m_label(new QLabel(this))
    , m_layout(new QGridLayout(this))
{
    const QString objectKey = FieldEditor::objectKey(key);
    setObjectName(QStringLiteral("row_") + objectKey);
    m_label->setObjectName(QStringLiteral("label_") + objectKey);

    m_editor = factory.create(model, key, this);
    const FieldType type = rowData(RecordModel::FieldTypeRole).value<FieldType>();
    m_labelShown = type != FieldType::StaticText;

    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Level with the text of a one-line input beside it, also when the editor is taller.
    static const int inputHeight = QLineEdit().sizeHint().height();
    m_label->setContentsMargins(0, qMax(0, (inputHeight - m_label->fontMetrics().height()) / 2), 0,
                                0);
    if (m_editor)
        m_label->setBuddy(m_editor);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(10);
    m_layout->setVerticalSpacing(2);
    m_layout->setColumnStretch(1, 1);
    if (m_labelShown) {
        // A label beside its field keeps a 300-field form short; it wraps when long.
        m_layout->addWidget(m_label, 0, 0, Qt::AlignTop);
        if (m_editor)
            m_layout->addWidget(m_editor, 0, 1);
    } else {
        m_label->hide();
        if (m_editor)
            m_layout->addWidget(m_editor, 0, 0, 1, 2);
    }

    refreshState();
}

QVariant FieldRow::rowData(int role) const
{
    const RecordModel *model = m_model;
    if (!model)
        return QVariant();
    const int row = model->rowOf(m_key);
    return row < 0 ? QVariant() : model->data(model->index(row), role);
}

QLabel *FieldRow::addNote(const QString &prefix, int layoutRow)
{
    auto *note = new QLabel(this);
    note->setObjectName(prefix + FieldEditor::objectKey(m_key));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->hide();
    m_layout->addWidget(note, layoutRow, m_labelShown ? 1 : 0, 1, m_labelShown ? 1 : 2);
    return note;
}

void FieldRow::setOffer(QWidget *offer)
{
    // Below the error and the help: they speak of what is typed, the offer of what exists.
    m_layout->addWidget(offer, 3, m_labelShown ? 1 : 0, 1, m_labelShown ? 1 : 2);
}

QLabel *FieldRow::errorLabel()
{
    if (!m_error) {
        m_error = addNote(QStringLiteral("error_"), 1);
        m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Colour only helps: the message itself says what is wrong. A dark red
        // on a light window, a light red on a dark one: readable either way.
        QPalette palette = m_error->palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        m_error->setPalette(palette);
    }
    return m_error;
}

QLabel *FieldRow::helpLabel()
{
    if (!m_help) {
        m_help = addNote(QStringLiteral("help_"), 2);
        QPalette palette = m_help->palette();
        palette.setColor(QPalette::WindowText,
                         palette.color(QPalette::Disabled, QPalette::WindowText));
        m_help->setPalette(palette);
    }
    return m_help;
}

int FieldRow::labelWidthHint() const
{
    if (!m_labelShown)
        return 0;
    return m_label->fontMetrics().horizontalAdvance(m_label->text()) + 2 * m_label->margin() + 4;
}

void FieldRow::setLabelWidth(int width)
{
    if (!m_labelShown)
        return;
    m_labelWidth = width;
    m_label->setFixedWidth(width);
    // Wrapping makes the layout ask every label for its height at each width;
    // only labels that do not fit on one line need it.
    m_label->setWordWrap(labelWidthHint() > width);
}

void FieldRow::refreshState()
{
    const RecordModel *model = m_model;
    if (!model || !model->hasField(m_key))
        return;
    const QString text = rowData(RecordModel::LabelRole).toString();
    const bool required = rowData(RecordModel::RequiredRole).toBool();
    // The marker is seen; the editor's accessible name says "required" in words.
    // In a correction, the fields the admin changed are marked, in words too.
    const bool changed = model->isUpdate() && rowData(RecordModel::ChangedRole).toBool();
    // A no-break space: a wrapped label keeps the marker with its last word, never alone.
    QString shown = required ? text + QChar(0x00A0) + QLatin1Char('*') : text;
    if (changed)
        shown = tr("%1 (changed)").arg(shown);
    m_label->setText(shown);
    QFont font = m_label->font();
    if (font.bold() != changed) {
        font.setBold(changed);
        m_label->setFont(font);
    }
    m_label->setToolTip(required ? RecordRules::requiredMessage() : QString());
    if (m_labelWidth > 0)
        m_label->setWordWrap(labelWidthHint() > m_labelWidth);

    const QString error = rowData(RecordModel::ErrorRole).toString();
    if (!error.isEmpty() || m_error) {
        errorLabel()->setText(error);
        m_error->setVisible(!error.isEmpty());
    }

    const FieldType type = rowData(RecordModel::FieldTypeRole).value<FieldType>();
    // A file field's editor shows its help itself.
    const QString help
        = type == FieldType::File ? QString() : rowData(RecordModel::HelpRole).toString();
    if (!help.isEmpty() || m_help) {
        helpLabel()->setText(help);
        m_help->setVisible(!help.isEmpty());
    }

    const bool visible = rowData(RecordModel::VisibleRole).toBool();
    // A row without a parent would become a window of its own if shown here.
    if (parentWidget() || !visible)
        setVisible(visible);
}

void FieldRow::modelDataChanged(const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(RecordModel::RequiredRole)
        || roles.contains(RecordModel::ErrorRole) || roles.contains(RecordModel::VisibleRole)
        || roles.contains(RecordModel::LabelRole) || roles.contains(RecordModel::HelpRole)
        || roles.contains(RecordModel::ChangedRole))
        refreshState();
    if (m_editor)
        m_editor->modelDataChanged(roles);
}

void FieldRow::modelReset()
{
    refreshState();
    if (m_editor)
        m_editor->modelReset();
}
