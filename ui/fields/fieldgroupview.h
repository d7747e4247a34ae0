#pragma once

#include "fields/editorfactory.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

class FieldRow;
class QVBoxLayout;
class RecordModel;

/// A column of FieldRows for the rows of a RecordModel whose field section is
/// one of `sections` ({"lead"}, {"custom"} …), in the model's order. Rows
/// marked advanced are left out unless setShowAdvanced(true). When the model
/// is reset with other fields (a new schema), the view rebuilds itself and
/// emits rowsRebuilt() (a form that links its own widgets to firstInput() and
/// lastInput() does that again then); Tab runs through the fields top to bottom.
///
/// The view is the only listener of the model here: it passes each change on
/// to the row (and through it the editor) of each changed model row, so a
/// keystroke costs one call per view and one per changed row, however many
/// fields the form has.
class FieldGroupView : public QWidget
{
    Q_OBJECT

public:
    FieldGroupView(RecordModel *model, const QStringList &sections, QWidget *parent = nullptr);
    FieldGroupView(RecordModel *model, const QStringList &sections, const EditorFactory &factory,
                   QWidget *parent = nullptr);

    RecordModel *model() const;
    QStringList sections() const { return m_sections; }

    bool showAdvanced() const { return m_showAdvanced; }
    void setShowAdvanced(bool show);
    /// Fields of the sections that the view leaves to someone else.
    void setExcludedKeys(const QStringList &keys);

    QList<FieldRow *> rows() const { return m_rows; }
    /// Null when the view has no row for `key`.
    FieldRow *row(const QString &key) const;

    /// Chains the editors of all rows for Tab, top to bottom (each editor's
    /// inputs stay in their own order); done after every rebuild. Returns the
    /// editors that take focus, in order.
    QWidgetList setTabOrderChain();
    /// The first and last editor that takes focus, for a form to link its own
    /// widgets before and after: QWidget::setTabOrder(widget, firstInput()).
    QWidget *firstInput() const;
    QWidget *lastInput() const;

Q_SIGNALS:
    void rowsRebuilt();

private:
    /// The (key, type) list the view should show now.
    QStringList wantedRows() const;
    void rebuild();
    /// Which row shows which model row (after a rebuild or a reset).
    void indexRows();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onModelReset();

    QPointer<RecordModel> m_model;
    QStringList m_sections;
    EditorFactory m_factory;
    QStringList m_excluded;
    bool m_showAdvanced = false;
    QVBoxLayout *m_layout; ///< holds m_body
    QWidget *m_body = nullptr; ///< the rows; replaced as a whole on a rebuild
    QList<FieldRow *> m_rows;
    QHash<QString, FieldRow *> m_rowByKey;
    QVector<FieldRow *> m_rowAt; ///< by model row; null where another view shows the field
    QStringList m_signature; ///< wantedRows() when the rows were built
    QWidgetList m_chain;
};
