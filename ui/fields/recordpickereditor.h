#pragma once

#include "fields/fieldeditor.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QToolButton;
class RecordSearch;

/// An existing contact or company, found by typing (FieldType::ContactRef,
/// FieldType::CompanyRef). Typing asks the RecordSearch; its results show in
/// a popup as "First Last <email>" or the business name; picking one writes
/// its id as a number and the line shows the chosen record. The clear button
/// empties the field. Without a RecordSearch, typing an id is accepted.
class RecordPickerEditor : public FieldEditor
{
    Q_OBJECT

public:
    RecordPickerEditor(RecordModel *model, const QString &key, RecordSearch *search,
                       QWidget *parent);
    ~RecordPickerEditor() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QToolButton *clearButton() const { return m_clearButton; }
    /// A line under the field saying the platform could not be asked or nothing matched.
    QLabel *statusLabel() const { return m_status; }
    /// "contact" or "company".
    QString recordKind() const { return m_kind; }
    QWidgetList tabWidgets() const override;

    /// How a record reads in the list: "First Last <email>" or the business name.
    static QString describe(const QString &kind, const QJsonObject &record);

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void connectInputs();
    void onTextEdited(const QString &text);
    void startSearch();
    void onResults(const QString &kind, const QString &text, const QList<QJsonObject> &records,
                   bool fromPlatform);
    void onPlatformUnavailable(const QString &kind, const QString &message);
    void pickIndex(const QModelIndex &index);
    void restoreText();
    QString textFor(const QJsonValue &value) const;
    void setStatus(const QString &text);

    QString m_kind;
    QPointer<RecordSearch> m_search;
    QLineEdit *m_edit;
    QToolButton *m_clearButton;
    QLabel *m_status;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer *m_debounce;
    QString m_searchedText; ///< the newest text this editor asked for; empty when none is open
    QHash<qint64, QString> m_labels; ///< records seen in results, by id
    QJsonValue m_value;
    bool m_platformDown = false; ///< the newest search could not reach the platform
};
