#include "browsers/senthistoryview.h"

#include "services/recordfetch.h"
#include "services/senthistorymodel.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SentHistoryView::SentHistoryView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new SentHistoryModel(this))
    , m_fetch(new RecordFetch(workspace->client(), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sentHistory"));
    auto *column = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter->setObjectName(QStringLiteral("sentHistoryFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or platform id…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the sent history"));
    top->addWidget(m_filter, 1);
    m_open->setObjectName(QStringLiteral("sentHistoryOpen"));
    m_open->setToolTip(tr("Open the record to correct it (Enter)"));
    top->addWidget(m_open);
    column->addLayout(top);

    m_table->setObjectName(QStringLiteral("sentHistoryTable"));
    m_table->setAccessibleName(tr("Sent history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setModel(m_model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SentHistoryModel::TitleColumn, QHeaderView::Stretch);
    column->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("sentHistoryStatus"));
    m_status->setWordWrap(true);
    column->addWidget(m_status);
    setFocusProxy(m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_open);

    connect(m_filter, &QLineEdit::textChanged, m_model, &SentHistoryModel::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        openRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { openRow(m_table->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SentHistoryView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SentHistoryView::updateStatus);
    connect(m_fetch, &RecordFetch::finished, this,
            [this](const QString &kind, qint64 id, const QJsonObject &record,
                   const PlatformError &error) {
                m_open->setEnabled(true);
                if (error.isError()) {
                    m_status->setText(tr("%1 %2 could not be opened: %3")
                                          .arg(SentHistoryModel::kindText(kind))
                                          .arg(id)
                                          .arg(error.toString()));
                    return;
                }
                updateStatus();
                Q_EMIT openRequested(kind, id, record);
            });
    // Another profile, another history.
    connect(workspace, &Workspace::activated, this,
            [this] { m_model->setOutbox(m_workspace->outbox()); });
    m_model->setOutbox(workspace->outbox());
}

void SentHistoryView::openRow(int row)
{
    const OutboxEntry *entry = m_model->entryAt(row);
    if (!entry)
        return;
    m_open->setEnabled(false);
    m_status->setText(tr("Reading %1 %2 from the platform…")
                          .arg(SentHistoryModel::kindText(entry->kind))
                          .arg(entry->recordId));
    m_fetch->fetch(entry->kind, entry->recordId);
}

void SentHistoryView::updateStatus()
{
    const QLocale locale;
    const int days = m_workspace->sentHistoryDays();
    if (m_model->totalCount() == 0)
        m_status->setText(
            m_model->filter().isEmpty()
                ? tr("Nothing was sent from this profile in the last %n day(s).", nullptr, days)
                : tr("Nothing sent matches “%1”.").arg(m_model->filter()));
    else
        m_status->setText(
            tr("%1 sent; sent items are kept for %n day(s) (Settings).", nullptr, days)
                .arg(locale.toString(m_model->totalCount())));
}
