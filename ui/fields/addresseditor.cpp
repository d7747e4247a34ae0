#include "fields/addresseditor.h"

#include "fields/compactcombobox.h"
#include "model/countrycodes.h"
#include "model/gettextcatalog.h"
#include "services/languagesetup.h"

#include <QCollator>
#include <QCoreApplication>
#include <QGridLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

/// Country and state names in the language LeadDesk speaks (iso-codes' own
/// catalogues); the English names when there are none.
const GettextCatalog &names(const char *domain)
{
    static QHash<QByteArray, GettextCatalog> catalogs;
    auto found = catalogs.find(domain);
    if (found == catalogs.end()) {
        const QString language = LanguageSetup::current();
        found = catalogs.insert(domain,
                                language.isEmpty() || language == QStringLiteral("en")
                                    ? GettextCatalog()
                                    : GettextCatalog(CountryCodes::instance().catalogPath(
                                        QString::fromLatin1(domain), language)));
    }
    return found.value();
}

/// (code, name) in the person's language, sorted as they would sort them.
const QList<QPair<QString, QString>> &countries()
{
    static const QList<QPair<QString, QString>> sorted = [] {
        QList<QPair<QString, QString>> list = CountryCodes::instance().countries();
        const GettextCatalog &catalog = names("iso_3166-1");
        if (catalog.isEmpty())
            return list;
        for (auto &[code, name] : list)
            name = catalog.translate(name);
        QCollator collator(QLocale(LanguageSetup::current()));
        std::sort(list.begin(), list.end(), [&collator](const auto &a, const auto &b) {
            return collator.compare(a.second, b.second) < 0;
        });
        return list;
    }();
    return sorted;
}

/// One list of countries for every address editor: built once, shared.
QStandardItemModel *countryModel()
{
    static QPointer<QStandardItemModel> model;
    if (!model) {
        model = new QStandardItemModel(QCoreApplication::instance());
        QList<QStandardItem *> items;
        items.reserve(countries().size() + 1);
        items.append(new QStandardItem());
        for (const auto &[code, name] : countries()) {
            auto *item = new QStandardItem(QStringLiteral("%1 (%2)").arg(name, code));
            item->setData(code, kCodeRole);
            items.append(item);
        }
        model->appendColumn(items);
    }
    return model;
}

int countryRow(const QString &code)
{
    static QHash<QString, int> rows;
    if (rows.isEmpty()) {
        for (int i = 0; i < countries().size(); ++i)
            rows.insert(countries().at(i).first, i + 1);
    }
    return code.isEmpty() ? 0 : rows.value(code, -1);
}
} // namespace

AddressEditor::AddressEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_country(new CompactComboBox(12, this))
    , m_state(new CompactComboBox(12, this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    const QList<QPair<QString, QString>> parts {
        {QStringLiteral("line1"), tr("Line 1")}, {QStringLiteral("line2"), tr("Line 2")},
        {QStringLiteral("line3"), tr("Line 3")}, {QStringLiteral("line4"), tr("Line 4")},
        {QStringLiteral("city"), tr("City")},    {QStringLiteral("postalCode"), tr("Postcode")},
    };
    int at = 0;
    for (const auto &[part, caption] : parts) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(part);
        edit->setPlaceholderText(caption);
        edit->setToolTip(caption);
        layout->addWidget(edit, at / 2, at % 2);
        m_lines.insert(part, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] { commit(editorValue()); });
        ++at;
    }
    m_country->setObjectName(QStringLiteral("countryCode"));
    m_country->setModel(countryModel());
    m_country->setToolTip(tr("Country"));
    m_country->setMaxVisibleItems(15);
    layout->addWidget(m_country, 3, 0);

    m_state->setObjectName(QStringLiteral("stateCode"));
    m_state->setToolTip(tr("State"));
    m_state->setMaxVisibleItems(15);
    layout->addWidget(m_state, 3, 1);
    auto *stateName = new QLineEdit(this);
    stateName->setObjectName(QStringLiteral("stateName"));
    stateName->setPlaceholderText(tr("State"));
    stateName->setToolTip(tr("State"));
    m_lines.insert(QStringLiteral("stateName"), stateName);
    layout->addWidget(stateName, 3, 1);
    connect(stateName, &QLineEdit::textEdited, this, [this] { commit(editorValue()); });

    connect(m_country, &QComboBox::activated, this, [this] {
        m_strayCountry.clear();
        updateStates(true);
        commit(editorValue());
    });
    connect(m_state, &QComboBox::activated, this, [this] { commit(editorValue()); });

    setFocusWidget(m_lines.value(QStringLiteral("line1")));
    // The combos were made before the lines: Tab follows the grid instead.
    const QWidgetList order = tabWidgets();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateStates(true);
    refresh();
}

QWidgetList AddressEditor::tabWidgets() const
{
    QWidgetList list;
    for (const char *part : {"line1", "line2", "line3", "line4", "city", "postalCode"})
        list.append(m_lines.value(QLatin1String(part)));
    list << m_country << m_state << m_lines.value(QStringLiteral("stateName"));
    return list;
}

QString AddressEditor::countryCode() const
{
    const QString code = m_country->currentData(kCodeRole).toString();
    return code.isEmpty() ? m_strayCountry : code;
}

void AddressEditor::updateStates(bool preferList)
{
    const QString country = countryCode();
    const bool list = preferList && CountryCodes::instance().hasSubdivisions(country);
    if (country != m_statesOf || m_stateStray) {
        const QSignalBlocker blocker(m_state);
        m_state->clear();
        m_state->addItem(QString());
        const GettextCatalog &catalog = names("iso_3166-2");
        for (const auto &[code, name] : CountryCodes::instance().subdivisions(country))
            m_state->addItem(QStringLiteral("%1 (%2)").arg(catalog.translate(name), code), code);
        m_statesOf = country;
        m_stateStray = false;
    }
    m_state->setVisible(list);
    m_lines.value(QStringLiteral("stateName"))->setVisible(!list);
}

QJsonValue AddressEditor::editorValue() const
{
    QJsonObject address;
    for (const char *part : {"line1", "line2", "line3", "line4", "city", "postalCode"}) {
        const QString text = m_lines.value(QLatin1String(part))->text();
        if (!text.isEmpty())
            address.insert(QLatin1String(part), text);
    }
    const QString country = countryCode();
    if (!country.isEmpty())
        address.insert(QStringLiteral("countryCode"), country);
    if (!m_state->isHidden()) {
        const QString state = m_state->currentData().toString();
        if (!state.isEmpty())
            address.insert(QStringLiteral("stateCode"), state);
    } else {
        const QString state = m_lines.value(QStringLiteral("stateName"))->text();
        if (!state.isEmpty())
            address.insert(QStringLiteral("stateName"), state);
    }
    return address.isEmpty() ? QJsonValue() : QJsonValue(address);
}

void AddressEditor::showValue(const QJsonValue &value)
{
    const QJsonObject address = value.toObject();
    auto text
        = [&address](const char *part) { return address.value(QLatin1String(part)).toString(); };
    for (const char *part : {"line1", "line2", "line3", "line4", "city", "postalCode"})
        m_lines.value(QLatin1String(part))->setText(text(part));

    const QString country = text("countryCode");
    const int row = countryRow(country);
    // A code the list does not know is kept (the model says what is wrong with it).
    m_strayCountry = row < 0 ? country : QString();
    m_country->setCurrentIndex(qMax(row, 0));
    const QString stateCode = text("stateCode");
    const QString stateName = text("stateName");
    updateStates(stateName.isEmpty() || !stateCode.isEmpty());
    m_lines.value(QStringLiteral("stateName"))->setText(stateName);
    int state = stateCode.isEmpty() ? 0 : m_state->findData(stateCode);
    if (state < 0) {
        m_state->addItem(tr("%1 (not a state of this country)").arg(stateCode), stateCode);
        m_stateStray = true;
        state = m_state->count() - 1;
    }
    m_state->setCurrentIndex(state);
}

void AddressEditor::updateAccessibility()
{
    FieldEditor::updateAccessibility();
    const QString field = label();
    // Every part says the field's error or help, whichever part the person is in.
    const QString description = accessibleFieldDescription();
    for (QLineEdit *edit : std::as_const(m_lines)) {
        if (edit != focusWidgetOfEditor())
            edit->setAccessibleName(tr("%1: %2").arg(field, edit->placeholderText()));
        edit->setAccessibleDescription(description);
    }
    m_country->setAccessibleName(tr("%1: %2").arg(field, tr("Country")));
    m_state->setAccessibleName(tr("%1: %2").arg(field, tr("State")));
    m_country->setAccessibleDescription(description);
    m_state->setAccessibleDescription(description);
}
