#pragma once

#include "fields/fieldeditor.h"

#include <memory>

class QCompleter;
class QLineEdit;
class QToolButton;
class SelectOptions;
class SelectOptionsModel;

/// One key of thousands of select values (FieldType::LargeSelect, custom
/// type 9): a line edit in which typing narrows a popup list to the labels
/// that contain the text; Enter or a click picks. Down, F4 or the button show
/// the whole list. The item model wraps the definition's values (nothing is
/// copied), so building the editor stays cheap with 5,000 values.
///
/// Leaving with text that names no value writes that text, so the model can
/// say it is not one of the choices; an empty line writes "not given".
class LargeSelectEditor : public FieldEditor
{
    Q_OBJECT

public:
    LargeSelectEditor(RecordModel *model, const QString &key, QWidget *parent);
    ~LargeSelectEditor() override;

    QLineEdit *lineEdit() const { return m_edit; }
    /// Its popup is the list of values; it is made when the field first gets focus.
    QCompleter *completer() const { return m_completer; }
    void refreshOptions() override;
    /// Opens the list narrowed to the current text (all values when it shows the chosen one).
    void showList();
    QWidgetList tabWidgets() const override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensurePopup();
    QString textFor(const QJsonValue &value) const;
    void pickIndex(const QModelIndex &index);
    void resolveText();
    void write(const QJsonValue &value);

    QLineEdit *m_edit;
    QToolButton *m_showAll;
    QCompleter *m_completer;
    SelectOptionsModel *m_options = nullptr;
    std::shared_ptr<const SelectOptions> m_definition;
    QJsonValue m_value; ///< what was last written or shown
    bool m_popupReady = false;
};
