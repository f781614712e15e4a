#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <type_traits>

namespace mutualise::formats {

// Text from outside (a file a spreadsheet or an editor saved) as numbered lines of UTF-8: a byte-order
// mark is allowed, lines end in LF or CRLF. Decoded strictly and a line at a time, as the reader asks
// for them, so that a reader stops at the first line that cannot be valid, a file with one wrong byte
// is refused naming the line it is on rather than read with a replacement character, and a blank line
// costs nothing to skip. A NUL byte counts as wrong too: no text file holds one. So does a line longer
// than maximumLineLength bytes: no line of ballots is anywhere near it.
class TextLines
{
    Q_DECLARE_TR_FUNCTIONS(TextLines)

public:
    // A full ranking of the most candidates a .blt file may name (10,000) takes under 50 KB.
    static constexpr qsizetype maximumLineLength = 1024 * 1024;

    struct Line
    {
        int number = 0; // from 1
        QString text; // without its line ending
    };

    enum class Problem
    {
        None,
        NotUtf8,
        TooLong
    };

    // `content` must outlive the TextLines.
    explicit TextLines(QByteArrayView content);
    // Not from a temporary array, which would be gone before the first line is read.
    template<typename Array>
    requires std::is_same_v<Array, QByteArray>
    explicit TextLines(Array&&) = delete;

    // The next line, blank ones included: false at the end of the text, or at a line that cannot be
    // read, which problem() and problemLine() then name; every later call gives false too.
    bool next(Line& line);

    Problem problem() const { return m_problem; }
    // How many bytes of the text have not yet been read: for a reader's progress.
    qsizetype bytesLeft() const { return m_rest.size(); }
    // The line that cannot be read; 0 when there is none.
    int problemLine() const { return m_problem == Problem::None ? 0 : m_number; }
    // How many lines hold more than spaces: at most as many rows as a reader may keep, so that it can
    // set aside room for them once instead of growing (and for a while holding twice) its list.
    static qsizetype countNonBlankLines(QByteArrayView content);

    // "the line is longer than 1 MiB, ...": what to tell the user of Problem::TooLong.
    static QString tooLongMessage();

private:
    QByteArrayView m_rest;
    int m_number = 0;
    Problem m_problem = Problem::None;
    QStringDecoder m_decoder { QStringDecoder::Utf8, QStringDecoder::Flag::Stateless };
};

} // namespace mutualise::formats
