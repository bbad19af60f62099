#pragma once

namespace servqa {

class MainWindow;

// For bench/bench_scale (docs/PERFORMANCE.md), when SERVQA_PROBE is set: once the workspace
// opened on the command line lists its first page of interactions, prints "usable" on standard
// output; then shows Dashboards, Results, Standards and Evaluations in turn, waiting for each to
// finish computing, prints "page NAME MS" for each and "peak-rss KB" (the process's peak resident
// memory), and quits. The parent times the lines as they arrive.
void startProbe(MainWindow &window);

} // namespace servqa
