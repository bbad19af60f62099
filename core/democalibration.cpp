// The demo's calibration sessions (core/democalibration.h, docs/calibration.md).
#include "democalibration.h"

#include "calibration.h"
#include "database.h"
#include "demoanswers.h"
#include "demonames.h"
#include "interactionrepository.h"
#include "measureditems.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <algorithm>
#include <cmath>

namespace servqa::demo {

namespace {

// How an inspector leans: the chance, per item they judge, of answering one step below what the
// service deserved (a "no" for a "yes", one point less on a rating) or one step above; and whether
// they give the agent the benefit of the doubt on every item the contact failed.
struct Habit
{
    double down = 0;
    double up = 0;
    bool benefitOfDoubt = false;
};

// The four inspectors of the closed sessions, in the order their habits are dealt: one drifting
// lenient — nearly steady in the first session, in the second passing every lapse one step and
// generous besides, as a lead sees it happen after weeks without calibration — one strict, two
// steady.
constexpr Habit DriftingBefore{0.05, 0.06, false};
constexpr Habit DriftingAfter{0.0, 0.2, true};
constexpr Habit Strict{0.10, 0.01, false};
constexpr Habit Steady{0.05, 0.05, false};

constexpr int All = 1000; // more than a session holds

struct Scorer
{
    qint64 id = 0;
    Habit habit;
    int handIn = 0; // interactions handed in, in the session's order (All: every one)
    bool draftNext = false; // and the next one saved as a draft
};

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

bool critical(const FormSection &section, const FormItem &item)
{
    return item.critical || section.kind == SectionKind::Critical;
}

// The items inspectors argue about: the ratings and the ordinary yes/no items of standard
// sections. Not a critical item (a failed one sets the score to 0, and the demo's inspectors agree
// on those), a heavier one (the correctness of what was said is checked against the knowledge
// base), the bonus, a time or a number (the inspectors read the same clock), or a measured item
// (the interaction recorded it; changing it needs a reason).
bool judgement(const FormSection &section, const FormItem &item)
{
    return section.kind == SectionKind::Standard && !item.critical && item.weight <= 1 && item.measure == ItemMeasure::None
           && item.type != ItemType::Numeric && item.type != ItemType::Elapsed && item.type != ItemType::Text;
}

// The highest failing answer of an item of judgement: a "no", or the top of a rating's failing levels.
Answer lapseOf(const FormItem &item)
{
    switch (item.type) {
    case ItemType::Rating5: return Answer::number(2);
    case ItemType::Rating7: return Answer::number(3);
    case ItemType::Scale10: return Answer::number(4);
    default: return Answer::no();
    }
}

bool fails(const FormItem &item, const Answer &a)
{
    return a.value && answerFails(itemFraction(item, *a.value).value_or(1));
}

bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.notApplicable == b.notApplicable && (a.notApplicable || a.value == b.value);
}

// What the service deserved, item by item, drawn like the demo's evaluations (critical items
// nearly always pass, bonus items seldom); the measured items are what the interaction recorded.
// Leads calibrate on contacts worth discussing: each has at least one lapse of judgement to argue
// about.
Answers deservedAnswers(const Form &form, const Interaction &interaction, Random &random)
{
    const double level = 0.4 + random.normal() * 0.4;
    Answers answers = measuredAnswers(form, interaction);
    QVector<const FormItem *> arguable;
    bool lapse = false;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            if (!item.isScoring() || answers.contains(item.key))
                continue;
            double l = level + dimensionEffect(item.dimension);
            if (critical(section, item))
                l += 3.2;
            if (section.kind == SectionKind::Bonus)
                l -= 2.5;
            const Answer a = demoAnswer(item, logistic(l + random.normal() * 0.7), random);
            answers.insert(item.key, a);
            if (judgement(section, item) && a.value) {
                arguable << &item;
                lapse = lapse || fails(item, a);
            }
        }
    }
    if (!lapse && !arguable.isEmpty()) {
        const FormItem &item = *arguable[random.below(int(arguable.size()))];
        answers[item.key] = lapseOf(item);
    }
    return answers;
}

// One step down (−1) or up (+1) from an answer: "no" and "yes", a point on a rating; N/A stays.
Answer stepped(const FormItem &item, Answer a, int step)
{
    if (!a.value || a.notApplicable)
        return a;
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa: a.value = step > 0 ? 1.0 : 0.0; break;
    case ItemType::Rating5: a.value = std::clamp(*a.value + step, 1.0, 5.0); break;
    case ItemType::Rating7: a.value = std::clamp(*a.value + step, 1.0, 7.0); break;
    case ItemType::Scale10: a.value = std::clamp(*a.value + step, 0.0, 10.0); break;
    case ItemType::Numeric:
    case ItemType::Elapsed:
    case ItemType::Text: break;
    }
    return a;
}

// An inspector's answers: the deserved ones, leaned by their habit on the items of judgement.
Answers scoredBy(const Form &form, const Answers &deserved, Habit habit, Random &random)
{
    Answers answers = deserved;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const auto found = answers.find(item.key);
            if (found == answers.end() || !judgement(section, item))
                continue;
            const double r = random.uniform();
            if (habit.benefitOfDoubt && fails(item, *found))
                *found = stepped(item, *found, +1);
            else if (r < habit.down)
                *found = stepped(item, *found, -1);
            else if (r < habit.down + habit.up)
                *found = stepped(item, *found, +1);
        }
    }
    return answers;
}

// The inspector's remark on their scoring, as they would write it: what they marked down, or why
// they let something pass.
QString commentOn(const Answers &mine, const Answers &deserved, Random &random)
{
    int lower = 0, higher = 0;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const auto was = deserved.value(it.key()).value;
        if (it->value && was && *it->value < *was)
            ++lower;
        else if (it->value && was && *it->value > *was)
            ++higher;
    }
    const QStringList strict{QStringLiteral("结束语仓促，未确认客户是否理解方案。"), QStringLiteral("倾听时两次打断客户，扣分。"),
                             QStringLiteral("后续时限表述含糊，按细则不给分。")};
    const QStringList lenient{QStringLiteral("整体服务态度好，细节瑕疵不扣分。"), QStringLiteral("客户最终满意，给予肯定。")};
    if (lower > higher)
        return random.pick(strict);
    if (higher > lower)
        return random.pick(lenient);
    return random.chance(0.5) ? QStringLiteral("流程规范，无明显扣分点。") : QString();
}

// Interactions for a session: drawn from the period (with the core's draw and its seed); a demo
// too small to have enough in the period draws from its whole two years instead.
Result<QVector<qint64>> drawInteractions(Database &db, const QDate &from, const QDate &to, Channel channel, int count,
                                         Random &random)
{
    CalibrationDraw draw;
    draw.from = from;
    draw.to = to;
    draw.channels = {channel};
    draw.count = count;
    draw.seed = quint32(random.next());
    auto drawn = drawCalibrationInteractions(db, draw);
    if (drawn && drawn->size() >= count)
        return drawn;
    draw.from = to.addDays(-730);
    drawn = drawCalibrationInteractions(db, draw);
    // With valid arguments the draw refuses only a period without such interactions: a demo of a
    // handful of evaluations has nothing to calibrate on.
    return drawn ? drawn : Result<QVector<qint64>>(QVector<qint64>{});
}

// The session's story told in time: its steps spread evenly over the office hours (09:00–18:00)
// from its creation to the lead's close, so that the trail, the sessions list and the drift chart
// read like days of real work.
class StoryClock
{
public:
    StoryClock(const QDateTime &from, const QDateTime &until, int steps) : m_from(from), m_until(until), m_steps(std::max(1, steps)) {}
    QDateTime now() const
    {
        qint64 left = officeSeconds(m_from, m_until) * m_step / m_steps;
        QDateTime t = m_from;
        while (left > 0) {
            const QDateTime closes(t.date(), OfficeCloses);
            const qint64 today = std::max<qint64>(0, t.secsTo(closes));
            if (left <= today)
                return t.addSecs(left);
            left -= today;
            t = QDateTime(t.date().addDays(1), OfficeOpens);
        }
        return t;
    }
    void advance() { m_step = std::min(m_step + 1, m_steps); }
    void finish() { m_step = m_steps; }
    Calibration::Clock reader() const
    {
        return [this] { return now().toUTC(); };
    }

private:
    static inline const QTime OfficeOpens{9, 0}, OfficeCloses{18, 0};
    static qint64 officeSeconds(const QDateTime &from, const QDateTime &until)
    {
        qint64 total = 0;
        for (QDateTime t = from; t < until; t = QDateTime(t.date().addDays(1), OfficeOpens))
            total += std::max<qint64>(0, t.secsTo(std::min(until, QDateTime(t.date(), OfficeCloses))));
        return total;
    }

    QDateTime m_from, m_until;
    int m_steps;
    int m_step = 0;
};

// Every scorer saves their answers and hands in as many interactions as they have got to.
Status score(Database &db, qint64 sessionId, const Form &form, const QVector<qint64> &interactions,
             const QHash<qint64, Answers> &deserved, const QVector<Scorer> &scorers, Random &random, StoryClock &clock)
{
    for (const Scorer &scorer : scorers) {
        Calibration inspector(db, scorer.id);
        inspector.setClock(clock.reader());
        for (int k = 0; k < interactions.size() && k < scorer.handIn + (scorer.draftNext ? 1 : 0); ++k) {
            const Answers &truth = deserved.value(interactions[k]);
            const Answers mine = scoredBy(form, truth, scorer.habit, random);
            clock.advance();
            if (const Status s = inspector.save(sessionId, interactions[k], mine, commentOn(mine, truth, random)); !s)
                return s;
            if (k < scorer.handIn) {
                clock.advance();
                if (const Status s = inspector.handIn(sessionId, interactions[k]); !s)
                    return s;
            }
        }
    }
    return success();
}

QString reasonFor(const FormItem &item, const Answer &to)
{
    if (to.notApplicable)
        return QStringLiteral("本次联络不涉及此项，判为不适用。 The contact did not call for this item: N/A.");
    if (item.type == ItemType::YesNo || item.type == ItemType::YesNoNa) {
        return *to.value >= 1 ? QStringLiteral("复听录音：坐席已完成此项，只是表述简短，按细则判“是”。 "
                                               "Replayed the recording: the agent did it, briefly; a yes by the guideline.")
                              : QStringLiteral("复听录音：此项未做完整，按细则判“否”。 "
                                               "Replayed the recording: not done in full; a no by the guideline.");
    }
    return QStringLiteral("对照评分细则各档描述，统一为%1分。 By the guideline's description of each level: %1.").arg(*to.value);
}

bool isRating(const FormItem &item)
{
    return item.type == ItemType::Rating5 || item.type == ItemType::Rating7 || item.type == ItemType::Scale10;
}

// The lowest level of a rating answered below its proposed consensus, if any.
std::optional<Answer> strictestLevel(const CalibrationItemRow &r)
{
    std::optional<Answer> lowest;
    for (const auto &a : r.answers) {
        if (a && a->value && r.consensus->value && *a->value < *r.consensus->value && (!lowest || *a->value < *lowest->value))
            lowest = Answer::number(*a->value);
    }
    return lowest;
}

// The lead, having closed scoring, replays the most disputed contacts and changes up to `changes`
// proposed answers to what the service deserved where the proposal missed it; when none missed,
// one disputed rating to the strictest level given (the guideline's levels read to the letter).
Status settleConsensus(Calibration &lead, qint64 sessionId, const Form &form, const QHash<qint64, Answers> &deserved, int changes)
{
    const auto c = lead.compare(sessionId);
    if (!c)
        return Error{c.error()};
    QVector<std::pair<const CalibrationItemRow *, Answer>> missed, strictest;
    for (const CalibrationItemRow &r : c->rows) { // least agreement first
        if (!r.agreement || *r.agreement >= 1)
            break;
        const FormItem *item = form.findItem(r.itemKey);
        if (!r.consensus || !item || item->measure != ItemMeasure::None)
            continue;
        const Answer truth = deserved.value(r.interactionId).value(r.itemKey);
        if (!truth.isEmpty() && !sameAnswer(truth, *r.consensus))
            missed << std::pair{&r, Answer{truth.value, truth.notApplicable, {}, {}, {}, {}}};
        else if (const auto lowest = isRating(*item) ? strictestLevel(r) : std::nullopt)
            strictest << std::pair{&r, *lowest};
    }
    const auto &chosen = missed.isEmpty() ? strictest.mid(0, 1) : missed.mid(0, changes);
    for (const auto &[row, to] : chosen) {
        const QString reason = reasonFor(*form.findItem(row->itemKey), to);
        if (const Status s = lead.setConsensus(sessionId, row->interactionId, row->itemKey, to, reason); !s)
            return s;
    }
    return success();
}

QString monthName(const QDate &month)
{
    static const char *const names[] = {"一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"};
    return QString::fromUtf8(names[month.month() - 1]);
}

struct SessionPlan
{
    QString name;
    const Form *form = nullptr;
    QDate from, to, deadline;
    QDateTime created, closes; // the story's first and last step (closes: or the last scoring, when open)
    Channel channel = Channel::Call;
    QVector<Scorer> scorers;
    int consensusChanges = 0; // and closed; 0: still open
};

// One session, from creation to the lead's consensus, in one transaction.
Status runSession(Database &db, qint64 leadId, const SessionPlan &plan, Random &random)
{
    const auto interactions = drawInteractions(db, plan.from, plan.to, plan.channel, 8 + random.below(3), random);
    if (!interactions)
        return Error{interactions.error()};
    if (interactions->isEmpty())
        return success(); // a demo of a handful of evaluations has nothing to calibrate on
    QHash<qint64, Answers> deserved;
    for (qint64 id : *interactions) {
        const auto found = InteractionRepository(db).find(id);
        if (!found)
            return Error{found.error()};
        deserved.insert(id, deservedAnswers(*plan.form, **found, random));
    }
    NewCalibrationSession session;
    session.name = plan.name;
    session.formVersionId = plan.form->versionId;
    session.interactions = *interactions;
    for (const Scorer &s : plan.scorers)
        session.participants << s.id;
    session.deadline = plan.deadline;
    session.blind = true;

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // Two steps (save, hand in) per interaction and scorer, then the close and the consensus.
    StoryClock clock(plan.created, plan.closes, 2 * interactions->size() * plan.scorers.size() + 1);
    Calibration lead(db, leadId);
    lead.setClock(clock.reader());
    const auto id = lead.create(session);
    if (!id)
        return Error{id.error()};
    if (const Status s = score(db, *id, *plan.form, *interactions, deserved, plan.scorers, random, clock); !s)
        return s;
    if (plan.consensusChanges > 0) {
        clock.finish();
        if (const Status s = lead.close(*id); !s)
            return s;
        if (const Status s = settleConsensus(lead, *id, *plan.form, deserved, plan.consensusChanges); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace

Status addCalibrationSessions(Database &db, quint64 seed, const QVector<qint64> &inspectors, const Form &callForm,
                              const Form &storeForm, const QDate &endDate)
{
    const auto leads = UserRepository(db).all(UserRole::Lead);
    if (!leads)
        return Error{leads.error()};
    if (leads->isEmpty() || inspectors.size() < 6)
        return success();
    // A stream of its own, so that the rest of the demo stays what the same seed always gave.
    Random random(seed ^ 0x63616c6962726174ULL);
    QVector<qint64> team = inspectors;
    for (int i = team.size() - 1; i > 0; --i)
        std::swap(team[i], team[random.below(i + 1)]);

    const QDate thisMonth(endDate.year(), endDate.month(), 1);
    QVector<SessionPlan> plans;
    for (int m : {2, 1}) {
        const QDate month = thisMonth.addMonths(-m);
        SessionPlan plan;
        plan.name = QStringLiteral("%1热线校准会").arg(monthName(month));
        plan.form = &callForm;
        plan.from = month;
        plan.to = month.addMonths(1).addDays(-1);
        // Created the morning after the month ends, closed within a week (or on the demo's last day).
        plan.created = QDateTime(plan.to.addDays(1), QTime(9, 30));
        plan.closes = std::min(QDateTime(plan.to.addDays(6), QTime(17, 0)), QDateTime(endDate, QTime(18, 0)));
        plan.deadline = plan.to.addDays(5);
        plan.channel = Channel::Call;
        plan.scorers = {{team[0], m == 2 ? DriftingBefore : DriftingAfter, All, false},
                        {team[1], Strict, All, false},
                        {team[2], Steady, All, false},
                        {team[3], Steady, All, false}};
        plan.consensusChanges = 3 - m; // at most one in the first, two in the second
        plans << plan;
    }
    // This month's, blind and still open: one inspector has handed everything in, one is half-way
    // with a draft, one has not started.
    SessionPlan open;
    open.name = QStringLiteral("%1门店暗访校准").arg(monthName(thisMonth));
    open.form = &storeForm;
    open.from = endDate.addDays(-29);
    open.to = endDate.addDays(-1);
    open.deadline = endDate.addDays(7);
    open.created = QDateTime(endDate, QTime(8, 30));
    open.closes = QDateTime(endDate, QTime(17, 30));
    open.channel = Channel::Visit;
    open.scorers = {{team[4], Steady, All, false}, {team[5], Strict, 3, true}, {team[0], Steady, 0, false}};
    plans << open;

    for (const SessionPlan &plan : std::as_const(plans)) {
        if (const Status s = runSession(db, leads->first().id, plan, random); !s)
            return s;
    }
    return success();
}

} // namespace servqa::demo
