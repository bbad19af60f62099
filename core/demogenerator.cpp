#include "demogenerator.h"
#include "democonversations.h"

#include "sqlitefile.h"
#include "standards.h"

#include "database.h"
#include "alerts.h"
#include "demoanswers.h"
#include "demofeedback.h"
#include "democalibration.h"
#include "demostandards.h"
#include "demovisits.h"
#include "demoworkflow.h"
#include "demonames.h"
#include "evaluationworkflow.h"
#include "evaluationrepository.h"
#include "formjson.h"
#include "demoactions.h"
#include "democomplaints.h"
#include "freshworkspacewrites.h"
#include "formrepository.h"
#include "interactionindex.h"
#include "interactionrepository.h"
#include "scoreengine.h"
#include "siterepository.h"
#include "servqual.h"
#include "staffrepository.h"
#include "surveyrepository.h"
#include "surveysums.h"
#include "transactionguard.h"
#include "userrepository.h"
#include "visits.h"
#include "workqueue.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

using demo::Random;
using demo::demoAnswer;
using demo::dimensionEffect;
using demo::expectationLevel;
using demo::matchMeasured;

struct DemoSite
{
    qint64 id = 0;
    bool store = true;
    double quality = 0; // persistent level on the logit scale
    double trend = 0;   // change per year
    QVector<qint64> staff;
    QVector<double> skill;
    bool improves = false; // the team of the demo's effective corrective action (demoactions.h)
};

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

Result<Form> loadDemoForm(Database &db, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Demo", "The demo form %1 is missing from this build.").arg(resource)};
    const auto form = formFromJson(file.readAll(), resource);
    if (!form)
        return Error{form.error()};
    return FormRepository(db).insertVersion(*form);
}

// SERVQUAL surveys for the gap model: ten customers per site and month for two years, whose
// perceptions follow the same site quality, trend and dimension strengths as the
// evaluations; a few answers missing; importance points from most respondents. And one wave of
// managers estimating customers' expectations (they expect a little less than customers do).
Status addSurveys(Database &db, Random &random, const QVector<DemoSite> &sites, const QDateTime &end, qint64 answers)
{
    // Ten customers per site and month, or as many as the answers asked for need.
    const qint64 perSiteMonth =
        std::max<qint64>(10, (answers + qint64(ServqualItemCount) * sites.size() * 24 - 1) / (qint64(ServqualItemCount) * sites.size() * 24));
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // Gap 2's sums wait for the register of standards (addStandards() builds them once): summed
    // respondent by respondent here they would be thrown away.
    if (const Status s = rollups::invalidateSurveySums(db); !s)
        return s;
    SurveyRepository surveys(db);
    surveys.setBatchRollups(true);
    const auto customers = surveys.wave(QStringLiteral("顾客服务质量调查 Customer SERVQUAL survey"), SurveyKind::Customer);
    const auto managers = surveys.wave(QStringLiteral("管理层期望估计 Managers' estimate of expectations"), SurveyKind::Management);
    if (!customers || !managers)
        return Error{customers ? managers.error() : customers.error()};
    const QDate lastDay = end.date().addDays(-1);
    const QDate firstMonth = QDate(lastDay.year(), lastDay.month(), 1).addMonths(-23);
    auto clamp7 = [](double v) { return std::clamp(int(std::lround(v)), 1, 7); };
    int number = 0;
    for (const DemoSite &site : sites) {
        for (int m = 0; m < 24; ++m) {
            const QDate month = firstMonth.addMonths(m);
            const int days = m == 23 ? lastDay.day() : month.daysInMonth();
            const double years = m / 12.0;
            for (qint64 k = 0; k < perSiteMonth; ++k) {
                SurveyRecord r;
                r.respondentRef = QStringLiteral("C%1").arg(++number, 6, 10, QLatin1Char('0'));
                r.siteId = site.id;
                r.respondedAt = QDateTime(month.addDays(random.below(days)), QTime(9 + random.below(12), random.below(60)));
                // A respondent is consistent: their own level of expectation and of satisfaction
                // runs through all their answers (that is what Cronbach's alpha measures).
                const double expects = random.normal() * 0.45;
                const double satisfied = random.normal() * 0.7;
                for (int i = 0; i < ServqualItemCount; ++i) {
                    const Dimension d = servqualItemDimension(i);
                    const double gap = -1.7 + 0.5 * site.quality + 0.3 * site.trend * years + 0.5 * dimensionEffect(d);
                    if (!random.chance(0.02))
                        r.answers.expectation[i] = clamp7(expectationLevel(d) + expects + random.normal() * 0.35);
                    if (!random.chance(0.02))
                        r.answers.perception[i] = clamp7(expectationLevel(d) + expects + gap + satisfied + random.normal() * 0.45);
                }
                if (random.chance(0.6)) {
                    std::array<double, DimensionCount> points{};
                    double total = 0;
                    for (int d = 0; d < DimensionCount; ++d)
                        total += points[d] = 10 + random.below(30) + (d == 1 ? 15 : 0); // reliability matters most
                    double given = 0;
                    for (int d = 0; d < DimensionCount - 1; ++d)
                        given += points[d] = std::floor(points[d] * 100.0 / total);
                    points[DimensionCount - 1] = 100.0 - given;
                    r.answers.importance = points;
                }
                if (const auto id = surveys.upsert(*customers, r); !id)
                    return Error{id.error()};
            }
        }
        for (int k = 0; k < 2; ++k) {
            SurveyRecord r;
            r.respondentRef = QStringLiteral("M%1").arg(++number, 6, 10, QLatin1Char('0'));
            r.siteId = site.id;
            r.respondedAt = QDateTime(firstMonth.addDays(random.below(28)), QTime(10, 0));
            // Managers underestimate what customers expect, most of all the reliability they
            // take for granted (gap 1).
            for (int i = 0; i < ServqualItemCount; ++i) {
                const Dimension d = servqualItemDimension(i);
                r.answers.expectation[i] = clamp7(expectationLevel(d) - (d == Dimension::Reliability ? 0.8 : 0.5) + random.normal() * 0.7);
            }
            if (const auto id = surveys.upsert(*managers, r); !id)
                return Error{id.error()};
        }
    }
    if (const Status s = surveys.flush(); !s)
        return s;
    return transaction.commit();
}

} // namespace

QString unfinishedDemoPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

Result<std::unique_ptr<QLockFile>> claimUnfinishedDemo(const QString &unfinished)
{
    auto lock = std::make_unique<QLockFile>(unfinished + QStringLiteral("-lock"));
    lock->setStaleLockTime(0); // held for as long as the build runs: stale only when its process is gone
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return Error{QCoreApplication::translate("Demo", "Another demo is being built as %1: wait for it to finish, or build "
                                                             "this one under another name.")
                             .arg(unfinished)};
        return Error{QCoreApplication::translate("Demo", "%1 could not be created: its folder cannot be written to.").arg(unfinished)};
    }
    if (const Status s = removeUnfinishedDatabase(unfinished); !s)
        return Error{s.error()};
    interactionindex::removeLeftoverScratch(unfinished);
    return lock;
}

void removeUnfinishedDemo(const QString &unfinished)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(unfinished + QLatin1String(suffix));
    interactionindex::removeLeftoverScratch(unfinished);
}

Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options, const DemoProgress &progress)
{
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) || !q.next())
            return Error{db.describeError(q)};
        if (q.value(0).toLongLong() > 0)
            return Error{QCoreApplication::translate("Demo", "%1 already holds data; the demo needs an empty workspace.").arg(db.path())};
    }
    std::optional<FreshWorkspaceWrites> fresh(std::in_place, db,
                                              options.ownFile ? FreshWorkspaceWrites::Journal::Rollback : FreshWorkspaceWrites::Journal::Log);

    Random random(options.seed);
    DemoSummary summary;
    QVector<DemoSite> sites;
    QVector<qint64> inspectors;
    Form callForm;
    Form storeForm;
    {
        // Organisation and forms in one transaction.
        TransactionGuard transaction(db.connection());
        if (!transaction.active())
            return Error{transaction.error()};
        SiteRepository siteRepo(db);
        StaffRepository staffRepo(db);
        UserRepository userRepo(db);

        auto addStaff = [&](DemoSite &site, const QString &codePrefix, int count, const QString &role) -> Status {
            for (int k = 0; k < count; ++k) {
                StaffMember m;
                m.code = QStringLiteral("%1-%2").arg(codePrefix).arg(k + 1, 2, 10, QLatin1Char('0'));
                m.name = demo::personName(random);
                m.siteId = site.id;
                m.role = role;
                const auto id = staffRepo.upsert(m);
                if (!id)
                    return Error{id.error()};
                site.staff << *id;
                site.skill << random.normal() * 0.6;
                ++summary.staff;
            }
            return success();
        };

        int storeNumber = 0;
        for (const demo::DemoRegion &region : demo::regions()) {
            for (const QString &city : region.cities) {
                ++storeNumber;
                Site s;
                s.code = QStringLiteral("S%1").arg(storeNumber, 3, 10, QLatin1Char('0'));
                s.name = city == QLatin1String("Hong Kong") ? QStringLiteral("Hong Kong Causeway Bay Store")
                                                            : city + QStringLiteral("旗舰店");
                s.kind = SiteKind::Store;
                s.region = region.name;
                const auto id = siteRepo.upsert(s);
                if (!id)
                    return Error{id.error()};
                DemoSite site;
                site.id = *id;
                site.store = true;
                site.quality = 1.4 + random.normal() * 0.5;
                site.trend = random.normal() * 0.35;
                if (const Status st = addStaff(site, s.code, 6, QStringLiteral("store_associate")); !st)
                    return Error{st.error()};
                sites << site;
                ++summary.sites;
            }
        }

        // A contact centre with teams beneath it.
        Site centre;
        centre.code = QStringLiteral("CC-SH");
        centre.name = QStringLiteral("上海客服中心 Shanghai Contact Centre");
        centre.kind = SiteKind::Team;
        centre.region = demo::regions().first().name;
        const auto centreId = siteRepo.upsert(centre);
        if (!centreId)
            return Error{centreId.error()};
        ++summary.sites;
        const QStringList teams = {QStringLiteral("热线一组 Hotline Team 1"), QStringLiteral("热线二组 Hotline Team 2"),
                                   QStringLiteral("在线客服组 Live Chat Team"), QStringLiteral("邮件工单组 Email Desk"),
                                   QStringLiteral("会员服务组 Loyalty Team"), QStringLiteral("冷链售后组 Cold-chain Care")};
        for (int t = 0; t < teams.size(); ++t) {
            Site s;
            s.code = QStringLiteral("CC-SH-T%1").arg(t + 1);
            s.name = teams[t];
            s.kind = SiteKind::Team;
            s.region = centre.region;
            s.parentId = *centreId;
            const auto id = siteRepo.upsert(s);
            if (!id)
                return Error{id.error()};
            DemoSite site;
            site.id = *id;
            site.store = false;
            site.quality = 1.6 + random.normal() * 0.4;
            site.trend = random.normal() * 0.3;
            site.improves = s.code == QLatin1String(demo::ImprovedTeam);
            if (const Status st = addStaff(site, s.code, 12, QStringLiteral("agent")); !st)
                return Error{st.error()};
            sites << site;
            ++summary.sites;
        }

        for (int k = 0; k < 6; ++k) {
            User u;
            u.login = QStringLiteral("inspector%1").arg(k + 1);
            u.name = demo::personName(random);
            u.role = UserRole::Inspector;
            const auto id = userRepo.upsert(u);
            if (!id)
                return Error{id.error()};
            inspectors << *id;
        }
        const QVector<std::pair<QString, UserRole>> others = {
            {QStringLiteral("manager1"), UserRole::Manager}, {QStringLiteral("manager2"), UserRole::Manager},
            {QStringLiteral("lead"), UserRole::Lead},        {QStringLiteral("admin"), UserRole::Admin},
            {QStringLiteral("shopper1"), UserRole::Shopper}, {QStringLiteral("shopper2"), UserRole::Shopper}};
        for (const auto &[login, role] : others) {
            User u;
            u.login = login;
            u.name = demo::personName(random);
            u.role = role;
            if (const auto id = userRepo.upsert(u); !id)
                return Error{id.error()};
        }
        summary.users = inspectors.size() + others.size();

        auto call = loadDemoForm(db, QStringLiteral(":/demo/call_scorecard.json"));
        if (!call)
            return Error{call.error()};
        callForm = *call;
        auto store = loadDemoForm(db, QStringLiteral(":/demo/store_checklist.json"));
        if (!store)
            return Error{store.error()};
        storeForm = *store;
        if (const Status s = transaction.commit(); !s)
            return Error{s.error()};
    }

    // Two years of interactions and evaluations, in batches so that progress can be shown
    // and the write-ahead log stays small.
    const QDateTime end(options.endDate.addDays(1), QTime(0, 0), Qt::LocalTime);
    const qint64 endSecs = end.toSecsSinceEpoch();
    const qint64 span = qint64(730) * 24 * 3600;
    const QStringList transcripts = demo::chatTranscripts();
    const QStringList callTranscripts = demo::callTranscripts();
    Random more(options.seed ^ 0x6d656173757265ULL);
    Random words(options.seed ^ 0x776f726473ULL); // the conversations' wording (schema 34)
    QString previousCustomer;
    InteractionRepository interactionRepo(db);
    // Like an import: the day counts and promise cases of the new interactions written at once
    // before their transaction commits. Their search index is built on another core meanwhile,
    // from the interactions each transaction commits (interactionindex.h), and moved in after the
    // surveys.
    interactionRepo.setBatchCounts(true);
    auto textIndex = interactionindex::IndexBuilder::start(db);
    if (!textIndex)
        return Error{textIndex.error()};
    interactionRepo.setIndexedElsewhere(bool(*textIndex));
    qint64 lastInteraction = 0;
    EvaluationRepository evaluationRepo(db);
    evaluationRepo.setBatchRollups(true); // the score sums in a few statements at each commit (below)
    constexpr qint64 Batch = 5000;
    qint64 done = 0;
    qint64 interactionNumber = 0;
    // Ten batches a transaction: each commit writes every index page its batch touched, and the
    // evaluations' and interactions' times and keys are random, so at a million rows a batch touches
    // most of their leaves and a commit wrote them all again (a fifth of the demo's time). The
    // batches are as before, so the workspace is the same.
    constexpr int BatchesPerTransaction = 10;
    DemoFeedback feedback(db, options.seed, options.endDate);
    const auto firstTeam = std::find_if(sites.cbegin(), sites.cend(), [](const DemoSite &s) { return !s.store; });
    if (const Status s = feedback.prepare(firstTeam == sites.cend() ? 0 : firstTeam->id); !s)
        return Error{s.error()};
    // The sums the batches since the last commit owe, written once a transaction, in the
    // transaction that writes their rows: ten batches share most of their days, sites and agents,
    // so each sum is written once where it was ten times. 8 s a 100,000 evaluations of the demo's
    // time became ~5 for the evaluations' (docs/PERFORMANCE.md); the interactions' counts and
    // the feedback's followed them ("The demo's batch sums summed in C++").
    const auto flushSums = [&]() -> Status {
        if (const Status s = interactionRepo.flush(); !s)
            return s;
        if (const Status s = feedback.flush(); !s)
            return s;
        return evaluationRepo.flush();
    };
    std::optional<TransactionGuard> transaction;
    int batches = 0;
    while (done < options.evaluations) {
        if (!transaction) {
            transaction.emplace(db.connection());
            if (!transaction->active())
                return Error{transaction->error()};
        }
        const qint64 batchEnd = std::min(options.evaluations, done + Batch);
        for (; done < batchEnd; ++done) {
            // Contact-centre teams are evaluated more often than stores are visited.
            const bool storeVisit = random.chance(0.3);
            const DemoSite *site = nullptr;
            do {
                site = &sites[random.below(sites.size())];
            } while (site->store != storeVisit);
            const int staffIndex = random.below(site->staff.size());
            const double yearsFromStart = random.uniform() * 2.0;
            // Office hours 09:00–21:00 local time.
            const qint64 day = qint64((yearsFromStart / 2.0) * (span / 86400));
            const qint64 started = endSecs - span + day * 86400 + 9 * 3600 + random.below(12 * 3600);

            // Every evaluation comes with one or two interactions; the extra one stays unevaluated.
            for (int extra = random.chance(0.5) ? 1 : 0; extra >= 0; --extra) {
                Interaction i;
                i.source = storeVisit ? QStringLiteral("visit-plan") : QStringLiteral("ccaas");
                i.externalId = QStringLiteral("D%1").arg(++interactionNumber, 8, 10, QLatin1Char('0'));
                i.channel = storeVisit ? Channel::Visit
                                       : (random.chance(0.6) ? Channel::Call
                                                             : random.chance(0.75) ? Channel::Chat : Channel::Email);
                i.siteId = site->id;
                i.staffId = site->staff[staffIndex];
                i.customerRef = QStringLiteral("%1%2").arg(random.pick(demo::customerRefPrefixes()))
                                    .arg(100000 + random.below(900000));
                i.startedAt = QDateTime::fromSecsSinceEpoch(started - extra * (600 + random.below(86400)));
                i.durationSeconds = storeVisit ? 600 + random.below(1800) : 60 + random.below(900);
                // A store visit has no first response to measure (the checklist times the greeting);
                // the draw stays, so the rest of the demo keeps its seed.
                const int firstResponse = storeVisit ? 5 + random.below(90) : 3 + random.below(60);
                if (!storeVisit)
                    i.firstResponseSeconds = firstResponse;
                i.resolved = random.chance(0.78);
                // The draws of the fixed transcripts of earlier demos stay, so that the evaluations
                // and surveys stay those of the same seed; the words now come from a stream of
                // their own (democonversations.h), shaped by the evaluation's answers below.
                if (i.channel == Channel::Chat || i.channel == Channel::Email)
                    random.pick(transcripts);
                // What later versions of the demo add comes from a stream of its own, so that
                // the evaluations and surveys stay those of the same seed.
                if (i.channel == Channel::Call) {
                    more.below(callTranscripts.size());
                    i.holdSeconds = more.chance(0.6) ? 0 : 5 + more.below(120);
                }
                // A customer who contacted us shortly before (the extra interaction, up to a day
                // earlier) and comes back: the repeat contacts screening looks for.
                if (extra == 0 && !storeVisit && !previousCustomer.isEmpty() && words.chance(0.15))
                    i.customerRef = previousCustomer;
                previousCustomer = extra > 0 && !storeVisit ? i.customerRef : QString();
                if (extra > 0) {
                    if (!storeVisit)
                        i.transcript = demo::conversation(i.channel, demo::randomTraits(i.channel, words), i.firstResponseSeconds,
                                                          i.holdSeconds, words);
                    feedback.shape(i, false);
                    const auto id = interactionRepo.upsert(i);
                    if (!id)
                        return Error{id.error()};
                    lastInteraction = *id;
                    if (const Status s = feedback.answer(i, *id); !s)
                        return Error{s.error()};
                    ++summary.interactions;
                    continue;
                }

                const Form &form = storeVisit ? storeForm : callForm;
                const double level = site->quality + site->skill[staffIndex] + site->trend * yearsFromStart;
                Evaluation e;
                e.formVersionId = form.versionId;
                e.inspectorId = inspectors[random.below(inspectors.size())];
                e.siteId = site->id;
                e.staffId = i.staffId;
                e.occurredAt = i.startedAt;
                e.createdAt = i.startedAt.addSecs(3600 * (2 + random.below(48)));
                e.updatedAt = e.createdAt;
                const bool recent = endSecs - started < 7 * 86400;
                e.status = recent && random.chance(0.3) ? EvaluationStatus::Draft
                           : random.chance(0.6)         ? EvaluationStatus::Acknowledged
                                                        : EvaluationStatus::Submitted;
                if (e.status != EvaluationStatus::Draft)
                    e.submittedAt = e.createdAt;
                for (const FormSection &section : form.sections) {
                    for (const FormItem &item : section.items) {
                        double l = level + dimensionEffect(item.dimension);
                        // Critical items almost always pass: an auto-fail is rare news.
                        if (item.critical || section.kind == SectionKind::Critical)
                            l += 3.2;
                        if (section.kind == SectionKind::Bonus)
                            l -= 2.5;
                        // The demo's corrective action took effect: the team verifies identity more often.
                        if (site->improves && item.key == QLatin1String(demo::ImprovedItem)
                            && started >= endSecs - qint64(demo::ActionTookEffectDays) * 86400)
                            l += 1.6;
                        e.answers.insert(item.key, demoAnswer(item, logistic(l + random.normal() * 0.7), random));
                    }
                }
                // The interaction measured what the scorecard fills from it; now and then an
                // inspector corrects a value the system got wrong, and says why.
                matchMeasured(form, e.answers, i, more);
                if (!storeVisit)
                    i.transcript = demo::conversation(i.channel, demo::traitsFromAnswers(e.answers, i.channel, words), i.firstResponseSeconds,
                                                      i.holdSeconds, words);
                feedback.shape(i, true);
                const auto id = interactionRepo.upsert(i);
                if (!id)
                    return Error{id.error()};
                lastInteraction = *id;
                if (const Status s = feedback.answer(i, *id); !s)
                    return Error{s.error()};
                ++summary.interactions;
                e.interactionId = *id;
                const auto scored = scoreEvaluation(form, e.answers);
                if (!scored)
                    return Error{scored.error()};
                e.score = *scored;
                if (const auto evaluationId = evaluationRepo.insert(e, form); !evaluationId)
                    return Error{evaluationId.error()};
                ++summary.evaluations;
            }
        }
        if (++batches % BatchesPerTransaction == 0 || done == options.evaluations) {
            if (const Status s = flushSums(); !s)
                return Error{s.error()};
            if (const Status s = transaction->commit(); !s)
                return Error{s.error()};
            transaction.reset();
            if (*textIndex)
                (*textIndex)->committed(lastInteraction);
        }
        if (progress && !progress(done, options.evaluations)) {
            // Cancelled: what was written so far is whole batches, with their sums; the caller
            // discards it.
            if (transaction) {
                if (const Status s = flushSums(); !s)
                    return Error{s.error()};
                if (const Status s = transaction->commit(); !s)
                    return Error{s.error()};
            }
            return summary;
        }
    }
    if (const Status s = addSurveys(db, random, sites, end, options.surveyAnswers); !s)
        return Error{s.error()};
    // The rest of the demo writes interactions again (visits, calibration), indexed as they are.
    if (*textIndex) {
        if (const Status s = (*textIndex)->finish(); !s)
            return Error{s.error()};
        textIndex->reset();
    }
    // The lists' sorting indexes and the pages' indexes by time and key, built once from the
    // million rows before anything reads them.
    if (const Status s = fresh->makeIndexesAside(); !s)
        return Error{s.error()};
    // The rest rebuilds rollups from every row in a few large statements, faster with SQLite's
    // own cache size (a larger one makes their grouping slower).
    fresh.reset();
    if (const Status s = demo::addWorkflowHistory(db, random, inspectors, callForm, end); !s)
        return Error{s.error()};
    if (const Status s = demo::addVisits(db, random, storeForm, options.endDate); !s)
        return Error{s.error()};
    if (const Status s = demo::addStandards(db, callForm, storeForm); !s)
        return Error{s.error()};
    if (const Status s = demo::addCalibrationSessions(db, options.seed, inspectors, callForm, storeForm, options.endDate); !s)
        return Error{s.error()};
    if (const Status s = demo::addComplaints(db, options.seed, options.endDate); !s)
        return Error{s.error()};
    // The alerts of the demo's last day, as its imports and submissions would have raised them.
    AlertCheck check;
    check.now = QDateTime(options.endDate, QTime(18, 0), Qt::LocalTime);
    if (const auto raised = raiseAlerts(db, check); !raised)
        return Error{raised.error()};
    // The actions, one raised on the newest of those alerts.
    if (const Status s = demo::addActions(db, options.endDate); !s)
        return Error{s.error()};
    return summary;
}

} // namespace servqa
