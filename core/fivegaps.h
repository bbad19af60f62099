#pragma once

#include "result.h"
#include "servqual.h"
#include "standards.h"
#include "surveyrepository.h"

#include <QDate>
#include <QVector>

#include <array>
#include <utility>

namespace servqa {

class Database;

// The five gaps of the gap model, numbered as in DESIGN.md.
enum class GapKind { Knowledge = 1, Standards, Delivery, Communication, Customer };
constexpr std::array<GapKind, 5> AllGaps = {GapKind::Knowledge, GapKind::Standards, GapKind::Delivery, GapKind::Communication,
                                            GapKind::Customer};
inline int gapIndex(GapKind gap) { return static_cast<int>(gap) - 1; }
QString gapName(GapKind gap); // translated: "Knowledge gap (gap 1)"
// Gaps 1, 2 and 5 are in points of the 1–7 scale; gaps 3 and 4 in percentage points.
bool gapInPercentagePoints(GapKind gap);

// One standard over a period: the customers' expectation of its items against the level it
// commits to (gap 2), and how often what inspections and visits observed met it (gap 3).
struct StandardGaps
{
    ServiceStandard standard;
    Estimate expectation;  // customers' mean E over the standard's SERVQUAL items
    Estimate standardsGap; // gap 2 = level − E
    Estimate compliance;   // % of the linked answers that met it
    Estimate deliveryGap;  // gap 3 = compliance − compliance target, percentage points
};

// One promise over a period: how often the measure kept it against the share promised.
struct PromiseGaps
{
    ExternalPromise promise;
    Estimate kept;             // % of cases that kept the promise
    Estimate communicationGap; // gap 4 = kept − promised, percentage points
};

struct FiveGaps
{
    // [gapIndex][dimensionIndex]. A dimension with no standard (gaps 2, 3) or no promise (gap 4)
    // has no estimate and n = 0.
    std::array<std::array<Estimate, DimensionCount>, 5> gaps;
    QVector<StandardGaps> standards;
    QVector<PromiseGaps> promises;
    int respondents = 0;
    const Estimate &at(GapKind gap, Dimension d) const { return gaps[gapIndex(gap)][dimensionIndex(d)]; }
};

struct FiveGapsPoint
{
    QDate period;
    FiveGaps gaps;
};

// The interval of a share for gaps 3 and 4 (docs/gap-model.md, "Intervals"): pure functions of
// counts, so a test can feed them a textbook table.
//
// Observations gathered in clusters (gap 3: the linked answers of one evaluation; gap 4: the
// cases of one interaction): per cluster m observations of which y met, summed over clusters.
struct ClusterSums
{
    double clusters = 0;           // C
    double m = 0, y = 0;           // Σm, Σy
    double mm = 0, yy = 0, ym = 0; // Σm², Σy², Σy·m
    void addCluster(double observations, double met);
    ClusterSums &operator+=(const ClusterSums &other);
    // n independent observations (each its own cluster), `met` of them met.
    static ClusterSums independent(double n, double met);
};

// The 95 % Wilson score interval (Wilson 1927) of a share p (0–1) seen on n observations, n
// possibly fractional (an effective n): (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n), z the
// normal quantile 0.975 (Boost.Math). [p, p] without observations.
std::pair<double, double> wilsonInterval(double p, double n);

// Kish's design effect of the share p = Σy / Σm over clusters: the cluster-robust (linearisation)
// variance V = C/(C − 1) · Σ(y − p·m)² / (Σm)² over the binomial p(1 − p)/Σm, never below 1, and 1
// when p is 0 or 1 or there are fewer than two clusters. The share's interval is Wilson's on the
// effective n = Σm / deff.
double designEffect(const ClusterSums &sums);

// Every gap of the model for the sites and period `filter` selects (docs/gap-model.md): customer
// surveys of the filter's wave for gaps 1, 2 and 5, the managers' estimates of the same sites
// (whatever their date) for gap 1, submitted evaluations and validated visits for gap 3, the
// interactions for gap 4. Fewer than `minN` respondents or observations: too few.
Result<FiveGaps> computeFiveGaps(Database &db, const SurveyFilter &filter, int minN = 5);

// The same per week, month or quarter, oldest first; a period appears when it has any data.
Result<QVector<FiveGapsPoint>> fiveGapsTrend(Database &db, const SurveyFilter &filter, Granularity granularity, int minN = 5);

// Both at once, reading the data once (the Dashboards show both).
Result<std::pair<FiveGaps, QVector<FiveGapsPoint>>> fiveGapsWithTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                                                       int minN = 5);

} // namespace servqa
