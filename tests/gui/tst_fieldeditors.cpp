#include "fakerecordsearch.h"
#include "fields/addresseditor.h"
#include "fields/booleaneditor.h"
#include "fields/choiceeditor.h"
#include "fields/contacttypeeditor.h"
#include "fields/dateeditor.h"
#include "fields/editorfactory.h"
#include "fields/fieldgroupview.h"
#include "fields/fieldrow.h"
#include "fields/largeselecteditor.h"
#include "fields/multiselecteditor.h"
#include "fields/recordpickereditor.h"
#include "model/countrycodes.h"
#include "model/recordmodel.h"
#include "support/testcatalog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
/// The value of custom field `fieldId` in the model's request body; undefined when absent.
QJsonValue bodyValue(const RecordModel &model, int fieldId)
{
    const QString valueKey
        = QLatin1String(model.kind() == RecordKind::Lead ? "fieldValue" : "value");
    for (const QJsonValue &entry : model.requestBody().value("customFields").toArray())
        if (entry.toObject().value("fieldId").toInt() == fieldId)
            return entry.toObject().value(valueKey);
    return QJsonValue(QJsonValue::Undefined);
}

bool bodyHasField(const RecordModel &model, int fieldId)
{
    return !bodyValue(model, fieldId).isUndefined();
}

/// The lists of the fixture catalog, to build variants with another lead schema.
QMap<QString, QJsonArray> fixtureLists()
{
    QFile file(LEADDESK_SOURCE_DIR "/tests/data/catalog.json");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/catalog.json is missing");
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    QMap<QString, QJsonArray> lists;
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        if (it.key() != "leadSchema")
            lists.insert(it.key(), it.value().toArray());
    return lists;
}

QJsonObject fieldDef(int id, int type, const QString &name, bool required = false)
{
    return QJsonObject {{"fieldId", id},          {"fieldType", type}, {"displayName", name},
                        {"isRequired", required}, {"isActive", true},  {"sortOrder", id}};
}

QString placeLabel(int i)
{
    return QString("Place %1").arg(i, 4, 10, QChar('0'));
}

/// A select definition with `count` values "k0001": "Place 0001" ….
QJsonObject manyValues(int count)
{
    QJsonObject values;
    for (int i = 1; i <= count; ++i)
        values.insert(QString("k%1").arg(i, 4, 10, QChar('0')), placeLabel(i));
    return values;
}

QJsonArray records(const QMap<QString, QJsonArray> &lists, const char *name)
{
    return lists.value(QLatin1String(name));
}
} // namespace

/// Emits QLineEdit::editingFinished() whenever its line edit loses focus.
class FinishOnFocusOut : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            if (auto *edit = qobject_cast<QLineEdit *>(watched))
                Q_EMIT edit->editingFinished();
        return false;
    }
};

/// The editor factory's editors, rows and group view on real widgets: type
/// like a person, and check the model and its request body.
class TestFieldEditors : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const LookupCatalog> m_catalog;
    FakeRecordSearch *m_search = nullptr;

    static void showView(QWidget &view)
    {
        view.resize(900, 780);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
    }

    template<class T>
    static T *inputOf(QWidget &view, const QString &key, const char *name = "input")
    {
        auto *editor = view.findChild<FieldEditor *>("editor_" + FieldEditor::objectKey(key));
        if (!editor)
            qFatal("no editor for %s", qPrintable(key));
        auto *input = editor->findChild<T *>(QString::fromLatin1(name));
        if (!input)
            qFatal("no %s in the editor for %s", name, qPrintable(key));
        return input;
    }

    static void focus(QWidget *widget)
    {
        widget->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(widget->hasFocus());
    }

    static void waitForNewTypeAhead()
    {
        // Type-ahead in item views collects keys typed within this interval.
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
    }

    static void clearLine(QLineEdit *edit)
    {
        focus(edit);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = testCatalog();
        m_search = new FakeRecordSearch(this);
        const QMap<QString, QJsonArray> lists = fixtureLists();
        for (const QJsonValue &v : records(lists, "contacts"))
            m_search->contacts.append(v.toObject());
        for (const QJsonValue &v : records(lists, "companies"))
            m_search->companies.append(v.toObject());
    }

    void factoryMakesOneEditorPerType()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        RecordModel contact(RecordKind::Contact, m_catalog);
        RecordModel company(RecordKind::Company, m_catalog);
        EditorFactory factory(m_search);
        QWidget parent;
        const QList<QPair<RecordModel *, QString>> cases {
            {&lead, "custom:1"},     {&lead, "custom:2"},  {&lead, "custom:3"},
            {&lead, "custom:4"},     {&lead, "custom:5"},  {&lead, "custom:6"},
            {&lead, "custom:7"},     {&lead, "custom:8"},  {&lead, "custom:9"},
            {&lead, "custom:10"},    {&lead, "typeId"},    {&lead, "contactType"},
            {&lead, "newContact"},   {&lead, "contactId"}, {&lead, "companyId"},
            {&contact, "email"},     {&contact, "status"}, {&contact, "privacyConsent"},
            {&contact, "companies"}, {&contact, "groups"},
        };
        const QStringList classes {
            "TextEditor",        "LongTextEditor",     "SelectEditor",       "MultiSelectEditor",
            "AddressEditor",     "DateEditor",         "FileEditor",         "StaticTextEditor",
            "WholeNumberEditor", "LargeSelectEditor",  "ChoiceEditor",       "ContactTypeEditor",
            "ToggleEditor",      "RecordPickerEditor", "RecordPickerEditor", "TextEditor",
            "EnumEditor",        "BooleanEditor",      "IdListEditor",       "JsonEditor",
        };
        for (int i = 0; i < cases.size(); ++i) {
            FieldEditor *editor = factory.create(cases.at(i).first, cases.at(i).second, &parent);
            QVERIFY2(editor, qPrintable(cases.at(i).second));
            QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), classes.at(i));
            QCOMPARE(editor->key(), cases.at(i).second);
            QCOMPARE(editor->objectName(), "editor_" + FieldEditor::objectKey(cases.at(i).second));
        }
        QVERIFY(!factory.create(&company, "noSuchField", &parent));
    }

    void smallTextTypesAndShows()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *edit = inputOf<QLineEdit>(view, "custom:1");
        focus(edit);
        QTest::keyClicks(edit, "Gala");
        QCOMPARE(lead.value("custom:1"), QJsonValue("Gala"));
        // The model's echo does not move the cursor: typing in the middle stays in the middle.
        QTest::keyClick(edit, Qt::Key_Home);
        QTest::keyClicks(edit, "Spring ");
        QCOMPARE(edit->text(), QString("Spring Gala"));
        QCOMPARE(bodyValue(lead, 1), QJsonValue("Spring Gala"));

        lead.setValue("custom:1", "Winter ball");
        QCOMPARE(edit->text(), QString("Winter ball"));
        clearLine(edit);
        QVERIFY(lead.value("custom:1").isUndefined());
        QVERIFY(!bodyHasField(lead, 1));
    }

    void largeTextTypesAndTabLeaves()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *edit = inputOf<QPlainTextEdit>(view, "custom:2");
        focus(edit);
        QTest::keyClicks(edit, "Line one");
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, "Line two");
        QCOMPARE(lead.value("custom:2"), QJsonValue("Line one\nLine two"));
        QCOMPARE(bodyValue(lead, 2), QJsonValue("Line one\nLine two"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(!edit->hasFocus());
        QCOMPARE(lead.value("custom:2"), QJsonValue("Line one\nLine two"));

        lead.setValue("custom:2", "Other\nnotes");
        QCOMPARE(edit->toPlainText(), QString("Other\nnotes"));
    }

    void singleSelectPicksByTyping()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *combo = inputOf<QComboBox>(view, "custom:3");
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QString());
        QCOMPARE(combo->currentIndex(), 0);
        focus(combo);
        QTest::keyClick(combo, Qt::Key_T);
        QCOMPARE(combo->currentText(), QString("Terrace"));
        QCOMPARE(lead.value("custom:3"), QJsonValue("b"));
        QCOMPARE(bodyValue(lead, 3), QJsonValue("b"));

        lead.setValue("custom:3", "a");
        QCOMPARE(combo->currentText(), QString("Ballroom"));
        // A key the definition does not hold is shown, and the model says what is wrong.
        lead.setValue("custom:3", "zz");
        QVERIFY(combo->currentText().contains("zz"));
        auto *error = view.findChild<QLabel *>("error_custom_3");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), lead.errorText("custom:3"));
        QVERIFY(!error->text().isEmpty());
        lead.setValue("custom:3", QJsonValue());
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!error->isVisible());
    }

    void multiSelectTogglesWithSpace()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *list = inputOf<QListView>(view, "custom:4");
        QCOMPARE(list->model()->rowCount(), 2);
        focus(list);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(lead.value("custom:4"), QJsonValue(QJsonArray {"av"}));
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(lead.value("custom:4"), QJsonValue(QJsonArray {"av", "food"}));
        QCOMPARE(bodyValue(lead, 4), QJsonValue(QJsonArray {"av", "food"}));
        QTest::keyClick(list, Qt::Key_Up);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(lead.value("custom:4"), QJsonValue(QJsonArray {"food"}));
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(lead.value("custom:4").isUndefined());
        QVERIFY(!bodyHasField(lead, 4));

        lead.setValue("custom:4", QJsonArray {"food"});
        auto *items = qobject_cast<QStandardItemModel *>(list->model());
        QCOMPARE(items->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(items->item(1)->checkState(), Qt::Checked);
    }

    void addressTypesCountryAndState()
    {
        // iso-codes is a dependency (scripts/test.sh installs it; the package depends on it).
        QVERIFY2(CountryCodes::instance().isLoaded(),
                 "no iso-codes data in /usr/share/iso-codes/json (Debian package iso-codes)");
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *line1 = inputOf<QLineEdit>(view, "custom:5", "line1");
        auto *city = inputOf<QLineEdit>(view, "custom:5", "city");
        auto *postcode = inputOf<QLineEdit>(view, "custom:5", "postalCode");
        auto *country = inputOf<QComboBox>(view, "custom:5", "countryCode");
        auto *state = inputOf<QComboBox>(view, "custom:5", "stateCode");
        auto *stateName = inputOf<QLineEdit>(view, "custom:5", "stateName");
        QVERIFY(!state->isVisible());
        QVERIFY(stateName->isVisible());

        focus(line1);
        QTest::keyClicks(line1, "1 Harbour St");
        focus(city);
        QTest::keyClicks(city, "Brisbane");
        focus(postcode);
        QTest::keyClicks(postcode, "4000");
        focus(country);
        QTest::keyClicks(country, "Australia");
        QCOMPARE(country->currentText(), QString("Australia (AU)"));
        QTRY_VERIFY(state->isVisible());
        QVERIFY(!stateName->isVisible());
        focus(state);
        QTest::keyClicks(state, "Queensland");
        QCOMPARE(state->currentText(), QString("Queensland (QLD)"));
        const QJsonObject expected {{"line1", "1 Harbour St"},
                                    {"city", "Brisbane"},
                                    {"postalCode", "4000"},
                                    {"countryCode", "AU"},
                                    {"stateCode", "QLD"}};
        QCOMPARE(lead.value("custom:5"), QJsonValue(expected));
        QCOMPARE(bodyValue(lead, 5), QJsonValue(expected));
        QVERIFY(lead.errorText("custom:5").isEmpty());

        // A country without subdivisions takes the state as text.
        waitForNewTypeAhead();
        focus(country);
        QTest::keyClicks(country, "Bermuda");
        QCOMPARE(country->currentText(), QString("Bermuda (BM)"));
        QTRY_VERIFY(stateName->isVisible());
        focus(stateName);
        QTest::keyClicks(stateName, "Pembroke");
        QJsonObject bermuda = expected;
        bermuda.remove("stateCode");
        bermuda.insert("countryCode", "BM");
        bermuda.insert("stateName", "Pembroke");
        QCOMPARE(lead.value("custom:5"), QJsonValue(bermuda));

        // The model's value shows in the inputs.
        lead.setValue("custom:5",
                      QJsonObject {{"line1", "9 Queen St"},
                                   {"city", "Melbourne"},
                                   {"countryCode", "AU"},
                                   {"stateCode", "VIC"}});
        QCOMPARE(line1->text(), QString("9 Queen St"));
        QCOMPARE(city->text(), QString("Melbourne"));
        QCOMPARE(postcode->text(), QString());
        QCOMPARE(country->currentText(), QString("Australia (AU)"));
        QVERIFY(state->isVisible());
        QCOMPARE(state->currentText(), QString("Victoria (VIC)"));

        // A state the country does not have stays visible with the model's message.
        lead.setValue("custom:5", QJsonObject {{"countryCode", "AU"}, {"stateCode", "XX"}});
        QVERIFY(state->currentText().contains("XX"));
        auto *error = view.findChild<QLabel *>("error_custom_5");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), lead.errorText("custom:5"));

        lead.setValue("custom:5", QJsonValue());
        QCOMPARE(line1->text(), QString());
        QCOMPARE(country->currentIndex(), 0);
        QVERIFY(!bodyHasField(lead, 5));
    }

    void dateStartsEmptyTypesPicksAndClears()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *editor = view.findChild<DateEditor *>("editor_custom_6");
        QVERIFY(editor);
        QLineEdit *edit = editor->lineEdit();
        QCOMPARE(edit->text(), QString());
        QVERIFY(lead.value("custom:6").isUndefined());
        QVERIFY(!bodyHasField(lead, 6));

        focus(edit);
        QTest::keyClicks(edit, "2025-03-14");
        QCOMPARE(lead.value("custom:6"), QJsonValue("2025-03-14"));
        QCOMPARE(bodyValue(lead, 6), QJsonValue("2025-03-14"));

        // The clear button empties it and the field leaves the body.
        QTest::mouseClick(editor->clearButton(), Qt::LeftButton);
        QCOMPARE(edit->text(), QString());
        QVERIFY(lead.value("custom:6").isUndefined());
        QVERIFY(!bodyHasField(lead, 6));

        // F4 opens the calendar; Enter picks the selected day.
        focus(edit);
        QTest::keyClick(edit, Qt::Key_F4);
        QCalendarWidget *calendar = editor->calendar();
        QVERIFY(calendar);
        QTRY_VERIFY(calendar->isVisible());
        calendar->setSelectedDate(QDate(2025, 4, 1));
        auto *days = calendar->findChild<QTableView *>();
        QVERIFY(days);
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(lead.value("custom:6"), QJsonValue("2025-04-02"));
        QCOMPARE(edit->text(), QString("2025-04-02"));

        // Backspace over the text empties it too.
        focus(edit);
        QTest::keyClick(edit, Qt::Key_End);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(lead.value("custom:6").isUndefined());
        QVERIFY(!bodyHasField(lead, 6));

        // A date that is not one: the model's words under the field.
        QTest::keyClicks(edit, "2025-13-01");
        auto *error = view.findChild<QLabel *>("error_custom_6");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), lead.errorText("custom:6"));
        QVERIFY(error->text().contains("2025-13-01"));

        lead.setValue("custom:6", "2024-12-24");
        QCOMPARE(edit->text(), QString("2024-12-24"));
        QVERIFY(!error->isVisible());
    }

    void fileAndStaticTextTakeNoInput()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        for (const char *key : {"custom:7", "custom:8"}) {
            auto *editor = view.findChild<FieldEditor *>(
                "editor_" + FieldEditor::objectKey(QString::fromLatin1(key)));
            QVERIFY(editor);
            QVERIFY(editor->tabWidgets().isEmpty());
            QCOMPARE(editor->focusPolicy(), Qt::NoFocus);
            QVERIFY(editor->findChildren<QLineEdit *>().isEmpty());
            QVERIFY(!lead.setValue(QString::fromLatin1(key), "anything"));
        }
        auto *fileText = inputOf<QLabel>(view, "custom:7", "text");
        QVERIFY(fileText->text().contains(
            lead.data(lead.index(lead.rowOf("custom:7")), RecordModel::HelpRole).toString()));
        QVERIFY(fileText->text().contains("API"));
        auto *staticText = inputOf<QLabel>(view, "custom:8", "text");
        QCOMPARE(staticText->text(), QString("Please confirm numbers a week ahead"));
        QVERIFY(staticText->wordWrap());
        // The static text is its own label: the row shows no second one.
        QVERIFY(!view.findChild<QLabel *>("label_custom_8")->isVisible());

        lead.setValue("custom:1", "Gala");
        QVERIFY(!bodyHasField(lead, 7));
        QVERIFY(!bodyHasField(lead, 8));
    }

    void wholeNumberTakesDigitsOnlyAndEmpties()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *edit = inputOf<QLineEdit>(view, "custom:9");
        QCOMPARE(edit->text(), QString());
        QVERIFY(!bodyHasField(lead, 9));
        focus(edit);
        QTest::keyClicks(edit, "8x0.5");
        QCOMPARE(edit->text(), QString("805"));
        QCOMPARE(lead.value("custom:9"), QJsonValue(805));
        QVERIFY(bodyValue(lead, 9).isDouble());
        QCOMPARE(bodyValue(lead, 9).toInteger(), 805);

        clearLine(edit);
        QVERIFY(lead.value("custom:9").isUndefined());
        QVERIFY(!bodyHasField(lead, 9));

        // "-" can be typed on the way to a negative number; alone it is not one.
        QTest::keyClicks(edit, "-");
        auto *error = view.findChild<QLabel *>("error_custom_9");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), lead.errorText("custom:9"));
        QTest::keyClicks(edit, "3");
        QCOMPARE(lead.value("custom:9"), QJsonValue(-3));
        QVERIFY(!error->isVisible());

        lead.setValue("custom:9", 45);
        QCOMPARE(edit->text(), QString("45"));
    }

    void largeSelectFixturePicksByEnterAndClick()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        auto *editor = view.findChild<LargeSelectEditor *>("editor_custom_10");
        QVERIFY(editor);
        QLineEdit *edit = editor->lineEdit();
        focus(edit);
        QTest::keyClicks(edit, "per");
        QAbstractItemView *popup = editor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        // Enter in the list with one value left takes it.
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(lead.value("custom:10"), QJsonValue("c0042"));
        QCOMPARE(bodyValue(lead, 10), QJsonValue("c0042"));
        QCOMPARE(edit->text(), QString("Perth"));

        // A click on a value picks it.
        clearLine(edit);
        QTest::keyClicks(edit, "a");
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 2);
        const QModelIndex second = popup->model()->index(1, 0);
        QCOMPARE(second.data().toString(), QString("Brisbane"));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {},
                          popup->visualRect(second).center());
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(lead.value("custom:10"), QJsonValue("c0002"));

        // Text that names no value is written as typed, and the model says so.
        clearLine(edit);
        QTest::keyClicks(edit, "Nowhere");
        QTest::keyClick(popup->isVisible() ? static_cast<QWidget *>(popup) : edit, Qt::Key_Return);
        QCOMPARE(lead.value("custom:10"), QJsonValue("Nowhere"));
        auto *error = view.findChild<QLabel *>("error_custom_10");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), lead.errorText("custom:10"));

        lead.setValue("custom:10", "c0001");
        QCOMPARE(edit->text(), QString("Adelaide"));
        QVERIFY(!error->isVisible());
        clearLine(edit);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(lead.value("custom:10").isUndefined());
    }

    void largeSelectWithFiveThousandValuesFilters()
    {
        QJsonObject big = fieldDef(40, 9, "Suburb");
        big.insert("selectValues", manyValues(5000));
        auto catalog = LookupCatalog::build(fixtureLists(), QJsonArray {big});
        QVERIFY(catalog->problems().isEmpty());
        RecordModel lead(RecordKind::Lead, catalog);
        QElapsedTimer timer;
        timer.start();
        FieldGroupView view(&lead, {"custom"});
        qDebug() << "view with a 5,000-value large select built in" << timer.elapsed() << "ms";
        showView(view);
        auto *editor = view.findChild<LargeSelectEditor *>("editor_custom_40");
        QVERIFY(editor);
        QLineEdit *edit = editor->lineEdit();
        QAbstractItemView *popup = editor->completer()->popup();
        focus(edit);

        int expected = 0;
        QString firstMatch;
        for (int i = 1; i <= 5000; ++i) {
            if (placeLabel(i).contains("49")) {
                if (firstMatch.isEmpty())
                    firstMatch = QString("k%1").arg(i, 4, 10, QChar('0'));
                ++expected;
            }
        }
        timer.restart();
        QTest::keyClicks(edit, "49");
        qDebug() << "typing two keys over 5,000 values took" << timer.elapsed() << "ms";
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), expected);
        QTest::keyClicks(edit, "9");
        QCOMPARE(popup->model()->rowCount(), 15); // 0499, 1499 … 4499 and 4990–4999
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_COMPARE(popup->model()->rowCount(), expected);

        // Down selects the first value of the narrowed list; Enter takes it.
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(lead.value("custom:40"), QJsonValue(firstMatch));
        QCOMPARE(bodyValue(lead, 40), QJsonValue(firstMatch));

        // A whole label typed and Enter: that value.
        clearLine(edit);
        QTest::keyClicks(edit, "place 4321");
        QTest::keyClick(popup->isVisible() ? static_cast<QWidget *>(popup) : edit, Qt::Key_Return);
        QCOMPARE(lead.value("custom:40"), QJsonValue("k4321"));
    }

    void choiceSubtypeFollowsType()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"lead"});
        showView(view);
        FieldRow *subtypeRow = view.row("subtypeId");
        QVERIFY(subtypeRow);
        QVERIFY(!subtypeRow->isVisible());
        auto *type = inputOf<QComboBox>(view, "typeId");
        auto *subtype = inputOf<QComboBox>(view, "subtypeId");
        QCOMPARE(type->itemText(0), QString());
        QCOMPARE(type->count(), 4);

        focus(type);
        QTest::keyClick(type, Qt::Key_R);
        QCOMPARE(type->currentText(), QString("Reseller"));
        QCOMPARE(lead.value("typeId"), QJsonValue(1));
        QVERIFY(lead.requestBody().value("typeId").isDouble());
        QTRY_VERIFY(subtypeRow->isVisible());
        QCOMPARE(subtypeRow->label()->text(), QString("Subtype\u00a0*"));
        QVERIFY(subtype->accessibleName().contains("required"));
        QCOMPARE(subtype->count(), 3);
        QCOMPARE(subtype->itemText(1), QString("Online"));
        QCOMPARE(subtype->itemText(2), QString("Retail"));

        focus(subtype);
        QTest::keyClick(subtype, Qt::Key_R);
        QCOMPARE(lead.value("subtypeId"), QJsonValue(12));

        // Another type: other subtypes, and the chosen one is gone.
        waitForNewTypeAhead();
        focus(type);
        QTest::keyClick(type, Qt::Key_W);
        QCOMPARE(lead.value("typeId"), QJsonValue(3));
        QVERIFY(lead.value("subtypeId").isUndefined());
        QCOMPARE(subtype->count(), 2);
        QCOMPARE(subtype->itemText(1), QString("Ceremony"));
        QCOMPARE(subtype->currentIndex(), 0);

        // A type without subtypes hides the row again.
        waitForNewTypeAhead();
        QTest::keyClick(type, Qt::Key_P);
        QCOMPARE(lead.value("typeId"), QJsonValue(2));
        QTRY_VERIFY(!subtypeRow->isVisible());

        // Required state in words once missing fields are shown.
        lead.setShowMissing(true);
        auto *nameError = view.findChild<QLabel *>("error_name");
        QTRY_VERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), lead.errorText("name"));
        QCOMPARE(view.row("name")->label()->text(), QString("Lead name\u00a0*"));
        QCOMPARE(inputOf<QLineEdit>(view, "name")->accessibleName(),
                 QString("Lead name, required"));
        QCOMPARE(inputOf<QLineEdit>(view, "name")->accessibleDescription(), nameError->text());
    }

    void requiredCustomFieldIsMarked()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        QCOMPARE(view.row("custom:1")->label()->text(), QString("Event name\u00a0*"));
        QCOMPARE(inputOf<QLineEdit>(view, "custom:1")->accessibleName(),
                 QString("Event name, required"));
        QCOMPARE(view.row("custom:2")->label()->text(), QString("Notes"));
        // The inactive field is not shown and takes no space.
        QVERIFY(view.row("custom:11"));
        QVERIFY(view.row("custom:11")->isHidden());
    }

    void recordPickerSearchesAndPicks()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"belongsTo"}, EditorFactory(m_search));
        showView(view);
        auto *picker = view.findChild<RecordPickerEditor *>("editor_contactId");
        QVERIFY(picker);
        QLineEdit *edit = picker->lineEdit();
        QAbstractItemView *popup = picker->completer()->popup();
        focus(edit);
        QTest::keyClicks(edit, "mi");
        QTRY_VERIFY(popup->isVisible());
        QVERIFY(m_search->asked.contains("contact:mi"));
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(),
                 QString("Mia Chen <mia@example.com>"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(lead.value("contactId"), QJsonValue(5001));
        QVERIFY(lead.requestBody().value("contactId").isDouble());
        QCOMPARE(lead.requestBody().value("contactId").toInteger(), 5001);
        QCOMPARE(edit->text(), QString("Mia Chen <mia@example.com>"));

        // Typing without picking, then leaving: the chosen record stays.
        QTest::keyClicks(edit, "zzz");
        QTest::qWait(300);
        edit->clearFocus();
        QTRY_COMPARE(edit->text(), QString("Mia Chen <mia@example.com>"));
        QCOMPARE(lead.value("contactId"), QJsonValue(5001));

        QTest::mouseClick(picker->clearButton(), Qt::LeftButton);
        QVERIFY(lead.value("contactId").isUndefined());
        QCOMPARE(edit->text(), QString());

        lead.setValue("contactId", 5002);
        QCOMPARE(edit->text(), QString("Sam Ode <sam@example.com>"));

        // A company lead picks its company by name.
        auto *company = view.findChild<ContactTypeEditor *>("editor_contactType");
        QVERIFY(company);
        QTest::mouseClick(company->companyButton(), Qt::LeftButton);
        QCOMPARE(lead.value("contactType"), QJsonValue("company"));
        auto *companyPicker = view.findChild<RecordPickerEditor *>("editor_companyId");
        QTRY_VERIFY(companyPicker->isVisible());
        focus(companyPicker->lineEdit());
        QTest::keyClicks(companyPicker->lineEdit(), "harb");
        QAbstractItemView *companyPopup = companyPicker->completer()->popup();
        QTRY_VERIFY(companyPopup->isVisible());
        QCOMPARE(companyPopup->model()->index(0, 0).data().toString(), QString("Harbour Hotels"));
        const QRect first = companyPopup->visualRect(companyPopup->model()->index(0, 0));
        QTest::mouseClick(companyPopup->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(lead.value("companyId"), QJsonValue(1002));
        QCOMPARE(lead.requestBody().value("companyId").toInteger(), 1002);
        // The other picker of the same kind did not show these results.
        QVERIFY(!view.findChild<RecordPickerEditor *>("editor_companyLeadContactId")
                     ->completer()
                     ->popup()
                     ->isVisible());
    }

    void recordPickerSaysWhenNothingMatchesOrPlatformIsDown()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FakeRecordSearch search;
        search.contacts = m_search->contacts;
        search.platformDown = true;
        FieldGroupView view(&lead, {"belongsTo"}, EditorFactory(&search));
        showView(view);
        auto *picker = view.findChild<RecordPickerEditor *>("editor_contactId");
        focus(picker->lineEdit());
        QTest::keyClicks(picker->lineEdit(), "sam");
        QTRY_VERIFY(picker->statusLabel()->isVisible());
        QVERIFY(picker->statusLabel()->text().contains("no network"));
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
    }

    void otherEditorsWriteTheirJson()
    {
        RecordModel contact(RecordKind::Contact, m_catalog);
        FieldGroupView view(&contact, {"details", "custom"});
        view.setShowAdvanced(true);
        showView(view);

        // Email: a bad address shows the model's words under the field.
        auto *email = inputOf<QLineEdit>(view, "email");
        focus(email);
        QTest::keyClicks(email, "ann@");
        auto *error = view.findChild<QLabel *>("error_email");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), contact.errorText("email"));
        QTest::keyClicks(email, "example.com");
        QTRY_VERIFY(!error->isVisible());
        QCOMPARE(contact.requestBody().value("email"), QJsonValue("ann@example.com"));

        // Enum: the number.
        auto *status = inputOf<QComboBox>(view, "status");
        focus(status);
        QTest::keyClick(status, Qt::Key_U);
        QCOMPARE(status->currentText(), QString("Unsubscribed"));
        QCOMPARE(contact.value("status"), QJsonValue(2));
        contact.setValue("status", 5);
        QCOMPARE(status->currentText(), QString("No marketing"));

        // Boolean: checked is true, unchecked is not given.
        auto *consent = inputOf<QCheckBox>(view, "privacyConsent");
        QTest::mouseClick(consent, Qt::LeftButton);
        QCOMPARE(contact.value("privacyConsent"), QJsonValue(true));
        QCOMPARE(contact.requestBody().value("privacyConsent"), QJsonValue(true));
        QTest::mouseClick(consent, Qt::LeftButton);
        QVERIFY(contact.value("privacyConsent").isUndefined());
        contact.setValue("privacyConsent", true);
        QVERIFY(consent->isChecked());

        // Id list without a search: an id typed and confirmed goes in, shown by its name.
        auto *companies = inputOf<QLineEdit>(view, "companies");
        auto *chosen = view.findChild<QListWidget *>("chosen");
        QVERIFY(chosen);
        focus(companies);
        QTest::keyClicks(companies, "1001");
        QTest::keyClick(companies, Qt::Key_Return);
        QTest::keyClicks(companies, "1002");
        QTest::keyClick(companies, Qt::Key_Return);
        QCOMPARE(contact.value("companies"), QJsonValue(QJsonArray {1001, 1002}));
        QCOMPARE(chosen->item(0)->text(), QString("Acme Events"));
        QCOMPARE(chosen->item(1)->text(), QString("Harbour Hotels"));
        contact.setValue("companies", QJsonArray {7, "x"});
        QCOMPARE(chosen->count(), 2);
        QCOMPARE(chosen->item(0)->text(), QString("#7"));
        QCOMPARE(chosen->item(1)->text(), QString("x"));
        auto *companiesError = view.findChild<QLabel *>("error_companies");
        QTRY_VERIFY(companiesError->isVisible());
        QCOMPARE(companiesError->text(), contact.errorText("companies"));

        // JSON: parsed when it parses, else a string the model rejects.
        auto *groups = inputOf<QPlainTextEdit>(view, "groups");
        focus(groups);
        QTest::keyClicks(groups, "[{\"groupId\": 3}]");
        QCOMPARE(contact.value("groups"), QJsonValue(QJsonArray {QJsonObject {{"groupId", 3}}}));
        QCOMPARE(contact.requestBody().value("groups"),
                 QJsonValue(QJsonArray {QJsonObject {{"groupId", 3}}}));
        QTest::keyClick(groups, Qt::Key_Backspace);
        QCOMPARE(contact.value("groups"), QJsonValue("[{\"groupId\": 3}"));
        auto *groupsError = view.findChild<QLabel *>("error_groups");
        QTRY_VERIFY(groupsError->isVisible());
        contact.setValue("groups", QJsonArray {QJsonObject {{"groupId", 4}}});
        QCOMPARE(groups->toPlainText(), QString("[{\"groupId\":4}]"));

        // The contact's own custom fields use "value".
        auto *badge = inputOf<QLineEdit>(view, "custom:61");
        focus(badge);
        QTest::keyClicks(badge, "Annie");
        QCOMPARE(bodyValue(contact, 61), QJsonValue("Annie"));
    }

    void contactTypeAndToggles()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"belongsTo"}, EditorFactory(m_search));
        showView(view);
        auto *type = view.findChild<ContactTypeEditor *>("editor_contactType");
        // The buttons show what the model holds, including "not given".
        QCOMPARE(type->contactButton()->isChecked(),
                 lead.value("contactType") == QJsonValue("contact"));
        lead.setValue("contactType", QJsonValue());
        QVERIFY(!type->contactButton()->isChecked());
        QVERIFY(!type->companyButton()->isChecked());
        QTest::mouseClick(type->companyButton(), Qt::LeftButton);
        QCOMPARE(lead.value("contactType"), QJsonValue("company"));
        QTRY_VERIFY(view.row("newCompany")->isVisible());
        QTest::mouseClick(type->contactButton(), Qt::LeftButton);
        QCOMPARE(lead.value("contactType"), QJsonValue("contact"));
        QTRY_VERIFY(!view.row("newCompany")->isVisible());
        lead.setValue("contactType", "company");
        QVERIFY(type->companyButton()->isChecked());
        QVERIFY(!lead.requestBody().contains("contactType"));

        auto *newContact = inputOf<QCheckBox>(view, "newContact");
        QTest::mouseClick(newContact, Qt::LeftButton);
        QCOMPARE(lead.value("newContact"), QJsonValue(true));
        QTRY_VERIFY(!view.row("companyLeadContactId")->isVisible());
        QTest::mouseClick(newContact, Qt::LeftButton);
        QCOMPARE(lead.value("newContact"), QJsonValue(false));
        QTRY_VERIFY(view.row("companyLeadContactId")->isVisible());
    }

    void loadedRecordShowsEverywhere()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"lead", "custom"});
        showView(view);
        QSignalSpy rebuilt(&view, &FieldGroupView::rowsRebuilt);
        FieldEditor *before = view.row("custom:9")->editor();
        lead.loadRecord(
            763,
            QJsonObject {{"name", "Loaded"},
                         {"typeId", 1},
                         {"subtypeId", 11},
                         {"customFields",
                          QJsonArray {QJsonObject {{"fieldId", 9}, {"fieldValue", 12}},
                                      QJsonObject {{"fieldId", 10}, {"fieldValue", "c0042"}}}}});
        // Same fields: the editors stay and show the loaded values.
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(view.row("custom:9")->editor(), before);
        QCOMPARE(inputOf<QLineEdit>(view, "name")->text(), QString("Loaded"));
        QCOMPARE(inputOf<QComboBox>(view, "typeId")->currentText(), QString("Reseller"));
        QCOMPARE(inputOf<QComboBox>(view, "subtypeId")->currentText(), QString("Online"));
        QCOMPARE(inputOf<QLineEdit>(view, "custom:9")->text(), QString("12"));
        QCOMPARE(inputOf<QLineEdit>(view, "custom:10")->text(), QString("Perth"));
        // Nothing changed yet: the echo of loading wrote nothing back.
        QCOMPARE(lead.requestBody(), QJsonObject({{"id", 763}}));
    }

    void groupViewRebuildsOnNewSchema()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"custom"});
        showView(view);
        QCOMPARE(view.rows().size(), 11);
        lead.setValue("custom:9", 30);
        QSignalSpy rebuilt(&view, &FieldGroupView::rowsRebuilt);

        const QJsonArray schema {fieldDef(9, 8, "Guests"), fieldDef(20, 0, "Budget code", true),
                                 fieldDef(21, 5, "Deposit due")};
        lead.setCatalog(LookupCatalog::build(fixtureLists(), schema));
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(view.rows().size(), 3);
        QVERIFY(!view.row("custom:1"));
        QVERIFY(!view.findChild<FieldEditor *>("editor_custom_1"));
        QVERIFY(view.findChild<FieldEditor *>("editor_custom_20"));
        QTRY_VERIFY(view.row("custom:20")->isVisible());
        QCOMPARE(view.row("custom:20")->label()->text(), QString("Budget code\u00a0*"));
        // The value of a field that still exists stays and shows.
        QCOMPARE(inputOf<QLineEdit>(view, "custom:9")->text(), QString("30"));
        auto *budget = inputOf<QLineEdit>(view, "custom:20");
        focus(budget);
        QTest::keyClicks(budget, "B-7");
        QCOMPARE(bodyValue(lead, 20), QJsonValue("B-7"));

        // Advanced rows come and go with setShowAdvanced.
        RecordModel company(RecordKind::Company, m_catalog);
        FieldGroupView details(&company, {"details"});
        QVERIFY(!details.row("fax"));
        details.setShowAdvanced(true);
        QVERIFY(details.row("fax"));
    }

    /// The keys of the editors Tab (or Shift+Tab) visits from `start`, once round.
    static QStringList walk(QWidget *start, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        focus(start);
        QStringList visited;
        QWidget *current = QApplication::focusWidget();
        for (int step = 0; step < 100 && current; ++step) {
            FieldEditor *editor = nullptr;
            for (QWidget *w = current; w && !editor; w = w->parentWidget())
                editor = qobject_cast<FieldEditor *>(w);
            if (!editor)
                return visited << "outside:" + current->objectName();
            if (visited.isEmpty() || visited.last() != editor->key()) {
                if (visited.contains(editor->key()))
                    break; // round the chain
                visited.append(editor->key());
            }
            QTest::keyClick(current, Qt::Key_Tab, modifiers);
            current = QApplication::focusWidget();
        }
        return visited;
    }

    static QStringList inputKeys(const FieldGroupView &view)
    {
        QStringList keys;
        for (FieldRow *row : view.rows())
            if (row->isVisible() && row->editor() && !row->editor()->tabWidgets().isEmpty())
                keys.append(row->key());
        return keys;
    }

    void tabRunsTopToBottom()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        FieldGroupView view(&lead, {"lead", "custom"});
        showView(view);
        QStringList expected = inputKeys(view);
        QVERIFY(expected.size() > 10);
        QCOMPARE(walk(view.firstInput()).join(' '), expected.join(' '));

        // Backwards from the last field, through the address's inputs in reverse.
        QStringList backwards = expected;
        std::reverse(backwards.begin(), backwards.end());
        QCOMPARE(walk(view.row(expected.last())->editor(), Qt::ShiftModifier).join(' '),
                 backwards.join(' '));

        // A row the rules show appears in its place in the chain.
        lead.setValue("typeId", 1);
        QTRY_VERIFY(view.row("subtypeId")->isVisible());
        expected = inputKeys(view);
        QCOMPARE(expected.at(3), QString("subtypeId"));
        QCOMPARE(walk(view.firstInput()).join(' '), expected.join(' '));

        // And after a new schema.
        QJsonObject town = fieldDef(32, 9, "Town");
        town.insert("selectValues", manyValues(20));
        lead.setCatalog(LookupCatalog::build(
            fixtureLists(), QJsonArray {fieldDef(30, 4, "Site"), fieldDef(31, 0, "Code"), town}));
        QTRY_VERIFY(view.row("custom:30") && view.row("custom:30")->isVisible());
        expected = inputKeys(view);
        QCOMPARE(expected.mid(expected.size() - 3).join(' '),
                 QString("custom:30 custom:31 custom:32"));
        QCOMPARE(walk(view.firstInput()).join(' '), expected.join(' '));
    }

    void everyEditorHasAnAccessibleName()
    {
        RecordModel lead(RecordKind::Lead, m_catalog);
        RecordModel contact(RecordKind::Contact, m_catalog);
        RecordModel company(RecordKind::Company, m_catalog);
        for (RecordModel *model : {&lead, &contact, &company}) {
            QStringList sections;
            for (const FieldDefinition &f : model->fields())
                if (!sections.contains(f.section))
                    sections.append(f.section);
            FieldGroupView view(model, sections, EditorFactory(m_search));
            view.setShowAdvanced(true);
            QCOMPARE(view.rows().size(), model->rowCount());
            for (FieldRow *row : view.rows()) {
                FieldEditor *editor = row->editor();
                QVERIFY2(editor, qPrintable(row->key()));
                QWidget *target = editor->focusProxy() ? editor->focusProxy() : editor;
                QVERIFY2(!target->accessibleName().isEmpty(), qPrintable(row->key()));
                for (QWidget *input : editor->tabWidgets())
                    QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(row->key()));
                QCOMPARE(row->label()->buddy(), editor);
            }
        }
    }

    void deletingAViewWithFocusInsideIsSafe_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("large select") << "custom:10";
        QTest::newRow("record picker") << "contactId";
        QTest::newRow("date") << "custom:6";
        QTest::newRow("text") << "custom:1";
    }

    void deletingAViewWithFocusInsideIsSafe()
    {
        // A form deletes its views (a schema change, closing a record) while
        // the person is still in a field: leaving the field must not reach
        // an editor that is half destroyed.
        QFETCH(QString, key);
        RecordModel lead(RecordKind::Lead, m_catalog);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new FieldGroupView(&lead, {"belongsTo", "custom"}, EditorFactory(m_search));
        layout->addWidget(view);
        showView(window);
        QWidget *input = view->row(key)->editor()->focusProxy();
        focus(input);
        QTest::keyClicks(input, "12");
        // QLineEdit says editingFinished when it loses focus with edited text;
        // make sure it does here, whatever the completer did with the keys.
        FinishOnFocusOut finisher;
        input->installEventFilter(&finisher);
        QVERIFY(input->hasFocus());
        delete view;
        QVERIFY(window.isVisible());
    }

    void threeHundredFieldsBuildQuickly()
    {
        QJsonArray schema;
        for (int i = 1; i <= 300; ++i) {
            const int type = (i - 1) % 10;
            QJsonObject def = fieldDef(i, type, QString("Field %1").arg(i), i % 7 == 0);
            if (type == 2 || type == 3)
                def.insert("selectValues", QJsonObject {{"a", "Alpha"}, {"b", "Beta"}});
            if (type == 9)
                def.insert("selectValues", i == 10 ? manyValues(5000) : manyValues(50));
            schema.append(def);
        }
        auto catalog = LookupCatalog::build(fixtureLists(), schema);
        QVERIFY(catalog->problems().isEmpty());
        RecordModel lead(RecordKind::Lead, catalog);
        QElapsedTimer timer;
        timer.start();
        auto view = std::make_unique<FieldGroupView>(&lead, QStringList {"lead", "custom"});
        const qint64 built = timer.elapsed();
        QCOMPARE(view->rows().size(), 300 + 10);
        timer.restart();
        view->resize(1280, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const qint64 shown = timer.elapsed();
        timer.restart();
        view->findChild<QLineEdit *>("input")->setFocus();
        QTest::keyClicks(view->row("custom:1")->editor()->focusProxy(), "abc");
        const qint64 typed = timer.elapsed();
        qDebug().nospace() << "300 custom fields (one 5,000-value large select): built in " << built
                           << " ms, shown in " << shown << " ms, 3 keys in " << typed << " ms";
        timer.restart();
        schema.removeLast();
        lead.setCatalog(LookupCatalog::build(fixtureLists(), schema));
        qDebug() << "rebuilt after a schema change in" << timer.elapsed() << "ms";
        QCOMPARE(view->rows().size(), 299 + 10);
    }
};

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
