#pragma once

#include "localdays.h"
#include "result.h"
#include "servqual.h"
#include "standards.h"
#include "surveyrepository.h"

#include <QMap>
#include <QVector>

#include <array>
#include <memory>
#include <optional>

namespace servqa {

class Database;

// What a set of survey respondents contributes to the SERVQUAL table and to gaps 1, 2 and 5
// (docs/gap-model.md), as sums: the SERVQUAL accumulator and, per standard of the register (in
// its order), the respondents' mean E over the standard's items and level − that E, and per
// dimension each respondent's gap 2. Nothing per respondent is kept.
struct SurveySums
{
    ServqualAccumulator servqual;
    QVector<Moments> standardE, standardGap; // per standard
    std::array<Moments, DimensionCount> dimensionGap2;

    explicit SurveySums(int standards = 0) : standardE(standards), standardGap(standards) {}
    // Fails, naming the respondent, on answers ServqualAccumulator refuses.
    Status add(const SurveyResponse &r, const QVector<ServiceStandard> &standards);
    // As sums that add and subtract (what the survey_sums rollup stores, per day, site and wave).
    QVector<double> toSums() const;
    // nullopt when the list was made for a register of another size.
    static std::optional<SurveySums> fromSums(const QVector<double> &sums, int standards);
};

// The sums of the respondents `filter` selects, per period (key: the period's first day) and,
// without a granularity or with `withWhole`, for the whole period (key: a null date). Read from
// the daily rollup survey_sums when the filter's bounds fall on local midnights and it was built
// for this register of standards, otherwise from every answer. Never writes.
Result<QMap<QDate, SurveySums>> readSurveySums(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards,
                                               std::optional<Granularity> granularity, bool withWhole = false);

// The SERVQUAL table's and gap 1's two sides for the whole period: the customers `filter`
// selects and the managers' estimates for the same sites, whatever their date (a management
// survey is taken now and then, not every period).
struct ServqualSides
{
    ServqualAccumulator customers, managers;
    // With a granularity: the customers per period (key: its first day), from the same reading.
    QMap<QDate, ServqualAccumulator> periods;
};
Result<ServqualSides> servqualSides(Database &db, const SurveyFilter &filter, std::optional<Granularity> granularity = std::nullopt);
// The managers' side alone (gap 1): every management respondent of the filter's sites.
Result<ServqualAccumulator> managerSums(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards);

namespace rollups {

// The register survey_sums holds sums for (servqa_meta 'survey_sums'; empty: stale).
QString surveySumsStamp(const QVector<ServiceStandard> &standards);
// Rebuilds survey_sums from every answer unless it was built for this register: once after the
// standards change (seconds on millions of answers), in one transaction.
Status ensureSurveySums(Database &db, const QVector<ServiceStandard> &standards);
// The register changed: the next reader rebuilds survey_sums. In the writer's transaction.
Status invalidateSurveySums(Database &db);

// Keeps survey_sums in step with a repository's writes, in its transaction.
class SurveySumsWriter
{
public:
    explicit SurveySumsWriter(Database &db);
    // Adds (+1) or takes out (−1) a stored respondent: −1 before replacing their answers, +1 after.
    // Does nothing while survey_sums is stale (its rebuild will count them).
    Status add(qint64 responseId, int sign);

private:
    Database &m_db;
    QString m_stamp;
    QVector<ServiceStandard> m_standards;
    std::unique_ptr<LocalDays> m_days;
};

} // namespace rollups
} // namespace servqa
