#include "fields/editorfactory.h"

#include "fields/addresseditor.h"
#include "fields/booleaneditor.h"
#include "fields/choiceeditor.h"
#include "fields/contacttypeeditor.h"
#include "fields/dateeditor.h"
#include "fields/enumeditor.h"
#include "fields/fileeditor.h"
#include "fields/idlisteditor.h"
#include "fields/jsoneditor.h"
#include "fields/largeselecteditor.h"
#include "fields/longtexteditor.h"
#include "fields/multiselecteditor.h"
#include "fields/recordpickereditor.h"
#include "fields/selecteditor.h"
#include "fields/statictexteditor.h"
#include "fields/texteditor.h"
#include "fields/toggleeditor.h"
#include "fields/wholenumbereditor.h"
#include "model/recordmodel.h"
#include "services/recordsearch.h"

EditorFactory::EditorFactory(RecordSearch *search)
    : m_search(search)
{ }

RecordSearch *EditorFactory::search() const
{
    return m_search;
}

FieldEditor *EditorFactory::create(RecordModel *model, const QString &key, QWidget *parent) const
{
    const int row = model ? model->rowOf(key) : -1;
    if (row < 0)
        return nullptr;
    switch (model->data(model->index(row), RecordModel::FieldTypeRole).value<FieldType>()) {
    case FieldType::Text:
    case FieldType::Email:
        return new TextEditor(model, key, parent);
    case FieldType::LongText:
        return new LongTextEditor(model, key, parent);
    case FieldType::Choice:
        return new ChoiceEditor(model, key, parent);
    case FieldType::Enum:
        return new EnumEditor(model, key, parent);
    case FieldType::Boolean:
        return new BooleanEditor(model, key, parent);
    case FieldType::Select:
        return new SelectEditor(model, key, parent);
    case FieldType::MultiSelect:
        return new MultiSelectEditor(model, key, parent);
    case FieldType::Address:
        return new AddressEditor(model, key, parent);
    case FieldType::Date:
        return new DateEditor(model, key, parent);
    case FieldType::File:
        return new FileEditor(model, key, parent);
    case FieldType::StaticText:
        return new StaticTextEditor(model, key, parent);
    case FieldType::WholeNumber:
        return new WholeNumberEditor(model, key, parent);
    case FieldType::LargeSelect:
        return new LargeSelectEditor(model, key, parent);
    case FieldType::ContactRef:
    case FieldType::CompanyRef:
        return new RecordPickerEditor(model, key, m_search, parent);
    case FieldType::ContactType:
        return new ContactTypeEditor(model, key, parent);
    case FieldType::Toggle:
        return new ToggleEditor(model, key, parent);
    case FieldType::IdList:
        return new IdListEditor(model, key, m_search, parent);
    case FieldType::JsonValue:
        return new JsonEditor(model, key, parent);
    }
    return new JsonEditor(model, key, parent);
}
