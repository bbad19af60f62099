#include "demostandards.h"

#include "form.h"
#include "standards.h"
#include "transactionguard.h"

#include "database.h"

#include <QHash>

namespace servqa::demo {

Status addStandards(Database &db, const Form &callForm, const Form &storeForm)
{
    // The whole register at once: its rollups rebuilt once at the end, not per standard.
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    StandardsRepository repository(db);
    repository.setDeferredRefresh(true);
    struct Link
    {
        const Form *form;
        const char *key;
    };
    struct Spec
    {
        const char *code, *title, *target;
        Dimension dimension;
        int level;
        double compliance;
        QVector<int> items; // 1-based, as printed
        QVector<Link> links;
    };
    const Spec specs[] = {
        {"STD-01", "20秒内接起来电 Answer calls within 20 s", "≤ 20 s", Dimension::Responsiveness, 6, 90, {11, 13},
         {{&callForm, "first_reply"}}},
        {"STD-02", "进店30秒内问候顾客 Greet customers within 30 s", "≤ 30 s", Dimension::Responsiveness, 6, 90, {11, 12},
         {{&storeForm, "greet_time"}}},
        {"STD-03", "信息准确、首次解决 Correct information, solved first time", "100 %", Dimension::Reliability, 6, 85, {5, 7},
         {{&callForm, "accuracy"}, {&callForm, "fcr"}}},
        {"STD-04", "价格与标签一致 Prices match the labels", "100 %", Dimension::Reliability, 7, 100, {9},
         {{&storeForm, "price"}, {&storeForm, "receipt"}}},
        {"STD-05", "门店整洁、员工着装规范 Clean store, staff in uniform", "每日开店前检查 checked before opening", Dimension::Tangibles, 6,
         95, {2, 3}, {{&storeForm, "storefront"}, {&storeForm, "shelves"}, {&storeForm, "uniform"}}},
        {"STD-06", "核实身份并告知录音 Verify identity, read the disclosure", "每通电话 every call", Dimension::Assurance, 7, 100, {15},
         {{&callForm, "verify"}, {&callForm, "disclosure"}}},
        {"STD-07", "主动了解并关怀顾客需求 Ask about and care for the customer's needs", "每位顾客 every customer",
         Dimension::Empathy, 5, 80, {18, 22}, {{&callForm, "warmth"}, {&storeForm, "needs"}}},
    };
    QHash<QString, qint64> ids;
    for (const Spec &spec : specs) {
        ServiceStandard standard;
        standard.code = QString::fromUtf8(spec.code);
        standard.title = QString::fromUtf8(spec.title);
        standard.target = QString::fromUtf8(spec.target);
        standard.dimension = spec.dimension;
        standard.level = spec.level;
        standard.complianceTarget = spec.compliance;
        for (int item : spec.items)
            standard.surveyItems << item - 1;
        for (const Link &link : spec.links)
            standard.formItems << FormItemRef{link.form->formId, QString::fromLatin1(link.key)};
        const auto id = repository.saveStandard(standard);
        if (!id)
            return Error{id.error()};
        ids.insert(standard.code, *id);
    }
    struct PromiseSpec
    {
        const char *code, *text;
        Dimension dimension;
        const char *channel;
        PromiseMeasure measure;
        int threshold;
        const char *standard;
        double rate;
    };
    const PromiseSpec promises[] = {
        {"PR-01", "热线20秒内接听 Calls answered within 20 seconds", Dimension::Responsiveness, "call", PromiseMeasure::FirstResponse, 20,
         nullptr, 90},
        {"PR-02", "在线咨询30秒内回复 Chats answered within 30 seconds", Dimension::Responsiveness, "chat",
         PromiseMeasure::FirstResponse, 30, nullptr, 95},
        {"PR-03", "一次解决您的问题 Solved on your first contact", Dimension::Reliability, nullptr, PromiseMeasure::Resolution, 0,
         nullptr, 85},
        {"PR-04", "价签不符，差价退还 Price as labelled, or we refund the difference", Dimension::Reliability, nullptr,
         PromiseMeasure::Standard, 0, "STD-04", 100},
    };
    for (const PromiseSpec &spec : promises) {
        ExternalPromise promise;
        promise.code = QString::fromUtf8(spec.code);
        promise.text = QString::fromUtf8(spec.text);
        promise.dimension = spec.dimension;
        if (spec.channel)
            promise.channel = QString::fromLatin1(spec.channel);
        promise.measure = spec.measure;
        if (spec.measure == PromiseMeasure::FirstResponse)
            promise.thresholdSeconds = spec.threshold;
        if (spec.standard)
            promise.standardId = ids.value(QString::fromLatin1(spec.standard));
        promise.promisedRate = spec.rate;
        if (const auto id = repository.savePromise(promise); !id)
            return Error{id.error()};
    }
    if (const Status s = repository.refreshRollups(); !s)
        return s;
    return transaction.commit();
}

} // namespace servqa::demo
