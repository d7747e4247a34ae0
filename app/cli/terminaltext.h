#pragma once

#include <QString>

/// Text LeadDesk does not control (the platform's messages, lead titles, values from a file)
/// made safe to print on a terminal.
///
/// An escape sequence in a platform message can clear the screen or set the window title, a
/// line feed can forge a second output line, and a tab breaks `outbox list`'s columns. line()
/// shows every such character as an escape instead, so each item stays one line of inert text.
class TerminalText
{
public:
    /// `text` on one line: line feed, carriage return and tab as `\n`, `\r`, `\t`; other C0
    /// controls and DEL as `\xHH`; C1 controls, lone surrogates, line and paragraph separators
    /// and bidirectional overrides as `\uHHHH`. Longer than kMaxLength: cut, saying so.
    static QString line(const QString &text);

    static constexpr int kMaxLength = 2000;
};
