#include "formats/TextLines.h"

#include <QLocale>

#include <limits>

namespace mutualise::formats {

TextLines::TextLines(QByteArrayView content)
    : m_rest(content)
{
    if (m_rest.startsWith("\xEF\xBB\xBF"))
        m_rest = m_rest.sliced(3);
}

bool TextLines::next(Line& line)
{
    if (m_problem != Problem::None || m_rest.isEmpty())
        return false;
    // The caller bounds the input (formats::readInputFile): 2^31 lines would take more than 2 GB.
    Q_ASSERT(m_number < std::numeric_limits<int>::max());
    ++m_number;
    const qsizetype end = m_rest.indexOf('\n');
    QByteArrayView bytes = end < 0 ? m_rest : m_rest.first(end);
    m_rest = end < 0 ? QByteArrayView() : m_rest.sliced(end + 1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.size() > maximumLineLength) {
        m_problem = Problem::TooLong;
        return false;
    }
    line.number = m_number;
    if (bytes.isEmpty()) {
        line.text.clear();
        return true;
    }
    // Each line decoded afresh, so that a sequence cut short at a line end is that line's error.
    m_decoder.resetState();
    line.text = m_decoder.decode(bytes);
    if (m_decoder.hasError() || bytes.contains('\0')) {
        m_problem = Problem::NotUtf8;
        return false;
    }
    return true;
}

qsizetype TextLines::countNonBlankLines(QByteArrayView content)
{
    qsizetype lines = 0;
    bool isBlank = true;
    for (const char c : content) {
        if (c == '\n') {
            lines += isBlank ? 0 : 1;
            isBlank = true;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            isBlank = false;
        }
    }
    return lines + (isBlank ? 0 : 1);
}

QString TextLines::tooLongMessage()
{
    return tr("the line is longer than %1, far more than any line of ballots takes; this is not the "
              "file it should be.")
        .arg(QLocale().formattedDataSize(maximumLineLength, 0));
}

} // namespace mutualise::formats
