// The Evaluations list sorted by each of its columns, each way, in one page or in pages; and the
// filters with indexes of their own (status, result, inspector) sorted by a column they do not
// order, whether the list reads them through their index or checks them on the rows the order
// reads (core/evaluationquery.cpp, schema 43).
#include "database.h"
#include "evaluationquery.h"
#include "evaluationrepository.h"
#include "formjson.h"
#include "formrepository.h"
#include "siterepository.h"
#include "testsupport.h"
#include "timeutil.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>

using namespace servqa;

namespace {

Form exampleForm()
{
    auto form = formFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/form.json")), QStringLiteral("form.json"));
    if (!form)
        qFatal("%s", qPrintable(form.error()));
    return *form;
}

QString ids(const QVector<EvaluationRow> &rows)
{
    QStringList list;
    for (const EvaluationRow &r : rows)
        list << QString::number(r.id);
    return list.join(QLatin1Char(' '));
}

// The list's order as a user reads it: the column, then the time (names, status, result) or the id
// (scores); by inspector, those without one after every named one's, in either direction.
QVector<EvaluationRow> sortedAsTheList(QVector<EvaluationRow> rows, EvaluationColumn column, Qt::SortOrder order)
{
    const bool up = order == Qt::AscendingOrder;
    const auto dimension = [](const EvaluationRow &r, Dimension d) { return r.dimensions[dimensionIndex(d)].value_or(-1); };
    std::stable_sort(rows.begin(), rows.end(), [&](const EvaluationRow &x, const EvaluationRow &y) {
        const auto byTime = [&](auto kx, auto ky) {
            const auto tx = std::make_tuple(kx, x.occurredAt, x.id), ty = std::make_tuple(ky, y.occurredAt, y.id);
            return up ? tx < ty : ty < tx;
        };
        const auto byId = [&](auto kx, auto ky) {
            const auto tx = std::make_tuple(kx, x.id), ty = std::make_tuple(ky, y.id);
            return up ? tx < ty : ty < tx;
        };
        switch (column) {
        case EvaluationColumn::Inspector:
            if (x.inspectorName.isEmpty() != y.inspectorName.isEmpty())
                return y.inspectorName.isEmpty();
            return byTime(x.inspectorName, y.inspectorName);
        case EvaluationColumn::Status: return byTime(evaluationStatusKey(x.status), evaluationStatusKey(y.status));
        case EvaluationColumn::Result: return byTime(x.passed.value_or(false), y.passed.value_or(false));
        case EvaluationColumn::Score: return byId(x.score.value_or(-1), y.score.value_or(-1));
        case EvaluationColumn::Tangibles: return byId(dimension(x, Dimension::Tangibles), dimension(y, Dimension::Tangibles));
        case EvaluationColumn::Reliability: return byId(dimension(x, Dimension::Reliability), dimension(y, Dimension::Reliability));
        case EvaluationColumn::Responsiveness:
            return byId(dimension(x, Dimension::Responsiveness), dimension(y, Dimension::Responsiveness));
        case EvaluationColumn::Assurance: return byId(dimension(x, Dimension::Assurance), dimension(y, Dimension::Assurance));
        case EvaluationColumn::Empathy: return byId(dimension(x, Dimension::Empathy), dimension(y, Dimension::Empathy));
        default: return byId(x.occurredAt, y.occurredAt);
        }
    });
    return rows;
}

const EvaluationColumn NewOrders[] = {EvaluationColumn::Inspector,      EvaluationColumn::Status,    EvaluationColumn::Result,
                                      EvaluationColumn::Tangibles,      EvaluationColumn::Reliability,
                                      EvaluationColumn::Responsiveness, EvaluationColumn::Assurance, EvaluationColumn::Empathy};

} // namespace

class TestEvaluationOrders : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::Workspace ws;
        qint64 wang = 0, li = 0;
    };

    // E0-E11 on twelve days, not in their order: inspectors Wang, Li and none in turn; submitted, acknowledged and
    // disputed in turn (E5 a draft); passed from a score of 80; each dimension's scores with ties.
    static void fill(Fixture &fx)
    {
        Site site;
        site.code = QStringLiteral("A");
        site.name = QStringLiteral("Alpha");
        const qint64 siteId = *SiteRepository(*fx.ws.db).upsert(site);
        UserRepository users(*fx.ws.db);
        User wang;
        wang.login = QStringLiteral("wang");
        wang.name = QStringLiteral("Wang");
        fx.wang = *users.upsert(wang);
        User li;
        li.login = QStringLiteral("li");
        li.name = QStringLiteral("Li");
        fx.li = *users.upsert(li);
        const auto form = FormRepository(*fx.ws.db).insertVersion(exampleForm());
        QVERIFY(form);
        EvaluationRepository repo(*fx.ws.db);
        const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0));
        const EvaluationStatus statuses[] = {EvaluationStatus::Submitted, EvaluationStatus::Acknowledged, EvaluationStatus::Disputed};
        for (int k = 0; k < 12; ++k) {
            Evaluation e;
            e.formVersionId = form->versionId;
            e.siteId = siteId;
            if (k % 3 < 2)
                e.inspectorId = k % 3 == 0 ? fx.wang : fx.li;
            e.occurredAt = t0.addDays((k * 5) % 12); // not in the order of the ids
            e.createdAt = e.updatedAt = e.occurredAt;
            e.status = k == 5 ? EvaluationStatus::Draft : statuses[k % 3];
            e.score.percent = 60.0 + (k * 7) % 40;
            e.score.passed = *e.score.percent >= 80;
            for (Dimension d : AllDimensions)
                e.score.dimensions[dimensionIndex(d)] = 50.0 + ((k + 1) * (dimensionIndex(d) + 2)) % 5 * 10;
            QVERIFY(repo.insert(e, *form));
        }
    }

private slots:
    void everyColumnSortsInItsOrderEachWay()
    {
        Fixture fx;
        fill(fx);
        EvaluationQuery query(*fx.ws.db);
        const QVector<EvaluationRow> everything = *query.page({}, EvaluationColumn::OccurredAt, Qt::AscendingOrder, 0, 100);
        QCOMPARE(everything.size(), 11); // the draft is not a result
        for (const EvaluationColumn column : NewOrders) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString expected = ids(sortedAsTheList(everything, column, order));
                const QString what = QStringLiteral("column %1, %2").arg(int(column)).arg(order == Qt::AscendingOrder ? "up" : "down");
                QCOMPARE(ids(*query.page({}, column, order, 0, 100)), expected);
                QVector<EvaluationRow> paged;
                for (int offset = 0; offset < 11; offset += 4)
                    paged += *query.page({}, column, order, offset, 4);
                QVERIFY2(ids(paged) == expected, qPrintable(what + QStringLiteral(": ") + ids(paged) + QStringLiteral(" != ") + expected));
            }
        }
        // By inspector: Li's four, then Wang's four, then the three without one.
        const auto up = *query.page({}, EvaluationColumn::Inspector, Qt::AscendingOrder, 0, 100);
        QStringList names;
        for (const EvaluationRow &r : up)
            names << (r.inspectorName.isEmpty() ? QStringLiteral("-") : r.inspectorName);
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("Li Li Li Li Wang Wang Wang Wang - - -"));
        // By empathy, the lowest first: 50, 50, 60 … (ties by id).
        const auto empathy = *query.page({}, EvaluationColumn::Empathy, Qt::AscendingOrder, 0, 3);
        QCOMPARE(empathy[0].dimensions[dimensionIndex(Dimension::Empathy)], std::optional<double>(50));
        QVERIFY(empathy[0].id < empathy[1].id);

        if (fx.ws.db->dialect().kind() != SqlDialect::Kind::Sqlite) {
            // On a server the lists' indexes end with the row's id, as every SQLite index does
            // (schema 46): a page and the keyset after a row are one range of them.
            const QStringList indexes = test::indexDefinitions(*fx.ws.db);
            for (const QString &expected : {QStringLiteral("evaluations_time: (occurred_at, id)"), QStringLiteral("evaluations_site_time: (site_id, occurred_at, id)"),
                                            QStringLiteral("evaluations_staff_time: (staff_id, occurred_at, id)"),
                                            QStringLiteral("evaluations_form_version: (form_version_id, occurred_at, id)"),
                                            QStringLiteral("evaluations_status_time: (status, occurred_at, id)"),
                                            QStringLiteral("interactions_time: (started_at, id)"),
                                            QStringLiteral("interactions_staff_time: (staff_id, started_at, id)"),
                                            QStringLiteral("interactions_site_time: (site_id, started_at, id) INCLUDE (channel, first_response_s, resolved, resolution_s, duration_s)"),
                                            QStringLiteral("interactions_customer: (customer_ref, id)")}) {
                const QString name = expected.section(QLatin1Char(':'), 0, 0);
                const auto found = std::find_if(indexes.cbegin(), indexes.cend(),
                                                [&name](const QString &i) { return i.startsWith(name + QStringLiteral(": ")); });
                QVERIFY2(found != indexes.cend(), qPrintable(name));
                QVERIFY2(found->endsWith(QStringLiteral("USING btree ") + expected.section(QStringLiteral(": "), 1)), qPrintable(*found));
            }
            return;
        }
        // Each order is read from an index, no evaluation sorted (0.3-1.6 s on a million before).
        const QStringList orders = {QStringLiteral("e.status %1, e.occurred_at %1, e.id %1"),
                                    QStringLiteral("e.passed %1, e.occurred_at %1, e.id %1"),
                                    QStringLiteral("e.score_tangibles %1, e.id %1"),
                                    QStringLiteral("e.score_reliability %1, e.id %1"),
                                    QStringLiteral("e.score_responsiveness %1, e.id %1"),
                                    QStringLiteral("e.score_assurance %1, e.id %1"),
                                    QStringLiteral("e.score_empathy %1, e.id %1")};
        for (const char *direction : {"ASC", "DESC"}) {
            QStringList statements;
            for (const QString &o : orders)
                statements << QStringLiteral("SELECT e.id FROM evaluations e JOIN sites s ON s.id = e.site_id "
                                             "WHERE e.status <> 'draft' ORDER BY ")
                                      + o.arg(QLatin1String(direction)) + QStringLiteral(" LIMIT 200");
            statements << QStringLiteral("SELECT e.id FROM users u CROSS JOIN evaluations e WHERE e.status <> 'draft' AND "
                                         "e.inspector_id = u.id ORDER BY u.name %1, u.id %1, e.occurred_at %1, e.id %1 LIMIT 200")
                              .arg(QLatin1String(direction));
            for (const QString &statement : statements) {
                const QString all = test::queryPlan(*fx.ws.db, statement);
                QVERIFY2(all.contains(QLatin1String("INDEX evaluations_")), qPrintable(statement + QStringLiteral(": ") + all));
                QVERIFY2(!all.contains(QLatin1String("TEMP B-TREE")), qPrintable(statement + QStringLiteral(": ") + all));
            }
        }
    }

    // Filtered by a status, a result or an inspector and sorted by another column: the same rows in
    // the same order whichever way the list reads them. Past 10,000 evaluations of that status (or
    // result, or inspector) the order's index drives and the filter is checked on each row; below,
    // the filter's own index.
    void filtersWithIndexesOfTheirOwnKeepTheOrder()
    {
        Fixture fx;
        fill(fx);
        {
            // 10,500 more, acknowledged, inspected by Wang, failed, their empathy 0-99 in turn:
            // written straight into the table (the list reads the rows; nothing here reads sums).
            // On a server too, where the filter is never written "+e.status" (no such operator).
            QSqlQuery bulk(fx.ws.db->connection());
            QVERIFY(bulk.exec(QStringLiteral(
                "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 10500) "
                "INSERT INTO evaluations (form_version_id, inspector_id, site_id, occurred_at, status, created_at, updated_at, "
                "score, passed, score_tangibles, score_reliability, score_responsiveness, score_assurance, score_empathy) "
                "SELECT (SELECT MIN(form_version_id) FROM evaluations), %1, (SELECT MIN(site_id) FROM evaluations), "
                "%2 + k * 60, 'acknowledged', %2, %2, 40 + k % 30, 0, 50, 50, 50, 50, k % 100 FROM n")
                                  .arg(fx.wang)
                                  .arg(toStored(QDateTime(QDate(2024, 1, 1), QTime(0, 0))))));
        }
        EvaluationQuery query(*fx.ws.db);
        const QVector<EvaluationRow> everything = *query.page({}, EvaluationColumn::OccurredAt, Qt::AscendingOrder, 0, 20000);
        struct Case
        {
            const char *name;
            EvaluationFilter filter;
            std::function<bool(const EvaluationRow &)> keeps;
        };
        EvaluationFilter acknowledged;
        acknowledged.status = EvaluationStatus::Acknowledged;
        EvaluationFilter disputed;
        disputed.status = EvaluationStatus::Disputed;
        EvaluationFilter failed;
        failed.passed = false;
        EvaluationFilter wang;
        wang.inspectorId = fx.wang;
        EvaluationFilter li;
        li.inspectorId = fx.li;
        const Case cases[] = {
            {"acknowledged", acknowledged, [](const EvaluationRow &r) { return r.status == EvaluationStatus::Acknowledged; }},
            {"disputed", disputed, [](const EvaluationRow &r) { return r.status == EvaluationStatus::Disputed; }},
            {"failed", failed, [](const EvaluationRow &r) { return r.passed == std::optional<bool>(false); }},
            {"Wang", wang, [](const EvaluationRow &r) { return r.inspectorName == QLatin1String("Wang"); }},
            {"Li", li, [](const EvaluationRow &r) { return r.inspectorName == QLatin1String("Li"); }},
        };
        for (const Case &c : cases) {
            QVector<EvaluationRow> kept;
            std::copy_if(everything.begin(), everything.end(), std::back_inserter(kept), c.keeps);
            QVERIFY(!kept.isEmpty());
            QCOMPARE(*query.count(c.filter), qint64(kept.size()));
            if (fx.ws.db->dialect().kind() != SqlDialect::Kind::Sqlite) {
                // Counted by one server process, and the connection left as it was for the next
                // query (PostgreSQL's default: two workers).
                QSqlQuery shown(fx.ws.db->connection());
                QVERIFY(shown.exec(QStringLiteral("SHOW max_parallel_workers_per_gather")) && shown.next());
                QCOMPARE(shown.value(0).toString(), QStringLiteral("2"));
            }
            for (const EvaluationColumn column : {EvaluationColumn::Score, EvaluationColumn::Empathy, EvaluationColumn::Status,
                                                  EvaluationColumn::Result, EvaluationColumn::Inspector, EvaluationColumn::OccurredAt}) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QVector<EvaluationRow> expected = sortedAsTheList(kept, column, order).mid(0, 50);
                    const QString got = ids(*query.page(c.filter, column, order, 0, 50));
                    QVERIFY2(got == ids(expected), qPrintable(QStringLiteral("%1 by column %2").arg(QLatin1String(c.name)).arg(int(column))));
                    // A later page too: rows 50-99 (or the few there are).
                    const QVector<EvaluationRow> second = sortedAsTheList(kept, column, order).mid(50, 50);
                    QCOMPARE(ids(*query.page(c.filter, column, order, 50, 50)), ids(second));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluationOrders)
#include "tst_evaluationorders.moc"
