#include "demoactions.h"

#include "actions.h"
#include "alerts.h"
#include "complaints.h"
#include "database.h"
#include "fmea.h"
#include "pdca.h"
#include "timeutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace servqa::demo {

namespace {

Result<qint64> idOf(Database &db, const char *sql, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(key);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QStringLiteral("demo: %1 is missing").arg(key)};
    return q.value(0).toLongLong();
}

QDateTime at(const QDate &endDate, int daysBefore, int hour = 10)
{
    return QDateTime(endDate.addDays(-daysBefore), QTime(hour, 0), Qt::LocalTime);
}

DayRange days(const QDate &endDate, int fromBefore, int toBefore)
{
    return {endDate.addDays(-fromBefore), endDate.addDays(-toBefore)};
}

// The demo's texts are written in both of its users' languages, as a bilingual team would; an
// indicator's name is the application's term in each (translations/servqa_zh_CN.ts).
QString bilingualName(IndicatorKind kind)
{
    const char *chinese = "";
    switch (kind) {
    case IndicatorKind::Csat: chinese = "客户满意度（CSAT，前两档占比）"; break;
    case IndicatorKind::CsatMean: chinese = "满意度均值（1–5）"; break;
    case IndicatorKind::Nps: chinese = "净推荐值（NPS）"; break;
    case IndicatorKind::Ces: chinese = "客户费力度（CES 均值，1–7）"; break;
    case IndicatorKind::Fcr: chinese = "首次解决率"; break;
    case IndicatorKind::FirstResponse: chinese = "首次响应及时率"; break;
    case IndicatorKind::ResolutionTime: chinese = "按时解决率"; break;
    case IndicatorKind::ResolutionRate: chinese = "解决率"; break;
    case IndicatorKind::EvaluationPass: chinese = "质检合格率"; break;
    case IndicatorKind::MysteryShop: chinese = "神秘顾客暗访达标率"; break;
    }
    return QString::fromUtf8(chinese) + QLatin1Char(' ') + indicatorName(kind);
}

// A small demo may have too few cases in a period to test: the action then stays done, waiting.
Status verifyIfTestable(ActionStore &store, qint64 id, qint64 lead, const QDateTime &when)
{
    const auto a = store.find(id);
    if (!a)
        return Error{a.error()};
    const auto change = store.measureChange(a->measure, a->siteId, a->region);
    if (!change)
        return Error{change.error()};
    if (!change->test)
        return success();
    const auto verified = store.verify(id, a->version, lead, when);
    return verified ? success() : Status(Error{verified.error()});
}

// The service FMEA of the store visit flow and of Hotline Team 1's call, occurrence proposed from the
// items' failure rates; the hotline's mode and the queue linked to their actions and rated again.
Status addFmea(Database &db, const QDate &endDate, qint64 lead, qint64 callForm, qint64 storeForm, qint64 team, std::optional<qint64> followUpAction,
               std::optional<qint64> queueAction)
{
    struct Mode
    {
        const char *process, *step, *failure, *effect, *cause, *controls;
        int severity, detection;
        bool store;
        const char *item;
    };
    const QString visitFlow = QStringLiteral("门店暗访流程 Store visit flow");
    const Mode modes[] = {
        {"store", "进店 Entering", "进店30秒内未被问候 Not greeted within 30 s", "顾客感到被忽视 Customer feels ignored",
         "开店时店员忙于补货 Staff restocking at opening", "店长巡场 The manager walks the floor", 6, 5, true, "greet_time"},
        {"store", "需求 Needs", "未主动询问需求 Needs not asked", "顾客找不到合适商品 Customer leaves without what they came for",
         "店员不熟悉新品 Staff do not know the new range", "新品培训 New-range training", 5, 6, true, "needs"},
        {"store", "结账 Checkout", "排队等候过久 Queue too long", "顾客放弃购买 Customer gives up the purchase", "高峰只开一个收银台 One till at the busy hours",
         "收银排班 Till rota", 6, 4, true, "queue"},
        {"store", "结账 Checkout", "价格与标签不符 Price differs from the label", "多收顾客钱款，可能违反明码标价规定 Overcharging; may break the price-marking rules",
         "调价后标签未更换 Labels not changed after a price change", "每周价签核对 Weekly label check", 8, 5, true, "price"},
        {"store", "环境 Environment", "安全出口堵塞 Emergency exit blocked", "紧急情况下顾客无法疏散 Customers cannot get out in an emergency",
         "货物临时堆放 Stock left in the corridor", "每日开店检查 Daily opening check", 10, 6, true, "exits"},
        {"store", "离店 Leaving", "未主动提供小票 No receipt offered", "顾客无法退换 Customer cannot return the goods", "收银员忘记 Cashier forgets",
         "收银系统提示 The till prompts", 4, 7, true, "receipt"},
        {"call", "结束通话 Closing the call", "未告知回访时限 No follow-up time given", "顾客反复来电 Customer calls again and again",
         "一线没有处理时限表 No table of handling times at the front line", "质检抽查 Sampled by QA", 6, 6, false, ImprovedItem},
    };
    FmeaStore fmea(db);
    const DayRange recent = days(endDate, 90, 1);
    int position = 0;
    for (const Mode &m : modes) {
        FmeaMode mode;
        mode.process = m.store ? visitFlow : QStringLiteral("热线一组通话流程 Hotline Team 1 call flow");
        mode.step = QString::fromUtf8(m.step);
        mode.position = ++position;
        mode.failureMode = QString::fromUtf8(m.failure);
        mode.effect = QString::fromUtf8(m.effect);
        mode.cause = QString::fromUtf8(m.cause);
        mode.controls = QString::fromUtf8(m.controls);
        mode.formId = m.store ? storeForm : callForm;
        mode.itemKey = QString::fromUtf8(m.item);
        // The team's mode was rated on its own answers before its action, in the period before it.
        const bool hotline = !m.store;
        const std::optional<qint64> site = hotline ? std::optional<qint64>(team) : std::nullopt;
        const auto proposed = fmea.proposeOccurrence(*mode.formId, mode.itemKey, hotline ? days(endDate, 140, 85) : recent, site);
        if (!proposed)
            return Error{proposed.error()};
        mode.rating = {m.severity, proposed->occurrence > 0 ? proposed->occurrence : 5, m.detection};
        const auto id = fmea.save(mode, lead, at(endDate, hotline ? 80 : 10));
        if (!id)
            return Error{id.error()};
        const std::optional<qint64> action = hotline ? followUpAction : mode.itemKey == QLatin1String("queue") ? queueAction : std::nullopt;
        if (!action)
            continue;
        auto saved = fmea.find(*id);
        if (!saved)
            return Error{saved.error()};
        if (const Status s = fmea.linkAction(*id, saved->version, *action, lead, at(endDate, hotline ? 70 : 10)); !s)
            return s;
        // Rated again on the period after the action.
        const auto after = fmea.proposeOccurrence(*mode.formId, mode.itemKey, hotline ? days(endDate, ActionTookEffectDays, 1) : days(endDate, 99, 1),
                                               site);
        if (!after)
            return Error{after.error()};
        if (after->occurrence == 0)
            continue;
        saved = fmea.find(*id);
        if (const Status s = fmea.rateAfter(*id, saved->version, {m.severity, after->occurrence, m.detection}, lead, at(endDate, 0, 9)); !s)
            return s;
    }
    return success();
}

// Hotline Team 1's improvement cycle around its follow-up action: planned on the item's failures
// before it with a target of 15 %, checked on the weeks since, and made a standard when it held.
Status addCycle(Database &db, const QDate &endDate, qint64 lead, qint64 owner, qint64 callForm, qint64 team, std::optional<qint64> action)
{
    if (!action)
        return success();
    PdcaStore cycles(db);
    PdcaPlan p;
    p.goal = QStringLiteral("热线一组回访时限告知不合格率降到 15 % 以下 Hotline Team 1: follow-up times missing in under 15 % of calls");
    p.siteId = team;
    p.ownerId = owner;
    p.measure.kind = MeasureKind::ItemFailure;
    p.measure.formId = callForm;
    p.measure.itemKey = QString::fromLatin1(ImprovedItem);
    p.measure.before = days(endDate, 140, 85);
    p.target = 15;
    const auto id = cycles.plan(p, lead, at(endDate, 75));
    if (!id)
        return Error{id.error()};
    const auto version = [&cycles](qint64 cycle) {
        const auto c = cycles.find(cycle);
        return c ? c->version : 0;
    };
    if (const Status s = cycles.addAction(*id, version(*id), *action, lead, at(endDate, 70, 11)); !s)
        return s;
    if (const Status s = cycles.startDoing(*id, version(*id), lead, at(endDate, 66)); !s)
        return s;
    // A demo too small to compare leaves the cycle doing.
    ActionMeasure m = p.measure;
    m.after = days(endDate, ActionTookEffectDays, 1);
    const auto moved = ActionStore(db).measureChange(m, team, QString());
    if (!moved)
        return Error{moved.error()};
    if (!moved->test)
        return success();
    if (const Status s = cycles.check(*id, version(*id), m.after, lead, at(endDate, 0, 10)); !s)
        return s;
    const auto checked = cycles.find(*id);
    if (!checked)
        return Error{checked.error()};
    // Held: the table of follow-up times joins the standard of solving at the first contact (the
    // demo register's STD-03); else go again.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM service_standards ORDER BY code = 'STD-03' DESC, code LIMIT 1"));
    if (const Status s = execQuery(q, db); !s)
        return s;
    const std::optional<qint64> standard = checked->targetMet && *checked->targetMet && q.next() ? std::optional<qint64>(q.value(0).toLongLong())
                                                                                                  : std::nullopt;
    const auto acted = cycles.act(*id, checked->version, standard, !standard,
                                  standard ? QStringLiteral("回访时限表写入服务标准 The table of follow-up times is added to the standard")
                                           : QStringLiteral("目标未达成，继续下一轮 Target not reached: another cycle"),
                                  lead, at(endDate, 0, 11));
    return acted ? success() : Status(Error{acted.error()});
}

} // namespace

Status addActions(Database &db, const QDate &endDate)
{
    const char *const UserSql = "SELECT id FROM users WHERE login = ?";
    const char *const SiteSql = "SELECT id FROM sites WHERE code = ?";
    const char *const FormSql = "SELECT id FROM forms WHERE code = ?";
    const auto lead = idOf(db, UserSql, QStringLiteral("lead"));
    const auto manager1 = idOf(db, UserSql, QStringLiteral("manager1"));
    const auto manager2 = idOf(db, UserSql, QStringLiteral("manager2"));
    const auto team = idOf(db, SiteSql, QString::fromLatin1(ImprovedTeam));
    const auto callForm = idOf(db, FormSql, QStringLiteral("CALL-QA"));
    const auto storeForm = idOf(db, FormSql, QStringLiteral("STORE-VISIT"));
    for (const auto *r : {&lead, &manager1, &manager2, &team, &callForm, &storeForm}) {
        if (!*r)
            return Error{r->error()};
    }
    ActionStore store(db);
    const auto version = [&store](qint64 id) {
        const auto a = store.find(id);
        return a ? a->version : 0;
    };

    std::optional<qint64> followUpAction, queueAction; // linked from the FMEA below
    // 1. The team's follow-up times: raised from the failing item ten weeks ago, verified effective today.
    {
        ActionDraft d;
        d.title = QStringLiteral("首问负责并明确回访时限 Own the call and give a clear follow-up time");
        d.description = QStringLiteral("Agents tell every caller who will call back and by when, and put it in the case notes.");
        d.origin = {ActionSource::Item, *callForm, QString::fromLatin1(ImprovedItem),
                    QStringLiteral("主动承担、明确后续时限 Took ownership and gave a clear follow-up time · 热线一组 Hotline Team 1")};
        d.siteId = *team;
        d.ownerId = *manager1;
        d.due = endDate.addDays(-ActionTookEffectDays - 1);
        d.measure.kind = MeasureKind::ItemFailure;
        d.measure.formId = *callForm;
        d.measure.itemKey = QString::fromLatin1(ImprovedItem);
        d.measure.before = days(endDate, 140, 85);
        d.measure.after = days(endDate, ActionTookEffectDays, 1);
        const auto id = store.raise(d, *lead, at(endDate, 70));
        if (!id)
            return Error{id.error()};
        followUpAction = *id;
        if (const Status s = store.setRootCause(*id, version(*id),
                                                {QStringLiteral("坐席没有告诉客户何时回电 Agents did not say when they would call back"),
                                                 QStringLiteral("他们不知道二线的处理时限 They did not know the back office's times"),
                                                 QStringLiteral("时限表没有发给一线 The table of times was never given to the front line")},
                                                {{CauseCategory::Methods, QStringLiteral("一线没有处理时限表 No table of handling times at the front line"), true},
                                                 {CauseCategory::People, QStringLiteral("新坐席未受过首问负责培训 New agents not trained to own the call"), false},
                                                 {CauseCategory::Equipment, QStringLiteral("工单系统不提示回访时间 The case system does not ask for a call-back time"), false}},
                                                *manager1, at(endDate, 69));
            !s)
            return s;
        if (const Status s = store.start(*id, version(*id), QStringLiteral("话术已修订 Script revised"), *manager1, at(endDate, 66)); !s)
            return s;
        if (const Status s = store.complete(*id, version(*id), QStringLiteral("全组完成培训 The whole team trained on the new script"), *manager1,
                                            at(endDate, ActionTookEffectDays + 1, 17));
            !s)
            return s;
        if (const Status s = verifyIfTestable(store, *id, *lead, at(endDate, 0, 9)); !s)
            return s;
    }

    // 2. A store's action on an older complaint of the last three months (about staff attitude if there is one): done, the after period still running.
    std::optional<Complaint> complaint;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT c.id FROM complaints c JOIN sites s ON s.id = c.site_id WHERE s.kind = 'store' "
                                 "AND c.received_at >= ? AND c.received_at < ? ORDER BY c.category = 'attitude' DESC, c.received_at LIMIT 1"));
        q.addBindValue(toStored(at(endDate, 90)));
        q.addBindValue(toStored(at(endDate, 20)));
        if (const Status s = execQuery(q, db); !s)
            return s;
        if (q.next()) {
            const auto found = ComplaintStore(db).find(q.value(0).toLongLong());
            if (!found)
                return Error{found.error()};
            complaint = *found;
        }
    }
    if (complaint) {
        ActionDraft d;
        // What the store does about it, and the score it should move.
        const bool attitude = complaint->category == QLatin1String("attitude");
        d.title = attitude ? QStringLiteral("服务规范复训 Service manners refresher for the floor staff")
                           : QStringLiteral("每日开店前巡查 A walk-through of the store before opening, every day");
        d.origin = {ActionSource::Complaint, complaint->id, QString(), complaint->reference + QStringLiteral(" · ") + complaint->description};
        d.siteId = complaint->siteId;
        d.ownerId = *manager2;
        d.due = endDate.addDays(-21);
        d.measure.kind = MeasureKind::Score;
        d.measure.formId = *storeForm;
        d.measure.dimension = attitude ? Dimension::Empathy : Dimension::Tangibles;
        d.measure.before = days(endDate, 110, 21);
        d.measure.after = {endDate.addDays(-20), endDate.addDays(40)};
        const auto id = store.raise(d, *manager2, complaint->receivedAt.addDays(1));
        if (!id)
            return Error{id.error()};
        if (const Status s = store.complete(*id, version(*id), QStringLiteral("全员复训完成，店长每日抽查 Everyone retrained; the manager checks daily"), *manager2,
                                            at(endDate, 21, 16));
            !s)
            return s;
    }

    // 3. The newest alert: in progress, on its indicator when it can be tested.
    const auto alerts = loadAlerts(db, true);
    if (!alerts)
        return Error{alerts.error()};
    if (!alerts->isEmpty()) {
        const Alert &a = alerts->first();
        ActionDraft d;
        d.title = QStringLiteral("排班调整，高峰时段增加人手 More staff at the busy hours");
        d.origin = {ActionSource::Alert, a.id, QString(), bilingualName(a.indicator)};
        d.siteId = a.siteId;
        d.region = a.siteId ? QString() : a.region;
        d.ownerId = *lead;
        d.due = endDate.addDays(10);
        if (testableIndicator(a.indicator)) {
            d.measure.kind = MeasureKind::Indicator;
            d.measure.indicator = a.indicator;
            d.measure.before = {a.from, std::min(a.to, endDate.addDays(-1))};
            if (d.measure.before.from > d.measure.before.to)
                d.measure.before.from = d.measure.before.to.addDays(-27);
            d.measure.after = {endDate.addDays(11), endDate.addDays(38)};
        }
        const auto id = store.raise(d, *lead, at(endDate, 0, 11));
        if (!id)
            return Error{id.error()};
        if (const Status s = store.start(*id, version(*id), QStringLiteral("新排班已发布 New rota published"), *lead, at(endDate, 0, 15)); !s)
            return s;
    }

    // 4. A preventive action on gap 3 of the region: open, and overdue.
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT region FROM sites WHERE region <> '' ORDER BY code LIMIT 1"));
        if (const Status s = execQuery(q, db); !s)
            return s;
        ActionDraft d;
        d.kind = ActionKind::Preventive;
        d.title = QStringLiteral("门店服务标准张贴与晨会宣贯 Post the service standards and go through them each morning");
        d.origin = {ActionSource::Gap, 3, QString(), QStringLiteral("差距3 服务执行 Gap 3, service performance")};
        d.region = q.next() ? q.value(0).toString() : QString();
        d.ownerId = *manager2;
        d.due = endDate.addDays(-5);
        if (const auto id = store.raise(d, *lead, at(endDate, 30)); !id)
            return Error{id.error()};
    }

    // 5. The first store's queue time: the measure did not move, verified not effective.
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM sites WHERE kind = 'store' ORDER BY code LIMIT 1"));
        if (const Status s = execQuery(q, db); !s)
            return s;
        if (q.next()) {
            ActionDraft d;
            d.title = QStringLiteral("高峰时段加开收银台 Open a second till at the busy hours");
            d.origin = {ActionSource::Item, *storeForm, QStringLiteral("queue"), QStringLiteral("排队等候时长 Queue time")};
            d.siteId = q.value(0).toLongLong();
            d.ownerId = *manager1;
            d.due = endDate.addDays(-100);
            d.measure.kind = MeasureKind::ItemFailure;
            d.measure.formId = *storeForm;
            d.measure.itemKey = QStringLiteral("queue");
            d.measure.before = days(endDate, 200, 101);
            d.measure.after = days(endDate, 99, 1);
            const auto id = store.raise(d, *lead, at(endDate, 120));
            if (!id)
                return Error{id.error()};
            queueAction = *id;
            if (const Status s = store.complete(*id, version(*id), QStringLiteral("第二收银台已开通 A second till opens 11:00–14:00 and 17:00–20:00"), *manager1,
                                                at(endDate, 100, 17));
                !s)
                return s;
            if (const Status s = verifyIfTestable(store, *id, *lead, at(endDate, 0, 9)); !s)
                return s;
        }
    }
    if (const Status s = addFmea(db, endDate, *lead, *callForm, *storeForm, *team, followUpAction, queueAction); !s)
        return s;
    return addCycle(db, endDate, *lead, *manager1, *callForm, *team, followUpAction);
}

} // namespace servqa::demo
