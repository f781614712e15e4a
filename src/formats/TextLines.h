#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mutualise::formats {

// Text from outside (a file a spreadsheet or an editor saved) as numbered lines of UTF-8: a byte-order
// mark is allowed, lines end in LF or CRLF. Decoded strictly and a line at a time, so that a file with
// one wrong byte is refused naming the line it is on rather than read with a replacement character.
// A NUL byte counts as wrong too: no text file holds one.
class TextLines
{
public:
    struct Line
    {
        int number = 0; // from 1
        QString text; // without its line ending
    };

    explicit TextLines(const QByteArray& content);

    bool isUtf8() const { return m_invalidLine == 0; }
    // The first line that is not UTF-8 text; 0 when every line is.
    int invalidLine() const { return m_invalidLine; }
    // Every line, blank ones included; when a line is not UTF-8 text, only those before it.
    const QList<Line>& lines() const { return m_lines; }

private:
    QList<Line> m_lines;
    int m_invalidLine = 0;
};

} // namespace mutualise::formats
