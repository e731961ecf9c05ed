#pragma once

#include <QList>
#include <QtGlobal>

#include <boost/random/uniform_smallint.hpp>

#include <algorithm>
#include <random>
#include <vector>

namespace comptoir::demo {

/**
 * The demo generator's source of randomness: std::mt19937_64, whose output the C++
 * standard fixes, and Boost.Random's uniform_smallint for the bounded draws. The
 * std::*_distribution classes are implementation-defined, so they are never used;
 * Boost's are the same code everywhere: the same seed gives the same store on every
 * compiler and standard library.
 *
 * Each generation phase uses its own stream (seed mixed with a stream number), so that
 * changing one phase does not reshuffle the others.
 */
class DemoRandom {
public:
    DemoRandom(quint64 seed, quint64 stream) : m_engine(mix(seed ^ mix(stream + 0x9E3779B97F4A7C15ull))) {}

    quint64 next() { return m_engine(); }

    /** 0 <= r < n (0 when n is 0). */
    quint64 below(quint64 n) { return n == 0 ? 0 : uniform<quint64>(0, n - 1); }
    /** below() for int and size counts: 0 <= r < n (0 when n <= 0). */
    int index(qsizetype n) { return n <= 0 ? 0 : int(uniform<qsizetype>(0, n - 1)); }

    /** lo <= r <= hi. */
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : uniform<qint64>(lo, hi); }

    /** True with probability perMille / 1000. */
    bool chance(int perMille) { return uniform<int>(0, 999) < perMille; }

    /** A double in [0, 1) from the top 53 bits. */
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(index(list.size())); }

    template <typename T, std::size_t N>
    const T &pick(const T (&array)[N]) { return array[index(qsizetype(N))]; }

    /** An index drawn with probability weights[i] / sum(weights). */
    template <typename W>
    int weighted(const W *weights, int n)
    {
        quint64 total = 0;
        for (int i = 0; i < n; ++i)
            total += quint64(weights[i]);
        quint64 r = below(total);
        for (int i = 0; i < n; ++i) {
            if (r < quint64(weights[i]))
                return i;
            r -= quint64(weights[i]);
        }
        return n - 1;
    }

    /** An index drawn from cumulative weights (cumulative.back() is the total). */
    qsizetype fromCumulative(const std::vector<quint64> &cumulative)
    {
        if (cumulative.empty() || cumulative.back() == 0)
            return 0;
        const quint64 r = below(cumulative.back());
        return qsizetype(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
    }

    /** Fisher-Yates with our own bounded draws. */
    template <typename It>
    void shuffle(It first, It last)
    {
        const auto n = last - first;
        for (auto i = n - 1; i > 0; --i)
            std::iter_swap(first + i, first + decltype(n)(below(quint64(i + 1))));
    }

private:
    /**
     * lo <= r <= hi (lo < hi). uniform_smallint takes one draw modulo the range: its bias
     * is negligible for the small ranges used here.
     */
    template <typename Int>
    Int uniform(Int lo, Int hi) { return boost::random::uniform_smallint<Int>(lo, hi)(m_engine); }

    static quint64 mix(quint64 x)
    {
        // splitmix64 finaliser: spreads nearby seeds and streams far apart.
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }

    std::mt19937_64 m_engine;
};

} // namespace comptoir::demo
