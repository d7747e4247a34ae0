#include "inspector/requestinspector.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    TimeColumn,
    CallColumn,
    StatusColumn,
    DurationColumn,
    AttemptColumn,
    OutcomeColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole + 1;

QPlainTextEdit *makePane(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(objectName);
    pane->setAccessibleName(accessibleName);
    pane->setReadOnly(true);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return pane;
}

} // namespace

RequestInspector::RequestInspector(RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_list(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_request(makePane(QStringLiteral("inspectorRequest"), tr("Request body"), this))
    , m_response(makePane(QStringLiteral("inspectorResponse"), tr("Response body"), this))
    , m_headers(makePane(QStringLiteral("inspectorHeaders"), tr("Request headers"), this))
    , m_signed(makePane(QStringLiteral("inspectorSigned"), tr("String that was signed"), this))
    , m_signedNote(new QLabel(this))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("requestInspector"));
    setAccessibleName(tr("Request inspector"));

    m_list->setObjectName(QStringLiteral("inspectorList"));
    m_list->setAccessibleName(tr("Recent platform calls"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Call"), tr("Status"), tr("Duration"), tr("Attempt"), tr("Outcome")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RequestInspector::showCurrent);

    m_signedNote->setObjectName(QStringLiteral("inspectorSignedNote"));
    m_signedNote->setWordWrap(true);
    m_signedNote->setText(tr("LeadDesk signs this string with HMAC-SHA1 and the API secret. "
                             "Neither the secret nor the signature is shown here."));
    auto *signedPage = new QWidget(this);
    auto *signedColumn = new QVBoxLayout(signedPage);
    signedColumn->setContentsMargins(0, 0, 0, 0);
    signedColumn->addWidget(m_signedNote);
    signedColumn->addWidget(m_signed, 1);

    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(signedPage, tr("Signed string"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy the selected call as a curl command"));
    m_copyCurl->setToolTip(tr("Copies a curl command for the selected call, with $IVVY_API_KEY "
                              "and $SIGNATURE in place of the key and the signature"));
    m_copyCurl->setEnabled(false);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestInspector::copyCurl);
    m_clear->setObjectName(QStringLiteral("clearInspectorButton"));
    m_clear->setAccessibleName(tr("Clear the list of calls"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_log)
            m_log->clear();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);

    auto *column = new QVBoxLayout(this);
    column->addWidget(splitter, 1);
    column->addLayout(buttons);

    if (m_log) {
        connect(m_log, &RequestLog::entryAdded, this, &RequestInspector::onEntryAdded);
        connect(m_log, &RequestLog::cleared, this, &RequestInspector::onCleared);
        QList<QTreeWidgetItem *> items;
        for (const RequestLog::Entry &entry : m_log->entries())
            items.append(makeItem(entry));
        m_list->addTopLevelItems(items);
    }
    showCurrent();
}

qint64 RequestInspector::currentEntryId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void RequestInspector::selectEntry(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

void RequestInspector::onEntryAdded(int index)
{
    if (!m_log || index < 0 || index >= m_log->count())
        return;
    // Entries dropped from the log's far end go from the list too; the
    // selection stays on its entry as long as that is kept.
    const qint64 oldest = m_log->entries().constFirst().id;
    while (m_list->topLevelItemCount() > 0
           && m_list->topLevelItem(0)->data(0, IdRole).toLongLong() < oldest)
        delete m_list->takeTopLevelItem(0);
    QScrollBar *scroll = m_list->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum();
    m_list->addTopLevelItem(makeItem(m_log->entries().at(index)));
    // Follow new calls only when the reader was already looking at the newest.
    if (atBottom)
        m_list->scrollToBottom();
    if (!m_list->currentItem())
        showCurrent();
}

void RequestInspector::onCleared()
{
    m_list->clear();
    showCurrent();
}

QTreeWidgetItem *RequestInspector::makeItem(const RequestLog::Entry &entry)
{
    auto *item = new QTreeWidgetItem(rowCells(entry));
    item->setData(0, IdRole, entry.id);
    item->setToolTip(OutcomeColumn, outcomeText(entry));
    item->setTextAlignment(StatusColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(AttemptColumn, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void RequestInspector::showCurrent()
{
    const RequestLog::Entry *entry = m_log ? m_log->find(currentEntryId()) : nullptr;
    m_copyCurl->setEnabled(entry != nullptr);
    m_clear->setEnabled(m_log && m_log->count() > 0);
    if (!entry) {
        const QString none = tr("Select a call above to see what was sent and received.");
        m_request->setPlainText(none);
        m_response->clear();
        m_headers->clear();
        m_signed->clear();
        return;
    }
    m_request->setPlainText(requestText(*entry));
    m_response->setPlainText(responseText(*entry));
    m_headers->setPlainText(headersText(*entry));
    m_signed->setPlainText(signedText(*entry));
}

void RequestInspector::copyCurl()
{
    const RequestLog::Entry *entry = m_log ? m_log->find(currentEntryId()) : nullptr;
    if (!entry)
        return;
    QGuiApplication::clipboard()->setText(RequestLog::curlCommand(*entry));
}

QString RequestInspector::allText() const
{
    QStringList parts;
    if (m_log) {
        for (const RequestLog::Entry &entry : m_log->entries()) {
            parts << rowCells(entry).join(QLatin1Char('\t')) << headersText(entry)
                  << requestText(entry) << responseText(entry) << signedText(entry)
                  << RequestLog::curlCommand(entry);
        }
    }
    // And whatever the widgets show right now.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << item->text(column) << item->toolTip(column);
        parts << cells.join(QLatin1Char('\t'));
    }
    parts << m_request->toPlainText() << m_response->toPlainText() << m_headers->toPlainText()
          << m_signed->toPlainText() << m_signedNote->text();
    return parts.join(QLatin1Char('\n'));
}

QString RequestInspector::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return tr("(empty)");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

QStringList RequestInspector::rowCells(const RequestLog::Entry &entry)
{
    QStringList cells(ColumnCount);
    cells[TimeColumn]
        = QLocale().toString(entry.startedUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    cells[CallColumn] = callName(entry);
    cells[StatusColumn] = statusText(entry);
    cells[DurationColumn] = tr("%1 ms").arg(entry.durationMs);
    cells[AttemptColumn] = QString::number(entry.attempt);
    cells[OutcomeColumn] = outcomeText(entry);
    return cells;
}

QString RequestInspector::callName(const RequestLog::Entry &entry)
{
    return entry.nameSpace + QLatin1Char('.') + entry.action;
}

QString RequestInspector::statusText(const RequestLog::Entry &entry)
{
    return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("none");
}

QString RequestInspector::outcomeText(const RequestLog::Entry &entry)
{
    return entry.isOk() ? tr("OK") : entry.outcome;
}

QString RequestInspector::requestText(const RequestLog::Entry &entry)
{
    return prettyBody(entry.requestBody);
}

QString RequestInspector::responseText(const RequestLog::Entry &entry)
{
    if (entry.responseBody.isEmpty() && entry.httpStatus == 0)
        return tr("No answer: %1").arg(outcomeText(entry));
    QString text = prettyBody(entry.responseBody);
    if (entry.responseCut())
        text = tr("Cut: the first %1 of %2 bytes.")
                   .arg(QLocale().toString(qint64(entry.responseBody.size())),
                        QLocale().toString(entry.responseSize))
            + QStringLiteral("\n\n") + text;
    return text;
}

QString RequestInspector::headersText(const RequestLog::Entry &entry)
{
    QStringList lines;
    lines << QStringLiteral("POST ") + entry.url;
    for (const auto &[name, value] : entry.headers)
        lines << QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    lines << QString() << tr("Status: %1 — %2").arg(statusText(entry), outcomeText(entry))
          << tr("Sent: %1").arg(entry.startedUtc.toString(Qt::ISODateWithMs))
          << tr("Duration: %1 ms, attempt %2").arg(entry.durationMs).arg(entry.attempt);
    return lines.join(QLatin1Char('\n'));
}

QString RequestInspector::signedText(const RequestLog::Entry &entry)
{
    return QString::fromUtf8(entry.stringToSign);
}
