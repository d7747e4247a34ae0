#include "dialogs/schemaeditor.h"

#include "common/documentsfolder.h"
#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "dialogs/schematablemodel.h"
#include "model/customfieldschema.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace {

/// Type names in a combo box, ids and sort orders in spin boxes, and every
/// editor named after its column for screen readers.
class SchemaItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = nullptr;
        switch (index.column()) {
        case SchemaTableModel::TypeColumn: {
            auto *combo = new QComboBox(parent);
            for (int type = 0; type <= 9; ++type)
                combo->addItem(CustomFieldSchema::typeName(type), type);
            // The table (and its verdict) follows the choice at once.
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
                Q_EMIT const_cast<SchemaItemDelegate *>(this)->commitData(combo);
            });
            editor = combo;
            break;
        }
        case SchemaTableModel::IdColumn:
        case SchemaTableModel::SortColumn: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(index.column() == SchemaTableModel::IdColumn ? 0 : -INT_MAX, INT_MAX);
            editor = spin;
            break;
        }
        default:
            editor = QStyledItemDelegate::createEditor(parent, option, index);
            break;
        }
        if (editor)
            editor->setAccessibleName(
                index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->currentIndex() >= 0 && combo->currentData() != index.data(Qt::EditRole))
                model->setData(index, combo->currentData());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

SchemaEditor::SchemaEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTableModel(this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_problem(new QLabel(this))
    , m_valuesLabel(new QLabel(this))
    , m_values(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Add field"), this))
    , m_remove(new QPushButton(tr("&Remove field"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_exportName(tr("lead-schema.json"))
{
    setObjectName(QStringLiteral("schemaEditor"));
    m_banner->setObjectName(QStringLiteral("schemaMessage"));

    setUpTable();
    nameWidgets();
    layOut();

    connect(m_add, &QPushButton::clicked, this, &SchemaEditor::addField);
    connect(m_remove, &QPushButton::clicked, this, &SchemaEditor::removeField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_import, &QPushButton::clicked, this, &SchemaEditor::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &SchemaEditor::chooseExport);
    connect(m_values, &QPlainTextEdit::textChanged, this, &SchemaEditor::onValuesEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemaEditor::onCurrentRowChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == SchemaTableModel::ValuesColumn && m_values->isEnabled())
            m_values->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SchemaEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SchemaEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SchemaEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SchemaEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        onCurrentRowChanged();
        onModelChanged();
    });

    onCurrentRowChanged();
    onModelChanged();
}

void SchemaEditor::setUpTable()
{
    m_table->setObjectName(QStringLiteral("schemaTable"));
    m_table->setAccessibleName(tr("Lead custom fields"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SchemaItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SchemaTableModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    auto *removeAction = new QAction(tr("Remove field"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &SchemaEditor::removeField);
}

void SchemaEditor::nameWidgets()
{
    m_add->setObjectName(QStringLiteral("addFieldButton"));
    m_remove->setObjectName(QStringLiteral("removeFieldButton"));
    m_up->setObjectName(QStringLiteral("moveFieldUpButton"));
    m_down->setObjectName(QStringLiteral("moveFieldDownButton"));
    m_import->setObjectName(QStringLiteral("importSchemaButton"));
    m_export->setObjectName(QStringLiteral("exportSchemaButton"));
    m_import->setToolTip(tr("Replace the table with the fields of a lead schema file."));
    m_export->setToolTip(tr("Write the table to a file to hand to your reps."));

    m_problem->setObjectName(QStringLiteral("schemaProblem"));
    m_problem->setAccessibleName(tr("Problem with the lead schema"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setVisible(false);

    m_values->setObjectName(QStringLiteral("selectValuesEdit"));
    m_values->setAccessibleName(tr("Values of the selected field"));
    m_values->setAccessibleDescription(tr("One value per line: key = label"));
    m_values->setPlaceholderText(tr("One value per line, for example:\nred = Red\nblue = Blue"));
    m_values->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_values->setTabChangesFocus(true);
    m_valuesLabel->setObjectName(QStringLiteral("selectValuesLabel"));
    m_valuesLabel->setBuddy(m_values);
    m_valuesLabel->setWordWrap(true);
}

void SchemaEditor::layOut()
{
    auto *tableLabel = new QLabel(tr("Lead custom &fields:"), this);
    tableLabel->setBuddy(m_table);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);

    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(tableLabel);
    layout->addLayout(row, 3);
    layout->addWidget(m_problem);
    layout->addWidget(m_valuesLabel);
    layout->addWidget(m_values, 2);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_values);
}

QJsonArray SchemaEditor::definitions() const
{
    return m_model->definitions();
}

void SchemaEditor::setDefinitions(const QJsonArray &definitions)
{
    m_banner->clear();
    m_model->setDefinitions(definitions);
    m_saved = m_model->definitions();
    if (m_model->rowCount() > 0)
        selectRow(0);
    onModelChanged();
}

bool SchemaEditor::isModified() const
{
    return m_model->definitions() != m_saved;
}

void SchemaEditor::markSaved()
{
    m_saved = m_model->definitions();
    onModelChanged();
}

void SchemaEditor::commitPendingEdit()
{
    // An item view commits its open editor when the editor loses focus.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_table && m_table->isAncestorOf(focus))
        m_table->setFocus(Qt::OtherFocusReason);
}

QString SchemaEditor::problem() const
{
    return m_model->problem();
}

void SchemaEditor::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void SchemaEditor::setExportFileName(const QString &fileName)
{
    m_exportName = fileName;
}

void SchemaEditor::showMessage(bool problem, const QString &text)
{
    m_banner->show(problem ? MessageBanner::Kind::Error : MessageBanner::Kind::Success, text);
}

bool SchemaEditor::importFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto read = CustomFieldSchema::readFile(path);
    if (!read) {
        showMessage(true, tr("Not imported; the table is unchanged. %1").arg(read.error()));
        return false;
    }
    const auto parsed = CustomFieldSchema::parse(read.value(), fileName);
    if (!parsed) {
        showMessage(true, tr("Not imported; the table is unchanged. %1").arg(parsed.error()));
        return false;
    }
    const int count = int(parsed.value().size());
    if (isModified()) {
        const auto answer = MessageBox::ask(
            this, tr("Import lead schema"),
            tr("The table has changes that are not saved. Replace them with the %n field(s) of "
               "%1?",
               nullptr, count)
                .arg(fileName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_model->setDefinitions(read.value());
    if (m_model->rowCount() > 0)
        selectRow(0);
    showMessage(false,
                tr("Imported %n field(s) from %1. They are saved when you choose OK or Apply.",
                   nullptr, count)
                    .arg(fileName));
    return true;
}

bool SchemaEditor::exportFile(const QString &path)
{
    const QString problemNow = problem();
    if (!problemNow.isEmpty()) {
        showMessage(
            true, tr("Not exported: reps could not import the table as it is. %1").arg(problemNow));
        return false;
    }
    const QJsonArray fields = definitions();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(true, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(true, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(false, tr("Exported %n field(s) to %1.", nullptr, int(fields.size())).arg(path));
    return true;
}

void SchemaEditor::chooseImport()
{
    commitPendingEdit();
    const QString start = DocumentsFolder::path();
    QString path;
    if (m_chooser)
        path = m_chooser(FileAction::Import, start);
    else
        path = QFileDialog::getOpenFileName(this, tr("Import lead schema"), start,
                                            tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SchemaEditor::chooseExport()
{
    commitPendingEdit();
    const QString start = QDir(DocumentsFolder::path()).filePath(m_exportName);
    QString path;
    if (m_chooser)
        path = m_chooser(FileAction::Export, start);
    else
        path = QFileDialog::getSaveFileName(this, tr("Export lead schema"), start,
                                            tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void SchemaEditor::addField()
{
    const int row = m_model->addField();
    selectRow(row);
    const QModelIndex name = m_model->index(row, SchemaTableModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->edit(name);
}

void SchemaEditor::removeField()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->displayName(row).trimmed();
    const QString question = name.isEmpty()
        ? tr("Remove the field with id %1 from the lead schema?").arg(m_model->fieldId(row))
        : tr("Remove the field '%1' (id %2) from the lead schema?")
              .arg(name)
              .arg(m_model->fieldId(row));
    const auto answer = MessageBox::ask(
        this, tr("Remove field"),
        question + QLatin1Char('\n') + tr("Forms stop showing it once the schema is saved."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_model->removeField(row);
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void SchemaEditor::moveField(int delta)
{
    const int row = currentRow();
    if (m_model->moveField(row, delta))
        m_table->scrollTo(m_table->currentIndex());
    updateButtons();
}

int SchemaEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SchemaEditor::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, SchemaTableModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index);
}

void SchemaEditor::onCurrentRowChanged()
{
    const int row = currentRow();
    m_valuesIndex
        = row >= 0 ? QPersistentModelIndex(m_model->index(row, 0)) : QPersistentModelIndex();
    m_loadingValues = true;
    m_values->setPlainText(SchemaTableModel::valuesToText(m_model->selectValues(row)));
    m_loadingValues = false;
    updateButtons();
}

void SchemaEditor::onValuesEdited()
{
    if (m_loadingValues || !m_valuesIndex.isValid())
        return;
    m_model->setSelectValues(m_valuesIndex.row(),
                             SchemaTableModel::valuesFromText(m_values->toPlainText()));
}

void SchemaEditor::onModelChanged()
{
    const QString now = problem();
    m_problem->setText(now.isEmpty() ? QString() : tr("Cannot be saved yet: %1").arg(now));
    m_problem->setVisible(!now.isEmpty());
    updateButtons();
    Q_EMIT changed();
}

void SchemaEditor::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);

    const int valuesRow = m_valuesIndex.isValid() ? m_valuesIndex.row() : -1;
    const bool select = SchemaTableModel::isSelectType(m_model->fieldType(valuesRow));
    m_values->setEnabled(select);
    if (select) {
        const QString name = m_model->displayName(valuesRow).trimmed();
        m_valuesLabel->setText(
            name.isEmpty() ? tr("&Values of the selected field (one per line: key = label):")
                           : tr("&Values of '%1' (one per line: key = label):").arg(name));
    } else {
        m_valuesLabel->setText(
            tr("&Values (only Single, Multiple and Large Select fields have values):"));
    }
}
