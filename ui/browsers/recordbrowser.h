#pragma once

#include <QJsonObject>
#include <QWidget>

class ProfileStore;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class RecordBrowserModel;
class Workspace;

/// Find a lead, company or contact on the platform: a search field that
/// filters on the platform as the admin types, a table that loads the next
/// page as it is scrolled, sortable columns, a busy indicator and a status
/// line that says how much is loaded and what went wrong.
///
/// Down in the search field moves into the table; Enter or a double-click
/// on a row asks to open that record; Up on the first row goes back to the
/// search; F5 tries again after a failure (else reloads).
class RecordBrowser : public QWidget
{
    Q_OBJECT

public:
    /// `kind` is "lead", "company" or "contact".
    RecordBrowser(Workspace *workspace, const QString &kind, QWidget *parent = nullptr);

    QString kind() const { return m_kind; }
    RecordBrowserModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }

    /// Opens the record in `row` (emits openRequested).
    void openRow(int row);
    /// Where the column widths the admin sets are kept (per kind); they are used at once.
    void setSettings(ProfileStore *settings);
    /// The column of the record's name (a lead's name, a business name, a contact's name).
    int nameColumn() const;

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id, const QJsonObject &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The search field, with the busy indicator and Try again beside it.
    QHBoxLayout *searchRow();
    void setUpTable();
    void connectModel();
    void fitColumns();
    void updateBusy(bool loading);
    void updateStatus();
    void retryOrReload();
    QString searchPlaceholder() const;
    QString countText(int loaded, int total) const;
    QString noMatchText(const QString &filter) const;
    QString loadingText() const;
    QString sortLoadingText(int loaded, int total) const;
    QString failureText(const QString &message) const;

    Workspace *m_workspace;
    QString m_kind;
    RecordBrowserModel *m_model;
    QLineEdit *m_search;
    QProgressBar *m_busy;
    QPushButton *m_retry;
    QTableView *m_table;
    QLabel *m_status;
    ProfileStore *m_settings = nullptr;
    /// The admin resized a column (now or in an earlier run): widths are left as they are.
    bool m_userWidths = false;
    bool m_fitting = false;
    int m_sortLoaded = -1;
    int m_sortTotal = -1;
};
