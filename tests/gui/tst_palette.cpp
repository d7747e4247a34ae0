#include "common/messagebanner.h"
#include "common/messagebox.h"
#include "fields/fieldrow.h"
#include "guifixture.h"
#include "model/recordmodel.h"

#include <QDir>
#include <QLabel>
#include <QStyleFactory>

namespace {

/// WCAG's relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

/// WCAG's contrast ratio, 1 to 21; 4.5 is the minimum for body text.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

/// The colour behind `widget`: the first ancestor that paints its own background.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    return widget->palette().color(QPalette::Window);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipBase, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace

/// LeadDesk follows the system's palette: under a dark one as under a light one,
/// the words that matter (errors, help, banners) stay readable. Set
/// LEADDESK_SCREENSHOT_DIR to keep a picture of each run.
class TestPalette : public QObject
{
    Q_OBJECT

private:
    static void checkReadable(const QWidget *root, const QString &palette)
    {
        int checked = 0;
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(root) || label->text().isEmpty())
                continue;
            const QString name = label->objectName();
            const bool note = name.startsWith("error_") || name.startsWith("help_")
                || name == QLatin1String("messageBannerText");
            if (!note)
                continue;
            const QColor text = label->palette().color(label->foregroundRole());
            const QColor behind = backgroundOf(label);
            const double ratio = contrast(text, behind);
            // Help text is secondary (disabled-text colour); errors and banners are not.
            const double minimum = name.startsWith("help_") ? 3.0 : 4.5;
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1 palette: %2 (%3 on %4) has contrast %5")
                                    .arg(palette, name, text.name(), behind.name())
                                    .arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        QVERIFY2(checked >= 3, "expected errors, help and a banner to check");
    }

    static void keepScreenshot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LEADDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->grab().save(QDir(dir).filePath(name + ".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        MessageBox::setAnswerer([](const QString &) { return QMessageBox::Discard; });
    }

    void cleanupTestCase() { MessageBox::setAnswerer(nullptr); }

    void wordsStayReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void wordsStayReadable()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        GuiFixture app;
        QVERIFY(app.start());
        RecordForm *form = app.form();
        QVERIFY(form);
        QTRY_VERIFY(form->findChild<QWidget *>("submitButton"));
        // Every problem shown: errors under the fields, the summary and the banner.
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(form->banner()->isVisible());
        QTest::qWait(100);
        keepScreenshot(app.window.get(),
                       dark ? QString("lead-form-dark") : QString("lead-form-light"));
        checkReadable(form, dark ? QString("dark") : QString("light"));
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
