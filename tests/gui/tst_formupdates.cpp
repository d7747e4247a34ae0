#include "guifixture.h"
#include "model/recordmodel.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace {
/// How many slots a signal of `sender` reaches now. QObject::receivers() is
/// protected; a pointer to it taken through a subclass may be called on any object.
struct Receivers : QObject
{
    static int of(const QObject *sender, const char *signal)
    {
        const auto receivers = &Receivers::receivers;
        return (sender->*receivers)(signal);
    }
};

/// The keys of the rows the form views passed a change on to (their log lines).
QStringList g_routed;

void countRouting(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg && qstrcmp(context.category, "leaddesk.ui.fields.routing") == 0)
        g_routed << message.section(QLatin1Char('"'), 1, 1);
}

/// A lead schema of 300 custom fields of every type, as a large account has.
QJsonArray schemaOf300Fields()
{
    QJsonArray fields;
    QJsonObject places;
    for (int i = 0; i < 2000; ++i)
        places.insert(QString("p%1").arg(i, 4, 10, QChar('0')), QString("Place %1").arg(i));
    for (int i = 1; i <= 300; ++i) {
        const int type = i % 10;
        QJsonObject field {{"fieldId", 1000 + i},
                           {"fieldType", type},
                           {"displayName", QString("Field %1").arg(i)},
                           {"isRequired", i % 7 == 0 && type != 6 && type != 7},
                           {"isActive", i % 13 != 0},
                           {"sortOrder", i}};
        if (type == 9)
            field.insert("selectValues", places);
        else if (type == 2 || type == 3)
            field.insert("selectValues", QJsonObject {{"a", "A"}, {"b", "B"}});
        fields.append(field);
    }
    return fields;
}
} // namespace

/// The model/view contract of the forms at size: a change reaches the views
/// once and, through them, only the rows it changed.
class TestFormUpdates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    RecordModel *model() const { return m_app->form()->model(); }

    /// Slot calls a model's signals make now, per emission: signal → receivers.
    static QHash<QByteArray, int> receiversOf(const RecordModel *m)
    {
        return {{"dataChanged",
                 Receivers::of(m, SIGNAL(dataChanged(QModelIndex, QModelIndex, QList<int>)))},
                {"valueChanged", Receivers::of(m, SIGNAL(valueChanged(QString)))},
                {"stateChanged", Receivers::of(m, SIGNAL(stateChanged()))},
                {"modeChanged", Receivers::of(m, SIGNAL(modeChanged()))}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        QVERIFY(m_app->workspace->setLeadSchema(schemaOf300Fields()));
        QTRY_VERIFY(model()->hasField("custom:1300"));
        QTRY_VERIFY(m_app->form()->rowFor("custom:1300"));
    }

    void aKeystrokeReachesOneRow()
    {
        auto *name = m_app->input<QLineEdit>("name");
        QVERIFY(name);
        GuiFixture::type(name, "Gala dinne");

        QList<const RecordModel *> models {model(), model()->nestedContact(),
                                           model()->nestedCompany()};
        QList<QHash<QByteArray, int>> receivers;
        for (const RecordModel *m : models)
            receivers << receiversOf(m);
        // Only the form views listen to the rows; no row or editor does.
        QVERIFY2(receivers.first().value("dataChanged") <= 4,
                 qPrintable(QString::number(receivers.first().value("dataChanged"))));

        QList<std::shared_ptr<QSignalSpy>> spies;
        for (const RecordModel *m : models) {
            spies << std::make_shared<QSignalSpy>(m, &QAbstractItemModel::dataChanged)
                  << std::make_shared<QSignalSpy>(m, &RecordModel::valueChanged)
                  << std::make_shared<QSignalSpy>(m, &RecordModel::stateChanged)
                  << std::make_shared<QSignalSpy>(m, &RecordModel::modeChanged);
        }
        g_routed.clear();
        QLoggingCategory::setFilterRules("leaddesk.ui.fields.routing.debug=true");
        const QtMessageHandler previous = qInstallMessageHandler(countRouting);
        QTest::keyClick(name, Qt::Key_R);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(model()->value("name").toString(), QString("Gala dinner"));

        int slotCalls = 0;
        QStringList breakdown;
        const QByteArrayList signalNames {"dataChanged", "valueChanged", "stateChanged",
                                          "modeChanged"};
        for (int m = 0; m < models.size(); ++m) {
            for (int s = 0; s < signalNames.size(); ++s) {
                const int emitted = int(spies.at(m * 4 + s)->size());
                const int calls = emitted * receivers.at(m).value(signalNames.at(s));
                slotCalls += calls;
                if (calls > 0)
                    breakdown << QString("%1 %2 × %3 receivers")
                                     .arg(emitted)
                                     .arg(QString::fromLatin1(signalNames.at(s)))
                                     .arg(receivers.at(m).value(signalNames.at(s)));
            }
        }
        // Each row passed a change also passes it to its editor.
        slotCalls += 2 * int(g_routed.size());
        breakdown << QString("rows and editors reached: %1").arg(g_routed.join(", "));
        qInfo("%d slot calls for one keystroke in a %d-field lead form: %s", slotCalls,
              model()->rowCount(), qPrintable(breakdown.join("; ")));
        QCOMPARE(g_routed, QStringList {"name"});
        QVERIFY2(slotCalls <= 10, qPrintable(breakdown.join("; ")));
    }

    void aTypeWithSubtypesReachesTheSubtypeRow()
    {
        model()->setValue("typeId", QJsonValue());
        g_routed.clear();
        QLoggingCategory::setFilterRules("leaddesk.ui.fields.routing.debug=true");
        const QtMessageHandler previous = qInstallMessageHandler(countRouting);
        // The sandbox's "Wedding" has subtypes: the subtype row appears, required.
        GuiFixture::pick(m_app->input<QComboBox>("typeId"), "Wedding");
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(model()->state("subtypeId").required);
        QTRY_VERIFY(m_app->form()->rowFor("subtypeId")->isVisible());
        QVERIFY2(g_routed.contains("typeId") && g_routed.contains("subtypeId"),
                 qPrintable(g_routed.join(", ")));
        QVERIFY2(g_routed.size() < 10, qPrintable(g_routed.join(", ")));
    }
};

QTEST_MAIN(TestFormUpdates)
#include "tst_formupdates.moc"
