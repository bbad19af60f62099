// The words of corrective actions (core/actions.h): kinds, states, sources, the fishbone's
// categories and the log's steps as stored keys and as the user reads them.
#include "actions.h"

#include "keytable.h"

#include <QCoreApplication>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
};

constexpr std::pair<ActionKind, const char *> Kinds[] = {{ActionKind::Corrective, "corrective"}, {ActionKind::Preventive, "preventive"}};
constexpr std::pair<ActionStatus, const char *> Statuses[] = {{ActionStatus::Open, "open"},
                                                               {ActionStatus::InProgress, "in_progress"},
                                                               {ActionStatus::Done, "done"},
                                                               {ActionStatus::Effective, "effective"},
                                                               {ActionStatus::NotEffective, "not_effective"}};
constexpr std::pair<ActionSource, const char *> Sources[] = {
    {ActionSource::Manual, "manual"},       {ActionSource::Item, "item"},   {ActionSource::Evaluation, "evaluation"},
    {ActionSource::Visit, "visit"},         {ActionSource::Complaint, "complaint"}, {ActionSource::Alert, "alert"},
    {ActionSource::Gap, "gap"}};
constexpr std::pair<CauseCategory, const char *> Categories[] = {
    {CauseCategory::People, "people"},   {CauseCategory::Equipment, "equipment"},     {CauseCategory::Materials, "materials"},
    {CauseCategory::Methods, "methods"}, {CauseCategory::Environment, "environment"}, {CauseCategory::Measurement, "measurement"}};

} // namespace

QString actionKindKey(ActionKind kind) { return keyOf(kind, Kinds); }
std::optional<ActionKind> actionKindFromKey(const QString &key) { return valueOf(key, Kinds); }

QString actionKindName(ActionKind kind)
{
    return kind == ActionKind::Corrective ? Text::tr("Corrective") : Text::tr("Preventive");
}

const QVector<ActionStatus> &actionStatuses()
{
    static const QVector<ActionStatus> all = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Effective,
                                              ActionStatus::NotEffective};
    return all;
}

QString actionStatusKey(ActionStatus status) { return keyOf(status, Statuses); }
std::optional<ActionStatus> actionStatusFromKey(const QString &key) { return valueOf(key, Statuses); }

QString actionStatusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return Text::tr("Open");
    case ActionStatus::InProgress: return Text::tr("In progress");
    case ActionStatus::Done: return Text::tr("Done, to verify");
    case ActionStatus::Effective: return Text::tr("Verified effective");
    case ActionStatus::NotEffective: return Text::tr("Not effective");
    }
    return QString();
}

QString actionSourceKey(ActionSource source) { return keyOf(source, Sources); }
std::optional<ActionSource> actionSourceFromKey(const QString &key) { return valueOf(key, Sources); }

QString actionSourceName(ActionSource source)
{
    switch (source) {
    case ActionSource::Manual: return Text::tr("By hand");
    case ActionSource::Item: return Text::tr("Failed item");
    case ActionSource::Evaluation: return Text::tr("Evaluation");
    case ActionSource::Visit: return Text::tr("Store visit");
    case ActionSource::Complaint: return Text::tr("Complaint");
    case ActionSource::Alert: return Text::tr("Alert");
    case ActionSource::Gap: return Text::tr("Gap");
    }
    return QString();
}

const QVector<CauseCategory> &causeCategories()
{
    static const QVector<CauseCategory> all = {CauseCategory::People,  CauseCategory::Equipment,   CauseCategory::Materials,
                                               CauseCategory::Methods, CauseCategory::Environment, CauseCategory::Measurement};
    return all;
}

QString causeCategoryKey(CauseCategory category) { return keyOf(category, Categories); }
std::optional<CauseCategory> causeCategoryFromKey(const QString &key) { return valueOf(key, Categories); }

QString causeCategoryName(CauseCategory category)
{
    switch (category) {
    case CauseCategory::People: return Text::tr("People (人)");
    case CauseCategory::Equipment: return Text::tr("Equipment (机)");
    case CauseCategory::Materials: return Text::tr("Materials (料)");
    case CauseCategory::Methods: return Text::tr("Methods (法)");
    case CauseCategory::Environment: return Text::tr("Environment (环)");
    case CauseCategory::Measurement: return Text::tr("Measurement (测)");
    }
    return QString();
}

QString actionStepName(const QString &step)
{
    if (step == QLatin1String("raised"))
        return Text::tr("Raised");
    if (step == QLatin1String("edited"))
        return Text::tr("Changed");
    if (step == QLatin1String("root_cause"))
        return Text::tr("Root cause");
    if (step == QLatin1String("started"))
        return Text::tr("Started");
    if (step == QLatin1String("note"))
        return Text::tr("Note");
    if (step == QLatin1String("done"))
        return Text::tr("Done");
    if (step == QLatin1String("verified_effective"))
        return Text::tr("Verified effective");
    if (step == QLatin1String("verified_not_effective"))
        return Text::tr("Verified not effective");
    if (step == QLatin1String("reopened"))
        return Text::tr("Reopened");
    return step;
}

QString measureKindName(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::None: return Text::tr("None yet");
    case MeasureKind::ItemFailure: return Text::tr("An item's failure rate");
    case MeasureKind::Score: return Text::tr("Evaluation score");
    case MeasureKind::Indicator: return Text::tr("A service indicator");
    }
    return QString();
}

bool testableIndicator(IndicatorKind kind)
{
    return isShare(kind) || kind == IndicatorKind::Nps;
}

} // namespace servqa
