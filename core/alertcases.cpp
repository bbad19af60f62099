// The cases behind an alert or a chart's point (core/alerts.h): the contacts, feedback answers or
// evaluations of a place and period, each in words and judged against the indicator.
#include "alerts.h"
#include "complaints.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace servqa {

namespace {

// Sentences for the user, in the "Alerts" context like the rest of the alerts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

} // namespace

Result<QVector<AlertCase>> casesBehind(Database &db, const Alert &alert, int limit, CaseCounts *counts)
{
    IndicatorScope scope;
    scope.period = DayRange{alert.from, alert.to};
    scope.siteId = alert.siteId;
    if (!alert.siteId && !alert.region.isEmpty())
        scope.region = alert.region;
    return casesOf(db, alert.indicator, scope, alert.threshold, limit, counts);
}

Result<QVector<AlertCase>> casesOf(Database &db, IndicatorKind k, const IndicatorScope &scope, std::optional<double> threshold, int limit,
                                   CaseCounts *counts)
{
    const DayRange &period = scope.period;
    SqlWhere where;
    const bool feedback = k == IndicatorKind::Csat || k == IndicatorKind::CsatMean || k == IndicatorKind::Nps || k == IndicatorKind::Ces;
    const bool evaluations = k == IndicatorKind::EvaluationPass || k == IndicatorKind::MysteryShop;
    const QString alias = feedback ? QStringLiteral("f") : evaluations ? QStringLiteral("e") : QStringLiteral("i");
    const QString time = feedback ? QStringLiteral("f.responded_at") : evaluations ? QStringLiteral("e.occurred_at") : QStringLiteral("i.started_at");
    where.add(time + QStringLiteral(" >= ?"), {toStored(period.start())});
    where.add(time + QStringLiteral(" < ?"), {toStored(period.end())});
    where.addSites(alias + QStringLiteral(".site_id"), scope.siteId, scope.region);
    if (scope.channel) {
        where.add(feedback ? QStringLiteral("f.channel = ?")
                  : evaluations ? QStringLiteral("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)")
                                : QStringLiteral("i.channel = ?"),
                  {channelKey(*scope.channel)});
    }
    if (scope.staffId) {
        where.add(feedback ? QStringLiteral("f.interaction_id IN (SELECT id FROM interactions WHERE staff_id = ?)")
                  : evaluations ? QStringLiteral("e.staff_id = ?")
                                : QStringLiteral("i.staff_id = ?"),
                  {*scope.staffId});
    }
    QString sql;
    if (feedback) {
        sql = QStringLiteral("SELECT f.responded_at, f.external_id, s.name, f.csat, f.nps, f.ces, v.csat_scale, f.comment, "
                             "COALESCE(ii.external_id, ''), ii.started_at FROM feedback f "
                             "JOIN sites s ON s.id = f.site_id JOIN feedback_surveys v ON v.id = f.survey_id "
                             "LEFT JOIN interactions ii ON ii.id = f.interaction_id");
    } else if (evaluations) {
        where.add("e.status <> ?", QStringLiteral("draft"));
        where.add("fm.kind = ?", k == IndicatorKind::MysteryShop ? QStringLiteral("checklist") : QStringLiteral("scorecard"));
        sql = QStringLiteral("SELECT e.occurred_at, e.id, s.name, e.score, e.passed, COALESCE(st.name, '') FROM evaluations e "
                             "JOIN sites s ON s.id = e.site_id JOIN form_versions fv ON fv.id = e.form_version_id "
                             "JOIN forms fm ON fm.id = fv.form_id LEFT JOIN staff st ON st.id = e.staff_id");
    } else {
        sql = QStringLiteral("SELECT i.started_at, i.external_id, s.name, i.channel, i.first_response_s, i.resolved, i.resolution_s, "
                             "s.region, i.site_id FROM interactions i JOIN sites s ON s.id = i.site_id");
    }
    // Read before the cases: on a server a forward-only query's rows come one by one, and another
    // query on the connection meanwhile would discard the rest.
    const auto targets = loadIndicatorTargets(db);
    if (!targets)
        return Error{targets.error()};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql + where.sql() + QStringLiteral(" ORDER BY 1"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<AlertCase> cases;
    while (q.next()) {
        AlertCase c;
        c.at = fromStored(q.value(0).toLongLong());
        c.reference = q.value(1).toString();
        c.site = q.value(2).toString();
        if (feedback) {
            const int scale = q.value(6).toInt();
            c.interaction = q.value(8).toString();
            if (!q.value(9).isNull())
                c.interactionDay = fromStored(q.value(9).toLongLong()).date();
            QStringList parts;
            if (!q.value(3).isNull())
                parts << Text::tr("CSAT %1 of %2").arg(q.value(3).toInt()).arg(scale);
            if (!q.value(4).isNull())
                parts << Text::tr("NPS %1").arg(q.value(4).toInt());
            if (!q.value(5).isNull())
                parts << Text::tr("CES %1").arg(q.value(5).toInt());
            if (!q.value(7).toString().isEmpty())
                parts << QStringLiteral("“%1”").arg(q.value(7).toString());
            c.detail = parts.join(QStringLiteral(" · "));
            switch (k) {
            case IndicatorKind::Nps: c.against = !q.value(4).isNull() && q.value(4).toInt() <= 6; break;
            case IndicatorKind::Ces: c.against = !q.value(5).isNull() && q.value(5).toInt() <= 3; break;
            default: c.against = !q.value(3).isNull() && q.value(3).toInt() < scale - 1; break;
            }
            if ((k == IndicatorKind::Nps && q.value(4).isNull()) || (k == IndicatorKind::Ces && q.value(5).isNull())
                || ((k == IndicatorKind::Csat || k == IndicatorKind::CsatMean) && q.value(3).isNull()))
                continue;
        } else if (evaluations) {
            c.reference = Text::tr("Evaluation %1").arg(q.value(1).toLongLong());
            c.evaluationId = q.value(1).toLongLong();
            const QString score = q.value(3).isNull() ? QStringLiteral("—") : QString::number(q.value(3).toDouble(), 'f', 1);
            c.detail = k == IndicatorKind::EvaluationPass
                           ? (q.value(4).toInt() == 1 ? Text::tr("%1 · passed · %2") : Text::tr("%1 · not passed · %2")).arg(score, q.value(5).toString())
                           : Text::tr("checklist score %1").arg(score);
            c.against = k == IndicatorKind::EvaluationPass ? q.value(4).toInt() != 1 : q.value(3).toDouble() < threshold.value_or(0);
        } else {
            const auto channel = channelFromKey(q.value(3).toString()).value_or(Channel::Call);
            c.interaction = c.reference;
            c.interactionDay = c.at.date();
            const QString region = q.value(7).toString();
            const qint64 siteId = q.value(8).toLongLong();
            const auto limitOf = [&](IndicatorKind kind) {
                const auto t = targetFor(*targets, kind, channel, region, siteId);
                return t && t->thresholdSeconds ? std::optional<int>(*t->thresholdSeconds) : std::nullopt;
            };
            const QString channelText = channelName(channel);
            if (k == IndicatorKind::FirstResponse) {
                const auto limit = limitOf(k);
                if (q.value(4).isNull() || !limit)
                    continue;
                c.detail = Text::tr("%1 · first response %2 s (within %3 s)").arg(channelText).arg(q.value(4).toInt()).arg(*limit);
                c.against = q.value(4).toInt() > *limit;
            } else if (k == IndicatorKind::ResolutionTime) {
                const auto limit = limitOf(k);
                if (q.value(6).isNull() || !limit)
                    continue;
                c.detail = Text::tr("%1 · resolved in %2 h (within %3 h)").arg(channelText).arg(q.value(6).toDouble() / 3600, 0, 'f', 1).arg(*limit / 3600.0, 0, 'f', 1);
                c.against = q.value(6).toInt() > *limit;
            } else if (k == IndicatorKind::Fcr) {
                if (q.value(5).isNull())
                    continue;
                c.detail = q.value(5).toInt() == 1 ? Text::tr("%1 · resolved at first contact").arg(channelText) : Text::tr("%1 · not resolved at first contact").arg(channelText);
                c.against = q.value(5).toInt() != 1;
            } else {
                if (q.value(5).isNull() && q.value(6).isNull())
                    continue;
                c.against = q.value(5).toInt() != 1 && q.value(6).isNull();
                c.detail = c.against ? Text::tr("%1 · not resolved").arg(channelText) : Text::tr("%1 · resolved").arg(channelText);
            }
        }
        cases << c;
    }
    std::stable_sort(cases.begin(), cases.end(), [](const AlertCase &a, const AlertCase &b) { return a.against && !b.against; });
    if (counts) {
        counts->total = int(cases.size());
        counts->against = int(std::count_if(cases.cbegin(), cases.cend(), [](const AlertCase &c) { return c.against; }));
    }
    if (cases.size() > limit)
        cases.resize(limit);
    return cases;
}

Result<QVector<AlertCase>> complaintCases(Database &db, const IndicatorScope &scope, int limit, CaseCounts *counts)
{
    ComplaintFilter filter;
    filter.siteId = scope.siteId;
    filter.region = scope.region.value_or(QString());
    filter.received = scope.period;
    const auto list = ComplaintStore(db).list(filter, QDateTime::currentDateTime());
    if (!list)
        return Error{list.error()};
    QVector<Complaint> chosen;
    for (const Complaint &c : *list) {
        if (!scope.channel || c.channel == *scope.channel)
            chosen << c;
    }
    // Open ones first (they count against), then newest first.
    std::stable_sort(chosen.begin(), chosen.end(), [](const Complaint &a, const Complaint &b) {
        return a.open() != b.open() ? a.open() : a.receivedAt > b.receivedAt;
    });
    if (counts) {
        counts->total = int(chosen.size());
        counts->against = int(std::count_if(chosen.cbegin(), chosen.cend(), [](const Complaint &c) { return c.open(); }));
    }
    QVector<AlertCase> cases;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT external_id, started_at FROM interactions WHERE id = ?"));
    for (const Complaint &c : chosen) {
        if (cases.size() >= limit)
            break;
        AlertCase a;
        a.at = c.receivedAt;
        a.reference = c.reference;
        a.site = c.siteName;
        a.detail = Text::tr("%1 · %2 · %3").arg(c.categoryName, complaintSeverityName(c.severity), complaintStatusName(c.status));
        a.against = c.open();
        if (c.interactionId) {
            q.addBindValue(*c.interactionId);
            if (const Status s = execQuery(q, db); !s)
                return Error{s.error()};
            if (q.next()) {
                a.interaction = q.value(0).toString();
                a.interactionDay = fromStored(q.value(1).toLongLong()).date();
            }
        }
        cases << a;
    }
    return cases;
}

} // namespace servqa
