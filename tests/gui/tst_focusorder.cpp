#include "common/messagebox.h"
#include "fields/fieldeditor.h"
#include "fields/fieldrow.h"
#include "guifixture.h"
#include "model/recordmodel.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>

/// Tab runs through each form top to bottom and ends on Submit; every stop
/// is named for a screen reader and, where the field has help or an error,
/// described (README "The desktop app", issue 7).
class TestFocusOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiFixture> m_app;

    /// One stop of a Tab walk.
    struct Stop
    {
        QWidget *widget = nullptr;
        FieldRow *row = nullptr; ///< null outside a field (Submit, "Show all fields" …)
        int y = -1; ///< top of the widget in the form's scrolled content; -1 outside it
    };

    static FieldRow *rowOf(QWidget *widget)
    {
        for (QWidget *w = widget; w; w = w->parentWidget())
            if (auto *row = qobject_cast<FieldRow *>(w))
                return row;
        return nullptr;
    }

    static QWidget *contentOf(RecordForm *form)
    {
        auto *scroll = form->findChild<QScrollArea *>();
        return scroll ? scroll->widget() : nullptr;
    }

    static QString describe(const Stop &stop)
    {
        return QStringLiteral("%1 (%2%3, y %4)")
            .arg(stop.row ? stop.row->key() : QStringLiteral("-"),
                 QString::fromLatin1(stop.widget->metaObject()->className()),
                 stop.widget->objectName().isEmpty() ? QString()
                                                     : QLatin1Char(' ') + stop.widget->objectName())
            .arg(stop.y);
    }

    /// Presses Tab from the form's first field until Submit has focus (or 400 presses).
    static void walk(RecordForm *form, QList<Stop> &stops)
    {
        stops.clear();
        QWidget *content = contentOf(form);
        auto *submit = form->findChild<QPushButton *>("submitButton");
        // Let a form that was just built put its own cursor first.
        QTest::qWait(50);
        form->focusFirstField();
        QTRY_VERIFY_WITH_TIMEOUT(
            QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()), 2000);
        for (int step = 0; step < 400; ++step) {
            QWidget *current = QApplication::focusWidget();
            if (!current)
                break;
            Stop stop;
            stop.widget = current;
            stop.row = rowOf(current);
            if (content && content->isAncestorOf(current))
                stop.y = current->mapTo(content, QPoint(0, 0)).y();
            stops.append(stop);
            if (current == submit || !form->isAncestorOf(current))
                break;
            QTest::keyClick(current, Qt::Key_Tab);
            // The next widget gets focus at once; give a completer popup a moment to close.
            QCoreApplication::processEvents();
        }
    }

    /// The rows a person tabs through, top to bottom as seen.
    static QList<FieldRow *> visibleInputRows(RecordForm *form)
    {
        QWidget *content = contentOf(form);
        QList<FieldRow *> rows;
        for (FieldRow *row : form->findChildren<FieldRow *>()) {
            if (!row->isVisibleTo(form) || !row->editor())
                continue;
            bool takesFocus = false;
            for (QWidget *input : row->editor()->tabWidgets())
                takesFocus = takesFocus || input->isVisibleTo(form);
            if (takesFocus)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [content](FieldRow *a, FieldRow *b) {
            return a->mapTo(content, QPoint(0, 0)).y() < b->mapTo(content, QPoint(0, 0)).y();
        });
        return rows;
    }

    static QString keys(const QList<FieldRow *> &rows)
    {
        QStringList list;
        for (FieldRow *row : rows)
            list << row->key();
        return list.join(QLatin1Char(' '));
    }

    /// Walks the form and checks order, the end on Submit and the names.
    static void checkForm(RecordForm *form)
    {
        QList<Stop> stops;
        walk(form, stops);
        QVERIFY(!stops.isEmpty());
        QStringList trail;
        for (const Stop &stop : stops)
            trail << describe(stop);
        const QString where = QStringLiteral("\n  ") + trail.join(QStringLiteral("\n  "));

        // Ends on Submit, without leaving the form on the way.
        auto *submit = form->findChild<QPushButton *>("submitButton");
        if (stops.last().widget != submit)
            qWarning().noquote() << "Tab stops:" << where;
        QVERIFY2(stops.last().widget == submit,
                 qPrintable(QStringLiteral("Tab did not reach Submit:") + where));

        // Never back up the form.
        int lastY = -1;
        for (const Stop &stop : stops) {
            if (stop.y < 0)
                continue;
            QVERIFY2(stop.y >= lastY,
                     qPrintable(QStringLiteral("Tab went back up to ") + describe(stop) + where));
            lastY = stop.y;
        }

        // Every visible field, in the order the rows are shown.
        QList<FieldRow *> walked;
        for (const Stop &stop : stops)
            if (stop.row && (walked.isEmpty() || walked.last() != stop.row))
                walked.append(stop.row);
        QCOMPARE(keys(walked), keys(visibleInputRows(form)));

        // And inside a field, each of its inputs (an address's lines, country and state).
        for (FieldRow *row : walked) {
            for (QWidget *input : row->editor()->tabWidgets()) {
                if (!input->isVisibleTo(form) || !input->isEnabled())
                    continue;
                // Tab enters a group of radio buttons once; the arrow keys choose in it.
                auto *radio = qobject_cast<QRadioButton *>(input);
                const bool exclusive = radio && radio->autoExclusive();
                bool visited = false;
                for (const Stop &stop : stops)
                    visited = visited || stop.widget == input
                        || (exclusive && qobject_cast<QRadioButton *>(stop.widget)
                            && stop.widget->parentWidget() == input->parentWidget());
                QVERIFY2(
                    visited,
                    qPrintable(
                        QStringLiteral("Tab skips %1 of %2").arg(input->objectName(), row->key())
                        + where));
            }
        }

        // Named and described for a screen reader: the error when there is one, else the
        // field's help, else what kind of value goes in.
        for (const Stop &stop : stops) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(stop.widget);
            QVERIFY2(iface, qPrintable(describe(stop)));
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: ") + describe(stop)));
            if (!stop.row)
                continue;
            const QString description = iface->text(QAccessible::Description);
            QVERIFY2(!description.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible description: ") + describe(stop)));
            const auto *error = stop.row->findChild<QLabel *>(
                QStringLiteral("error_") + FieldEditor::objectKey(stop.row->key()));
            const auto *help = stop.row->findChild<QLabel *>(
                QStringLiteral("help_") + FieldEditor::objectKey(stop.row->key()));
            if (error && error->isVisibleTo(form))
                QVERIFY2(description.contains(error->text()),
                         qPrintable(QStringLiteral("the error is not in the description of ")
                                    + describe(stop) + QStringLiteral(": ") + description));
            else if (help && help->isVisibleTo(form))
                QVERIFY2(description.contains(help->text()),
                         qPrintable(QStringLiteral("the help is not in the description of ")
                                    + describe(stop) + QStringLiteral(": ") + description));
        }
    }

    /// Ticks "Show all fields" from the keyboard.
    static void showAllFields(RecordForm *form)
    {
        auto *more = form->findChild<QCheckBox *>("showAllFields");
        QVERIFY(more);
        more->setFocus(Qt::TabFocusReason);
        QTest::keyClick(more, Qt::Key_Space);
        QTRY_VERIFY(more->isChecked());
    }

    /// Opens a form, walks it, shows all its fields and walks it again; null when a step failed.
    RecordForm *walkWithAllFields(Qt::KeyboardModifiers modifiers, const char *objectName)
    {
        RecordForm *form = openForm(modifiers, objectName);
        if (!form) {
            QTest::qFail("the form did not open", __FILE__, __LINE__);
            return nullptr;
        }
        if (!QTest::qWaitFor([form] { return form->findChild<QPushButton *>("submitButton"); })) {
            QTest::qFail("the form was never built", __FILE__, __LINE__);
            return nullptr;
        }
        checkForm(form);
        if (!QTest::currentTestFailed())
            showAllFields(form);
        if (!QTest::currentTestFailed())
            checkForm(form);
        return QTest::currentTestFailed() ? nullptr : form;
    }

    /// Opens a form with its shortcut (Ctrl+Shift+N, Ctrl+Alt+N); null if it did not open.
    RecordForm *openForm(Qt::KeyboardModifiers modifiers, const char *objectName)
    {
        QTest::keyClick(m_app->window.get(), Qt::Key_N, modifiers);
        auto opened = [this, objectName] {
            return m_app->form() && m_app->form()->objectName() == QLatin1String(objectName);
        };
        if (!QTest::qWaitFor(opened, 5000))
            return nullptr;
        return m_app->form();
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiFixture>();
        QVERIFY(m_app->start());
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
    }

    void cleanup()
    {
        m_app.reset();
        MessageBox::setAnswerer(nullptr);
    }

    void leadForm()
    {
        RecordForm *form = m_app->form();
        QVERIFY(form);
        QTRY_COMPARE(form->objectName(), QString("leadForm"));
        QTRY_VERIFY(form->findChild<QPushButton *>("submitButton"));
        checkForm(form);
        if (QTest::currentTestFailed())
            return;

        // With a new company and a new contact typed inline: their sections come
        // after "Belongs to" and before the custom fields, on screen and for Tab.
        form->model()->setValue("contactType", "company");
        form->model()->setValue("newCompany", true);
        form->model()->setValue("newContact", true);
        QTRY_VERIFY(form->rowFor("company.businessName"));
        QTRY_VERIFY(form->rowFor("contact.email"));
        checkForm(form);
        if (QTest::currentTestFailed())
            return;

        // With every problem shown: each field says its error to a screen reader.
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!form->model()->problems().isEmpty());
        checkForm(form);
    }

    void companyForm()
    {
        // All fields: the advanced ones join the walk where they are shown.
        walkWithAllFields(Qt::ControlModifier | Qt::ShiftModifier, "companyForm");
    }

    void contactForm()
    {
        RecordForm *form = walkWithAllFields(Qt::ControlModifier | Qt::AltModifier, "contactForm");
        if (!form)
            return;
        QTest::keyClick(m_app->window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!form->model()->problems().isEmpty());
        checkForm(form);
    }
};

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
