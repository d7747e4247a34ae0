#pragma once

#include "fields/fieldeditor.h"

#include <QHash>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QListWidget;
class QStandardItemModel;
class QTimer;
class QToolButton;
class RecordSearch;

/// A list of records kept as their ids (FieldType::IdList: a contact's companies). The chosen
/// records are listed by name; typing searches as the record pickers do and picking one adds
/// it; Remove (or Delete in the list) takes the selected one out. Writes an array of ids.
/// Without a RecordSearch, an id typed and confirmed with Enter is added as it is.
class IdListEditor : public FieldEditor
{
    Q_OBJECT

public:
    IdListEditor(RecordModel *model, const QString &key, RecordSearch *search, QWidget *parent);
    ~IdListEditor() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QListWidget *chosenList() const { return m_list; }
    QToolButton *removeButton() const { return m_remove; }
    QWidgetList tabWidgets() const override;

protected:
    QJsonValue editorValue() const override;
    void showValue(const QJsonValue &value) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void startSearch();
    void onResults(const QString &kind, const QString &text, const QList<QJsonObject> &records,
                   bool fromPlatform);
    void add(const QJsonValue &id);
    void removeSelected();
    void fitList();
    QString nameOf(const QJsonValue &id) const;

    QString m_kind;
    QPointer<RecordSearch> m_search;
    QListWidget *m_list;
    QToolButton *m_remove;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer *m_debounce;
    QString m_searchedText;
    QHash<qint64, QString> m_labels; ///< records seen in results, by id
};
