#pragma once

namespace servqa {

class MainWindow;

// For bench/bench_scale (docs/PERFORMANCE.md), when SERVQA_PROBE is set: once the window has
// drawn the first page of interactions of the workspace opened on the command line, prints
// "usable" on standard output. Then it does what a user waits for, each timed from the action to the last number drawn
// (the page's own worker threads and connections computing, then the window painted), and prints
// a line per wait:
//   page NAME MS       a page shown for the first time (Dashboards, Results, Standards, Evaluations)
//   wait NAME MS       a filter changed on a page: the first store chosen in its site filter on
//                      each tab of Dashboards, on Standards, Evaluations and Interactions; on
//                      Results the month SERVQA_PROBE_MONTH (yyyy-MM, a month with data) chosen
//   turn NAME MS       a tab of Dashboards turned to right after a change on the tab before
//                      (before the page computes it unasked)
// then "peak-rss KB" (the process's peak resident memory), and quits.
void startProbe(MainWindow &window);

} // namespace servqa
