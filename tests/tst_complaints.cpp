// Complaints (core/complaints.h) as a store manager takes one through the loop: intake, dispatch,
// the customer contacted, resolved, closed with the customer's word, reopened; the clocks against
// the time limits, across days and a change of summer time; every step in a log nothing can change.

#include "alerts.h"
#include "complaints.h"
#include "csvimporter.h"
#include "testsupport.h"
#include "timeutil.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace servqa;

namespace {

const QByteArray sites("code,name,kind,region\nS1,Nanjing Road,store,East\nS2,Chengdu Taikoo Li,store,West\n");

QDateTime local(const QString &text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct LoopFixture
{
    test::Workspace ws;
    qint64 s1 = 0, s2 = 0;
    qint64 manager = 0, lead = 0, shopper = 0, inspector = 0;

    LoopFixture()
    {
        if (!test::importText(*ws.db, ImportKind::Sites, sites))
            qFatal("sites");
        s1 = test::scalar(*ws.db, QStringLiteral("SELECT id FROM sites WHERE code = 'S1'")).toLongLong();
        s2 = test::scalar(*ws.db, QStringLiteral("SELECT id FROM sites WHERE code = 'S2'")).toLongLong();
        UserRepository users(*ws.db);
        manager = *users.upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, s1});
        lead = *users.upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        shopper = *users.upsert({0, QStringLiteral("zhao"), QStringLiteral("Zhao Lei"), UserRole::Shopper, std::nullopt});
        inspector = *users.upsert({0, QStringLiteral("chen"), QStringLiteral("Chen Jing"), UserRole::Inspector, std::nullopt});
    }

    ComplaintIntake intake(const QString &received, ComplaintSeverity severity = ComplaintSeverity::Medium) const
    {
        ComplaintIntake c;
        c.customerRef = QStringLiteral("VIP-1001");
        c.channel = Channel::Call;
        c.siteId = s1;
        c.category = QStringLiteral("attitude");
        c.severity = severity;
        c.description = QStringLiteral("店员态度冷淡，结账时不理睬顾客");
        c.receivedAt = local(received);
        return c;
    }
};

QStringList actions(const QVector<ComplaintLogEntry> &log)
{
    QStringList list;
    for (const ComplaintLogEntry &e : log)
        list << e.action;
    return list;
}

} // namespace

class TestComplaints : public QObject
{
    Q_OBJECT

private slots:
    // A reference typed or imported in the day's shape but not numbered so ("TS-20261201-abc", or
    // one ahead of the count) leaves the day's numbering going on after the highest number.
    void theDaysNumbersGoOnAfterReferencesTypedInTheirShape()
    {
        LoopFixture f;
        ComplaintStore store(*f.ws.db);
        const QDateTime now = local("2026-12-03 10:00");
        const auto numbered = [&](const QString &typed) -> QString {
            ComplaintIntake intake = f.intake("2026-12-01 17:30");
            intake.reference = typed;
            const auto id = store.take(intake, f.manager, now);
            if (!id)
                return id.error();
            return store.find(*id)->reference;
        };
        QCOMPARE(numbered(QString()), QStringLiteral("TS-20261201-0001"));
        QCOMPARE(numbered(QStringLiteral("TS-20261201-abc")), QStringLiteral("TS-20261201-abc"));
        QCOMPARE(numbered(QString()), QStringLiteral("TS-20261201-0002"));
        QCOMPARE(numbered(QStringLiteral("TS-20261201-0007")), QStringLiteral("TS-20261201-0007"));
        QCOMPARE(numbered(QStringLiteral("TS-20261201-0009x")), QStringLiteral("TS-20261201-0009x"));
        QCOMPARE(numbered(QString()), QStringLiteral("TS-20261201-0008"));
    }

    // Medium: first response within 24 h and resolution within 48 h of receipt; numbered by the
    // day received; a channel's own limit wins over every channel's.
    void intakeSetsTheDueTimes()
    {
        LoopFixture f;
        ComplaintStore store(*f.ws.db);
        const QDateTime now = local("2026-12-03 10:00");
        const auto first = store.take(f.intake("2026-12-01 17:30"), f.manager, now);
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        const auto c = store.find(*first);
        QVERIFY(c);
        QCOMPARE(c->reference, QStringLiteral("TS-20261201-0001"));
        QCOMPARE(c->status, ComplaintStatus::Received);
        QCOMPARE(c->firstResponseDue, local("2026-12-02 17:30"));
        QCOMPARE(c->resolutionDue, local("2026-12-03 17:30"));
        QCOMPARE(c->categoryName, QStringLiteral("Staff attitude"));

        QVERIFY(!store.setTimeLimit({QStringLiteral("call"), ComplaintSeverity::High, 120, 600}, f.manager)); // a lead's or admin's
        QVERIFY(!store.setTimeLimit({QStringLiteral("call"), ComplaintSeverity::High, 120, 60}, f.lead));  // resolved before answered
        QVERIFY(store.setTimeLimit({QStringLiteral("call"), ComplaintSeverity::High, 120, 600}, f.lead));
        QVERIFY(!store.removeTimeLimit(QString(), ComplaintSeverity::High, f.lead)); // every channel's stays
        // Every channel's limit is changed where it is (its channel is '', not NULL).
        const Status everyChannel = store.setTimeLimit({QString(), ComplaintSeverity::Low, 720, 4320}, f.lead);
        QVERIFY2(everyChannel, qPrintable(everyChannel ? QString() : everyChannel.error()));
        QCOMPARE(store.timeLimits()->size(), 5);
        // Every change of a setting is logged with who and what it was: the call row added, then
        // every channel's low limits changed (the refused changes left nothing).
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM settings_log")).toInt(), 2);
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT old_value || ' → ' || new_value FROM settings_log WHERE item = '/low'")).toString(),
                 QStringLiteral("1440 / 7200 → 720 / 4320"));
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT user_id FROM settings_log WHERE item = 'call/high'")).toLongLong(), f.lead);
        QSqlQuery log(f.ws.db->connection());
        QVERIFY(!log.exec(QStringLiteral("DELETE FROM settings_log")));
        QCOMPARE(store.timeLimitFor(Channel::Email, ComplaintSeverity::Low)->firstResponseMinutes, 720);
        const auto second = store.take(f.intake("2026-12-01 18:00", ComplaintSeverity::High), f.manager, now);
        QVERIFY(second);
        QCOMPARE(store.find(*second)->reference, QStringLiteral("TS-20261201-0002"));
        QCOMPARE(store.find(*second)->firstResponseDue, local("2026-12-01 20:00"));
        QCOMPARE(store.find(*second)->resolutionDue, local("2026-12-02 04:00"));
        ComplaintIntake chat = f.intake("2026-12-01 18:00", ComplaintSeverity::High);
        chat.channel = Channel::Chat; // no row of its own: every channel's 4 h and 24 h
        const auto third = store.take(chat, f.manager, now);
        QVERIFY(third);
        QCOMPARE(store.find(*third)->firstResponseDue, local("2026-12-01 22:00"));
        QCOMPARE(store.find(*third)->resolutionDue, local("2026-12-02 18:00"));

        ComplaintIntake empty = f.intake("2026-12-01 18:00");
        empty.description = QStringLiteral("  ");
        QVERIFY(!store.take(empty, f.manager, now));
        QVERIFY(!store.take(f.intake("2026-12-04 09:00"), f.manager, now)); // later than now
        QVERIFY(!store.take(f.intake("2026-12-01 18:00"), f.shopper, now));
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toInt(), 3);
    }

    // A clock runs across midnight, then stops on time or late by exactly the margin.
    void theClocksAcrossDays()
    {
        const QDateTime due = local("2026-12-02 09:00");
        SlaClock c = slaClock(due, QDateTime(), local("2026-12-01 21:30"));
        QCOMPARE(c.state, SlaClock::State::Running);
        QCOMPARE(c.seconds, qint64(11.5 * 3600));
        c = slaClock(due, QDateTime(), local("2026-12-03 08:00"));
        QCOMPARE(c.state, SlaClock::State::Overdue);
        QCOMPARE(c.seconds, qint64(23 * 3600));
        c = slaClock(due, local("2026-12-02 08:45"), local("2026-12-05 00:00"));
        QCOMPARE(c.state, SlaClock::State::OnTime);
        QCOMPARE(c.seconds, qint64(15 * 60));
        c = slaClock(due, local("2026-12-02 10:00"), local("2026-12-05 00:00"));
        QCOMPARE(c.state, SlaClock::State::Late);
        QCOMPARE(c.seconds, qint64(3600));
        QVERIFY(c.missed());
    }

    // 48 hours are 48 hours when the clocks go back: received at noon in New York on the Saturday
    // before summer time ends, resolution is due at 11:00 on Monday, local time; the same instant
    // in Shanghai, where nothing changes, is 00:00 on Tuesday.
    void theClocksAcrossAChangeOfSummerTime()
    {
        LoopFixture f;
        ComplaintStore store(*f.ws.db);
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        ComplaintIntake c = f.intake("2026-10-31 12:00");
        c.receivedAt = QDateTime(QDate(2026, 10, 31), QTime(12, 0), newYork);
        const auto id = store.take(c, f.manager, QDateTime(QDate(2026, 11, 3), QTime(9, 0), newYork));
        QVERIFY(id);
        const auto stored = store.find(*id);
        QCOMPARE(stored->resolutionDue.toTimeZone(newYork).time(), QTime(11, 0));
        QCOMPARE(stored->resolutionDue.toTimeZone(newYork).date(), QDate(2026, 11, 2));
        QCOMPARE(stored->resolutionDue.toTimeZone(QTimeZone("Asia/Shanghai")), QDateTime(QDate(2026, 11, 3), QTime(0, 0), QTimeZone("Asia/Shanghai")));
        QCOMPARE(stored->firstResponseDue.toTimeZone(newYork), QDateTime(QDate(2026, 11, 1), QTime(11, 0), newYork));
        // Monday 10:30 in New York: half an hour left.
        const SlaClock clock = stored->resolutionClock(QDateTime(QDate(2026, 11, 2), QTime(10, 30), newYork));
        QCOMPARE(clock.state, SlaClock::State::Running);
        QCOMPARE(clock.seconds, qint64(1800));
    }

    // Intake → dispatch → contact → resolved → closed → reopened → resolved, each step logged with
    // who did it; what the order forbids is refused, and a stale version names who changed it.
    void theWholeLoop()
    {
        LoopFixture f;
        ComplaintStore store(*f.ws.db);
        const auto id = store.take(f.intake("2026-12-01 17:30"), f.lead, local("2026-12-01 17:35"));
        QVERIFY(id);
        auto c = store.find(*id);
        QVERIFY(!store.respond(*id, c->version, QStringLiteral("called"), f.manager, local("2026-12-01 18:00"))); // not dispatched
        // An inspector takes complaints in and adds notes; owning and handling them is a manager's,
        // a lead's or an administrator's.
        QVERIFY(!store.dispatch(*id, c->version, f.s1, f.manager, QString(), f.inspector, local("2026-12-01 17:40")));
        QVERIFY(!store.dispatch(*id, c->version, f.s1, f.inspector, QString(), f.lead, local("2026-12-01 17:40")));
        QVERIFY(!store.dispatch(*id, c->version, f.s2, f.shopper, QString(), f.lead, local("2026-12-01 17:40")));
        QVERIFY(store.dispatch(*id, c->version, f.s2, f.manager, QStringLiteral("先转成都"), f.lead, local("2026-12-01 17:40")));
        c = store.find(*id);
        QCOMPARE(c->status, ComplaintStatus::Dispatched);
        QCOMPARE(c->siteId, f.s2);
        // Re-dispatched to the right store: the history keeps both.
        QVERIFY(store.dispatch(*id, c->version, f.s1, f.manager, QStringLiteral("南京路门店"), f.lead, local("2026-12-01 17:50")));
        c = store.find(*id);
        QCOMPARE(c->siteId, f.s1);
        const int seen = c->version;
        QVERIFY(store.respond(*id, seen, QStringLiteral("致电顾客致歉"), f.manager, local("2026-12-02 10:00")));
        // Someone who opened it before the call cannot save over it.
        const Status stale = store.addNote(*id, seen, QStringLiteral("late note"), f.lead, local("2026-12-02 10:05"));
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("Wang Fang")), qPrintable(stale.error()));
        c = store.find(*id);
        QCOMPARE(c->status, ComplaintStatus::Responded);
        QCOMPARE(c->firstResponseClock(local("2026-12-05 00:00")).state, SlaClock::State::OnTime);
        QCOMPARE(c->firstResponseClock(local("2026-12-05 00:00")).seconds, qint64(7.5 * 3600));
        QVERIFY(!store.close(*id, c->version, 4, QString(), f.manager, local("2026-12-02 11:00"))); // not resolved
        QVERIFY(!store.resolve(*id, c->version, QStringLiteral(" "), f.manager, local("2026-12-02 11:00")));
        QVERIFY(store.resolve(*id, c->version, QStringLiteral("店长当面致歉并赠送礼券"), f.manager, local("2026-12-03 18:30")));
        c = store.find(*id);
        QCOMPARE(c->resolutionClock(local("2026-12-05 00:00")).state, SlaClock::State::Late);
        QCOMPARE(c->resolutionClock(local("2026-12-05 00:00")).seconds, qint64(3600));
        QVERIFY(!store.close(*id, c->version, 6, QString(), f.manager, local("2026-12-04 09:00")));
        QVERIFY(!store.close(*id, c->version, std::nullopt, QString(), f.manager, local("2026-12-04 09:00")));
        QVERIFY(store.close(*id, c->version, 2, QStringLiteral("仍不满意"), f.manager, local("2026-12-04 09:00")));
        c = store.find(*id);
        QCOMPARE(c->status, ComplaintStatus::Closed);
        QCOMPARE(c->satisfaction, std::optional<int>(2));
        QVERIFY(!store.reopen(*id, c->version, QString(), f.lead, local("2026-12-04 10:00")));
        QVERIFY(store.reopen(*id, c->version, QStringLiteral("顾客再次来电"), f.lead, local("2026-12-04 10:00")));
        c = store.find(*id);
        QCOMPARE(c->status, ComplaintStatus::Responded);
        QCOMPARE(c->reopened, 1);
        QVERIFY(!c->resolvedAt.isValid());
        QVERIFY(!c->satisfaction);
        QCOMPARE(c->resolutionDue, local("2026-12-06 10:00")); // 48 h from the reopening
        QVERIFY(store.resolve(*id, c->version, QStringLiteral("退款"), f.manager, local("2026-12-04 15:00")));

        const auto log = store.log(*id);
        QVERIFY(log);
        QCOMPARE(actions(*log), (QStringList{"received", "dispatched", "dispatched", "responded", "resolved", "closed", "reopened", "resolved"}));
        QCOMPARE(log->at(0).userName, QStringLiteral("Li Na"));
        QCOMPARE(log->at(1).siteName, QStringLiteral("Chengdu Taikoo Li"));
        QCOMPARE(log->at(2).siteName, QStringLiteral("Nanjing Road"));
        QCOMPARE(log->at(2).ownerName, QStringLiteral("Wang Fang"));
        QCOMPARE(log->at(3).note, QStringLiteral("致电顾客致歉"));
        QCOMPARE(log->at(5).note, QStringLiteral("仍不满意"));
        QCOMPARE(log->at(5).satisfaction, std::optional<int>(2));
        QCOMPARE(log->at(6).at, local("2026-12-04 10:00"));

        // Nothing in the log can be changed or taken out, and no step goes without an entry.
        QSqlQuery q(f.ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE complaint_log SET note = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM complaint_log")));
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM complaint_log")).toInt(), 8);
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT version FROM complaints")).toInt(), 1 + 7);
    }

    // Overdue first, then the soonest due; the resolved and closed last, newest first.
    void theListPutsOverdueFirst()
    {
        LoopFixture f;
        ComplaintStore store(*f.ws.db);
        const QDateTime now = local("2026-12-03 12:00");
        const qint64 a = *store.take(f.intake("2026-12-03 09:00"), f.lead, now);                               // due 12-04 09:00
        const qint64 b = *store.take(f.intake("2026-12-01 09:00"), f.lead, now);                               // response overdue
        const qint64 c = *store.take(f.intake("2026-12-03 08:00", ComplaintSeverity::High), f.lead, now);      // due now: not yet late
        const qint64 d = *store.take(f.intake("2026-12-02 08:00"), f.lead, now);                               // resolved
        QVERIFY(store.dispatch(d, 1, f.s1, f.manager, QString(), f.lead, now));
        QVERIFY(store.resolve(d, 2, QStringLiteral("done"), f.manager, now));
        const auto list = store.list({}, now);
        QVERIFY(list);
        QVector<qint64> order;
        for (const Complaint &x : *list)
            order << x.id;
        QCOMPARE(order, (QVector<qint64>{b, c, a, d}));
        QVERIFY((*list)[0].overdue(now));
        QVERIFY(!(*list)[1].overdue(now));

        ComplaintFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(store.list(overdue, now)->size(), 1);
        ComplaintFilter open;
        open.openOnly = true;
        QCOMPARE(store.list(open, now)->size(), 3);
        ComplaintFilter text;
        text.text = QStringLiteral("TS-20261202");
        QCOMPARE(store.list(text, now)->constFirst().id, d);
        ComplaintFilter west;
        west.region = QStringLiteral("West");
        QCOMPARE(store.list(west, now)->size(), 0);
    }

    // S1 in November: 2 complaints among 400 contacts = 5.0 per 1,000. Of the first responses due
    // in November, 1 of 2 on time (one late); of the resolutions, 1 of 2 (one still open and past).
    void theSiteFigures()
    {
        LoopFixture f;
        QByteArray calls("external_id,channel,site_code,started_at\n");
        for (int n = 0; n < 400; ++n)
            calls += QStringLiteral("K%1,call,S1,2026-11-%2 10:00\n").arg(n).arg(1 + n % 28, 2, 10, QLatin1Char('0')).toUtf8();
        QVERIFY(test::importText(*f.ws.db, ImportKind::Interactions, calls, {}, false));
        ComplaintStore store(*f.ws.db);
        const QDateTime now = local("2026-12-03 12:00");
        const qint64 a = *store.take(f.intake("2026-11-10 09:00"), f.lead, now);
        const qint64 b = *store.take(f.intake("2026-11-20 09:00"), f.lead, now);
        QVERIFY(store.dispatch(a, 1, f.s1, f.manager, QString(), f.lead, local("2026-11-10 09:10")));
        QVERIFY(store.resolve(a, 2, QStringLiteral("refund"), f.manager, local("2026-11-11 09:00"))); // both clocks on time
        QVERIFY(store.dispatch(b, 1, f.s1, f.manager, QString(), f.lead, local("2026-11-20 09:10")));
        QVERIFY(store.respond(b, 2, QStringLiteral("called"), f.manager, local("2026-11-21 10:00"))); // an hour late; never resolved
        const auto figures = store.figures(f.s1, QString(), {QDate(2026, 11, 1), QDate(2026, 11, 30)}, now);
        QVERIFY(figures);
        QCOMPARE(figures->received, 2);
        QCOMPARE(figures->interactions, 400);
        QCOMPARE(*figures->perThousand, 5.0);
        QCOMPARE(figures->responseDue, 2);
        QCOMPARE(figures->respondedOnTime, 1);
        QCOMPARE(figures->resolutionDue, 2);
        QCOMPARE(figures->resolvedOnTime, 1);
        QCOMPARE(*figures->responseOnTimePercent(), 50.0);
        QCOMPARE(figures->open, 1);
        QCOMPARE(figures->overdue, 1);
        QCOMPARE(store.figures(f.s2, QString(), {QDate(2026, 11, 1), QDate(2026, 11, 30)}, now)->received, 0);
    }

    // A file of complaints is taken in whole or not at all; brought in again it adds nothing; a bad
    // row names its line and column.
    void importIsAllOrNothing()
    {
        LoopFixture f;
        QVERIFY(test::importText(*f.ws.db, ImportKind::Interactions,
                                 "external_id,channel,site_code,started_at\nCALL-9,chat,S2,2026-11-30 10:00\n", {}, false));
        const QByteArray good("投诉单号,受理时间,门店编码,渠道,客户,交互编号,投诉类别,严重程度,投诉内容\n"
                              "TS-A1,2026-12-01 09:00,S1,call,C-1,,服务态度,高,店员态度差\n"
                              "TS-A2,2026-12-01 10:00,,,C-2,CALL-9,billing,medium,多收了钱\n"
                              "TS-A3,2026/12/2 11:15,S2,email,,,,,\"物流太慢, 一周未到\"\n");
        QVERIFY2(test::importText(*f.ws.db, ImportKind::Complaints, good), "import");
        ComplaintStore store(*f.ws.db);
        const auto a2 = store.find(**store.findReference(QStringLiteral("TS-A2")));
        QCOMPARE(a2->siteId, f.s2); // the interaction's site and channel
        QCOMPARE(a2->channel, Channel::Chat);
        QCOMPARE(a2->category, QStringLiteral("billing"));
        const auto a1 = store.find(**store.findReference(QStringLiteral("TS-A1")));
        QCOMPARE(a1->severity, ComplaintSeverity::High);
        QCOMPARE(a1->firstResponseDue, local("2026-12-01 13:00"));
        const auto a3 = store.find(**store.findReference(QStringLiteral("TS-A3")));
        QCOMPARE(a3->category, QStringLiteral("other"));
        QCOMPARE(a3->severity, ComplaintSeverity::Medium);
        QCOMPARE(actions(*store.log(a3->id)), QStringList{"imported"});

        // Again, with one new row: the three stay as they are, one is added.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("complaints.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(good + "TS-A4,2026-12-02 12:00,S1,visit,,,environment,low,地面湿滑\n");
        file.close();
        ImportOptions options;
        options.kind = ImportKind::Complaints;
        const auto again = importCsv(*f.ws.db, path, options);
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        QCOMPARE(again->inserted, 1);
        QCOMPARE(again->updated, 3);

        const QStringList bad = {
            "complaint_id,received_at,site_code,channel,category,description\nX1,2026-12-01 09:00,S1,call,,ok\nX2,2026-12-01 09:00,S1,call,rudeness,bad\n",
            "complaint_id,received_at,site_code,channel,description\nX1,2026-12-01 09:00,S1,call,ok\nX1,2026-12-01 10:00,S1,call,twice\n",
            "complaint_id,received_at,site_code,channel,description\nX1,2026-12-01 09:00,S9,call,ok\n",
            "complaint_id,received_at,site_code,channel,description\nX1,2026-12-01 09:00,S1,,no channel\n",
            "complaint_id,received_at,site_code,channel,severity,description\nX1,2026-12-01 09:00,S1,call,urgent,x\n",
            "complaint_id,received_at,site_code,channel,description\nX1,2099-12-01 09:00,S1,call,from the future\n",
        };
        const QStringList expected = {"line 3, column 5 (category): \"rudeness\" is not a complaint category",
                                      "line 3, column 1 (complaint_id): complaint \"X1\" is on line 2 already",
                                      "line 2, column 3 (site_code): there is no site", "line 2, column 4 (channel): give the channel",
                                      "line 2, column 5 (severity): \"urgent\" is not a severity",
                                      "line 2, column 2 (received_at): a complaint cannot be received later than now"};
        for (int k = 0; k < bad.size(); ++k) {
            const Status s = test::importText(*f.ws.db, ImportKind::Complaints, bad[k].toUtf8());
            QVERIFY2(!s, qPrintable(bad[k]));
            QVERIFY2(s.error().contains(expected[k]), qPrintable(s.error()));
        }
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toInt(), 4);
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM complaint_log")).toInt(), 4);
    }

    // The u chart of complaints per 1,000 interactions at S1, four weeks to Sunday 29 November, the
    // first three the baseline: 500 calls a week, 2, 3 and 1 complaints, then 10. ū = 6 / 1.5 =
    // 4.0 per 1,000; with 0.5 thousand a week the upper limit is 4 + 3 √(4 / 0.5) = 12.485, the
    // lower 0; the last week, 20.0, is beyond it (rule 1).
    void theUChartOfComplaints()
    {
        LoopFixture f;
        QByteArray calls("external_id,channel,site_code,started_at\n");
        const QDate monday(2026, 11, 2);
        for (int week = 0; week < 4; ++week) {
            for (int n = 0; n < 500; ++n)
                calls += QStringLiteral("W%1-%2,call,S1,%3 10:%4\n").arg(week).arg(n).arg(monday.addDays(7 * week + n % 5).toString(Qt::ISODate))
                             .arg(n % 60, 2, 10, QLatin1Char('0')).toUtf8();
        }
        calls += "OTHER-1,call,S2,2026-11-03 10:00\n"; // another store's: not in S1's chart
        QVERIFY(test::importText(*f.ws.db, ImportKind::Interactions, calls, {}, false));
        ComplaintStore store(*f.ws.db);
        const int perWeek[] = {2, 3, 1, 10};
        for (int week = 0; week < 4; ++week) {
            for (int k = 0; k < perWeek[week]; ++k) {
                ComplaintIntake c = f.intake(QStringLiteral("2026-11-02 12:00"));
                c.receivedAt = QDateTime(monday.addDays(7 * week + k % 7), QTime(12, 0));
                QVERIFY(store.take(c, f.lead, QDateTime(QDate(2026, 12, 1), QTime(9, 0))));
            }
        }
        ComplaintIntake elsewhere = f.intake(QStringLiteral("2026-11-03 12:00"));
        elsewhere.siteId = f.s2;
        QVERIFY(store.take(elsewhere, f.lead, QDateTime(QDate(2026, 12, 1), QTime(9, 0))));

        IndicatorScope scope;
        scope.siteId = f.s1;
        AlertCheck check;
        check.now = QDateTime(QDate(2026, 11, 29), QTime(23, 59));
        check.weeks = 4;
        check.baselineWeeks = 3;
        const auto chart = complaintChart(*f.ws.db, scope, check);
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error()));
        QVERIFY(chart->complaints);
        QCOMPARE(chart->weeks.size(), 4);
        QCOMPARE(chart->weeks.first().from, monday);
        QCOMPARE(chart->values[1].n, 500);
        QCOMPARE(*chart->values[1].value, 6.0);
        QVERIFY(chart->chart);
        QCOMPARE(chart->chart->kind, spc::ChartKind::U);
        QCOMPARE(chart->chart->centre, 4.0);
        const spc::Point &last = chart->chart->primary.points[3];
        QCOMPARE(last.value, 20.0);
        QVERIFY(qAbs(last.upper - (4.0 + 3.0 * std::sqrt(8.0))) < 1e-9);
        QCOMPARE(last.lower, 0.0);
        QCOMPARE(chart->chart->found.size(), 1);
        QCOMPARE(chart->chart->found[0].rule, 1);
        QCOMPARE(chart->chart->found[0].subgroups, QVector<int>{3});

        // The cases behind the last week: its ten complaints, all open.
        IndicatorScope week = scope;
        week.period = chart->weeks[3];
        CaseCounts counts;
        const auto cases = complaintCases(*f.ws.db, week, 5, &counts);
        QVERIFY(cases);
        QCOMPARE(counts.total, 10);
        QCOMPARE(counts.against, 10);
        QCOMPARE(cases->size(), 5);
        QVERIFY(cases->first().reference.startsWith(QStringLiteral("TS-202611")));
    }

    // servqa-cli import --kind complaints: the same export twice adds nothing the second time; a bad
    // row exits with 1 and names its line and column.
    void theCommandLineImports()
    {
        LoopFixture f;
        const QString path = f.ws.dir.filePath(QStringLiteral("complaints.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("投诉单号,受理时间,门店编码,渠道,投诉类别,严重程度,投诉内容\n"
                   "HX-1,2026-12-02 10:00,S1,电话,服务态度,高,店员不理人\n"
                   "HX-2,2026-12-02 11:00,S2,social,门店环境,低,卫生间很脏\n");
        file.close();
        f.ws.db.reset(); // the command opens the workspace itself
        const QStringList arguments = {QStringLiteral("import"), QStringLiteral("--db"), f.ws.path, QStringLiteral("--kind"),
                                       QStringLiteral("complaints"), path};
        auto run = test::cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Imported 2 rows (2 new complaints, 0 already in the workspace"), run.out.constData());
        run = test::cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Imported 2 rows (0 new complaints, 2 already in the workspace, left as they were)"), run.out.constData());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("complaint_id,received_at,site_code,channel,description\nHX-3,2026-12-02 10:00,S1,fax,x\n");
        file.close();
        run = test::cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("complaints.csv, line 2, column 4 (channel): \"fax\" is not a channel"), run.err.constData());
        auto db = Database::open(f.ws.path);
        QVERIFY(db);
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toInt(), 2);
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT severity FROM complaints WHERE reference = 'HX-1'")).toString(), QStringLiteral("high"));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT channel FROM complaints WHERE reference = 'HX-1'")).toString(), QStringLiteral("call"));
    }
};

QTEST_GUILESS_MAIN(TestComplaints)
#include "tst_complaints.moc"
