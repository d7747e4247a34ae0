// Reports the record model's costs next to DESIGN.md's budgets:
//   build a lead form's model with 300 custom fields and a 5,000-value large select ≤ 100 ms
//   rules re-evaluated after one keystroke, 300 fields ≤ 1 ms
// Run from a release build: build/release/bin/bench_recordmodel [--quick]

#include "model/lookupcatalog.h"
#include "model/recordmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {
QJsonArray schemaWith300Fields()
{
    QJsonArray fields;
    QJsonObject large;
    for (int i = 0; i < 5000; ++i)
        large.insert(QStringLiteral("v%1").arg(i, 4, 10, QLatin1Char('0')),
                     QStringLiteral("Value number %1").arg(i));
    for (int i = 1; i <= 300; ++i) {
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
    QJsonArray types, sources, stages;
    for (int i = 1; i <= 20; ++i) {
        types.append(QJsonObject {{QStringLiteral("id"), i},
                                  {QStringLiteral("type"), QStringLiteral("Type %1").arg(i)},
                                  {QStringLiteral("subtypes"), QJsonArray()}});
        sources.append(QJsonObject {{QStringLiteral("id"), 100 + i},
                                    {QStringLiteral("name"), QStringLiteral("Source %1").arg(i)}});
        stages.append(QJsonObject {{QStringLiteral("id"), 200 + i},
                                   {QStringLiteral("name"), QStringLiteral("Stage %1").arg(i)},
                                   {QStringLiteral("reasons"), QJsonArray()}});
    }
    lists.insert(QStringLiteral("types"), types);
    lists.insert(QStringLiteral("sources"), sources);
    lists.insert(QStringLiteral("stages"), stages);
    return lists;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rounds = quick ? 3 : 25;
    const QJsonArray schema = schemaWith300Fields();
    const QMap<QString, QJsonArray> lists = lookups();

    QList<double> catalogMs, modelMs, totalMs;
    std::shared_ptr<const LookupCatalog> catalog;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        catalog = LookupCatalog::build(lists, schema);
        const double parsed = timer.nsecsElapsed() / 1e6;
        RecordModel model(RecordKind::Lead, catalog);
        const double total = timer.nsecsElapsed() / 1e6;
        catalogMs << parsed;
        modelMs << total - parsed;
        totalMs << total;
        if (model.rowCount() < 300)
            return 1;
    }

    RecordModel model(RecordKind::Lead, catalog);
    const int keystrokes = quick ? 50 : 2000;
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

    std::printf("lead model, 300 custom fields incl. a 5,000-value large select (median of %d)\n",
                rounds);
    std::printf("  parse schema + lookups : %8.2f ms\n", median(catalogMs));
    std::printf("  build the model        : %8.2f ms\n", median(modelMs));
    std::printf("  total                  : %8.2f ms   budget <= 100 ms   %s\n", median(totalMs),
                median(totalMs) <= 100 ? "ok" : "OVER");
    std::printf("rules after one keystroke, 300 fields (median of %d)\n", keystrokes);
    std::printf("  typing the lead name   : %8.1f us   budget <= 1000 us  %s\n",
                median(keystrokeUs), median(keystrokeUs) <= 1000 ? "ok" : "OVER");
    std::printf("  choosing a large-select value: %6.1f us   budget <= 1000 us  %s\n",
                median(customUs), median(customUs) <= 1000 ? "ok" : "OVER");
    return 0;
}
