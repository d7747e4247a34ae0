#pragma once

#include <QJsonArray>
#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class MessageBanner;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class SchemaTableModel;

/// Edits a profile's lead custom-field schema (the JSON shape of
/// getCustomFieldDefinition): a table of the fields, the values of the
/// selected select field as "key = label" lines, and Import…/Export… of the
/// file admins hand to their reps. CustomFieldSchema judges the result; the
/// editor shows its verdict in words under the table.
class SchemaEditor : public QWidget
{
    Q_OBJECT

public:
    enum class FileAction
    {
        Import,
        Export
    };
    /// Returns the chosen path, empty when the person cancelled. `suggested`
    /// is the file name or folder to start from.
    using FileChooser = std::function<QString(FileAction action, const QString &suggested)>;

    explicit SchemaEditor(QWidget *parent = nullptr);

    /// The edited fields, in table order.
    QJsonArray definitions() const;
    /// Loads `definitions` as the saved state (not modified afterwards).
    void setDefinitions(const QJsonArray &definitions);
    /// Whether the table differs from what was last loaded or marked saved.
    bool isModified() const;
    /// The table as it is now is what is saved.
    void markSaved();
    /// Ends a cell edit in progress, keeping what was typed (before saving or leaving).
    void commitPendingEdit();
    /// What CustomFieldSchema::parse says about the edited table; empty when fine.
    QString problem() const;

    /// Test seam: picks files instead of QFileDialog (nullptr: the dialog again).
    void setFileChooser(FileChooser chooser);
    /// The file name Export… suggests.
    void setExportFileName(const QString &fileName);

    /// Reads a schema file; a bad one is refused in words and changes nothing.
    bool importFile(const QString &path);
    /// Writes the table as a pretty-printed UTF-8 JSON array.
    bool exportFile(const QString &path);

    /// Shows `text` in the editor's message area (a save failure, say).
    void showMessage(bool problem, const QString &text);

Q_SIGNALS:
    void changed();

private:
    void setUpTable();
    /// Object and accessible names, tooltips and placeholders of the editor's widgets.
    void nameWidgets();
    void layOut();
    void chooseImport();
    void chooseExport();
    void addField();
    void removeField();
    void moveField(int delta);
    int currentRow() const;
    void selectRow(int row);
    void onCurrentRowChanged();
    void onValuesEdited();
    void onModelChanged();
    void updateButtons();

    SchemaTableModel *m_model;
    QTableView *m_table;
    MessageBanner *m_banner;
    QLabel *m_problem;
    QLabel *m_valuesLabel;
    QPlainTextEdit *m_values;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_import;
    QPushButton *m_export;
    FileChooser m_chooser;
    QString m_exportName;
    QJsonArray m_saved;
    QPersistentModelIndex m_valuesIndex; ///< the row whose values the box shows
    bool m_loadingValues = false;
};
