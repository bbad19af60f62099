#include "demoworkflow.h"

#include "database.h"
#include "demonames.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "form.h"
#include "scoreengine.h"
#include "workqueue.h"

#include <QSqlQuery>

namespace servqa::demo {

Status addWorkflowHistory(Database &db, Random &random, const QVector<qint64> &inspectors, const Form &callForm,
                          const QDateTime &end)
{
    auto userId = [&](const char *login) -> qint64 {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
        q.addBindValue(QString::fromLatin1(login));
        return execScalar(q, db).value();
    };
    EvaluationWorkflow manager(db, userId("manager1"));
    EvaluationWorkflow lead(db, userId("lead"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM evaluations WHERE status = 'submitted' AND form_version_id = ? "
                             "ORDER BY occurred_at DESC, id DESC LIMIT 12"));
    q.addBindValue(callForm.versionId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    QVector<qint64> recent;
    while (q.next())
        recent << q.value(0).toLongLong();
    const QStringList reasons = {QStringLiteral("录音里坐席已经说明了 The agent did say it, see the recording"),
                                 QStringLiteral("客户主动挂断 The customer hung up first"),
                                 QStringLiteral("系统故障导致 A system outage caused this"),
                                 QStringLiteral("按新流程执行 The agent followed the new procedure")};
    for (int k = 0; k < recent.size(); ++k) {
        const Evaluation e = *EvaluationRepository(db).load(recent[k], callForm);
        // An item that lost points and that a decision can give back in full.
        QVector<const FormItem *> lost;
        for (const FormSection &section : callForm.sections) {
            for (const FormItem &item : section.items) {
                const Answer a = e.answers.value(item.key);
                const bool simple = item.type == ItemType::YesNo || item.type == ItemType::YesNoNa
                                    || item.type == ItemType::Rating5 || item.type == ItemType::Rating7;
                if (simple && a.value && itemFraction(item, *a.value).value_or(1) < 1)
                    lost << &item;
            }
        }
        if (lost.isEmpty())
            continue;
        const FormItem &item = *lost[random.below(lost.size())];
        if (const Status s = manager.dispute(e.id, {{item.key, random.pick(reasons)}}); !s)
            return s;
        if (k % 2 == 1)
            continue; // still waiting for the lead
        const auto open = lead.disputes(e.id);
        if (!open)
            return Error{open.error()};
        const bool change = k % 4 == 0;
        const double full = item.type == ItemType::Rating5 ? 5 : item.type == ItemType::Rating7 ? 7 : 1;
        if (const Status s = lead.resolveDispute(open->first().id, change ? DisputeOutcome::Changed : DisputeOutcome::Kept,
                                                 Answer::number(full),
                                                 change ? QStringLiteral("核实录音，申诉成立 Checked the recording: upheld")
                                                        : QStringLiteral("评分符合标准 The score follows the standard"));
            !s)
            return s;
    }

    SampleRequest sample;
    sample.from = end.addDays(-14);
    sample.to = end;
    sample.formId = callForm.formId;
    sample.perAgent = 2;
    sample.seed = random.next();
    sample.inspectorIds = inspectors;
    if (const auto drawn = drawSample(db, sample, userId("lead")); !drawn)
        return Error{drawn.error()};
    return success();
}

} // namespace servqa::demo
