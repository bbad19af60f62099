#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace servqa::demo {

// A small deterministic random source (SplitMix64): the same seed gives the same workspace
// on every platform, unlike std:: distributions whose algorithms are unspecified.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    int below(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double normal(); // mean 0, sd 1 (Box–Muller)
    template <typename T>
    const T &pick(const QVector<T> &v) { return v[below(v.size())]; }
    const QString &pick(const QStringList &v) { return v[below(v.size())]; }

private:
    quint64 m_state;
};

struct DemoRegion
{
    QString name;
    QStringList cities;
};

const QVector<DemoRegion> &regions();
// A person's name: mostly Chinese, some English as in an international chain.
QString personName(Random &random);
QStringList chatTranscripts();
// Calls as a speech-to-text system writes them: one turn per line, "坐席：" / "客户：" or
// "Agent:" / "Customer:" first.
QStringList callTranscripts();
QStringList customerRefPrefixes();

} // namespace servqa::demo
