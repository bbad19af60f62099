#pragma once

// What tst_rollups and tst_localdays check rollups with: each reader's answer from the rollups
// equals its answer from the rows (a bound one second past midnight makes it read the rows).

#include "fivegaps.h"
#include "gaptrends.h"
#include "interactionquery.h"
#include "localdays.h"
#include "rollups.h"
#include "siterepository.h"
#include "sqlwhere.h"
#include "surveysums.h"
#include "timeutil.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <cmath>

namespace servqa::test {

// A bound that is not a local midnight makes the trend read the rows themselves.
inline const QDateTime OffMidnight(QDate(2000, 1, 1), QTime(0, 0, 1));

inline void compareEstimates(const Estimate &a, const Estimate &b, const char *what)
{
    QVERIFY2(a.n == b.n, what);
    QVERIFY2(a.mean.has_value() == b.mean.has_value(), what);
    if (a.mean)
        QVERIFY2(std::abs(*a.mean - *b.mean) < 1e-9, what);
    QVERIFY2(a.low.has_value() == b.low.has_value(), what);
    if (a.low) {
        QVERIFY2(std::abs(*a.low - *b.low) < 1e-9, what);
        QVERIFY2(std::abs(*a.high - *b.high) < 1e-9, what);
    }
}

inline void sameScores(Database &db, const ScoreTrendFilter &filter, Granularity g)
{
    const auto rolled = evaluationScoreTrend(db, filter, g, 1);
    ScoreTrendFilter direct = filter; // read from the rows: see sameFiveGaps()
    direct.from = filter.from ? filter.from->addSecs(1) : OffMidnight;
    const auto read = evaluationScoreTrend(db, direct, g, 1);
    QVERIFY(rolled && read);
    QCOMPARE(rolled->size(), read->size());
    for (int p = 0; p < rolled->size(); ++p) {
        QCOMPARE(rolled->at(p).period, read->at(p).period);
        for (int d = 0; d < DimensionCount; ++d)
            compareEstimates(rolled->at(p).values[d], read->at(p).values[d], "score");
    }
}

inline void sameCustomerGap(Database &db, const SurveyFilter &filter, Granularity g)
{
    const auto rolled = customerGapDimensionTrend(db, filter, g, 2);
    const auto read = customerGapTrend(db, filter, g, 2);
    QVERIFY(rolled && read);
    QCOMPARE(rolled->size(), read->size());
    for (int p = 0; p < rolled->size(); ++p) {
        QCOMPARE(rolled->at(p).period, read->at(p).period);
        QCOMPARE(rolled->at(p).result.respondents, read->at(p).result.respondents);
        for (int d = 0; d < DimensionCount; ++d)
            compareEstimates(rolled->at(p).result.dimensions[d].gap, read->at(p).result.dimensions[d].gap, "gap");
    }
    // The Dashboards' trend, from the survey sums with the whole period's table (one reading).
    SurveyFilter customers = filter;
    customers.kind = SurveyKind::Customer;
    const auto sides = servqualSides(db, customers, g);
    QVERIFY(sides);
    QCOMPARE(sides->periods.keys(), [&] {
        QList<QDate> periods;
        for (const GapPoint &p : *read)
            periods << p.period;
        return periods;
    }());
    int p = 0;
    for (auto it = sides->periods.cbegin(); it != sides->periods.cend(); ++it, ++p) {
        const ServqualResult result = it->result(2);
        QCOMPARE(result.respondents, read->at(p).result.respondents);
        for (int d = 0; d < DimensionCount; ++d)
            compareEstimates(result.dimensions[d].gap, read->at(p).result.dimensions[d].gap, "gap from the survey sums");
    }
}

inline void sameServqual(const ServqualResult &a, const ServqualResult &b)
{
    QCOMPARE(a.respondents, b.respondents);
    for (int i = 0; i < ServqualItemCount; ++i)
        compareEstimates(a.itemGaps[i], b.itemGaps[i], "item gap");
    for (int d = 0; d < DimensionCount; ++d) {
        compareEstimates(a.dimensions[d].gap, b.dimensions[d].gap, "dimension gap");
        compareEstimates(a.dimensions[d].expectation, b.dimensions[d].expectation, "dimension E");
        compareEstimates(a.dimensions[d].perception, b.dimensions[d].perception, "dimension P");
        for (auto [x, y] : {std::pair{a.dimensions[d].alphaExpectation, b.dimensions[d].alphaExpectation},
                            std::pair{a.dimensions[d].alphaPerception, b.dimensions[d].alphaPerception}}) {
            QCOMPARE(x.has_value(), y.has_value());
            if (x)
                QVERIFY(std::abs(*x - *y) < 1e-9);
        }
    }
    compareEstimates(a.unweighted, b.unweighted, "unweighted");
    compareEstimates(a.weighted, b.weighted, "weighted");
}

inline void sameGaps(const FiveGaps &a, const FiveGaps &b)
{
    QCOMPARE(a.respondents, b.respondents);
    for (GapKind gap : AllGaps) {
        for (Dimension d : AllDimensions)
            compareEstimates(a.at(gap, d), b.at(gap, d), qPrintable(gapName(gap)));
    }
    QCOMPARE(a.standards.size(), b.standards.size());
    for (int k = 0; k < a.standards.size(); ++k) {
        compareEstimates(a.standards[k].expectation, b.standards[k].expectation, "standard E");
        compareEstimates(a.standards[k].standardsGap, b.standards[k].standardsGap, "gap 2");
        compareEstimates(a.standards[k].compliance, b.standards[k].compliance, "compliance");
        compareEstimates(a.standards[k].deliveryGap, b.standards[k].deliveryGap, "gap 3");
    }
    QCOMPARE(a.promises.size(), b.promises.size());
    for (int k = 0; k < a.promises.size(); ++k) {
        compareEstimates(a.promises[k].kept, b.promises[k].kept, "kept");
        compareEstimates(a.promises[k].communicationGap, b.promises[k].communicationGap, "gap 4");
    }
}

// gap_clusters as the writers kept it equals rebuilding it from every evaluation (rows taken out
// to nothing left aside), and its week and month rows (schema 18) equal its day rows summed by
// week (from Monday) and calendar month here, in C++.
inline void sameClustersAsRebuilt(Database &db)
{
    const auto rows = [&db](const char *where) {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT span, standard_id, site_id, day, dimension, evaluations, answers, met, answers_sq, met_sq, "
                                   "met_answers FROM gap_clusters WHERE (evaluations <> 0 OR answers <> 0 OR met <> 0) AND %1 "
                                   "ORDER BY span, standard_id, site_id, day, dimension").arg(QLatin1String(where))))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int k = 0; k < 11; ++k)
                row << q.value(k).toString();
            out << row.join(QLatin1Char(' '));
        }
        return out;
    };
    const QStringList kept = rows("true");
    QVERIFY(!kept.isEmpty() && kept.constFirst().startsWith(QLatin1String("1 ")));
    // The spans from the day rows.
    QMap<QString, std::array<qint64, 6>> spans; // "span standard site day dimension" → sums
    for (const QString &line : rows("span = 1")) {
        const QStringList f = line.split(QLatin1Char(' '));
        const QDate day = QDate(1970, 1, 1).addDays(f[3].toLongLong());
        for (const auto &[span, first] : {std::pair{7, day.addDays(1 - day.dayOfWeek())}, std::pair{31, QDate(day.year(), day.month(), 1)}}) {
            auto &sums = spans[QStringLiteral("%1 %2 %3 %4 %5").arg(span).arg(f[1], f[2]).arg(QDate(1970, 1, 1).daysTo(first)).arg(f[4])];
            for (int k = 0; k < 6; ++k)
                sums[k] += f[5 + k].toLongLong();
        }
    }
    QStringList expected;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        QStringList sums;
        for (qint64 v : *it)
            sums << QString::number(v);
        expected << it.key() + QLatin1Char(' ') + sums.join(QLatin1Char(' '));
    }
    QStringList stored = rows("span <> 1");
    std::sort(stored.begin(), stored.end()); // as the map orders its keys: by text
    QCOMPARE(stored, expected);
    const auto standards = StandardsRepository(db).standards();
    QVERIFY(standards);
    QCOMPARE(*rollups::storedStamp(db, "gap_clusters"), rollups::gapClustersStamp(*standards));
    QVERIFY(rollups::storeStamp(db, "gap_clusters", QString()));
    QVERIFY(rollups::ensureGapClusters(db, *standards));
    QCOMPARE(kept, rows("true"));
}

// The five gaps and the SERVQUAL table from the rollups against the same read from the rows (a
// bound one second past midnight, before any data, makes them read the rows).
inline void sameFiveGaps(Database &db, const SurveyFilter &filter)
{
    sameClustersAsRebuilt(db);
    // A bound one second past midnight reads the rows themselves (nothing in the fixtures happens
    // in the first second of a day).
    SurveyFilter direct = filter;
    direct.from = filter.from ? filter.from->addSecs(1) : OffMidnight;
    for (Granularity g : {Granularity::Week, Granularity::Month}) {
        const auto rolled = fiveGapsWithTrend(db, filter, g, 1);
        const auto read = fiveGapsWithTrend(db, direct, g, 1);
        QVERIFY2(rolled && read, qPrintable(!rolled ? rolled.error() : !read ? read.error() : QString()));
        sameGaps(rolled->first, read->first);
        QCOMPARE(rolled->second.size(), read->second.size());
        for (int p = 0; p < rolled->second.size(); ++p) {
            QCOMPARE(rolled->second[p].period, read->second[p].period);
            sameGaps(rolled->second[p].gaps, read->second[p].gaps);
        }
    }
    const auto rolled = servqualSides(db, filter);
    const auto read = servqualSides(db, direct);
    QVERIFY(rolled && read);
    sameServqual(rolled->customers.result(1), read->customers.result(1));
    sameServqual(rolled->managers.result(1), read->managers.result(1));
}

// The scorecards' sums (overall score, passes, automatic fails) in both score rollups equal
// summing the submitted evaluations.
inline void sameScoreTotals(Database &db)
{
    QSqlQuery rows(db.connection()), rolled(db.connection()), staff(db.connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*), COUNT(score), SUM(score), SUM(score * score), SUM(passed), SUM(auto_failed), "
                                     "COUNT(staff_id) FROM evaluations WHERE status <> 'draft'")) && rows.next());
    QVERIFY(rolled.exec(QStringLiteral("SELECT SUM(evaluations), SUM(n_score), SUM(s_score), SUM(q_score), SUM(passed), "
                                       "SUM(auto_failed) FROM score_rollup")) && rolled.next());
    QVERIFY(staff.exec(QStringLiteral("SELECT SUM(evaluations) FROM staff_score_rollup WHERE span = 1")) && staff.next());
    for (int k = 0; k < 6; ++k)
        QVERIFY2(std::abs(rows.value(k).toDouble() - rolled.value(k).toDouble()) < 1e-6, qPrintable(QString::number(k)));
    QCOMPARE(staff.value(0).toLongLong(), rows.value(6).toLongLong());
}

// Each rollup's total per day equals its rows counted by the day LocalDays gives their times.
inline void sameDaysAsTheRows(Database &db)
{
    const auto days = LocalDays::load(db);
    QVERIFY(days);
    const struct
    {
        const char *rows, *rollup;
    } pairs[] = {{"SELECT occurred_at FROM evaluations WHERE status <> 'draft'", "SELECT day, SUM(evaluations) FROM score_rollup GROUP BY day"},
                 {"SELECT occurred_at FROM evaluations WHERE status <> 'draft' AND staff_id IS NOT NULL",
                  "SELECT day, SUM(evaluations) FROM staff_score_rollup WHERE span = 1 GROUP BY day"},
                 {"SELECT started_at FROM interactions", "SELECT day, SUM(interactions) FROM interaction_rollup GROUP BY day"},
                 {"SELECT responded_at FROM survey_responses", "SELECT day, SUM(respondents) FROM survey_rollup GROUP BY day"}};
    for (const auto &pair : pairs) {
        QMap<qint64, qint64> counted, rolled;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QString::fromLatin1(pair.rows)));
        while (q.next())
            ++counted[days->dayOf(q.value(0).toLongLong())];
        QVERIFY(q.exec(QString::fromLatin1(pair.rollup)));
        while (q.next()) {
            if (q.value(1).toLongLong() != 0)
                rolled[q.value(0).toLongLong()] = q.value(1).toLongLong();
        }
        QVERIFY2(counted == rolled, pair.rollup);
    }
    // The agents' weeks (under their Monday) and months (under their first day), schema 19.
    for (const auto &[span, first] : {std::pair{7, +[](QDate d) { return d.addDays(1 - d.dayOfWeek()); }},
                                      std::pair{31, +[](QDate d) { return QDate(d.year(), d.month(), 1); }}}) {
        QMap<qint64, qint64> counted, rolled;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT occurred_at FROM evaluations WHERE status <> 'draft' AND staff_id IS NOT NULL")));
        while (q.next()) {
            const QDate day = QDate(1970, 1, 1).addDays(days->dayOf(q.value(0).toLongLong()));
            ++counted[QDate(1970, 1, 1).daysTo(first(day))];
        }
        QVERIFY(q.exec(QStringLiteral("SELECT day, SUM(evaluations) FROM staff_score_rollup WHERE span = %1 GROUP BY day").arg(span)));
        while (q.next()) {
            if (q.value(1).toLongLong() != 0)
                rolled[q.value(0).toLongLong()] = q.value(1).toLongLong();
        }
        QVERIFY2(counted == rolled, qPrintable(QStringLiteral("staff_score_rollup, span %1").arg(span)));
    }
}

// A rollup's rows sorted, reals rounded to 1e-6 (sums of the same reals in another order): to
// compare a table as its writers left it with the same table summed again from the rows.
inline QList<QVariantList> rollupRows(Database &db, const QString &table)
{
    QList<QVariantList> rows;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {QVariantList{QStringLiteral("unreadable")}};
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << (q.value(c).typeId() == QMetaType::Double ? QVariant(std::round(q.value(c).toDouble() * 1e6) / 1e6) : q.value(c));
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const QVariantList &a, const QVariantList &b) {
        for (qsizetype c = 0; c < std::min(a.size(), b.size()); ++c) {
            const QPartialOrdering order = QVariant::compare(a[c], b[c]);
            if (order != QPartialOrdering::Equivalent)
                return order == QPartialOrdering::Less;
        }
        return a.size() < b.size();
    });
    return rows;
}

inline qint64 dayNumber(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

// The Interactions list's totals from interaction_rollup equal counting the rows.
inline void sameInteractionCounts(Database &db)
{
    InteractionQuery query(db);
    InteractionFilter all, march, s1Calls;
    march.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
    march.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
    s1Calls.channel = Channel::Call;
    s1Calls.siteId = (*SiteRepository(db).findByCode(QStringLiteral("S1")))->id;
    for (const InteractionFilter &f : {all, march, s1Calls}) {
        const auto rolled = query.count(f);
        QSqlQuery q(db.connection());
        SqlWhere where;
        if (f.from)
            where.add("started_at >= ?", toStored(*f.from));
        if (f.to)
            where.add("started_at < ?", toStored(*f.to));
        if (f.siteId)
            where.add("site_id = ?", *f.siteId);
        if (f.channel)
            where.add("channel = ?", channelKey(*f.channel));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions") + where.sql());
        where.bindTo(q);
        QVERIFY(rolled && q.exec() && q.next());
        QCOMPARE(*rolled, q.value(0).toLongLong());
    }
}

inline qint64 scalar(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace servqa::test
