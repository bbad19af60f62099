#pragma once

// The scorecard fixture (scorecardfixture.h) with what the five gaps need: customers' and a
// manager's SERVQUAL answers at S1 in March 2025, three standards and three promises. Every
// number tst_fivegaps expects is worked out in docs/gap-model.md ("Five gaps: worked example").
//
// Customers at S1, March 2025 (E / P; "–" missing), items 1, 5, 6, 7:
//   R1  E 7, 7, 7, 7   P –, 5, 5, 5
//   R2  E 6, 6, –, –   P –, 6, 6, 6
//   R3  E 6, 5, 6, 4   P –, 4, 4, 4
// Manager M1 at S1 (management wave, 1 Jan 2025): E 6, 5, 5, 5.
// Standards: ST-1 reliability, level 6, 90 %, items 5 and 6, checked by SC-1 r1;
//            ST-2 tangibles, level 7, 100 %, item 1, checked by CL-1 t1;
//            ST-3 reliability, level 5, 80 %, item 7, checked by nothing.
// Promises:  P-1 responsiveness, calls answered within 20 s, 100 %;
//            P-2 reliability, resolved at first contact, 90 %;
//            P-3 reliability, ST-1's compliance, 100 %.

#include "scorecardfixture.h"
#include "standards.h"
#include "surveyrepository.h"

namespace servqa::test {

struct FiveGapsFixture : ScorecardFixture
{
    qint64 st1 = 0, st2 = 0, st3 = 0, p1 = 0, p2 = 0, p3 = 0;

    FiveGapsFixture()
    {
        Database &db = *ws.db;
        SurveyRepository surveys(db);
        const qint64 customers = *surveys.wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer);
        const qint64 managers = *surveys.wave(QStringLiteral("2025 店长"), SurveyKind::Management);
        using E = std::optional<int>;
        auto respond = [&](qint64 wave, const char *ref, QDateTime at, std::array<E, 4> e, std::array<E, 4> p) {
            SurveyRecord r;
            r.respondentRef = QString::fromUtf8(ref);
            r.siteId = east1;
            r.respondedAt = at;
            const int items[4] = {0, 4, 5, 6};
            for (int k = 0; k < 4; ++k) {
                r.answers.expectation[items[k]] = e[k];
                r.answers.perception[items[k]] = p[k];
            }
            if (!surveys.upsert(wave, r))
                qFatal("fixture response refused");
        };
        const E none;
        respond(customers, "R1", QDateTime(QDate(2025, 3, 4), QTime(10, 0)), {7, 7, 7, 7}, {none, 5, 5, 5});
        respond(customers, "R2", QDateTime(QDate(2025, 3, 11), QTime(10, 0)), {6, 6, none, none}, {none, 6, 6, 6});
        respond(customers, "R3", QDateTime(QDate(2025, 3, 20), QTime(10, 0)), {6, 5, 6, 4}, {none, 4, 4, 4});
        respond(managers, "M1", QDateTime(QDate(2025, 1, 1), QTime(10, 0)), {6, 5, 5, 5}, {none, none, none, none});

        StandardsRepository standards(db);
        auto standard = [&](const char *code, const char *title, Dimension d, int level, double target, QVector<int> items,
                            QVector<FormItemRef> formItems) {
            ServiceStandard s;
            s.code = QString::fromUtf8(code);
            s.title = QString::fromUtf8(title);
            s.target = QStringLiteral("100 %");
            s.dimension = d;
            s.level = level;
            s.complianceTarget = target;
            s.surveyItems = items;
            s.formItems = formItems;
            const auto id = standards.saveStandard(s);
            if (!id)
                qFatal("fixture standard refused: %s", qPrintable(id.error()));
            return *id;
        };
        st1 = standard("ST-1", "核对订单号 Check the order number", Dimension::Reliability, 6, 90, {4, 5},
                       {{scorecard.formId, QStringLiteral("r1")}});
        st2 = standard("ST-2", "门店整洁 Clean store", Dimension::Tangibles, 7, 100, {0}, {{checklist.formId, QStringLiteral("t1")}});
        st3 = standard("ST-3", "准时交付 On time", Dimension::Reliability, 5, 80, {6}, {});
        auto promise = [&](const char *code, Dimension d, std::optional<QString> channel, PromiseMeasure measure,
                           std::optional<int> threshold, std::optional<qint64> standardId, double rate) {
            ExternalPromise p;
            p.code = QString::fromUtf8(code);
            p.text = QStringLiteral("承诺 promise ") + p.code;
            p.dimension = d;
            p.channel = channel;
            p.measure = measure;
            p.thresholdSeconds = threshold;
            p.standardId = standardId;
            p.promisedRate = rate;
            const auto id = standards.savePromise(p);
            if (!id)
                qFatal("fixture promise refused: %s", qPrintable(id.error()));
            return *id;
        };
        p1 = promise("P-1", Dimension::Responsiveness, QStringLiteral("call"), PromiseMeasure::FirstResponse, 20, std::nullopt, 100);
        p2 = promise("P-2", Dimension::Reliability, std::nullopt, PromiseMeasure::Resolution, std::nullopt, std::nullopt, 90);
        p3 = promise("P-3", Dimension::Reliability, std::nullopt, PromiseMeasure::Standard, std::nullopt, st1, 100);
    }

    // March 2025 in the region, local time.
    static SurveyFilter march()
    {
        SurveyFilter f;
        f.region = QStringLiteral("华东 East");
        f.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        f.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
        return f;
    }
};

} // namespace servqa::test
