#pragma once

// A small region with known scores, shared by the scorecard and report tests. Every number the
// tests expect follows from the answers below (docs/scorecards.md works them through).
//
// Region "华东 East": stores S1 and S2 (S3 has no evaluation) and team T1 (not a store).
// Form SC-1: "main" (standard) r1 reliability, e1 empathy; "crit" (critical) c1 assurance.
// Form CL-1 (checklist): t1 tangibles.
// March 2025:  S1/A1 3 Mar 100 · S1/A1 10 Mar 50 (r1 no, disputed) · S1/A2 12 Mar 0 (c1 no)
//              S1/A2 visit 15 Mar 100 · S2/B1 5 Mar 100 · S2/B1 6 Mar 50 (r1 no)
// Outside:     S1/A1 20 Feb 50 (e1 no, the previous period) · S1/A1 1 Apr 00:30 0
// Interactions of S1 in March: 3 calls (resolved yes/yes/no, first response 15/25/20 s) and
// the visit (40 s, target 30 s).

#include "evaluationworkflow.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "userrepository.h"

namespace servqa::test {

inline const char *ScorecardFormJson = R"({
  "code": "SC-1", "name": "热线质检表 <Hotline> & Co", "kind": "scorecard", "status": "active", "passMark": 80,
  "sections": [
    {"key": "main", "title": "Main", "kind": "standard", "weight": 1, "items": [
      {"key": "r1", "text": "核对订单号 Checked the order", "type": "yesno", "weight": 1, "dimension": "reliability"},
      {"key": "e1", "text": "Showed empathy", "type": "yesno", "weight": 1, "dimension": "empathy"}]},
    {"key": "crit", "title": "Compliance", "kind": "critical", "weight": 1, "items": [
      {"key": "c1", "text": "读了录音声明 Read the disclosure", "type": "yesno", "weight": 1, "dimension": "assurance"}]}
  ]})";

inline const char *ChecklistFormJson = R"({
  "code": "CL-1", "name": "门店检查表 Store checklist", "kind": "checklist", "status": "active", "passMark": 80,
  "sections": [
    {"key": "env", "title": "Environment", "kind": "standard", "weight": 1, "items": [
      {"key": "t1", "text": "Store is clean", "type": "yesno", "weight": 1, "dimension": "tangibles"}]}
  ]})";

struct ScorecardFixture
{
    Workspace ws;
    qint64 east1 = 0, east2 = 0, east3 = 0, team = 0;
    qint64 a1 = 0, a2 = 0, b1 = 0;
    qint64 inspector = 0, manager = 0;
    Form scorecard, checklist;
    QVector<qint64> evaluations; // in the order of the header comment

    ScorecardFixture()
    {
        Database &db = *ws.db;
        auto site = [&](const char *code, const char *name, SiteKind kind) {
            Site s;
            s.code = QString::fromUtf8(code);
            s.name = QString::fromUtf8(name);
            s.kind = kind;
            s.region = QStringLiteral("华东 East");
            return *SiteRepository(db).upsert(s);
        };
        east1 = site("S1", "上海南京路店 <b>Nanjing Rd</b>", SiteKind::Store);
        east2 = site("S2", "杭州西湖店 West Lake", SiteKind::Store);
        east3 = site("S3", "苏州店 Suzhou", SiteKind::Store);
        team = site("T1", "热线一组 Team 1", SiteKind::Team);
        auto agent = [&](const char *code, const char *name, qint64 siteId) {
            StaffMember m;
            m.code = QString::fromUtf8(code);
            m.name = QString::fromUtf8(name);
            m.siteId = siteId;
            return *StaffRepository(db).upsert(m);
        };
        a1 = agent("A1", "张伟 Zhang Wei", east1);
        a2 = agent("A2", "李娜 <i>Li Na</i>", east1);
        b1 = agent("B1", "王强 Wang Qiang", east2);
        auto user = [&](const char *login, const char *name, UserRole role) {
            User u;
            u.login = QString::fromUtf8(login);
            u.name = QString::fromUtf8(name);
            u.role = role;
            return *UserRepository(db).upsert(u);
        };
        inspector = user("liu", "刘勇", UserRole::Inspector);
        manager = user("wang", "王芳", UserRole::Manager);
        scorecard = *FormRepository(db).insertVersion(*formFromJson(ScorecardFormJson, QStringLiteral("SC-1")));
        checklist = *FormRepository(db).insertVersion(*formFromJson(ChecklistFormJson, QStringLiteral("CL-1")));

        int external = 0;
        auto interaction = [&](qint64 siteId, qint64 staffId, QDateTime at, Channel channel,
                               std::optional<bool> resolved, std::optional<int> firstResponse) {
            Interaction i;
            i.externalId = QStringLiteral("I%1").arg(++external);
            i.channel = channel;
            i.siteId = siteId;
            i.staffId = staffId;
            i.startedAt = at;
            i.resolved = resolved;
            i.firstResponseSeconds = firstResponse;
            return *InteractionRepository(db).upsert(i);
        };
        EvaluationWorkflow flow(db, inspector);
        auto evaluate = [&](qint64 interactionId, const Form &form, Answers answers) {
            const qint64 id = *flow.startDraft(interactionId, form.versionId);
            if (!flow.saveDraft(id, answers, QString()) || !flow.submit(id))
                qFatal("fixture evaluation refused");
            evaluations << id;
            return id;
        };
        const Answer Y = Answer::yes(), N = Answer::no();
        auto sc = [&](Answer r1, Answer e1, Answer c1) {
            return Answers{{QStringLiteral("r1"), r1}, {QStringLiteral("e1"), e1}, {QStringLiteral("c1"), c1}};
        };
        const QTime nine(9, 0);
        evaluate(interaction(east1, a1, QDateTime(QDate(2025, 3, 3), nine), Channel::Call, true, 15), scorecard, sc(Y, Y, Y));
        const qint64 disputed =
            evaluate(interaction(east1, a1, QDateTime(QDate(2025, 3, 10), nine), Channel::Call, true, 25), scorecard, sc(N, Y, Y));
        evaluate(interaction(east1, a2, QDateTime(QDate(2025, 3, 12), nine), Channel::Call, false, 20), scorecard, sc(Y, Y, N));
        evaluate(interaction(east1, a2, QDateTime(QDate(2025, 3, 15), nine), Channel::Visit, std::nullopt, 40), checklist,
                 Answers{{QStringLiteral("t1"), Y}});
        evaluate(interaction(east2, b1, QDateTime(QDate(2025, 3, 5), nine), Channel::Call, true, 10), scorecard, sc(Y, Y, Y));
        evaluate(interaction(east2, b1, QDateTime(QDate(2025, 3, 6), nine), Channel::Call, true, 10), scorecard, sc(N, Y, Y));
        evaluate(interaction(east1, a1, QDateTime(QDate(2025, 2, 20), nine), Channel::Call, true, 5), scorecard, sc(Y, N, Y));
        evaluate(interaction(east1, a1, QDateTime(QDate(2025, 4, 1), QTime(0, 30)), Channel::Call, false, 50), scorecard, sc(N, N, N));
        if (!EvaluationWorkflow(db, manager).dispute(disputed, {{QStringLiteral("r1"), QStringLiteral("客户已确认 confirmed")}}))
            qFatal("fixture dispute refused");
    }
};

} // namespace servqa::test
