#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QRawFont>
#include <QStringView>

#include <optional>
#include <vector>

class QPaintDevice;

namespace mutualise::reports {

// The letters of one font drawn straight from its glyphs, without shaping: Latin, Greek and Cyrillic
// letters, digits, punctuation and signs, each looked up once. A table's cells are almost all of these,
// and shaping each of a long register's cells again costs more than all the rest of its pages. A text
// with any other letter (another script, a combining mark, a letter the font lacks) is left to be
// shaped. The width of a plain text is the sum of its letters' advances: no kerning, no ligatures.
class PlainGlyphs
{
public:
    PlainGlyphs(const QFont& font, QPaintDevice* device)
        : m_font(QRawFont::fromFont(QFont(font, device)))
        , m_glyphs(0x10000, unknown)
        , m_advances(0x10000, 0)
    { }

    // The text's width, if it is plain.
    std::optional<qreal> widthOf(QStringView text)
    {
        qreal sum = 0;
        for (const QChar letter : text) {
            if (glyphOf(letter) == notPlain)
                return std::nullopt;
            sum += m_advances[letter.unicode()];
        }
        return sum;
    }

    bool surelyFits(QStringView text, qreal width)
    {
        const std::optional<qreal> sum = widthOf(text);
        return sum && *sum <= width;
    }

    // Adds a plain text to what is drawn next, starting at `origin` on its baseline.
    void add(QStringView text, QPointF origin)
    {
        for (const QChar letter : text) {
            m_run.append(glyphOf(letter));
            m_positions.append(origin);
            origin.rx() += m_advances[letter.unicode()];
        }
    }

    // Draws what was added, in one run: far fewer, shorter instructions in a PDF than a run for a cell.
    void draw(QPainter& painter)
    {
        if (m_run.isEmpty())
            return;
        QGlyphRun glyphs;
        glyphs.setRawFont(m_font);
        glyphs.setGlyphIndexes(m_run);
        glyphs.setPositions(m_positions);
        painter.drawGlyphRun(QPointF(0, 0), glyphs);
        m_run.clear();
        m_positions.clear();
    }

private:
    static constexpr quint32 unknown = 0xffffffff;
    static constexpr quint32 notPlain = 0;

    quint32 glyphOf(QChar letter)
    {
        quint32& glyph = m_glyphs[letter.unicode()];
        if (glyph != unknown)
            return glyph;
        glyph = notPlain;
        const QChar::Script script = letter.script();
        const bool isPlainScript = script == QChar::Script_Common || script == QChar::Script_Latin
            || script == QChar::Script_Greek || script == QChar::Script_Cyrillic;
        if (letter.isSurrogate() || !isPlainScript || letter.isMark() || !letter.isPrint())
            return glyph;
        const QList<quint32> found = m_font.glyphIndexesForString(QString(letter));
        if (found.size() != 1 || found.constFirst() == 0)
            return glyph;
        const QList<QPointF> advances = m_font.advancesForGlyphIndexes(found);
        if (advances.size() != 1)
            return glyph;
        glyph = found.constFirst();
        m_advances[letter.unicode()] = static_cast<float>(advances.constFirst().x());
        return glyph;
    }

    QRawFont m_font;
    std::vector<quint32> m_glyphs;
    std::vector<float> m_advances;
    QList<quint32> m_run;
    QList<QPointF> m_positions;
};

} // namespace mutualise::reports
