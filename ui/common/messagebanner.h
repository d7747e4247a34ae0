#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

/// A message in words across the top of a form or window (success, warning,
/// error), with up to two actions. Not colour alone: the text says it all,
/// and screen readers get it as an alert.
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    /// Adds an action button to the message now shown; removed with the next show().
    QPushButton *addAction(const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    Kind m_kind = Kind::Info;
};
