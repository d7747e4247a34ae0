#include "browsers/recordbrowser.h"

#include "services/profilestore.h"
#include "services/recordbrowsermodel.h"
#include "services/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

RecordBrowser::RecordBrowser(Workspace *workspace, const QString &kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RecordBrowserModel(workspace->client(), kind, this))
    , m_search(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_kind = m_model->kind();
    setObjectName(QStringLiteral("recordBrowser_") + m_kind);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    column->addLayout(searchRow());

    setUpTable();
    column->addWidget(m_table, 1);

    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_status);

    setFocusProxy(m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_retry);

    auto *again = new QAction(this);
    again->setShortcut(QKeySequence::Refresh);
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, &RecordBrowser::retryOrReload);
    addAction(again);

    connectModel();

    // Another profile: other records.
    connect(workspace, &Workspace::activated, m_model, &RecordBrowserModel::reload);
    // The platform answers again: pick up where a failure stopped.
    connect(workspace, &Workspace::connectionChanged, this,
            [this](Workspace::Connection connection) {
                if (connection == Workspace::Connection::Online && !m_model->lastError().isEmpty())
                    m_model->retry();
            });

    updateBusy(m_model->isLoading());
}

QHBoxLayout *RecordBrowser::searchRow()
{
    auto *top = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("browserSearch"));
    m_search->setPlaceholderText(searchPlaceholder());
    m_search->setAccessibleName(searchPlaceholder());
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    top->addWidget(m_search, 1);

    m_busy->setObjectName(QStringLiteral("browserBusy"));
    m_busy->setAccessibleName(tr("Loading from the platform"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    // Keeps the search field from jumping as loads come and go.
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
    m_busy->setVisible(false);
    top->addWidget(m_busy);

    m_retry->setObjectName(QStringLiteral("browserRetry"));
    m_retry->setToolTip(tr("Load again what could not be loaded (F5)"));
    m_retry->setVisible(false);
    top->addWidget(m_retry);
    return top;
}

void RecordBrowser::setUpTable()
{
    m_table->setObjectName(QStringLiteral("browserTable"));
    m_table->setAccessibleName(
        m_kind == QLatin1String("company")
            ? tr("Companies")
            : (m_kind == QLatin1String("contact") ? tr("Contacts") : tr("Leads")));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->installEventFilter(this);
    // The first request goes out before the view asks for one.
    m_model->reload();
    m_table->setModel(m_model);
    // No sort until the admin asks for one: a sort may load every page.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Widths are worked out from what is shown (fitColumns), or what the admin made them.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_fitting)
            return;
        m_userWidths = true;
        if (m_settings)
            m_settings->setValue(QStringLiteral("browser/%1/columns").arg(m_kind),
                                 m_table->horizontalHeader()->saveState());
    });
}

void RecordBrowser::connectModel()
{
    connect(m_search, &QLineEdit::textChanged, m_model, &RecordBrowserModel::setFilterText);
    connect(m_retry, &QPushButton::clicked, this, &RecordBrowser::retryOrReload);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &RecordBrowserModel::loadingChanged, this, &RecordBrowser::updateBusy);
    connect(m_model, &RecordBrowserModel::progress, this, [this](int loaded, int total) {
        m_sortLoaded = loaded;
        m_sortTotal = total;
        m_busy->setRange(0, qMax(total, 1));
        m_busy->setValue(loaded);
        updateStatus();
    });
    connect(m_model, &RecordBrowserModel::loadFailed, this, &RecordBrowser::updateStatus);
    connect(m_model, &RecordBrowserModel::notice, this, &RecordBrowser::updateStatus);
    connect(m_model, &RecordBrowserModel::modelReset, this, &RecordBrowser::updateStatus);
    connect(m_model, &RecordBrowserModel::rowsInserted, this, &RecordBrowser::updateStatus);
    connect(m_model, &RecordBrowserModel::rowsInserted, this, [this] {
        // From the first page: later pages must not make the columns jump.
        if (m_model->rowCount() <= RecordBrowserModel::PageSize)
            fitColumns();
    });
}

QString RecordBrowser::searchPlaceholder() const
{
    if (m_kind == QLatin1String("company"))
        return tr("Search companies by business name…");
    if (m_kind == QLatin1String("contact"))
        return tr("Search contacts by name or email…");
    return tr("Search leads by name…");
}

QString RecordBrowser::countText(int loaded, int total) const
{
    const QLocale locale;
    if (m_kind == QLatin1String("company"))
        return tr("%1 of %2 companies").arg(locale.toString(loaded), locale.toString(total));
    if (m_kind == QLatin1String("contact"))
        return tr("%1 of %2 contacts").arg(locale.toString(loaded), locale.toString(total));
    return tr("%1 of %2 leads").arg(locale.toString(loaded), locale.toString(total));
}

QString RecordBrowser::noMatchText(const QString &filter) const
{
    if (filter.isEmpty()) {
        if (m_kind == QLatin1String("company"))
            return tr("No companies on the platform");
        if (m_kind == QLatin1String("contact"))
            return tr("No contacts on the platform");
        return tr("No leads on the platform");
    }
    if (m_kind == QLatin1String("company"))
        return tr("No company's business name contains “%1”").arg(filter);
    if (m_kind == QLatin1String("contact"))
        return tr("No contact's name or email contains “%1”").arg(filter);
    return tr("No lead's name contains “%1”").arg(filter);
}

QString RecordBrowser::loadingText() const
{
    if (m_kind == QLatin1String("company"))
        return tr("Loading companies…");
    if (m_kind == QLatin1String("contact"))
        return tr("Loading contacts…");
    return tr("Loading leads…");
}

QString RecordBrowser::sortLoadingText(int loaded, int total) const
{
    const QLocale locale;
    if (m_kind == QLatin1String("company"))
        return tr("Loading all %2 companies to sort them: %1 so far…")
            .arg(locale.toString(loaded), locale.toString(total));
    if (m_kind == QLatin1String("contact"))
        return tr("Loading all %2 contacts to sort them: %1 so far…")
            .arg(locale.toString(loaded), locale.toString(total));
    return tr("Loading all %2 leads to sort them: %1 so far…")
        .arg(locale.toString(loaded), locale.toString(total));
}

QString RecordBrowser::failureText(const QString &message) const
{
    if (m_kind == QLatin1String("company"))
        return tr("Could not load companies: %1. Press F5 to try again.").arg(message);
    if (m_kind == QLatin1String("contact"))
        return tr("Could not load contacts: %1. Press F5 to try again.").arg(message);
    return tr("Could not load leads: %1. Press F5 to try again.").arg(message);
}

void RecordBrowser::setSettings(ProfileStore *settings)
{
    m_settings = settings;
    const QByteArray kept = settings
        ? settings->value(QStringLiteral("browser/%1/columns").arg(m_kind)).toByteArray()
        : QByteArray();
    m_fitting = true;
    m_userWidths = !kept.isEmpty() && m_table->horizontalHeader()->restoreState(kept);
    m_fitting = false;
}

int RecordBrowser::nameColumn() const
{
    using Column = RecordBrowserModel::Column;
    for (Column column : {Column::Name, Column::BusinessName, Column::ContactName})
        if (const int index = m_model->columnIndex(column); index >= 0)
            return index;
    return 0;
}

void RecordBrowser::fitColumns()
{
    // What the admin set stays; before the first page there is nothing to fit to.
    if (m_userWidths || m_model->rowCount() == 0)
        return;
    const int name = nameColumn();
    const int room = m_table->viewport()->width();
    const int chars = fontMetrics().averageCharWidth();
    m_fitting = true;
    auto contentWidth = [this](int column) {
        m_table->resizeColumnToContents(column); // the header's text counts too
        return m_table->columnWidth(column);
    };
    // The other columns fit their content, up to a point; the name takes what is left.
    QHash<int, int> widths;
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == name)
            continue;
        widths[column] = qMin(contentWidth(column), chars * 28);
        others += widths[column];
    }
    // Names are what a person looks for: they keep a fair share even on a small screen, and
    // the other columns give up room in proportion (each keeps a few characters).
    const int nameFloor = qMin(contentWidth(name), qMax(chars * 24, room * 2 / 5));
    const int least = chars * 7;
    int shrinkable = 0;
    for (int width : std::as_const(widths))
        shrinkable += qMax(0, width - least);
    const int cut = qMin(others + nameFloor - room, shrinkable);
    if (cut > 0) {
        others = 0;
        for (auto it = widths.begin(); it != widths.end(); ++it) {
            const int spare = qMax(0, it.value() - least);
            it.value() -= int(std::ceil(double(spare) * cut / shrinkable));
            others += it.value();
        }
    }
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        m_table->setColumnWidth(it.key(), it.value());
    m_table->setColumnWidth(name, qMax(nameFloor, room - others));
    m_fitting = false;
}

void RecordBrowser::updateBusy(bool loading)
{
    m_busy->setVisible(loading);
    if (!loading) {
        // Back to "busy, amount unknown" for the next load.
        m_busy->setRange(0, 0);
        m_sortLoaded = -1;
        m_sortTotal = -1;
    }
    updateStatus();
}

void RecordBrowser::updateStatus()
{
    QStringList parts;
    const int loaded = m_model->rowCount();
    const int total = m_model->totalCount();
    const QString error = m_model->lastError();
    if (m_model->isLoading() && m_sortTotal >= 0)
        parts << sortLoadingText(m_sortLoaded, m_sortTotal);
    else if (total < 0)
        parts << (error.isEmpty() ? loadingText() : QString());
    else if (total == 0)
        parts << noMatchText(m_model->filterText());
    else
        parts << countText(loaded, total);
    if (!error.isEmpty())
        parts << failureText(error);
    if (!m_model->currentNotice().isEmpty())
        parts << m_model->currentNotice();
    parts.removeAll(QString());
    m_status->setText(parts.join(QStringLiteral(" — ")));
    m_retry->setVisible(!error.isEmpty());
}

void RecordBrowser::retryOrReload()
{
    if (!m_model->lastError().isEmpty())
        m_model->retry();
    else
        m_model->reload();
}

void RecordBrowser::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    Q_EMIT openRequested(m_kind, m_model->recordId(row), m_model->record(row));
}

bool RecordBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_search && plain) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Search now rather than after the pause.
            m_model->applyFilterNow();
            return true;
        default:
            break;
        }
    } else if (watched == m_table && plain) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openRow(m_table->currentIndex().row());
            return true;
        case Qt::Key_Up:
            if (m_table->currentIndex().row() <= 0) {
                m_search->setFocus(Qt::BacktabFocusReason);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
