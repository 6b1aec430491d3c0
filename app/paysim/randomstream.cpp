#include "app/paysim/randomstream.h"

#include <cmath>

namespace payops::sim {

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

quint64 RandomStream::key(std::initializer_list<quint64> parts)
{
    quint64 h = 0x243F6A8885A308D3ULL;
    for (quint64 p : parts)
        h = splitmix(h ^ splitmix(p));
    return h;
}

quint64 RandomStream::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double RandomStream::uniform()
{
    // 53 random bits, shifted by half a step so 0 and 1 never occur.
    return (double(next() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

double RandomStream::normal()
{
    return normalQuantile(uniform());
}

quint64 RandomStream::roundRandom(double mean)
{
    if (!(mean > 0))
        return 0;
    const double whole = std::floor(mean);
    return quint64(whole) + (uniform() < mean - whole ? 1 : 0);
}

double RandomStream::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double RandomStream::normalQuantile(double p)
{
    // Acklam's rational approximation (relative error < 1.2e-9), enough for latencies.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p <= 0)
        return -8.0;
    if (p >= 1)
        return 8.0;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
               / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
               / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
           / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

} // namespace payops::sim
