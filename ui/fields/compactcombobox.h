#pragma once

#include <QComboBox>

/// A QComboBox whose size comes from a number of characters, not from its
/// items. The stock size policies either measure every item (250 countries
/// in each address field) or build the popup up front; a form with hundreds
/// of fields can afford neither. The mouse wheel changes its choice only once it has focus:
/// scrolling the form over it must scroll the form, not pick another value.
class CompactComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CompactComboBox(int characters, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    int m_characters;
    mutable QSize m_hint;
};
