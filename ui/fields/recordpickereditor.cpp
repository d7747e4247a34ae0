#include "fields/recordpickereditor.h"

#include "model/fieldkeys.h"
#include "model/recordmodel.h"
#include "model/valuechecks.h"
#include "services/recordsearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
/// Typing pauses this long before a search goes out, so a fast typist sends one.
constexpr int kDebounceMs = 150;
} // namespace

RecordPickerEditor::RecordPickerEditor(RecordModel *model, const QString &key, RecordSearch *search,
                                       QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_search(search)
    , m_edit(new QLineEdit(this))
    , m_clearButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_results(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    const FieldType type = rowData(RecordModel::FieldTypeRole).value<FieldType>();
    m_kind
        = recordKindName(type == FieldType::CompanyRef ? RecordKind::Company : RecordKind::Contact);
    buildWidgets();
    connectInputs();
    m_edit->installEventFilter(this);
    setFocusWidget(m_edit);
    refresh();
}

void RecordPickerEditor::buildWidgets()
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setPlaceholderText(m_search ? (m_kind == recordKindName(RecordKind::Company)
                                               ? tr("Type a business name to search")
                                               : tr("Type a name or email to search"))
                                        : tr("Id"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Leave this empty"));
    m_clearButton->setAccessibleName(tr("Clear the chosen record"));
    m_clearButton->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_completer->setObjectName(QStringLiteral("completer"));
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    // Not QLineEdit::setCompleter(): the results are filtered by the search,
    // and the line keeps what the person typed while they move through them.
    m_completer->setWidget(m_edit);
    // Room for "First Last <name@company.example>": a narrower field shows only the end of the
    // chosen contact, and a popup as narrow as the field cuts every suggestion short.
    const int wide = m_edit->fontMetrics().averageCharWidth() * 34;
    m_edit->setMinimumWidth(wide);
    m_completer->popup()->setMinimumWidth(wide + 80);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_clearButton, 0, 1);
    layout->addWidget(m_status, 1, 0, 1, 2);
}

void RecordPickerEditor::onTextEdited(const QString &text)
{
    if (!m_search) {
        // No search service: an id typed as digits is the value.
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        m_value = text.trimmed().isEmpty() ? QJsonValue()
            : ok                           ? QJsonValue(id)
                                           : QJsonValue(text.trimmed());
        commit(m_value);
        return;
    }
    m_debounce->start();
}

void RecordPickerEditor::connectInputs()
{
    connect(m_edit, &QLineEdit::textEdited, this, &RecordPickerEditor::onTextEdited);
    connect(m_debounce, &QTimer::timeout, this, &RecordPickerEditor::startSearch);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_search && !(m_completer->popup() && m_completer->popup()->isVisible()))
            restoreText();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &RecordPickerEditor::pickIndex);
    connect(m_clearButton, &QToolButton::clicked, this, [this] {
        m_debounce->stop();
        m_searchedText.clear();
        m_edit->clear();
        setStatus(QString());
        m_value = QJsonValue();
        commit(m_value);
    });
    if (m_search) {
        connect(m_search, &RecordSearch::resultsReady, this, &RecordPickerEditor::onResults);
        connect(m_search, &RecordSearch::platformUnavailable, this,
                &RecordPickerEditor::onPlatformUnavailable);
    }
}

QWidgetList RecordPickerEditor::tabWidgets() const
{
    return {m_edit};
}

QString RecordPickerEditor::describe(const QString &kind, const QJsonObject &record)
{
    if (recordKindFromName(kind) == RecordKind::Company) {
        const QString name = record.value(FieldKeys::businessName).toString();
        return name.isEmpty() ? record.value(FieldKeys::tradingName).toString() : name;
    }
    const QString name = QString(record.value(FieldKeys::firstName).toString() + QLatin1Char(' ')
                                 + record.value(FieldKeys::lastName).toString())
                             .trimmed();
    const QString email = record.value(FieldKeys::email).toString();
    if (email.isEmpty())
        return name;
    return name.isEmpty() ? email : tr("%1 <%2>").arg(name, email);
}

void RecordPickerEditor::startSearch()
{
    const QString text = m_edit->text().trimmed();
    if (!m_search || text.isEmpty()) {
        m_searchedText.clear();
        m_results->clear();
        setStatus(QString());
        if (m_completer->popup())
            m_completer->popup()->hide();
        return;
    }
    m_searchedText = text;
    m_platformDown = false;
    // A company lead's contact is one of that company's contacts: offer no other.
    const qint64 companyId = key() == FieldKeys::companyLeadContactId && model()
        ? ValueChecks::toId(model()->value(FieldKeys::companyId))
        : 0;
    m_search->search(m_kind, text, companyId);
}

void RecordPickerEditor::onResults(const QString &kind, const QString &text,
                                   const QList<QJsonObject> &records, bool fromPlatform)
{
    // Another picker of the same kind may have asked; only the newest own text counts.
    if (kind != m_kind || m_searchedText.isEmpty() || text != m_searchedText)
        return;
    if (!fromPlatform)
        m_results->clear();
    QSet<qint64> shown;
    for (int i = 0; i < m_results->rowCount(); ++i)
        shown.insert(m_results->item(i)->data(kIdRole).toLongLong());
    for (const QJsonObject &record : records) {
        const qint64 id = ValueChecks::toId(record.value(QStringLiteral("id")));
        if (id <= 0 || shown.contains(id))
            continue;
        shown.insert(id);
        const QString label = describe(m_kind, record);
        m_labels.insert(id, label);
        auto *item = new QStandardItem(label.isEmpty() ? tr("#%1").arg(id) : label);
        item->setData(id, kIdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() == 0) {
        if (fromPlatform || !m_search)
            setStatus(tr("Nothing matches “%1”.").arg(text));
        if (m_completer->popup())
            m_completer->popup()->hide();
        return;
    }
    if (!m_platformDown)
        setStatus(QString());
    if (m_edit->isVisible()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
}

void RecordPickerEditor::onPlatformUnavailable(const QString &kind, const QString &message)
{
    if (kind != m_kind || m_searchedText.isEmpty())
        return;
    m_platformDown = true;
    setStatus(tr("Could not ask the platform; showing records seen before (%1).").arg(message));
}

void RecordPickerEditor::pickIndex(const QModelIndex &index)
{
    const qint64 id = index.data(kIdRole).toLongLong();
    if (id <= 0)
        return;
    m_debounce->stop();
    m_searchedText.clear();
    m_value = QJsonValue(id);
    m_edit->setText(textFor(m_value));
    setStatus(QString());
    commit(m_value);
}

void RecordPickerEditor::restoreText()
{
    // Search text that was not turned into a pick gives way to the chosen record.
    m_debounce->stop();
    m_searchedText.clear();
    m_edit->setText(textFor(m_value));
}

QString RecordPickerEditor::textFor(const QJsonValue &value) const
{
    if (ValueChecks::isEmpty(value))
        return QString();
    const qint64 id = ValueChecks::toId(value);
    if (id <= 0)
        return value.isString() ? value.toString() : value.toVariant().toString();
    if (!m_search)
        return QString::number(id);
    QString label = m_labels.value(id);
    if (label.isEmpty() && model()) {
        const QJsonObject known = recordKindFromName(m_kind) == RecordKind::Company
            ? model()->catalog().knownCompany(id)
            : model()->catalog().knownContact(id);
        label = describe(m_kind, known);
    }
    return label.isEmpty() ? tr("#%1").arg(id) : label;
}

void RecordPickerEditor::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QJsonValue RecordPickerEditor::editorValue() const
{
    return m_value;
}

void RecordPickerEditor::showValue(const QJsonValue &value)
{
    m_value = value;
    m_searchedText.clear();
    m_edit->setText(textFor(value));
    m_edit->setCursorPosition(0);
}

bool RecordPickerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_searchedText.isEmpty()) {
            restoreText();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->rowCount() > 0
            && !(m_completer->popup() && m_completer->popup()->isVisible())) {
            m_completer->setCompletionPrefix(QString());
            m_completer->complete();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

RecordPickerEditor::~RecordPickerEditor()
{
    // The line edit outlives this part of the object while QWidget tears
    // down, and loses focus then: its editingFinished must not reach us.
    m_edit->disconnect(this);
}
