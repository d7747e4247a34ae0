#include "common/messagebox.h"

namespace {
MessageBox::Answerer &answerer()
{
    static MessageBox::Answerer instance;
    return instance;
}

QStringList &askedTexts()
{
    static QStringList texts;
    return texts;
}
} // namespace

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton safe)
{
    if (answerer()) {
        askedTexts().append(text);
        return answerer()(text);
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(safe);
    box.setEscapeButton(safe);
    const int result = box.exec();
    return QMessageBox::StandardButton(result);
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (answerer()) {
        askedTexts().append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBox::setAnswerer(Answerer answerer)
{
    ::answerer() = std::move(answerer);
    askedTexts().clear();
}

QStringList MessageBox::asked()
{
    return askedTexts();
}
