#include "formats/TextLines.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace mutualise::formats {

TextLines::TextLines(const QByteArray& content)
{
    QByteArrayView rest(content);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int number = 0;
    while (!rest.isEmpty()) {
        ++number;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView bytes = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        // A fresh decoder for each line, so that a sequence cut short at a line end is that line's error.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.contains('\0')) {
            m_invalidLine = number;
            return;
        }
        m_lines.append({ number, std::move(text) });
    }
}

} // namespace mutualise::formats
