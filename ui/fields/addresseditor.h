#pragma once

#include "fields/fieldeditor.h"

#include <QHash>

class QComboBox;
class QLineEdit;

/// A postal address (FieldType::Address, custom type 4 and a company's
/// address): lines 1–4, city, postcode, a country list and, for countries
/// with ISO 3166-2 subdivisions, a state list, else a free-text state.
/// Writes an object with the keys of ValueChecks::addressKeys() that are
/// filled in: stateCode from the list, or stateName.
class AddressEditor : public FieldEditor
{
    Q_OBJECT

public:
    AddressEditor(RecordModel *model, const QString &key, QWidget *parent);

    /// The input for an address key ("line1" … "postalCode", "stateName").
    QLineEdit *lineEdit(const QString &part) const { return m_lines.value(part); }
    QWidgetList tabWidgets() const override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    void updateAccessibility() override;

private:
    QString countryCode() const;
    /// Fills the state list for the chosen country and shows the list or the free-text state.
    void updateStates(bool preferList);

    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_country;
    QComboBox *m_state;
    QString m_strayCountry; ///< a country code the list does not know, as the model holds it
    QString m_statesOf; ///< country whose subdivisions m_state holds
    bool m_stateStray = false;
};
