#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RecordFetch;
class SentHistoryModel;
class Workspace;

/// Record → Sent history: what this profile sent, newest first, with the platform's id, the
/// kind, the title and when. Type to filter by title or id; Enter (or Open) reads the record
/// from the platform and opens it for correction. Sent items stay here for the days Settings
/// keeps them.
class SentHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit SentHistoryView(Workspace *workspace, QWidget *parent = nullptr);

    SentHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    /// Reads the record in `row` from the platform; openRequested() follows.
    void openRow(int row);

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id, const QJsonObject &record);

private:
    void updateStatus();

    Workspace *m_workspace;
    SentHistoryModel *m_model;
    RecordFetch *m_fetch;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_open;
    QLabel *m_status;
};
