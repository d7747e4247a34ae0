#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

class PlatformClient;
class PlatformReply;
class QTimer;
struct PlatformResult;

/// Leads, companies or contacts as the platform lists them (getLeadList,
/// getCompanyList, getContactList), one row per record, loaded a page at a
/// time (start/perPage) as a view asks for more, filtered on the platform as
/// the admin types.
///
/// Only the newest request counts: a new filter aborts the one in flight and
/// late answers are ignored. The platform documents no sort parameter, so a
/// sort is done here, and only over rows that are really loaded: all of them
/// when they fit (loading the rest first up to `MaxSortLoad`), else the loaded
/// ones with a `notice` saying so.
///
/// What a platform can make it hold is bounded: loading stops at `MaxRows` rows
/// or `MaxBytes` of answers, and when a page brings only records already shown
/// (an inflated `totalResults` repeating itself); a `notice` says which.
class RecordBrowserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Id,
        Name, ///< a lead's name
        Stage,
        Type,
        CompanyOrContact,
        Owner,
        Modified,
        BusinessName,
        TradingName,
        Email,
        Phone,
        Industry,
        ContactName, ///< first and last name
        Companies,
    };
    Q_ENUM(Column)

    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        RecordRole, ///< the raw result object
    };

    static constexpr int PageSize = 100;
    /// By default a sort loads the remaining pages first only up to this many results.
    static constexpr int MaxSortLoad = 5000;
    static constexpr int FilterDelayMs = 250;
    /// The most rows one filter loads (twice what a sort loads by itself).
    static constexpr int MaxRows = 2 * MaxSortLoad;
    /// The most answer bytes one filter loads.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    /// `kind` is "lead", "company" or "contact". Nothing is requested until
    /// reload() or a view's fetchMore().
    RecordBrowserModel(PlatformClient *client, QString kind, QObject *parent = nullptr);
    ~RecordBrowserModel() override;

    QString kind() const { return m_kind; }
    QList<Column> columns() const { return m_columns; }
    Column columnAt(int section) const { return m_columns.value(section); }
    /// -1 when this kind has no such column.
    int columnIndex(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// `column` -1 restores the platform's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The text typed into the search; sent as the documented `__CONTAINS`
    /// filter once typing pauses for FilterDelayMs. Empty: no filter.
    void setFilterText(const QString &text);
    /// Sends a pending filter now instead of after the pause.
    void applyFilterNow();
    /// The filter text in effect (sent, or being sent).
    QString filterText() const { return m_filterText; }
    /// The `filter` object sent with the current filter text (empty: none).
    QJsonObject currentFilter() const;

    /// Drops the rows and loads the first page again (same filter).
    void reload();
    /// After a failure: loads the next page again, keeping the rows.
    void retry();

    /// The platform's `meta.totalResults` for the current filter; -1 before the first page.
    int totalCount() const { return m_total; }
    bool allLoaded() const { return m_total >= 0 && m_nextStart >= m_total; }
    bool isLoading() const { return m_loading; }
    /// The last load error in words; empty after a successful page.
    QString lastError() const { return m_lastError; }
    /// The current notice about the sort; empty when there is none.
    QString currentNotice() const { return m_notice; }
    /// True when loading stopped at a cap or at a repeated page before the platform's total.
    bool isCutShort() const { return m_cutShort; }
    /// Test seam: the most results a sort loads completely (MaxSortLoad).
    void setSortLoadLimit(int results) { m_sortLoadLimit = results; }
    int sortLoadLimit() const { return m_sortLoadLimit; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QJsonObject record(int row) const;
    qint64 recordId(int row) const;
    /// The row showing record `id`, or -1.
    int rowOf(qint64 id) const;

    /// The text a cell shows, for `record` of this model's kind.
    QString displayText(Column column, const QJsonObject &record) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page could not be loaded; the rows already loaded stay.
    void loadFailed(const QString &message);
    /// While the remaining pages load for a sort.
    void progress(int loaded, int total);
    /// Something a person should know about what is shown; empty clears it.
    void notice(const QString &message);

private:
    struct Row
    {
        QJsonObject record;
        qint64 id = 0;
        int arrival = 0;
        QStringList texts;
    };

    void resetAndLoad();
    void requestPage();
    void onPage(PlatformReply *reply, const PlatformResult &result);
    void onPageFailed(const QString &error);
    /// The page's records not shown yet, as rows, up to MaxRows in all.
    QList<Row> freshRows(const QJsonArray &results);
    /// After a page: stops loading at a cap or a page that brought nothing new.
    void checkLimits(int resultCount, int freshCount);
    void abortPending();
    void setLoading(bool loading);
    void setNotice(const QString &message);
    /// Decides how an asked-for sort can be honest with what is loaded.
    void settleSort();
    void applySort();
    QList<QJsonObject> filterCandidates(const QString &text) const;
    QString columnTitle(Column column) const;

    PlatformClient *m_client;
    QString m_kind;
    QString m_action;
    QString m_nameSpace;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QSet<qint64> m_ids;
    QTimer *m_debounce;
    QString m_pendingFilter;
    QString m_filterText;
    /// Filters to try in turn while the ones before match nothing (contacts).
    QList<QJsonObject> m_candidates;
    int m_candidate = 0;
    QPointer<PlatformReply> m_reply;
    int m_total = -1;
    int m_nextStart = 0;
    int m_arrivals = 0;
    qint64 m_bytes = 0;
    bool m_cutShort = false;
    QString m_cutNotice;
    bool m_loading = false;
    bool m_failed = false;
    bool m_loadingAll = false;
    int m_sortLoadLimit = MaxSortLoad;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
    QString m_notice;
};
