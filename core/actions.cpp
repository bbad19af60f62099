#include "actions.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
};

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalDay(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStored(v.toLongLong());
}

QDate readDay(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString testKey(ChangeTest::Method method)
{
    switch (method) {
    case ChangeTest::Method::TwoProportionZ: return QStringLiteral("z");
    case ChangeTest::Method::FisherExact: return QStringLiteral("fisher");
    case ChangeTest::Method::WelchT: return QStringLiteral("welch");
    case ChangeTest::Method::ScoreZ: return QStringLiteral("score_z");
    }
    return QString();
}

std::optional<ChangeTest::Method> testFromKey(const QString &key)
{
    for (auto m : {ChangeTest::Method::TwoProportionZ, ChangeTest::Method::FisherExact, ChangeTest::Method::WelchT, ChangeTest::Method::ScoreZ}) {
        if (testKey(m) == key)
            return m;
    }
    return std::nullopt;
}

const char *const SelectAction =
    "SELECT a.id, a.reference, a.kind, a.title, a.description, a.source_kind, a.source_id, a.source_key, a.source_text, a.site_id, "
    "s.name, a.region, a.owner_id, o.name, a.due_on, a.status, a.measure_kind, a.measure_form, a.measure_key, a.before_from, "
    "a.before_to, a.after_from, a.after_to, a.verified_at, v.name, a.before_value, a.before_n, a.after_value, a.after_n, a.test, "
    "a.statistic, a.p_value, a.created_at, c.name, a.done_at, a.version, s.region "
    "FROM actions a LEFT JOIN sites s ON s.id = a.site_id JOIN users o ON o.id = a.owner_id LEFT JOIN users v ON v.id = a.verified_by "
    "LEFT JOIN users c ON c.id = a.created_by";

CorrectiveAction readAction(const QSqlQuery &q)
{
    CorrectiveAction a;
    a.id = q.value(0).toLongLong();
    a.reference = q.value(1).toString();
    a.kind = actionKindFromKey(q.value(2).toString()).value_or(ActionKind::Corrective);
    a.title = q.value(3).toString();
    a.description = q.value(4).toString();
    a.origin.kind = actionSourceFromKey(q.value(5).toString()).value_or(ActionSource::Manual);
    if (!q.value(6).isNull())
        a.origin.id = q.value(6).toLongLong();
    a.origin.key = q.value(7).toString();
    a.origin.text = q.value(8).toString();
    if (!q.value(9).isNull())
        a.siteId = q.value(9).toLongLong();
    a.siteName = q.value(10).toString();
    a.region = a.siteId ? q.value(36).toString() : q.value(11).toString();
    a.ownerId = q.value(12).toLongLong();
    a.ownerName = q.value(13).toString();
    a.due = readDay(q.value(14));
    a.status = actionStatusFromKey(q.value(15).toString()).value_or(ActionStatus::Open);
    ActionMeasure &m = a.measure;
    m.kind = measureKindFromKey(q.value(16).toString());
    if (!q.value(17).isNull())
        m.formId = q.value(17).toLongLong();
    setMeasureKey(m, q.value(18).toString());
    m.before = {readDay(q.value(19)), readDay(q.value(20))};
    m.after = {readDay(q.value(21)), readDay(q.value(22))};
    a.verifiedAt = readTime(q.value(23));
    a.verifiedBy = q.value(24).toString();
    if (a.verifiedAt.isValid()) {
        MeasureChange change;
        change.beforeN = q.value(26).toDouble();
        change.afterN = q.value(28).toDouble();
        if (const auto method = testFromKey(q.value(29).toString())) {
            ChangeTest t;
            t.method = *method;
            t.before = q.value(25).toDouble();
            t.after = q.value(27).toDouble();
            t.statistic = q.value(30).toDouble();
            t.pValue = q.value(31).toDouble();
            change.test = t;
        }
        change.improved = a.status == ActionStatus::Effective;
        a.verification = change;
    }
    a.createdAt = fromStored(q.value(32).toLongLong());
    a.createdBy = q.value(33).toString();
    a.doneAt = readTime(q.value(34));
    a.version = q.value(35).toInt();
    return a;
}

// The order of the list: open ones (overdue first, by due date), then done ones waiting to be
// verified (oldest first), then verified ones (newest first).
int stage(const CorrectiveAction &a)
{
    return a.open() ? 0 : a.status == ActionStatus::Done ? 1 : 2;
}

} // namespace

QString measureKindKey(MeasureKind kind)
{
    switch (kind) {
    case MeasureKind::None: return QStringLiteral("none");
    case MeasureKind::ItemFailure: return QStringLiteral("item");
    case MeasureKind::Score: return QStringLiteral("score");
    case MeasureKind::Indicator: return QStringLiteral("indicator");
    }
    return QStringLiteral("none");
}

MeasureKind measureKindFromKey(const QString &key)
{
    for (MeasureKind k : {MeasureKind::ItemFailure, MeasureKind::Score, MeasureKind::Indicator}) {
        if (measureKindKey(k) == key)
            return k;
    }
    return MeasureKind::None;
}

QString measureKeyOf(const ActionMeasure &m)
{
    switch (m.kind) {
    case MeasureKind::ItemFailure: return m.itemKey;
    case MeasureKind::Score: return m.dimension ? dimensionKey(*m.dimension) : QString();
    case MeasureKind::Indicator: return indicatorKey(m.indicator);
    case MeasureKind::None: break;
    }
    return QString();
}

void setMeasureKey(ActionMeasure &m, const QString &key)
{
    if (m.kind == MeasureKind::ItemFailure)
        m.itemKey = key;
    else if (m.kind == MeasureKind::Score && !key.isEmpty())
        m.dimension = dimensionFromKey(key);
    else if (m.kind == MeasureKind::Indicator)
        m.indicator = indicatorFromKey(key).value_or(IndicatorKind::Csat);
}

Result<UserRole> ActionStore::roleOf(qint64 userId, QString *name)
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return Error{user.error()};
    if (name)
        *name = user->name;
    return user->role;
}

Status ActionStore::mayChange(const CorrectiveAction &a, qint64 userId)
{
    QString name;
    const auto role = roleOf(userId, &name);
    if (!role)
        return Error{role.error()};
    if (a.ownerId != userId && !mayVerifyActions(*role))
        return Error{Text::tr("Action %1 is %2's; only they, a QA lead or an administrator change it (%3 works as: %4).")
                         .arg(a.reference, a.ownerName, name, userRoleName(*role))};
    return success();
}

Status ActionStore::checkDraft(const ActionDraft &d, const QDate &today)
{
    if (d.title.trimmed().isEmpty())
        return Error{Text::tr("Give the action a title: what will be done.")};
    if (d.title.trimmed().size() > 200)
        return Error{Text::tr("An action's title is 200 characters at most; the details hold the rest.")};
    if (!d.due.isValid())
        return Error{Text::tr("Give the action a due date.")};
    const auto owner = UserRepository(m_db).find(d.ownerId);
    if (!owner)
        return Error{Text::tr("Choose who owns the action.")};
    if (!mayOwnActions(owner->role))
        return Error{Text::tr("%1 cannot own an action (works as: %2).").arg(owner->name, userRoleName(owner->role))};
    const ActionMeasure &m = d.measure;
    if (m.kind == MeasureKind::None)
        return success();
    if (m.kind == MeasureKind::ItemFailure && (!m.formId || m.itemKey.isEmpty()))
        return Error{Text::tr("Choose the item whose failure rate the action is meant to lower.")};
    if (m.kind == MeasureKind::Indicator && !testableIndicator(m.indicator))
        return Error{Text::tr("%1 is a mean without its spread kept: choose a share or the NPS to verify the action on.").arg(indicatorName(m.indicator))};
    if (!m.before.from.isValid() || !m.before.to.isValid() || m.before.from > m.before.to)
        return Error{Text::tr("The period before the action needs a first and a last day, in that order.")};
    if (!m.after.from.isValid() || !m.after.to.isValid() || m.after.from > m.after.to)
        return Error{Text::tr("The period after the action needs a first and a last day, in that order.")};
    if (m.after.from <= m.before.to)
        return Error{Text::tr("The period after the action must start after the period before it ends (%1).")
                         .arg(QLocale().toString(m.before.to, QLocale::ShortFormat))};
    Q_UNUSED(today)
    return success();
}

Status ActionStore::append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO action_log (action_id, at, user_id, action, note) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(id);
    q.addBindValue(toStored(at));
    q.addBindValue(userId);
    q.addBindValue(step);
    q.addBindValue(note);
    return execQuery(q, m_db);
}

Result<qint64> ActionStore::raise(const ActionDraft &d, qint64 userId, const QDateTime &at)
{
    QString name;
    const auto role = roleOf(userId, &name);
    if (!role)
        return Error{role.error()};
    if (!mayOwnActions(*role))
        return Error{Text::tr("A mystery shopper does not raise actions; %1 is one.").arg(name)};
    if (const Status s = checkDraft(d, at.date()); !s)
        return Error{s.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // CA-20261203-0001: the day raised and its next number.
    const QString prefix = QStringLiteral("CA-%1-").arg(at.date().toString(QStringLiteral("yyyyMMdd")));
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT reference FROM actions WHERE reference LIKE ? ORDER BY reference DESC LIMIT 1"));
    last.addBindValue(QString(prefix + QLatin1Char('%')));
    if (const Status s = execQuery(last, m_db); !s)
        return Error{s.error()};
    const int number = last.next() ? last.value(0).toString().mid(prefix.size()).toInt() + 1 : 1;
    const ActionMeasure &m = d.measure;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO actions (reference, kind, title, description, source_kind, source_id, source_key, source_text, site_id, region, owner_id, "
        "due_on, status, measure_kind, measure_form, measure_key, before_from, before_to, after_from, after_to, created_at, created_by) "
        "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, 'open', ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(QString(prefix + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'))));
    q.addBindValue(actionKindKey(d.kind));
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.description.trimmed());
    q.addBindValue(actionSourceKey(d.origin.kind));
    q.addBindValue(optionalId(d.origin.id));
    q.addBindValue(d.origin.key);
    q.addBindValue(d.origin.text);
    q.addBindValue(optionalId(d.siteId));
    q.addBindValue(d.siteId ? QString() : d.region);
    q.addBindValue(d.ownerId);
    q.addBindValue(d.due.toString(Qt::ISODate));
    q.addBindValue(measureKindKey(m.kind));
    q.addBindValue(optionalId(m.kind == MeasureKind::None ? std::nullopt : m.formId));
    q.addBindValue(measureKeyOf(m));
    // Periods belong to a measure: none without one.
    const bool measured = m.kind != MeasureKind::None;
    q.addBindValue(optionalDay(measured ? m.before.from : QDate()));
    q.addBindValue(optionalDay(measured ? m.before.to : QDate()));
    q.addBindValue(optionalDay(measured ? m.after.from : QDate()));
    q.addBindValue(optionalDay(measured ? m.after.to : QDate()));
    q.addBindValue(toStored(at));
    q.addBindValue(userId);
    const auto id = execScalar(q, m_db);
    if (!id)
        return Error{id.error()};
    if (const Status s = append(*id, userId, QStringLiteral("raised"), at, d.title.trimmed()); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Result<CorrectiveAction> ActionStore::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(SelectAction) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{Text::tr("Action %1 is not in this workspace.").arg(id)};
    CorrectiveAction a = readAction(q);
    QSqlQuery whys(m_db.connection());
    whys.prepare(QStringLiteral("SELECT answer FROM action_whys WHERE action_id = ? ORDER BY step"));
    whys.addBindValue(id);
    if (const Status s = execQuery(whys, m_db); !s)
        return Error{s.error()};
    while (whys.next())
        a.whys << whys.value(0).toString();
    QSqlQuery causes(m_db.connection());
    causes.prepare(QStringLiteral("SELECT category, cause, is_root FROM action_causes WHERE action_id = ? ORDER BY id"));
    causes.addBindValue(id);
    if (const Status s = execQuery(causes, m_db); !s)
        return Error{s.error()};
    while (causes.next())
        a.causes << RootCause{causeCategoryFromKey(causes.value(0).toString()).value_or(CauseCategory::Methods), causes.value(1).toString(),
                              causes.value(2).toInt() != 0};
    return a;
}

Result<CorrectiveAction> ActionStore::current(qint64 id, int version)
{
    auto a = find(id);
    if (!a)
        return a;
    if (a->version != version) {
        const auto entries = log(id);
        if (entries && !entries->isEmpty()) {
            const ActionLogEntry &last = entries->constLast();
            return Error{Text::tr("Action %1 was changed by %2 at %3 (%4) since you opened it; look at it again before you change it.")
                             .arg(a->reference, last.userName, QLocale().toString(last.at, QLocale::ShortFormat), actionStepName(last.step))};
        }
        return Error{Text::tr("Action %1 was changed since you opened it; look at it again before you change it.").arg(a->reference)};
    }
    return a;
}

Status ActionStore::update(const CorrectiveAction &before, const QString &set, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE actions SET ") + set + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(before.id);
    q.addBindValue(before.version);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("Action %1 was changed since you opened it; look at it again before you change it.").arg(before.reference)};
    return success();
}

Status ActionStore::change(qint64 id, int version, qint64 userId, const std::function<Status(const CorrectiveAction &)> &apply)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto a = current(id, version);
    if (!a)
        return Error{a.error()};
    if (const Status s = mayChange(*a, userId); !s)
        return s;
    if (const Status s = apply(*a); !s)
        return s;
    return transaction.commit();
}

Status ActionStore::edit(qint64 id, int version, const ActionDraft &d, qint64 userId, const QDateTime &at)
{
    if (const Status s = checkDraft(d, at.date()); !s)
        return s;
    return change(id, version, userId, [&](const CorrectiveAction &a) -> Status {
        if (!a.open() && a.status != ActionStatus::Done)
            return Error{Text::tr("Action %1 is verified; reopen it to change it.").arg(a.reference)};
        const ActionMeasure &m = d.measure;
        const bool measured = m.kind != MeasureKind::None;
        if (const Status s = update(a,
                                    QStringLiteral("kind = ?, title = ?, description = COALESCE(?, ''), site_id = ?, region = COALESCE(?, ''), owner_id = ?, "
                                                   "due_on = ?, measure_kind = ?, measure_form = ?, measure_key = COALESCE(?, ''), before_from = ?, "
                                                   "before_to = ?, after_from = ?, after_to = ?"),
                                    {actionKindKey(d.kind), d.title.trimmed(), d.description.trimmed(), optionalId(d.siteId), d.siteId ? QString() : d.region,
                                     d.ownerId, d.due.toString(Qt::ISODate), measureKindKey(m.kind),
                                     optionalId(m.kind == MeasureKind::None ? std::nullopt : m.formId), measureKeyOf(m),
                                     optionalDay(measured ? m.before.from : QDate()), optionalDay(measured ? m.before.to : QDate()),
                                     optionalDay(measured ? m.after.from : QDate()), optionalDay(measured ? m.after.to : QDate())});
            !s)
            return s;
        // What changed, in words, for the log.
        QStringList changed;
        if (a.title != d.title.trimmed())
            changed << Text::tr("title: %1").arg(d.title.trimmed());
        if (a.ownerId != d.ownerId) {
            const auto owner = UserRepository(m_db).find(d.ownerId);
            changed << Text::tr("owner: %1").arg(owner ? owner->name : QString::number(d.ownerId));
        }
        if (a.due != d.due)
            changed << Text::tr("due: %1").arg(QLocale().toString(d.due, QLocale::ShortFormat));
        if (a.measure.kind != m.kind || a.measure.before.from != m.before.from || a.measure.before.to != m.before.to
            || a.measure.after.from != m.after.from || a.measure.after.to != m.after.to || measureKeyOf(a.measure) != measureKeyOf(m)
            || a.measure.formId != m.formId)
            changed << Text::tr("measure: %1").arg(measureKindName(m.kind));
        if (a.siteId != d.siteId || a.description != d.description.trimmed() || a.kind != d.kind)
            changed << Text::tr("details");
        if (const Status s = append(id, userId, QStringLiteral("edited"), at, changed.join(QStringLiteral("; "))); !s)
            return s;
        return success();
    });
}

Status ActionStore::setRootCause(qint64 id, int version, const QStringList &whysIn, const QVector<RootCause> &causesIn, qint64 userId,
                                 const QDateTime &at)
{
    QStringList whys;
    for (const QString &w : whysIn) {
        if (!w.trimmed().isEmpty())
            whys << w.trimmed();
    }
    if (whys.size() > 5)
        return Error{Text::tr("The 5 whys are five at most.")};
    QVector<RootCause> causes;
    for (const RootCause &c : causesIn) {
        if (!c.cause.trimmed().isEmpty())
            causes << RootCause{c.category, c.cause.trimmed(), c.root};
    }
    if (whys.isEmpty() && causes.isEmpty())
        return Error{Text::tr("Write at least one why or one cause.")};
    return change(id, version, userId, [&](const CorrectiveAction &a) -> Status {
        if (!a.open())
            return Error{Text::tr("Action %1 is %2: its root cause is settled; reopen it to change it.").arg(a.reference, actionStatusName(a.status))};
        for (const char *sql : {"DELETE FROM action_whys WHERE action_id = ?", "DELETE FROM action_causes WHERE action_id = ?"}) {
            QSqlQuery q(m_db.connection());
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(id);
            if (const Status s = execQuery(q, m_db); !s)
                return s;
        }
        QStringList words; // the log's copy: the whys in order, then the causes
        for (int i = 0; i < whys.size(); ++i) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO action_whys (action_id, step, answer) VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(i + 1);
            q.addBindValue(whys[i]);
            if (const Status s = execQuery(q, m_db); !s)
                return s;
            words << Text::tr("Why %1: %2").arg(i + 1).arg(whys[i]);
        }
        for (const RootCause &c : std::as_const(causes)) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO action_causes (action_id, category, cause, is_root) VALUES (?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(causeCategoryKey(c.category));
            q.addBindValue(c.cause);
            q.addBindValue(c.root ? 1 : 0);
            if (const Status s = execQuery(q, m_db); !s)
                return s;
            words << (c.root ? Text::tr("%1: %2 (root cause)") : Text::tr("%1: %2")).arg(causeCategoryName(c.category), c.cause);
        }
        if (const Status s = update(a, QStringLiteral("status = status"), {}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("root_cause"), at, words.join(QLatin1Char('\n'))); !s)
            return s;
        return success();
    });
}

Status ActionStore::start(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at)
{
    return change(id, version, userId, [&](const CorrectiveAction &a) -> Status {
        if (a.status != ActionStatus::Open)
            return Error{Text::tr("Action %1 is %2 already.").arg(a.reference, actionStatusName(a.status))};
        if (const Status s = update(a, QStringLiteral("status = 'in_progress'"), {}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("started"), at, note.trimmed()); !s)
            return s;
        return success();
    });
}

Status ActionStore::addNote(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error{Text::tr("Write the note.")};
    QString name;
    const auto role = roleOf(userId, &name);
    if (!role)
        return Error{role.error()};
    if (!mayOwnActions(*role))
        return Error{Text::tr("A mystery shopper does not write on actions; %1 is one.").arg(name)};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto a = current(id, version);
    if (!a)
        return Error{a.error()};
    // A note changes no field, but it is a step: the version moves so that a second editor sees it.
    if (const Status s = update(*a, QStringLiteral("status = status"), {}); !s)
        return s;
    if (const Status s = append(id, userId, QStringLiteral("note"), at, note.trimmed()); !s)
        return s;
    return transaction.commit();
}

Status ActionStore::complete(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error{Text::tr("Say what was done.")};
    return change(id, version, userId, [&](const CorrectiveAction &a) -> Status {
        if (!a.open())
            return Error{Text::tr("Action %1 is %2 already.").arg(a.reference, actionStatusName(a.status))};
        if (a.measure.kind == MeasureKind::None)
            return Error{Text::tr("Choose the measure action %1 is meant to move, and the periods before and after, before it is done: "
                                  "it is verified on them.").arg(a.reference)};
        if (const Status s = update(a, QStringLiteral("status = 'done', done_at = ?"), {toStored(at)}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("done"), at, note.trimmed()); !s)
            return s;
        return success();
    });
}

Result<MeasureChange> ActionStore::verify(qint64 id, int version, qint64 userId, const QDateTime &at)
{
    QString name;
    const auto role = roleOf(userId, &name);
    if (!role)
        return Error{role.error()};
    if (!mayVerifyActions(*role))
        return Error{Text::tr("A QA lead or an administrator verifies actions; %1 works as: %2.").arg(name, userRoleName(*role))};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto a = current(id, version);
    if (!a)
        return Error{a.error()};
    if (a->status != ActionStatus::Done)
        return Error{Text::tr("Action %1 is %2: only a done action is verified.").arg(a->reference, actionStatusName(a->status))};
    if (a->measure.after.to >= at.date())
        return Error{Text::tr("The period after action %1 runs to %2: verify it when that day is over.")
                         .arg(a->reference, QLocale().toString(a->measure.after.to, QLocale::ShortFormat))};
    const auto change = measureChange(a->measure, a->siteId, a->region);
    if (!change)
        return Error{change.error()};
    if (!change->test)
        return Error{Text::tr("There are too few cases to test (%1 before, %2 after): choose longer periods.")
                         .arg(QLocale().toString(change->beforeN, 'f', 0), QLocale().toString(change->afterN, 'f', 0))};
    const ChangeTest &t = *change->test;
    const bool effective = change->improved;
    if (const Status s = update(*a,
                                QStringLiteral("status = ?, verified_at = ?, verified_by = ?, before_value = ?, before_n = ?, after_value = ?, after_n = ?, "
                                               "test = ?, statistic = ?, p_value = ?"),
                                {effective ? QStringLiteral("effective") : QStringLiteral("not_effective"), toStored(at), userId, t.before, change->beforeN,
                                 t.after, change->afterN, testKey(t.method), t.statistic, t.pValue});
        !s)
        return Error{s.error()};
    // Shares in percent, means and scores as they are.
    const bool share = t.method == ChangeTest::Method::TwoProportionZ || t.method == ChangeTest::Method::FisherExact;
    const auto value = [share](double v) -> QString { return QLocale().toString(v, 'f', 1) + (share ? QStringLiteral(" %") : QString()); };
    const QString p = t.pValue < 0.0001 ? QStringLiteral("p < ") + QLocale().toString(0.0001, 'f', 4)
                                        : QStringLiteral("p = ") + QLocale().toString(t.pValue, 'f', 4);
    const QString note = Text::tr("%1: %2 before (n = %3), %4 after (n = %5), %6")
                             .arg(measureKindName(a->measure.kind), value(t.before), QLocale().toString(change->beforeN, 'f', 0), value(t.after),
                                  QLocale().toString(change->afterN, 'f', 0), p);
    if (const Status s = append(id, userId, effective ? QStringLiteral("verified_effective") : QStringLiteral("verified_not_effective"), at, note); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *change;
}

Status ActionStore::reopen(qint64 id, int version, const QString &reason, qint64 userId, const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("Say why the action is reopened.")};
    return change(id, version, userId, [&](const CorrectiveAction &a) -> Status {
        if (a.open())
            return Error{Text::tr("Action %1 is open already.").arg(a.reference)};
        // The last verification stays in the log; the action starts again from in progress.
        if (const Status s = update(a, QStringLiteral("status = 'in_progress', done_at = NULL, verified_at = NULL, verified_by = NULL"), {}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("reopened"), at, reason.trimmed()); !s)
            return s;
        return success();
    });
}

Result<QVector<CorrectiveAction>> ActionStore::list(const ActionFilter &f, const QDate &today)
{
    SqlWhere where;
    if (f.siteId)
        where.add("(a.site_id = ? OR a.site_id IS NULL)", *f.siteId);
    else if (!f.region.isEmpty())
        where.add(QStringLiteral("(s.region = ? OR a.region = ? OR (a.site_id IS NULL AND a.region = ''))"), {f.region, f.region});
    if (f.openOnly || f.overdueOnly)
        where.add(QStringLiteral("a.status IN ('open', 'in_progress')"), {});
    if (f.overdueOnly)
        where.add("a.due_on < ?", today.toString(Qt::ISODate));
    if (f.source)
        where.add("a.source_kind = ?", actionSourceKey(*f.source));
    if (f.sourceId)
        where.add("a.source_id = ?", *f.sourceId);
    if (!f.text.trimmed().isEmpty()) {
        const QString pattern = likePattern(f.text.trimmed());
        where.add(m_db.dialect().caseless(QStringLiteral("(a.reference LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\' OR a.description LIKE ? ESCAPE '\\')"), f.text.trimmed()),
                  {pattern, pattern, pattern});
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(SelectAction) + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<CorrectiveAction> list;
    while (q.next())
        list << readAction(q);
    std::stable_sort(list.begin(), list.end(), [&today](const CorrectiveAction &a, const CorrectiveAction &b) {
        if (stage(a) != stage(b))
            return stage(a) < stage(b);
        if (stage(a) == 0) {
            if (a.overdue(today) != b.overdue(today))
                return a.overdue(today);
            return a.due != b.due ? a.due < b.due : a.id < b.id;
        }
        if (stage(a) == 1)
            return a.doneAt < b.doneAt;
        return a.verifiedAt > b.verifiedAt;
    });
    return list;
}

Result<QVector<CorrectiveAction>> ActionStore::forSite(qint64 siteId, const QDate &today)
{
    ActionFilter filter;
    filter.siteId = siteId;
    const auto all = list(filter, today);
    if (!all)
        return all;
    QVector<CorrectiveAction> chosen;
    for (const CorrectiveAction &a : *all) {
        if (a.siteId == siteId && (a.open() || a.status == ActionStatus::Done))
            chosen << a;
    }
    return chosen;
}

Result<QVector<ActionLogEntry>> ActionStore::log(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.id, l.at, u.name, l.action, l.note FROM action_log l LEFT JOIN users u ON u.id = l.user_id "
                             "WHERE l.action_id = ? ORDER BY l.id"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<ActionLogEntry> entries;
    while (q.next())
        entries << ActionLogEntry{q.value(0).toLongLong(), fromStored(q.value(1).toLongLong()), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString()};
    return entries;
}

} // namespace servqa
