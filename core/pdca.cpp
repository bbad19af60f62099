#include "pdca.h"

#include "database.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Pdca)
};

constexpr std::pair<PdcaStage, const char *> Stages[] = {
    {PdcaStage::Plan, "plan"}, {PdcaStage::Do, "do"}, {PdcaStage::Check, "check"}, {PdcaStage::Act, "act"}};

PdcaStage stageFromKey(const QString &k)
{
    for (const auto &[stage, key] : Stages) {
        if (k == QLatin1String(key))
            return stage;
    }
    return PdcaStage::Plan;
}

QDate day(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString pdcaStageName(PdcaStage stage)
{
    switch (stage) {
    case PdcaStage::Plan: return Text::tr("Plan");
    case PdcaStage::Do: return Text::tr("Do");
    case PdcaStage::Check: return Text::tr("Check");
    case PdcaStage::Act: return Text::tr("Act");
    }
    return QString();
}

QString pdcaStepName(const QString &step)
{
    if (step == QLatin1String("planned"))
        return Text::tr("Planned");
    if (step == QLatin1String("action_added"))
        return Text::tr("Action added");
    if (step == QLatin1String("doing"))
        return Text::tr("Doing");
    if (step == QLatin1String("checked"))
        return Text::tr("Checked");
    if (step == QLatin1String("standardised"))
        return Text::tr("Made a standard");
    if (step == QLatin1String("another_cycle"))
        return Text::tr("Another cycle");
    return step;
}

Status PdcaStore::mayRun(qint64 userId)
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return Error{user.error()};
    if (user->role != UserRole::Lead && user->role != UserRole::Admin)
        return Error{Text::tr("A QA lead or an administrator runs improvement cycles; %1 works as: %2.").arg(user->name, userRoleName(user->role))};
    return success();
}

Status PdcaStore::append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pdca_log (cycle_id, at, user_id, action, note) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    for (const QVariant &v : QVariantList{id, toStored(at), userId, step, note})
        q.addBindValue(v);
    return execQuery(q, m_db);
}

Result<qint64> PdcaStore::insert(const PdcaPlan &p, qint64 userId, const QDateTime &at)
{
    const ActionMeasure &m = p.measure;
    const QString prefix = QStringLiteral("PDCA-%1-").arg(at.date().toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT reference FROM pdca_cycles WHERE reference LIKE ? ORDER BY reference DESC LIMIT 1"));
    last.addBindValue(QString(prefix + QLatin1Char('%')));
    if (const Status s = execQuery(last, m_db); !s)
        return Error{s.error()};
    const int number = last.next() ? last.value(0).toString().mid(prefix.size()).toInt() + 1 : 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pdca_cycles (reference, goal, site_id, region, owner_id, measure_kind, measure_form, measure_key, baseline_from, "
                             "baseline_to, target, stage, created_at, created_by) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''), ?, ?, ?, 'plan', ?, ?) "
                             "RETURNING id"));
    for (const QVariant &v : QVariantList{QString(prefix + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'))), p.goal.trimmed(),
                                          optionalId(p.siteId), p.siteId ? QString() : p.region, p.ownerId, measureKindKey(m.kind), optionalId(m.formId),
                                          measureKeyOf(m), m.before.from.toString(Qt::ISODate), m.before.to.toString(Qt::ISODate), p.target,
                                          toStored(at), userId})
        q.addBindValue(v);
    const auto id = execScalar(q, m_db);
    if (!id)
        return Error{id.error()};
    if (const Status s = append(*id, userId, QStringLiteral("planned"), at, p.goal.trimmed()); !s)
        return Error{s.error()};
    return *id;
}

Result<qint64> PdcaStore::plan(const PdcaPlan &p, qint64 userId, const QDateTime &at)
{
    if (const Status s = mayRun(userId); !s)
        return Error{s.error()};
    if (p.goal.trimmed().isEmpty())
        return Error{Text::tr("Say what the cycle is to achieve.")};
    if (p.measure.kind == MeasureKind::None)
        return Error{Text::tr("Choose the measure the cycle is to move: it is checked on it.")};
    if (p.measure.kind == MeasureKind::ItemFailure && (!p.measure.formId || p.measure.itemKey.isEmpty()))
        return Error{Text::tr("Choose the item whose failure rate the action is meant to lower.")};
    if (p.measure.kind == MeasureKind::Indicator && !testableIndicator(p.measure.indicator))
        return Error{Text::tr("%1 is a mean without its spread kept: choose a share or the NPS.").arg(indicatorName(p.measure.indicator))};
    if (!p.measure.before.from.isValid() || !p.measure.before.to.isValid() || p.measure.before.from > p.measure.before.to
        || p.measure.before.to >= at.date())
        return Error{Text::tr("The baseline is a period already over, from its first day to its last.")};
    if (const auto owner = UserRepository(m_db).find(p.ownerId); !owner || !mayOwnActions(owner->role))
        return Error{Text::tr("Choose who owns the cycle.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto id = insert(p, userId, at);
    if (!id)
        return id;
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Status PdcaStore::update(const PdcaCycle &before, const QString &set, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pdca_cycles SET ") + set + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(before.id);
    q.addBindValue(before.version);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("Cycle %1 was changed since you opened it; look at it again.").arg(before.reference)};
    return success();
}

Status PdcaStore::change(qint64 id, int version, qint64 userId, const std::function<Status(const PdcaCycle &)> &apply)
{
    if (const Status s = mayRun(userId); !s)
        return s;
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto c = find(id);
    if (!c)
        return Error{c.error()};
    if (c->version != version)
        return Error{Text::tr("Cycle %1 was changed since you opened it; look at it again.").arg(c->reference)};
    if (const Status s = apply(*c); !s)
        return s;
    return transaction.commit();
}

Status PdcaStore::addAction(qint64 id, int version, qint64 actionId, qint64 userId, const QDateTime &at)
{
    return change(id, version, userId, [&](const PdcaCycle &c) -> Status {
        if (c.stage != PdcaStage::Plan && c.stage != PdcaStage::Do)
            return Error{Text::tr("Cycle %1 is past its Do: start another cycle for more actions.").arg(c.reference)};
        const auto a = ActionStore(m_db).find(actionId);
        if (!a)
            return Error{a.error()};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE actions SET cycle_id = ?, version = version + 1 WHERE id = ? AND cycle_id IS NULL"));
        q.addBindValue(id);
        q.addBindValue(actionId);
        if (const Status s = execQuery(q, m_db); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Error{Text::tr("Action %1 belongs to a cycle already.").arg(a->reference)};
        // Both histories say so.
        QSqlQuery note(m_db.connection());
        note.prepare(QStringLiteral("INSERT INTO action_log (action_id, at, user_id, action, note) VALUES (?, ?, ?, 'note', ?)"));
        for (const QVariant &v : QVariantList{actionId, toStored(at), userId, Text::tr("Part of improvement cycle %1: %2").arg(c.reference, c.plan.goal)})
            note.addBindValue(v);
        if (const Status s = execQuery(note, m_db); !s)
            return s;
        if (const Status s = update(c, QStringLiteral("stage = stage"), {}); !s)
            return s;
        return append(id, userId, QStringLiteral("action_added"), at, a->reference + QStringLiteral(" · ") + a->title);
    });
}

Status PdcaStore::startDoing(qint64 id, int version, qint64 userId, const QDateTime &at)
{
    return change(id, version, userId, [&](const PdcaCycle &c) -> Status {
        if (c.stage != PdcaStage::Plan)
            return Error{Text::tr("Cycle %1 is at %2 already.").arg(c.reference, pdcaStageName(c.stage))};
        const auto actions = actionsOf(id, at.date());
        if (!actions)
            return Error{actions.error()};
        if (actions->isEmpty())
            return Error{Text::tr("Add the actions the cycle will take before it starts doing them.")};
        if (const Status s = update(c, QStringLiteral("stage = 'do'"), {}); !s)
            return s;
        return append(id, userId, QStringLiteral("doing"), at, Text::tr("%n action(s)", nullptr, int(actions->size())));
    });
}

Status PdcaStore::check(qint64 id, int version, const DayRange &period, qint64 userId, const QDateTime &at)
{
    return change(id, version, userId, [&](const PdcaCycle &c) -> Status {
        if (c.stage != PdcaStage::Do)
            return Error{Text::tr("Cycle %1 is checked once its actions are under way; it is at %2.").arg(c.reference, pdcaStageName(c.stage))};
        if (!period.from.isValid() || !period.to.isValid() || period.from > period.to || period.from <= c.plan.measure.before.to)
            return Error{Text::tr("The check period starts after the baseline ends, and runs from its first day to its last.")};
        if (period.to >= at.date())
            return Error{Text::tr("The check period runs to %1: check it when that day is over.").arg(QLocale().toString(period.to, QLocale::ShortFormat))};
        ActionMeasure m = c.plan.measure;
        m.after = period;
        const auto moved = ActionStore(m_db).measureChange(m, c.plan.siteId, c.plan.region);
        if (!moved)
            return Error{moved.error()};
        if (!moved->test)
            return Error{Text::tr("There are too few cases to compare (%1 in the baseline, %2 now): choose a longer check period.")
                             .arg(moved->beforeN)
                             .arg(moved->afterN)};
        const ChangeTest &t = *moved->test;
        const bool met = c.reached(t.after);
        if (const Status s = update(c, QStringLiteral("stage = 'check', check_from = ?, check_to = ?, baseline_value = ?, check_value = ?, p_value = ?, target_met = ?"),
                                    {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), t.before, t.after, t.pValue, met ? 1 : 0});
            !s)
            return s;
        return append(id, userId, QStringLiteral("checked"), at,
                      Text::tr("%1 → %2 (target %3, %4), p %5")
                          .arg(QLocale().toString(t.before, 'f', 1), QLocale().toString(t.after, 'f', 1), QLocale().toString(c.plan.target, 'f', 1),
                               met ? Text::tr("reached") : Text::tr("not reached"),
                               t.pValue < 0.0001 ? QStringLiteral("< ") + QLocale().toString(0.0001, 'f', 4) : QLocale().toString(t.pValue, 'f', 4)));
    });
}

Result<std::optional<qint64>> PdcaStore::act(qint64 id, int version, std::optional<qint64> standardId, bool anotherCycle, const QString &note,
                                             qint64 userId, const QDateTime &at)
{
    if (standardId.has_value() == anotherCycle)
        return Error{Text::tr("Act either way: make the way of working a standard, or start another cycle.")};
    std::optional<qint64> next;
    const Status s = change(id, version, userId, [&](const PdcaCycle &c) -> Status {
        if (c.stage != PdcaStage::Check)
            return Error{Text::tr("Cycle %1 acts on its check; it is at %2.").arg(c.reference, pdcaStageName(c.stage))};
        if (anotherCycle) {
            // The next cycle starts from where this one ended: its check period is the new baseline.
            PdcaPlan p = c.plan;
            p.measure.before = c.checkPeriod;
            const auto created = insert(p, userId, at);
            if (!created)
                return Error{created.error()};
            next = *created;
        } else {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT code FROM service_standards WHERE id = ?"));
            q.addBindValue(*standardId);
            if (const Status e = execQuery(q, m_db); !e)
                return e;
            if (!q.next())
                return Error{Text::tr("There is no such service standard; choose one of the register's.")};
        }
        if (const Status e = update(c, QStringLiteral("stage = 'act', outcome = ?, standard_id = ?, next_cycle_id = ?"),
                                    {anotherCycle ? QStringLiteral("another_cycle") : QStringLiteral("standardised"), optionalId(standardId), optionalId(next)});
            !e)
            return e;
        return append(id, userId, anotherCycle ? QStringLiteral("another_cycle") : QStringLiteral("standardised"), at, note.trimmed());
    });
    if (!s)
        return Error{s.error()};
    return next;
}

Result<QVector<PdcaCycle>> PdcaStore::cycles()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.id, c.reference, c.goal, c.site_id, s.name, c.region, c.owner_id, o.name, c.measure_kind, c.measure_form, "
                             "c.measure_key, c.baseline_from, c.baseline_to, c.target, c.stage, c.check_from, c.check_to, c.baseline_value, "
                             "c.check_value, c.p_value, c.target_met, c.outcome, c.standard_id, st.code, st.title, c.next_cycle_id, c.created_at, c.version "
                             "FROM pdca_cycles c LEFT JOIN sites s ON s.id = c.site_id JOIN users o ON o.id = c.owner_id "
                             "LEFT JOIN service_standards st ON st.id = c.standard_id ORDER BY c.created_at, c.id"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<PdcaCycle> list;
    while (q.next()) {
        PdcaCycle c;
        c.id = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.plan.goal = q.value(2).toString();
        if (!q.value(3).isNull())
            c.plan.siteId = q.value(3).toLongLong();
        c.siteName = q.value(4).toString();
        c.plan.region = q.value(5).toString();
        c.plan.ownerId = q.value(6).toLongLong();
        c.ownerName = q.value(7).toString();
        c.plan.measure.kind = measureKindFromKey(q.value(8).toString());
        if (!q.value(9).isNull())
            c.plan.measure.formId = q.value(9).toLongLong();
        setMeasureKey(c.plan.measure, q.value(10).toString());
        c.plan.measure.before = {day(q.value(11)), day(q.value(12))};
        c.plan.target = q.value(13).toDouble();
        c.stage = stageFromKey(q.value(14).toString());
        c.checkPeriod = {day(q.value(15)), day(q.value(16))};
        if (!q.value(18).isNull()) {
            MeasureChange m;
            ChangeTest t;
            t.before = q.value(17).toDouble();
            t.after = q.value(18).toDouble();
            t.pValue = q.value(19).toDouble();
            m.test = t;
            c.check = m;
            c.targetMet = q.value(20).toInt() != 0;
        }
        c.outcome = q.value(21).toString();
        if (!q.value(22).isNull()) {
            c.standardId = q.value(22).toLongLong();
            c.standardText = q.value(23).toString() + QStringLiteral(" ") + q.value(24).toString();
        }
        if (!q.value(25).isNull())
            c.nextCycleId = q.value(25).toLongLong();
        c.createdAt = fromStored(q.value(26).toLongLong());
        c.version = q.value(27).toInt();
        list << c;
    }
    return list;
}

Result<PdcaCycle> PdcaStore::find(qint64 id)
{
    const auto all = cycles();
    if (!all)
        return Error{all.error()};
    for (const PdcaCycle &c : *all) {
        if (c.id == id)
            return c;
    }
    return Error{Text::tr("Improvement cycle %1 is not in this workspace.").arg(id)};
}

Result<QVector<CorrectiveAction>> PdcaStore::actionsOf(qint64 id, const QDate &today)
{
    Q_UNUSED(today)
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM actions WHERE cycle_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<CorrectiveAction> actions;
    ActionStore store(m_db);
    for (qint64 a : ids) {
        const auto found = store.find(a);
        if (!found)
            return Error{found.error()};
        actions << *found;
    }
    return actions;
}

Result<QVector<QPair<qint64, QString>>> PdcaStore::freeActions()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, reference, title FROM actions WHERE cycle_id IS NULL AND status IN ('open', 'in_progress', 'done') ORDER BY id"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<QPair<qint64, QString>> list;
    while (q.next())
        list << qMakePair(q.value(0).toLongLong(), q.value(1).toString() + QStringLiteral(" · ") + q.value(2).toString());
    return list;
}

Result<QVector<PdcaLogEntry>> PdcaStore::log(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.at, u.name, l.action, l.note FROM pdca_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.cycle_id = ? ORDER BY l.id"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<PdcaLogEntry> entries;
    while (q.next())
        entries << PdcaLogEntry{fromStored(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return entries;
}

} // namespace servqa
