#pragma once

#include "fields/fieldeditor.h"

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

/// A date with an explicit empty state (FieldType::Date, custom type 5): a
/// line edit taking yyyy-mm-dd or the locale's short date (15/03/2027; see
/// LocaleDate), a button opening a calendar (also F4 or Alt+Down) and a button
/// that empties it. Shows dates in the locale's order. Empty until the person
/// types or picks a date; writes "yyyy-MM-dd", and a half-typed date as typed so
/// the model can say what is wrong with it.
class DateEditor : public FieldEditor
{
    Q_OBJECT

public:
    DateEditor(RecordModel *model, const QString &key, QWidget *parent);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clearButton; }
    /// The calendar, once it was opened (it is built on first use).
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();
    QWidgetList tabWidgets() const override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pick(const QDate &date);
    /// "dd/mm/yyyy" with the letters of the person's language.
    static QString localizedHint(const QString &hint);

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QToolButton *m_clearButton;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};
