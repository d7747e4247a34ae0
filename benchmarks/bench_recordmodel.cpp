// Reports the record model's costs next to DESIGN.md's budgets:
//   build a lead form's model with 300 custom fields and a 5,000-value large select ≤ 100 ms
//   rules after one keystroke, 300 fields ≤ 1 ms, ≤ 10 slot calls
//   check 10,000 lead records (pure rules, no QObject) ≤ 50 ms
// Run from a release build: build/release/bin/bench_recordmodel [--quick]
// (the slot calls need the widgets: QT_QPA_PLATFORM=offscreen without a display).

#include "model/lookupcatalog.h"
#include "model/record.h"
#include "model/recordbody.h"
#include "model/recordmodel.h"
#include "model/recordrules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef LEADDESK_BENCH_VIEWS
#include "fields/fieldgroupview.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QVBoxLayout>
#else
#include <QCoreApplication>
#endif

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kFields = 300;

QJsonArray schemaWith300Fields()
{
    QJsonArray fields;
    QJsonObject large;
    for (int i = 0; i < 5000; ++i)
        large.insert(QStringLiteral("v%1").arg(i, 4, 10, QLatin1Char('0')),
                     QStringLiteral("Value number %1").arg(i));
    for (int i = 1; i <= kFields; ++i) {
        const int type = i == 1 ? 9 : (i % 10 == 9 ? 0 : i % 10);
        QJsonObject field {{QStringLiteral("fieldId"), i},
                           {QStringLiteral("fieldType"), type},
                           {QStringLiteral("displayName"), QStringLiteral("Field %1").arg(i)},
                           {QStringLiteral("isRequired"), i % 7 == 0},
                           {QStringLiteral("isActive"), i % 13 != 0},
                           {QStringLiteral("sortOrder"), i}};
        if (type == 9)
            field.insert(QStringLiteral("selectValues"), large);
        else if (type == 2 || type == 3)
            field.insert(QStringLiteral("selectValues"),
                         QJsonObject {{QStringLiteral("a"), QStringLiteral("A")},
                                      {QStringLiteral("b"), QStringLiteral("B")}});
        fields.append(field);
    }
    return fields;
}

QMap<QString, QJsonArray> lookups()
{
    QMap<QString, QJsonArray> lists;
    QJsonArray types, sources, stages, industries;
    for (int i = 1; i <= 20; ++i) {
        types.append(QJsonObject {{QStringLiteral("id"), i},
                                  {QStringLiteral("type"), QStringLiteral("Type %1").arg(i)},
                                  {QStringLiteral("subtypes"), QJsonArray()}});
        sources.append(QJsonObject {{QStringLiteral("id"), 100 + i},
                                    {QStringLiteral("name"), QStringLiteral("Source %1").arg(i)}});
        stages.append(QJsonObject {{QStringLiteral("id"), 200 + i},
                                   {QStringLiteral("name"), QStringLiteral("Stage %1").arg(i)},
                                   {QStringLiteral("reasons"), QJsonArray()}});
        industries.append(
            QJsonObject {{QStringLiteral("id"), 300 + i},
                         {QStringLiteral("name"), QStringLiteral("Industry %1").arg(i)}});
    }
    lists.insert(QStringLiteral("types"), types);
    lists.insert(QStringLiteral("sources"), sources);
    lists.insert(QStringLiteral("stages"), stages);
    lists.insert(QStringLiteral("industries"), industries);
    return lists;
}

/// A custom value of the bench schema's field `i` that passes its type's check.
QJsonValue customValue(int i, int n)
{
    switch (i == 1 ? 9 : (i % 10 == 9 ? 0 : i % 10)) {
    case 2:
        return QStringLiteral("a");
    case 3:
        return QJsonArray {QStringLiteral("b")};
    case 4:
        return QJsonObject {{QStringLiteral("line1"), QStringLiteral("1 Main St")},
                            {QStringLiteral("city"), QStringLiteral("Sydney")}};
    case 5:
        return QStringLiteral("2027-03-%1").arg(1 + n % 28, 2, 10, QLatin1Char('0'));
    case 8:
        return n % 500;
    case 9:
        return QStringLiteral("v%1").arg(n % 5000, 4, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("Text %1").arg(n);
    }
}

/// The built-in fields of a contact lead as an import reads them; every
/// tenth has a mistake (an unknown source, a missing stage).
QJsonObject builtInLead(int n)
{
    QJsonObject body {{QStringLiteral("name"), QStringLiteral("Imported lead %1").arg(n)},
                      {QStringLiteral("sourceId"), n % 10 == 3 ? 999 : 101 + n % 20},
                      {QStringLiteral("typeId"), 1 + n % 20},
                      {QStringLiteral("contactId"), 5000 + n},
                      {QStringLiteral("industryId"), 301 + n % 20}};
    if (n % 10 != 7)
        body.insert(QStringLiteral("stageId"), 201 + n % 20);
    return body;
}

/// Lead bodies against the 300-field schema with every one of its 42
/// required custom fields filled: the heaviest records a check sees.
QList<QJsonObject> heavyLeadBodies(int count)
{
    QList<QJsonObject> bodies;
    bodies.reserve(count);
    for (int n = 0; n < count; ++n) {
        QJsonObject body = builtInLead(n);
        QJsonArray custom;
        for (int i = 1; i <= kFields; ++i)
            if ((i % 7 == 0 || i % 29 == 1) && i % 13 != 0 && i % 10 != 6 && i % 10 != 7)
                custom.append(QJsonObject {{QStringLiteral("fieldId"), i},
                                           {QStringLiteral("fieldValue"), customValue(i, n)}});
        body.insert(QStringLiteral("customFields"), custom);
        bodies.append(body);
    }
    return bodies;
}

/// The sandbox's lead schema (resources/sandbox), as an admin hands it to reps.
QJsonArray sandboxSchema()
{
    QFile file(QStringLiteral(LEADDESK_SOURCE_DIR "/resources/sandbox/lead-custom-fields.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resources/sandbox/lead-custom-fields.json is missing");
    return QJsonDocument::fromJson(file.readAll()).array();
}

/// The first key of a select field of `schema`.
QString firstKey(const QJsonArray &schema, int fieldId)
{
    for (const QJsonValue &field : schema)
        if (field.toObject().value(QStringLiteral("fieldId")).toInt() == fieldId)
            return field.toObject()
                .value(QStringLiteral("selectValues"))
                .toObject()
                .keys()
                .value(0);
    return QString();
}

/// Lead bodies as an import reads them from a spreadsheet against the
/// sandbox's schema: the built-in fields of a contact lead, a description
/// and six custom values.
QList<QJsonObject> importedLeadBodies(const QJsonArray &schema, int count)
{
    const QString band = firstKey(schema, 902);
    const QString extra = firstKey(schema, 903);
    const QString venue = firstKey(schema, 909);
    QList<QJsonObject> bodies;
    bodies.reserve(count);
    for (int n = 0; n < count; ++n) {
        QJsonObject body = builtInLead(n);
        body.insert(QStringLiteral("description"), QStringLiteral("Row %1").arg(n));
        const QJsonArray custom {
            QJsonObject {{QStringLiteral("fieldId"), 900},
                         {QStringLiteral("fieldValue"), customValue(5, n)}},
            QJsonObject {{QStringLiteral("fieldId"), 901}, {QStringLiteral("fieldValue"), 40}},
            QJsonObject {{QStringLiteral("fieldId"), 902}, {QStringLiteral("fieldValue"), band}},
            QJsonObject {{QStringLiteral("fieldId"), 903},
                         {QStringLiteral("fieldValue"), QJsonArray {extra}}},
            QJsonObject {{QStringLiteral("fieldId"), 905},
                         {QStringLiteral("fieldValue"), QStringLiteral("Note %1").arg(n)}},
            QJsonObject {{QStringLiteral("fieldId"), 909}, {QStringLiteral("fieldValue"), venue}},
        };
        body.insert(QStringLiteral("customFields"), custom);
        bodies.append(body);
    }
    return bodies;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

void reportBuild(const QJsonArray &schema, const QMap<QString, QJsonArray> &lists, int rounds)
{
    QList<double> catalogMs, modelMs, totalMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto catalog = LookupCatalog::build(lists, schema);
        const double parsed = timer.nsecsElapsed() / 1e6;
        RecordModel model(RecordKind::Lead, catalog);
        const double total = timer.nsecsElapsed() / 1e6;
        catalogMs << parsed;
        modelMs << total - parsed;
        totalMs << total;
    }
    std::printf("lead model, 300 custom fields incl. a 5,000-value large select (median of %d)\n",
                rounds);
    std::printf("  parse schema + lookups : %8.2f ms\n", median(catalogMs));
    std::printf("  build the model        : %8.2f ms\n", median(modelMs));
    std::printf("  total                  : %8.2f ms   budget <= 100 ms   %s\n", median(totalMs),
                median(totalMs) <= 100 ? "ok" : "OVER");
}

void reportKeystrokes(const std::shared_ptr<const LookupCatalog> &catalog, int keystrokes)
{
    RecordModel model(RecordKind::Lead, catalog);
    QList<double> keystrokeUs;
    QString text;
    for (int i = 0; i < keystrokes; ++i) {
        text += QLatin1Char('a' + i % 26);
        if (text.size() > 40)
            text.clear();
        QElapsedTimer timer;
        timer.start();
        model.setValue(QStringLiteral("name"), text);
        keystrokeUs << timer.nsecsElapsed() / 1e3;
    }
    QList<double> customUs;
    for (int i = 0; i < keystrokes; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.setValue(QStringLiteral("custom:1"),
                       QStringLiteral("v%1").arg(i % 5000, 4, 10, QLatin1Char('0')));
        customUs << timer.nsecsElapsed() / 1e3;
    }
    std::printf("rules after one keystroke, 300 fields, model only (median of %d)\n", keystrokes);
    std::printf("  typing the lead name   : %8.1f us   budget <= 1000 us  %s\n",
                median(keystrokeUs), median(keystrokeUs) <= 1000 ? "ok" : "OVER");
    std::printf("  choosing a large-select value: %6.1f us   budget <= 1000 us  %s\n",
                median(customUs), median(customUs) <= 1000 ? "ok" : "OVER");
}

void reportChecks(const char *what, const std::shared_ptr<const LookupCatalog> &catalog,
                  const QList<QJsonObject> &bodies, int rounds)
{
    QList<double> loadMs, checkMs;
    int invalid = 0;
    qint64 values = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QList<Record> records;
        records.reserve(bodies.size());
        for (const QJsonObject &body : bodies)
            records.append(RecordBody::load(RecordKind::Lead, body, *catalog));
        loadMs << timer.nsecsElapsed() / 1e6;
        values = 0;
        for (const Record &record : std::as_const(records))
            values += record.entries().size();
        timer.restart();
        invalid = 0;
        for (const Record &record : std::as_const(records))
            invalid += RecordRules::check(record, *catalog).isEmpty() ? 0 : 1;
        checkMs << timer.nsecsElapsed() / 1e6;
    }
    std::printf("%lld lead records, %s, %lld values each, pure functions (median of %d)\n",
                qint64(bodies.size()), what, values / qMax(qint64(1), qint64(bodies.size())),
                rounds);
    std::printf("  read the bodies        : %8.2f ms\n", median(loadMs));
    std::printf("  check the records      : %8.2f ms   budget <= 50 ms    %s   (%d invalid)\n",
                median(checkMs), median(checkMs) <= 50 ? "ok" : "OVER", invalid);
}

#ifdef LEADDESK_BENCH_VIEWS
/// How many slots a signal reaches; QObject::receivers() through a subclass.
struct Receivers : QObject
{
    static int of(const QObject *sender, const char *signal)
    {
        const auto receivers = &Receivers::receivers;
        return (sender->*receivers)(signal);
    }
};

int g_routed = 0;

void countRouting(QtMsgType type, const QMessageLogContext &context, const QString &)
{
    if (type == QtDebugMsg && qstrcmp(context.category, "leaddesk.ui.fields.routing") == 0)
        ++g_routed;
}

/// The lead form's three field views over one model; one keystroke typed as
/// an editor writes it. Slot calls: each emission of the model's signals
/// times the slots connected to it, plus the row and the editor each view
/// passes the change on to (counted from the views' routing log).
void reportSlotCalls(const std::shared_ptr<const LookupCatalog> &catalog, int keystrokes)
{
    RecordModel model(RecordKind::Lead, catalog);
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    for (const char *section : {"lead", "belongsTo", "custom"})
        layout->addWidget(new FieldGroupView(&model, {QLatin1String(section)}, &form));
    const char *dataChanged = SIGNAL(dataChanged(QModelIndex, QModelIndex, QList<int>));
    const int listeners = Receivers::of(&model, dataChanged);
    const QModelIndex name = model.index(model.rowOf(QStringLiteral("name")));
    int emitted = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &form, [&emitted] { ++emitted; });
    QLoggingCategory::setFilterRules(QStringLiteral("leaddesk.ui.fields.routing.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(countRouting);
    QList<double> slotCalls, keystrokeUs;
    QString text;
    for (int i = 0; i < keystrokes; ++i) {
        text += QLatin1Char('a' + i % 26);
        emitted = 0;
        g_routed = 0;
        QElapsedTimer timer;
        timer.start();
        model.setData(name, text, RecordModel::ValueRole);
        keystrokeUs << timer.nsecsElapsed() / 1e3;
        slotCalls << double(emitted * listeners + 2 * g_routed);
    }
    qInstallMessageHandler(previous);
    std::printf("one keystroke in a 300-field lead form's views (median of %d)\n", keystrokes);
    std::printf("  slot calls             : %8.0f      budget <= 10       %s   (%d views, "
                "%d rows)\n",
                median(slotCalls), median(slotCalls) <= 10 ? "ok" : "OVER", listeners,
                model.rowCount());
    std::printf("  rules and views        : %8.1f us\n", median(keystrokeUs));
}
#endif
} // namespace

int main(int argc, char *argv[])
{
#ifdef LEADDESK_BENCH_VIEWS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QJsonArray schema = schemaWith300Fields();
    const QMap<QString, QJsonArray> lists = lookups();
    reportBuild(schema, lists, quick ? 3 : 25);
    const auto catalog = LookupCatalog::build(lists, schema);
    reportKeystrokes(catalog, quick ? 50 : 2000);
    const int checkRounds = quick ? 1 : 7;
    const QJsonArray sandbox = sandboxSchema();
    reportChecks("the sandbox's 12-field lead schema", LookupCatalog::build(lists, sandbox),
                 importedLeadBodies(sandbox, 10000), checkRounds);
    reportChecks("300-field schema, its 42 required custom fields filled", catalog,
                 heavyLeadBodies(10000), checkRounds);
#ifdef LEADDESK_BENCH_VIEWS
    reportSlotCalls(catalog, quick ? 20 : 500);
#endif
    return 0;
}
