// The screening tests' workspace (tst_screening, tst_screeningcounts): twelve calls of one agent
// on 1–12 March 2025 and ten submitted evaluations of their greeting.
#pragma once

#include "evaluationworkflow.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "userrepository.h"

namespace servqa::test {

// Ten calls; on each an inspector answered the item "greeting". The rule "greeting" matches calls
// 0–4 (the agent says 您好 first) and not 5–9. The inspectors said yes on 0–3, 5, 6 and no on
// 4, 7, 8, 9: TP 4 (0–3), FP 1 (4), FN 2 (5, 6), TN 3 (7–9).
struct ScreeningFixture
{
    test::Workspace ws;
    QVector<qint64> calls;
    Form form;
    qint64 inspector = 0;
    qint64 siteId = 0, agentId = 0; // 热线一组 Hotline Team 1 and 王芳

    ScreeningFixture()
    {
        Database &db = *ws.db;
        Site site;
        site.code = QStringLiteral("T1");
        site.name = QStringLiteral("热线一组 Hotline Team 1");
        site.kind = SiteKind::Team;
        siteId = *SiteRepository(db).upsert(site);
        StaffMember agent;
        agent.code = QStringLiteral("A1");
        agent.name = QStringLiteral("王芳");
        agent.siteId = siteId;
        agentId = *StaffRepository(db).upsert(agent);
        User u;
        u.login = QStringLiteral("liu");
        u.name = QStringLiteral("刘勇");
        u.role = UserRole::Inspector;
        inspector = *UserRepository(db).upsert(u);
        for (int k = 0; k < 12; ++k) {
            Interaction i;
            i.externalId = QStringLiteral("C%1").arg(k);
            i.siteId = siteId;
            i.staffId = agentId;
            i.customerRef = k >= 10 ? QStringLiteral("CUST-X") : QStringLiteral("CUST-%1").arg(k);
            i.startedAt = QDateTime(QDate(2025, 3, 1 + k), QTime(10, 0));
            i.transcript = k < 5 ? QStringLiteral("坐席：您好，请问有什么可以帮您？\n客户：我要投诉，找你们领导。")
                                 : QStringLiteral("坐席：喂？\n客户：我的订单呢？\n坐席：不知道，你自己看。");
            calls << *InteractionRepository(db).upsert(i);
        }
        const QByteArray json = R"json({"code": "G", "name": "Greeting", "kind": "scorecard", "status": "active", "passMark": 80,
            "sections": [{"key": "s", "title": "S", "items": [
              {"key": "greeting", "text": "Greeted", "type": "yesno", "dimension": "assurance"},
              {"key": "no_rudeness", "text": "No rude words", "type": "yesno_na", "dimension": "empathy"}]}]})json";
        form = *FormRepository(db).insertVersion(*formFromJson(json, QStringLiteral("g.json")));
        const QVector<bool> yes{true, true, true, true, false, true, true, false, false, false};
        EvaluationWorkflow workflow(db, inspector);
        for (int k = 0; k < 10; ++k) {
            Answers answers;
            answers.insert(QStringLiteral("greeting"), yes.at(k) ? Answer::yes() : Answer::no());
            answers.insert(QStringLiteral("no_rudeness"), k == 9 ? Answer::na() : k < 5 ? Answer::yes() : Answer::no());
            const auto id = workflow.createDraft(calls.at(k), form.versionId, answers, QString());
            if (!id || !workflow.submit(*id))
                qFatal("cannot submit the fixture's evaluation %d", k);
        }
        // A draft of call 10 counts for nothing.
        Answers draft;
        draft.insert(QStringLiteral("greeting"), Answer::no());
        workflow.createDraft(calls.at(10), form.versionId, draft, QString());
    }
};

} // namespace servqa::test
