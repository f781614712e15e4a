#pragma once

#include <QtGlobal>

#include <array>

namespace mutualise::domain {

// xoshiro256** seeded through splitmix64: the same seed gives the same numbers with every compiler and
// standard library, which std::uniform_int_distribution does not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        for (quint64& word : m_state)
            word = splitMix(seed);
    }

    quint64 next()
    {
        const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
        const quint64 shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }

    // A whole number from `lowest` to `highest`, both included. The modulo bias is far below anything a
    // demo could show.
    qint64 between(qint64 lowest, qint64 highest)
    {
        Q_ASSERT(lowest <= highest);
        const auto span = static_cast<quint64>(highest - lowest) + 1U;
        return lowest + static_cast<qint64>(next() % span);
    }

    int index(qsizetype size) { return static_cast<int>(between(0, static_cast<qint64>(size) - 1)); }

    bool chance(int perMille) { return between(0, 999) < perMille; }

private:
    static quint64 rotateLeft(quint64 value, int bits) { return (value << bits) | (value >> (64 - bits)); }

    static quint64 splitMix(quint64& state)
    {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::array<quint64, 4> m_state {};
};

} // namespace mutualise::domain
