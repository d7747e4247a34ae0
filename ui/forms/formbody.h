#pragma once

#include <QPair>
#include <QScrollArea>

#include <functional>

class FieldGroupView;
class FieldRow;
class QHBoxLayout;
class QVBoxLayout;

/// The scrolled part of a form: its sections top to bottom, or in two columns side by side once
/// the form is wide enough (TwoColumnWidth), so that a wide screen shows more fields and no
/// 1,400-pixel combo boxes. Every section shares one label column, whose width does not depend
/// on which fields are shown, and Tab runs down the first column, then the second.
class FormBody : public QScrollArea
{
    Q_OBJECT

public:
    /// From this width of the form on, sections stand in two columns.
    static constexpr int TwoColumnWidth = 1400;

    explicit FormBody(QWidget *parent = nullptr);

    /// Where sections are added, top to bottom.
    QVBoxLayout *sections() const { return m_first; }
    /// Sections added from now on go to the second column when the form is wide.
    void startSecondColumn();
    /// Ends adding sections: the columns are arranged for the current width.
    void finish();
    /// Whether the sections stand in two columns now.
    bool isTwoColumns() const { return m_twoColumns; }

    /// Adds `group` to `content` (sections() or a layout inside it) under `heading`, which
    /// is hidden while the group has no rows; `prefix` names a nested record's rows
    /// ("contact").
    void addGroup(QVBoxLayout *content, const QString &heading, FieldGroupView *group,
                  const QString &prefix);
    const QList<QPair<QString, FieldGroupView *>> &groups() const { return m_groups; }
    /// The visible row showing `key` ("contact.email" for an inline contact's email), or null.
    FieldRow *rowFor(const QString &key) const;
    /// The key a row is found by with rowFor().
    QString keyOf(const FieldRow *row) const;
    /// The visible rows in the order Tab reaches them.
    QList<FieldRow *> rowsInOrder() const;
    /// The widgets Tab reaches, in order (each group's editors as one step each).
    QWidgetList tabChain() const;

    /// One label column for every section, wide enough for the longest label any of the
    /// sections can show (advanced fields included) up to a limit beyond which labels wrap.
    void alignLabels();
    int labelWidth() const { return m_labelWidth; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool twoColumns);
    int wantedLabelWidth() const;
    /// Visits the widgets of the content in on-screen order: each FieldGroupView once, and
    /// every other widget that takes focus by Tab.
    void walk(const std::function<void(QWidget *)> &visit) const;

    QWidget *m_content;
    QHBoxLayout *m_columns;
    QVBoxLayout *m_first;
    QVBoxLayout *m_second;
    QList<QPair<QString, FieldGroupView *>> m_groups;
    int m_splitAt = -1;
    int m_labelWidth = 0;
    bool m_twoColumns = false;
    bool m_finished = false;
};
