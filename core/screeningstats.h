#pragma once

#include "indicators.h"
#include "result.h"
#include "surveyrepository.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace servqa {

class Database;

// What screening found over a scope (the Dashboards' Screening tab and the `screening` report,
// docs/screening.md): per rule of the active rule sets, per site, per agent and per period, how
// many interactions were screened, how many were flagged as a risk, and how many each rule could
// read and matched. Counted from the stored results of the active sets, each interaction by the
// day it started in the workspace's zone (summed per day, week and month in the screening's rollups).
struct ScreeningCount
{
    qint64 screened = 0;
    qint64 flagged = 0;            // a risk flag of any severity
    QHash<QString, qint64> read;   // rule key → interactions the rule could read
    QHash<QString, qint64> hits;   // rule key → interactions it matched
    double flagRate() const { return screened > 0 ? double(flagged) / double(screened) : 0; }
    std::optional<double> hitRate(const QString &ruleKey) const
    {
        const qint64 r = read.value(ruleKey);
        return r > 0 ? std::optional(double(hits.value(ruleKey)) / double(r)) : std::nullopt;
    }
};

struct ScreeningStats
{
    struct Rule
    {
        QString key, name;
        bool flags = false; // raises a risk flag (else it answers an item)
    };
    QVector<Rule> rules; // of the active sets, by key (a key in several sets once)
    ScreeningCount total;
    struct Group
    {
        qint64 id = 0;
        QString name;
        ScreeningCount count;
        qint64 siteId = 0; // an agent's site (a site's own id)
    };
    QVector<Group> sites;  // by name
    QVector<Group> agents; // by name ("王芳 · 热线一组 Hotline Team 1"); interactions without an agent left out
    bool agentsCounted = false; // whether `agents` was asked for (ScreeningGroups)
    struct Period
    {
        QDate start; // periodStart()
        ScreeningCount count;
        bool whole = true; // every day of the week (month, quarter) is in the scope: the first and last can be cut short
    };
    QVector<Period> periods; // every period of the scope, in order, empty ones too
};

// Whether the agents are counted too: the Screening tab counts them when it first lists them (it
// opens listing the rules), the sums of two years' agents being most of its wait.
enum class ScreeningGroups { Sites, SitesAndAgents };

// From the screening's rollups (schema 41) once they are summed, else from the outcomes.
Result<ScreeningStats> screeningStats(Database &db, const IndicatorScope &scope, Granularity granularity,
                                      ScreeningGroups groups = ScreeningGroups::SitesAndAgents);
// The same read from every outcome of the scope, as before the rollups: what the tests compare
// the rollups with.
Result<ScreeningStats> screeningStatsFromOutcomes(Database &db, const IndicatorScope &scope, Granularity granularity);

} // namespace servqa
