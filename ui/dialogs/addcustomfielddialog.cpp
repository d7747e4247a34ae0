#include "dialogs/addcustomfielddialog.h"

#include "common/messagebox.h"
#include "model/customfieldschema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
AddCustomFieldDialog::Answerer &answerer()
{
    static AddCustomFieldDialog::Answerer instance;
    return instance;
}

bool isSelect(int type)
{
    return type == 2 || type == 3 || type == 9;
}
} // namespace

AddCustomFieldDialog::AddCustomFieldDialog(int fieldId, bool required, QWidget *parent)
    : QDialog(parent)
    , m_fieldId(fieldId)
    , m_name(new QLineEdit(tr("Custom field %1").arg(fieldId), this))
    , m_type(new QComboBox(this))
    , m_choices(new QPlainTextEdit(this))
    , m_required(new QCheckBox(tr("The platform requires a value"), this))
{
    setObjectName(QStringLiteral("addCustomFieldDialog"));
    setWindowTitle(tr("Add a lead custom field"));
    auto *intro = new QLabel(
        tr("The platform asks for lead custom field %1, which this profile's lead schema does not "
           "have (the platform cannot list them). Say what it is, as it is set up in iVvy; it is "
           "added to the lead schema, which Settings → Lead schema can export for the other reps.")
            .arg(fieldId),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("customFieldName"));
    m_name->selectAll();
    m_type->setObjectName(QStringLiteral("customFieldType"));
    // Files and static texts never go through the API, so the platform never asks for them.
    for (int type : {0, 1, 2, 3, 4, 5, 8, 9})
        m_type->addItem(CustomFieldSchema::typeName(type), type);
    m_choices->setObjectName(QStringLiteral("customFieldChoices"));
    m_choices->setPlaceholderText(tr("One choice a line: key=label, or just the key"));
    m_choices->setTabChangesFocus(true);
    m_required->setObjectName(QStringLiteral("customFieldRequired"));
    m_required->setChecked(required);

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(text, field);
    };
    form->addRow(tr("Field id:"), new QLabel(QString::number(fieldId), this));
    addRow(tr("&Name:"), m_name);
    addRow(tr("&Type:"), m_type);
    addRow(tr("&Choices:"), m_choices);
    form->addRow(QString(), m_required);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the lead schema"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddCustomFieldDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddCustomFieldDialog::updateChoices);

    auto *column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(buttons);
    updateChoices();
    m_name->setFocus();
}

void AddCustomFieldDialog::updateChoices()
{
    m_choices->setEnabled(isSelect(m_type->currentData().toInt()));
}

QJsonObject AddCustomFieldDialog::choices() const
{
    QJsonObject values;
    const QStringList lines = m_choices->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        const QString label = line.section(QLatin1Char('='), 1).trimmed();
        if (!key.isEmpty())
            values.insert(key, label.isEmpty() ? key : label);
    }
    return values;
}

QString AddCustomFieldDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the field a name.");
    if (isSelect(m_type->currentData().toInt()) && choices().isEmpty())
        return tr("A %1 field needs its choices, one a line.").arg(m_type->currentText());
    return QString();
}

QJsonObject AddCustomFieldDialog::definition() const
{
    if (!problem().isEmpty())
        return QJsonObject();
    const int type = m_type->currentData().toInt();
    QJsonObject field {{QStringLiteral("fieldId"), m_fieldId},
                       {QStringLiteral("fieldType"), type},
                       {QStringLiteral("displayName"), m_name->text().trimmed()},
                       {QStringLiteral("isRequired"), m_required->isChecked()},
                       {QStringLiteral("isActive"), true}};
    if (isSelect(type))
        field.insert(QStringLiteral("selectValues"), choices());
    return field;
}

void AddCustomFieldDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        MessageBox::inform(this, windowTitle(), why);
        return;
    }
    QDialog::accept();
}

std::optional<QJsonObject> AddCustomFieldDialog::ask(int fieldId, bool required, QWidget *parent)
{
    if (answerer())
        return answerer()(fieldId, required);
    AddCustomFieldDialog dialog(fieldId, required, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.definition();
}

void AddCustomFieldDialog::setAnswerer(Answerer answerer)
{
    ::answerer() = std::move(answerer);
}
