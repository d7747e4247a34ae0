#include "importer/importmappingpage.h"

#include "import/datevalue.h"
#include "import/listvaluematcher.h"
#include "services/importsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum ColumnColumn
{
    HeaderColumn,
    SampleColumn,
    TargetColumn,
};
enum ValueColumn
{
    FieldColumn,
    ValueColumn,
    CountColumn,
    ChoiceColumn,
};

QString choiceKey(const QString &target, const QString &value)
{
    return target + QLatin1Char('\n') + ListValueMatcher::folded(value);
}

QTableWidget *newTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_savedNote(new QLabel(this))
    , m_columns(newTable({tr("Column"), tr("Sample value"), tr("Fills")}, this))
    , m_dateFormat(new QComboBox(this))
    , m_valuesLabel(
          new QLabel(tr("Values that match no option: choose what each stands for."), this))
    , m_values(newTable({tr("Field"), tr("Value"), tr("Rows"), tr("Stands for")}, this))
    , m_refresh(new QTimer(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose the field each column fills. Columns matched by their name are "
                   "filled in already."));
    m_savedNote->setObjectName(QStringLiteral("savedMappingNote"));
    m_savedNote->setWordWrap(true);
    m_columns->setObjectName(QStringLiteral("columnTable"));
    m_values->setObjectName(QStringLiteral("valueTable"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_dateFormat->addItem(tr("day/month/year (dd/MM/yyyy)"), int(DateValue::Order::DayMonthYear));
    m_dateFormat->addItem(tr("month/day/year (MM/dd/yyyy)"), int(DateValue::Order::MonthDayYear));
    m_dateFormat->addItem(tr("ISO (yyyy-MM-dd)"), int(DateValue::Order::Iso));
    auto *dates = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Dates are written as:"), this);
    dateLabel->setBuddy(m_dateFormat);
    dates->addRow(dateLabel, m_dateFormat);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_savedNote);
    column->addWidget(m_columns, 3);
    column->addLayout(dates);
    column->addWidget(m_valuesLabel);
    column->addWidget(m_values, 2);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &ImportMappingPage::refreshValues);
    connect(m_session, &ImportSession::unmatchedFound, this, &ImportMappingPage::showValues);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, m_refresh, qOverload<>(&QTimer::start));
}

void ImportMappingPage::initializePage()
{
    bool saved = false;
    const ImportMapping mapping = m_session->initialMapping(&saved);
    m_savedNote->setText(saved ? tr("Using the mapping you saved for files with these columns.")
                               : QString());
    m_savedNote->setVisible(saved);
    m_valueChoices.clear();
    const auto &values = mapping.allValues();
    for (auto target = values.constBegin(); target != values.constEnd(); ++target)
        for (auto value = target->constBegin(); value != target->constEnd(); ++value)
            m_valueChoices.insert(choiceKey(target.key(), value.key()), value.value());
    m_dateFormat->setCurrentIndex(m_dateFormat->findData(int(mapping.dateOrder())));
    fillColumns(mapping);
    refreshValues();
}

void ImportMappingPage::fillColumns(const ImportMapping &mapping)
{
    const QStringList header = m_session->header();
    const QStringList samples = m_session->samples();
    const QList<ImportChoices::Target> targets = m_session->targets();
    m_columns->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        const QString name
            = header.at(row).isEmpty() ? tr("(column %1)").arg(row + 1) : header.at(row);
        m_columns->setItem(row, HeaderColumn, new QTableWidgetItem(name));
        m_columns->setItem(row, SampleColumn, new QTableWidgetItem(samples.value(row)));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("target_%1").arg(row));
        combo->setAccessibleName(tr("Field for column %1").arg(name));
        for (const ImportChoices::Target &target : targets)
            combo->addItem(target.label, target.text);
        const QString chosen = mapping.target(header.at(row));
        const int index = combo->findData(chosen.isEmpty() ? QStringLiteral("ignore") : chosen);
        combo->setCurrentIndex(qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, m_refresh, qOverload<>(&QTimer::start));
        m_columns->setCellWidget(row, TargetColumn, combo);
    }
    m_columns->resizeColumnToContents(HeaderColumn);
    m_columns->resizeColumnToContents(SampleColumn);
    m_columns->setColumnWidth(SampleColumn, qMin(m_columns->columnWidth(SampleColumn), 260));
}

ImportMapping ImportMappingPage::columnMapping() const
{
    ImportMapping mapping;
    const QStringList header = m_session->header();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, TargetColumn));
        if (combo && !header.value(row).isEmpty())
            mapping.setTarget(header.at(row), combo->currentData().toString());
    }
    mapping.setDateOrder(DateValue::Order(m_dateFormat->currentData().toInt()));
    return mapping;
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping = columnMapping();
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_values->cellWidget(row, ChoiceColumn));
        const QString key = combo ? combo->currentData().toString() : QString();
        if (!key.isEmpty())
            mapping.setValue(m_values->item(row, FieldColumn)->data(Qt::UserRole).toString(),
                             m_values->item(row, ValueColumn)->text(), key);
    }
    return mapping;
}

void ImportMappingPage::rememberValueChoices()
{
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_values->cellWidget(row, ChoiceColumn));
        const QString target = m_values->item(row, FieldColumn)->data(Qt::UserRole).toString();
        const QString key = choiceKey(target, m_values->item(row, ValueColumn)->text());
        if (combo && !combo->currentData().toString().isEmpty())
            m_valueChoices.insert(key, combo->currentData().toString());
        else
            m_valueChoices.remove(key);
    }
}

void ImportMappingPage::refreshValues()
{
    m_session->findUnmatched(columnMapping());
}

void ImportMappingPage::showValues(const QList<ImportDryRun::Unmatched> &unmatched)
{
    rememberValueChoices();
    m_values->setRowCount(int(unmatched.size()));
    for (int row = 0; row < unmatched.size(); ++row) {
        const ImportDryRun::Unmatched &value = unmatched.at(row);
        auto *field = new QTableWidgetItem(value.field);
        field->setData(Qt::UserRole, value.target);
        m_values->setItem(row, FieldColumn, field);
        m_values->setItem(row, ValueColumn, new QTableWidgetItem(value.value));
        m_values->setItem(row, CountColumn,
                          new QTableWidgetItem(QString::number(value.occurrences)));
        auto *combo = new QComboBox(m_values);
        combo->setObjectName(QStringLiteral("value_%1").arg(row));
        combo->setAccessibleName(tr("What \"%1\" stands for").arg(value.value));
        combo->addItem(tr("(leave it: the rows have a problem)"), QString());
        for (const auto &option : m_session->valueOptions(value.target))
            combo->addItem(option.second, option.first);
        const QString chosen = m_valueChoices.value(choiceKey(value.target, value.value));
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
        m_values->setCellWidget(row, ChoiceColumn, combo);
    }
    m_values->resizeColumnToContents(FieldColumn);
    m_values->resizeColumnToContents(ValueColumn);
    m_valuesLabel->setVisible(!unmatched.isEmpty());
    m_values->setVisible(!unmatched.isEmpty());
}

bool ImportMappingPage::validatePage()
{
    if (m_refresh->isActive()) {
        m_refresh->stop();
        refreshValues();
    }
    // The value choices below must answer the columns as they are now.
    m_session->finishUnmatched();
    const ImportMapping chosen = mapping();
    // Not kept is no reason to stop: the next file simply starts from the names again.
    m_session->saveMapping(chosen);
    m_session->check(chosen);
    return true;
}
