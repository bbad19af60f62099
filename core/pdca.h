#pragma once

#include "actions.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

// PDCA improvement cycles (计划-执行-检查-处理, docs/closed-loop.md): Plan — a goal on a measure, its
// baseline period and a target; Do — the corrective actions taken for it; Check — the measure read
// again over a later period, against the baseline (tested as a corrective action's is) and against
// the target; Act — the way of working made a service standard, or another cycle started from where
// this one ended. Every step is a row of the append-only pdca_log.
namespace servqa {

class Database;

enum class PdcaStage { Plan, Do, Check, Act };
QString pdcaStageName(PdcaStage stage); // translated: 计划 / 执行 / 检查 / 处理
QString pdcaStepName(const QString &step); // a log entry's step, translated

struct PdcaPlan
{
    QString goal;
    std::optional<qint64> siteId; // none: the region's sites, or every site
    QString region;
    qint64 ownerId = 0;
    ActionMeasure measure; // its `before` is the baseline period
    double target = 0;     // the measure's value to reach: a share in percent, a score, points
};

struct PdcaCycle
{
    qint64 id = 0;
    QString reference;
    PdcaPlan plan;
    QString siteName;
    QString ownerName;
    PdcaStage stage = PdcaStage::Plan;
    // Check: the measure over the check period against the baseline.
    DayRange checkPeriod;
    std::optional<MeasureChange> check;
    std::optional<bool> targetMet;
    // Act.
    QString outcome; // "standardised" or "another_cycle"
    std::optional<qint64> standardId;
    QString standardText;
    std::optional<qint64> nextCycleId;
    QDateTime createdAt;
    int version = 0;
    bool reached(double value) const { return plan.measure.lowerIsBetter() ? value <= plan.target : value >= plan.target; }
};

struct PdcaLogEntry
{
    QDateTime at;
    QString userName;
    QString step;
    QString note;
};

// A QA lead or an administrator runs the cycles; the actions in them are anyone's to own.
class PdcaStore
{
public:
    explicit PdcaStore(Database &db) : m_db(db) {}

    Result<qint64> plan(const PdcaPlan &plan, qint64 userId, const QDateTime &at);
    // An action done for the cycle (planned or doing); an action belongs to one cycle at most.
    Status addAction(qint64 id, int version, qint64 actionId, qint64 userId, const QDateTime &at);
    // Plan → Do: with at least one action.
    Status startDoing(qint64 id, int version, qint64 userId, const QDateTime &at);
    // Do → Check: the measure over `period` (over by `at`) against the baseline and the target.
    Status check(qint64 id, int version, const DayRange &period, qint64 userId, const QDateTime &at);
    // Check → Act: the way of working made a standard (one of the register's), or another cycle
    // planned from this one's check period as its baseline; the new cycle's id when one is started.
    Result<std::optional<qint64>> act(qint64 id, int version, std::optional<qint64> standardId, bool anotherCycle, const QString &note,
                                      qint64 userId, const QDateTime &at);

    Result<QVector<PdcaCycle>> cycles();
    Result<PdcaCycle> find(qint64 id);
    Result<QVector<CorrectiveAction>> actionsOf(qint64 id, const QDate &today);
    Result<QVector<PdcaLogEntry>> log(qint64 id);
    // The actions not in any cycle, not yet verified: those a cycle can take up. Reference · title.
    Result<QVector<QPair<qint64, QString>>> freeActions();

private:
    Status mayRun(qint64 userId);
    Status change(qint64 id, int version, qint64 userId, const std::function<Status(const PdcaCycle &)> &apply);
    Status update(const PdcaCycle &before, const QString &set, const QVariantList &values);
    Status append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note);
    Result<qint64> insert(const PdcaPlan &plan, qint64 userId, const QDateTime &at);
    Database &m_db;
};

} // namespace servqa
