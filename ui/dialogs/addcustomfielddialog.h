#pragma once

#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// The platform named a lead custom field the profile's schema does not have: the admin says
/// what it is (its id comes from the platform's message; a name, its type, its choices for a
/// select, whether it is required) and it joins the lead schema in the shape an exported
/// schema file has.
class AddCustomFieldDialog : public QDialog
{
    Q_OBJECT

public:
    using Answerer = std::function<std::optional<QJsonObject>(int fieldId, bool required)>;

    /// `required` ticks "Required" from the start (the platform said the field is).
    AddCustomFieldDialog(int fieldId, bool required, QWidget *parent = nullptr);

    /// The definition as the lead schema keeps it; empty while it is incomplete.
    QJsonObject definition() const;
    /// Why definition() is empty, in words; empty when it is complete.
    QString problem() const;

    void accept() override;

    /// Shows the dialog (or asks the test hook); nullopt when the admin cancels.
    static std::optional<QJsonObject> ask(int fieldId, bool required, QWidget *parent);
    /// Test hook: answer without showing (nullptr: show again).
    static void setAnswerer(Answerer answerer);

private:
    void updateChoices();
    QJsonObject choices() const;

    int m_fieldId;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_choices;
    QCheckBox *m_required;
};
