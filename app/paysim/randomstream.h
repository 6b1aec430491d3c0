#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace payops::sim {

// Counter-based PRNG: the stream for a key is a pure function of that key. Keying each
// simulated step by (seed, service, instance, step) makes the output independent of when,
// how often, or in which order instances are scraped.
class RandomStream
{
public:
    explicit RandomStream(quint64 key) : m_state(key) {}
    static quint64 key(std::initializer_list<quint64> parts);

    quint64 next();
    double uniform();  // in (0, 1)
    double normal();   // standard normal
    // Poisson-like integer with mean `mean`: the fractional part is resolved randomly.
    quint64 roundRandom(double mean);

    static double normalQuantile(double p);
    static double normalCdf(double z);

private:
    quint64 m_state;
};

} // namespace payops::sim
