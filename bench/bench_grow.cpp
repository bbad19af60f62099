// Grows a workspace by days of daily use, the way a team writes to it (docs/PERFORMANCE.md,
// "The grown workspace"): each day after the newest interaction, one CSV import of the day's
// interactions through the importer, evaluations of some of them started, saved and submitted
// one by one through the evaluation workflow by the workspace's inspectors, and SERVQUAL
// respondents saved one by one. Every rollup is written the way daily use writes it: a day at a
// time, interleaved across tables, never rebuilt. bench_scale then runs on the result.
//
//   bench_grow --db WORKSPACE [--days N] [--interactions N] [--evaluations N] [--responses N] [--work DIR]
#include "csvimporter.h"
#include "database.h"
#include "demoanswers.h"
#include "demonames.h"
#include "evaluationworkflow.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "measureditems.h"
#include "surveyrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>

using namespace servqa;

namespace {

QTextStream out(stdout);

struct Site
{
    qint64 id;
    QString code;
    bool store;
    QStringList staff; // codes
};

[[noreturn]] void fail(const QString &what)
{
    out << what << '\n';
    out.flush();
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Workspace to grow."), QStringLiteral("PATH")},
                       {QStringLiteral("days"), QStringLiteral("Days of use."), QStringLiteral("N"), QStringLiteral("365")},
                       {QStringLiteral("interactions"), QStringLiteral("Interactions imported per day."), QStringLiteral("N"), QStringLiteral("2000")},
                       {QStringLiteral("evaluations"), QStringLiteral("Evaluations submitted per day."), QStringLiteral("N"), QStringLiteral("100")},
                       {QStringLiteral("responses"), QStringLiteral("SERVQUAL respondents per day."), QStringLiteral("N"), QStringLiteral("100")},
                       {QStringLiteral("work"), QStringLiteral("Folder for the daily CSV files."), QStringLiteral("DIR"), QDir::tempPath()}});
    parser.process(app);
    const int days = parser.value(QStringLiteral("days")).toInt();
    const int perDay = parser.value(QStringLiteral("interactions")).toInt();
    const int evaluationsPerDay = std::min(perDay, parser.value(QStringLiteral("evaluations")).toInt());
    const int responsesPerDay = parser.value(QStringLiteral("responses")).toInt();
    auto opened = Database::openSqlite(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting);
    if (!opened)
        fail(opened.error());
    Database &db = **opened;
    QSqlQuery q(db.connection());

    QVector<Site> sites;
    q.exec(QStringLiteral("SELECT id, code, kind FROM sites ORDER BY id"));
    while (q.next())
        sites.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() == QLatin1String("store"), {}});
    for (Site &s : sites) {
        q.prepare(QStringLiteral("SELECT code FROM staff WHERE site_id = ? ORDER BY id"));
        q.addBindValue(s.id);
        q.exec();
        while (q.next())
            s.staff << q.value(0).toString();
    }
    sites.erase(std::remove_if(sites.begin(), sites.end(), [](const Site &s) { return s.staff.isEmpty(); }), sites.end());
    QVector<qint64> inspectors;
    q.exec(QStringLiteral("SELECT id FROM users WHERE role = 'inspector' ORDER BY id"));
    while (q.next())
        inspectors << q.value(0).toLongLong();
    // The scorecards in use: the newest evaluated version for calls and for store visits.
    auto formFor = [&](const char *channel) {
        q.prepare(QStringLiteral("SELECT e.form_version_id FROM evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                 "WHERE i.channel = ? ORDER BY e.id DESC LIMIT 1"));
        q.addBindValue(QString::fromLatin1(channel));
        if (!q.exec() || !q.next())
            fail(QStringLiteral("No evaluated %1 to take the scorecard from.").arg(QLatin1String(channel)));
        const auto form = FormRepository(db).load(q.value(0).toLongLong());
        if (!form)
            fail(form.error());
        return *form;
    };
    const Form callForm = formFor("call");
    const Form visitForm = formFor("visit");
    q.exec(QStringLiteral("SELECT id FROM survey_waves WHERE kind = 'customer' ORDER BY id LIMIT 1"));
    if (sites.isEmpty() || inspectors.isEmpty() || !q.next())
        fail(QStringLiteral("The workspace needs sites with staff, inspectors and a customer survey wave (a demo workspace has them)."));
    const qint64 wave = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT MAX(started_at) FROM interactions"));
    q.next();
    const QDate first = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong()).date().addDays(1);
    q.finish();

    demo::Random random(20261202);
    const QDir work(parser.value(QStringLiteral("work")));
    const QString csv = work.filePath(QStringLiteral("bench-grow-day.csv"));
    InteractionRepository interactions(db);
    SurveyRepository surveys(db);
    QElapsedTimer total;
    total.start();
    double importMs = 0, evaluationMs = 0, surveyMs = 0;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        // The day's interactions, imported from one file as a user imports the day's export.
        QStringList ids;
        {
            QFile f(csv);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                fail(QStringLiteral("cannot write %1").arg(csv));
            QTextStream s(&f);
            s << "external_id,channel,site_code,staff_code,customer_ref,started_at,duration_s,first_response_s,resolved\n";
            for (int n = 0; n < perDay; ++n) {
                const Site &site = sites[random.below(sites.size())];
                const QString id = QStringLiteral("G%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(n);
                const QString channel = site.store ? QStringLiteral("visit")
                                                   : random.chance(0.6) ? QStringLiteral("call")
                                                   : random.chance(0.75) ? QStringLiteral("chat") : QStringLiteral("email");
                const QDateTime at(day, QTime(9, 0).addSecs(random.below(12 * 3600)));
                s << id << ',' << channel << ',' << site.code << ',' << site.staff[random.below(site.staff.size())] << ",C"
                  << 100000 + random.below(900000) << ',' << at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << ','
                  << 60 + random.below(900) << ',' << (site.store ? QString() : QString::number(3 + random.below(60))) << ','
                  << (random.chance(0.78) ? "yes" : "no") << '\n';
                ids << id;
            }
        }
        QElapsedTimer t;
        t.start();
        ImportOptions options;
        options.kind = ImportKind::Interactions;
        if (const auto imported = importCsv(db, csv, options); !imported)
            fail(imported.error());
        importMs += t.nsecsElapsed() / 1e6;

        // Some of them evaluated, one by one, as the inspectors work through their queues.
        t.restart();
        QSqlQuery lookup(db.connection());
        lookup.prepare(QStringLiteral("SELECT id FROM interactions WHERE source = 'csv' AND external_id = ?"));
        for (int n = 0; n < evaluationsPerDay; ++n) {
            lookup.addBindValue(ids[n]);
            if (!lookup.exec() || !lookup.next())
                fail(QStringLiteral("interaction %1 not imported").arg(ids[n]));
            const auto interaction = interactions.find(lookup.value(0).toLongLong());
            lookup.finish();
            if (!interaction || !*interaction)
                fail(QStringLiteral("interaction %1 not imported").arg(ids[n]));
            const Interaction &i = **interaction;
            const Form &form = i.channel == Channel::Visit ? visitForm : callForm;
            Answers answers = measuredAnswers(form, i);
            const double p = 1.0 / (1.0 + std::exp(-(1.6 + 0.8 * random.normal())));
            for (const FormSection &section : form.sections) {
                for (const FormItem &item : section.items) {
                    if (!answers.contains(item.key))
                        answers.insert(item.key, demo::demoAnswer(item, p, random));
                }
            }
            EvaluationWorkflow flow(db, inspectors[random.below(inspectors.size())]);
            const auto draft = flow.startDraft(i.id, form.versionId);
            if (!draft)
                fail(draft.error());
            if (const Status s = flow.saveDraft(*draft, answers, QString()); !s)
                fail(s.error());
            if (const auto submitted = flow.submit(*draft); !submitted)
                fail(submitted.error());
        }
        evaluationMs += t.nsecsElapsed() / 1e6;

        // The day's SERVQUAL respondents, saved one by one.
        t.restart();
        for (int n = 0; n < responsesPerDay; ++n) {
            SurveyRecord r;
            r.respondentRef = QStringLiteral("G%1-%2").arg(day.toString(QStringLiteral("yyyyMMdd"))).arg(n);
            r.siteId = sites[random.below(sites.size())].id;
            r.respondedAt = QDateTime(day, QTime(10, 0).addSecs(random.below(10 * 3600)));
            for (int item = 0; item < ServqualItemCount; ++item) {
                const Dimension dim = servqualItemDimension(item);
                const double e = demo::expectationLevel(dim) + random.normal() * 0.7;
                r.answers.expectation[item] = std::clamp(int(std::lround(e)), 1, 7);
                r.answers.perception[item] = std::clamp(int(std::lround(e - 0.8 + random.normal())), 1, 7);
            }
            if (const auto id = surveys.upsert(wave, r); !id)
                fail(id.error());
        }
        surveyMs += t.nsecsElapsed() / 1e6;
        if ((d + 1) % 30 == 0 || d + 1 == days) {
            out << "day " << d + 1 << " of " << days << " (" << day.toString(Qt::ISODate) << "), " << total.elapsed() / 1000 << " s\n";
            out.flush();
        }
    }
    QFile::remove(csv);
    out << "Grew by " << days << " days: " << qint64(days) * perDay << " interactions imported (" << qint64(importMs) << " ms), "
        << qint64(days) * evaluationsPerDay << " evaluations submitted (" << qint64(evaluationMs) << " ms), "
        << qint64(days) * responsesPerDay << " respondents saved (" << qint64(surveyMs) << " ms); " << total.elapsed() / 1000
        << " s in all.\n";
    return 0;
}
