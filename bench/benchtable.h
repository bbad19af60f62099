// What bench_scale and bench_scale_pg share, so the file's and the server's columns are measured
// and printed the same way: the median of several runs, and the Markdown table of measures
// against their baselines and targets.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Milliseconds of `work`, the median of `runs` runs (after one warm-up run when `warm`).
inline double timeIt(int runs, const std::function<void()> &work, bool warm = true)
{
    if (warm)
        work();
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(times);
}

// A measure, its baseline and its target: a ratio to the baseline (`maxRatio`), or a time
// (`maxMs`); reference rows have neither.
struct Row
{
    QString what;
    double ms = 0;
    QString baselineWhat;
    double baselineMs = 0;
    QString target;
    double maxRatio = 0;
    double maxMs = 0;
};

inline QString verdict(const Row &r)
{
    if (r.maxRatio > 0 && r.baselineMs > 0)
        return r.ms / r.baselineMs <= r.maxRatio ? QStringLiteral("met") : QStringLiteral("missed");
    if (r.maxMs > 0)
        return r.ms <= r.maxMs ? QStringLiteral("met") : QStringLiteral("missed");
    return QString();
}

inline void print(QTextStream &out, const std::vector<Row> &rows)
{
    out << "| measure | ServQA | baseline | baseline time | ratio | target | |\n|---|---:|---|---:|---:|---|---|\n";
    for (const Row &r : rows) {
        out << "| " << r.what << " | " << QString::number(r.ms, 'f', 1) << " ms | " << r.baselineWhat << " | "
            << (r.baselineMs > 0 ? QString::number(r.baselineMs, 'f', 1) + QStringLiteral(" ms") : QStringLiteral("—")) << " | "
            << (r.baselineMs > 0 ? QString::number(r.ms / r.baselineMs, 'f', 3) : QStringLiteral("—")) << " | " << r.target
            << " | " << verdict(r) << " |\n";
    }
    out.flush();
}

} // namespace bench
