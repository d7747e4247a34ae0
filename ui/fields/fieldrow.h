#pragma once

#include <QPointer>
#include <QWidget>

class EditorFactory;
class FieldEditor;
class QGridLayout;
class QLabel;
class RecordModel;

/// One field of a form: its label (with a visible "\u00a0*" on required fields),
/// the editor, and under it the model's error message in words and the
/// field's help text. Follows the model's VisibleRole (a hidden row takes no
/// space) and shows only what the model says (STYLE.md habits 1 and 3). The
/// FieldGroupView holding it passes on the model's changes of this row.
///
/// Object names for tests: `row_<key>`, `editor_<key>`, `error_<key>`,
/// `label_<key>`, `help_<key>`, with ':' in keys replaced by '_'.
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(RecordModel *model, const QString &key, const EditorFactory &factory,
             QWidget *parent = nullptr);

    QString key() const { return m_key; }
    FieldEditor *editor() const { return m_editor; }
    QLabel *label() const { return m_label; }
    /// The message under the field; made when first needed (most fields never show one).
    QLabel *errorLabel();
    QLabel *helpLabel();
    /// Puts `offer` (the duplicate radar's) right under the editor, beside the label column.
    void setOffer(QWidget *offer);

    /// The width the label wants on one line (its text with the marker).
    int labelWidthHint() const;
    /// Lines labels of a column up: the view gives every row the same width.
    void setLabelWidth(int width);

    /// Re-reads label, required marker, error, help and visibility from the model.
    void refreshState();
    /// The model changed `roles` of this row (all of them when empty): the
    /// row and its editor show it.
    void modelDataChanged(const QList<int> &roles);
    /// The model was reset with the same fields: everything is read again.
    void modelReset();

private:
    QVariant rowData(int role) const;
    QLabel *addNote(const QString &prefix, int layoutRow);

    QPointer<RecordModel> m_model;
    QString m_key;
    FieldEditor *m_editor = nullptr;
    QLabel *m_label;
    QGridLayout *m_layout;
    QLabel *m_error = nullptr;
    QLabel *m_help = nullptr;
    bool m_labelShown = true; ///< false for static text: the editor is the text
    int m_labelWidth = 0; ///< set by the view; 0 while the label takes its own width
};
