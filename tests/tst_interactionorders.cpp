// The Interactions list sorted by channel, customer, duration, first response, resolved and
// external id, each way, in one page or in pages, with the interactions that have no duration,
// first response or resolution after the others; and filtered by period, site, channel, agent or a
// text, whether the list reads the filter's own index, checks it on the rows the order's index
// reads or sorts the keys of the filter's rows (core/interactionquery.cpp, schemas 44 and 45).
#include "database.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "timeutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>

using namespace servqa;

namespace {

QString ids(const QVector<InteractionRow> &rows)
{
    QStringList list;
    for (const InteractionRow &r : rows)
        list << QString::number(r.id);
    return list.join(QLatin1Char(' '));
}

// The list as it scrolls: each next page of `size` read after the last row shown (keyset paging),
// until a page comes back short.
QVector<InteractionRow> scrolled(InteractionQuery &query, const InteractionFilter &filter, InteractionColumn column, Qt::SortOrder order,
                                 int size)
{
    QVector<InteractionRow> rows;
    for (;;) {
        const auto next = query.page(filter, column, order, int(rows.size()), size, rows.isEmpty() ? nullptr : &rows.constLast());
        if (!next)
            return {};
        rows += *next;
        if (next->size() < size || rows.size() > 20000) // more than there are: a page read again
            return rows;
    }
}

// The list's order as a user reads it: the column, then the time (channel, resolved) or the id;
// those with no duration, first response or resolution after every other, in either direction.
QVector<InteractionRow> sortedAsTheList(QVector<InteractionRow> rows, InteractionColumn column, Qt::SortOrder order)
{
    const bool up = order == Qt::AscendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](const InteractionRow &x, const InteractionRow &y) {
        const auto byTime = [&](auto kx, auto ky) {
            const auto tx = std::make_tuple(kx, x.startedAt, x.id), ty = std::make_tuple(ky, y.startedAt, y.id);
            return up ? tx < ty : ty < tx;
        };
        const auto byId = [&](auto kx, auto ky) {
            const auto tx = std::make_tuple(kx, x.id), ty = std::make_tuple(ky, y.id);
            return up ? tx < ty : ty < tx;
        };
        // Unknown values last; the unknown among themselves by time or id, in the list's direction.
        const auto knownFirst = [&](const auto &vx, const auto &vy, bool thenTime) {
            if (vx.has_value() != vy.has_value())
                return vx.has_value();
            return thenTime ? byTime(vx.value_or(0), vy.value_or(0)) : byId(vx.value_or(0), vy.value_or(0));
        };
        switch (column) {
        case InteractionColumn::Channel: return byTime(channelKey(x.channel), channelKey(y.channel));
        case InteractionColumn::Customer: return byId(x.customerRef, y.customerRef);
        case InteractionColumn::Duration: return knownFirst(x.durationSeconds, y.durationSeconds, false);
        case InteractionColumn::FirstResponse: return knownFirst(x.firstResponseSeconds, y.firstResponseSeconds, false);
        case InteractionColumn::Resolved: return knownFirst(x.resolved, y.resolved, true);
        case InteractionColumn::ExternalId: return byId(x.externalId, y.externalId);
        case InteractionColumn::Site: return byTime(std::make_pair(x.siteName, x.siteId), std::make_pair(y.siteName, y.siteId));
        case InteractionColumn::Staff:
            // Those without an agent after every agent's, by time.
            if (x.staffId.has_value() != y.staffId.has_value())
                return x.staffId.has_value();
            return byTime(std::make_pair(x.staffName, x.staffId.value_or(0)), std::make_pair(y.staffName, y.staffId.value_or(0)));
        default: return byId(x.startedAt, y.startedAt);
        }
    });
    return rows;
}

const InteractionColumn Orders[] = {InteractionColumn::Channel,       InteractionColumn::Customer, InteractionColumn::Duration,
                                    InteractionColumn::FirstResponse, InteractionColumn::Resolved, InteractionColumn::ExternalId,
                                    InteractionColumn::Site,          InteractionColumn::Staff};

} // namespace

class TestInteractionOrders : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::Workspace ws;
        qint64 alpha = 0, beta = 0, wang = 0;
    };

    // I0-I13 on fourteen days, not in their order: sites Alpha and Beta in turn; calls, chats,
    // emails and visits in turn; Wang the agent of every third, Li of the next; durations, first responses and
    // customer references with ties and some unknown; resolved, not resolved or not known.
    static void fill(Fixture &fx)
    {
        SiteRepository sites(*fx.ws.db);
        Site alpha;
        alpha.code = QStringLiteral("A");
        alpha.name = QStringLiteral("Alpha");
        fx.alpha = *sites.upsert(alpha);
        Site beta;
        beta.code = QStringLiteral("B");
        beta.name = QStringLiteral("Beta");
        fx.beta = *sites.upsert(beta);
        StaffMember wang;
        wang.code = QStringLiteral("W1");
        wang.name = QStringLiteral("Wang");
        wang.siteId = fx.alpha;
        fx.wang = *StaffRepository(*fx.ws.db).upsert(wang);
        StaffMember li;
        li.code = QStringLiteral("L1");
        li.name = QStringLiteral("Li");
        li.siteId = fx.beta;
        const qint64 liId = *StaffRepository(*fx.ws.db).upsert(li);
        InteractionRepository repo(*fx.ws.db);
        const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0));
        const Channel channels[] = {Channel::Call, Channel::Chat, Channel::Email, Channel::Visit};
        for (int k = 0; k < 14; ++k) {
            Interaction i;
            i.externalId = QStringLiteral("X-%1").arg((k * 3) % 14, 2, 10, QLatin1Char('0'));
            i.channel = channels[k % 4];
            i.siteId = k % 2 == 0 ? fx.alpha : fx.beta;
            if (k % 3 == 0)
                i.staffId = fx.wang;
            else if (k % 3 == 1)
                i.staffId = liId;
            i.customerRef = QStringLiteral("C%1").arg(k % 5);
            i.startedAt = t0.addDays((k * 5) % 14); // not in the order of the ids
            if (k % 4 != 3)
                i.durationSeconds = 60 * (k % 5);
            if (k % 5 != 4)
                i.firstResponseSeconds = 10 * (k % 3);
            if (k % 3 != 2)
                i.resolved = k % 2 == 0;
            QVERIFY(repo.upsert(i));
        }
        QVERIFY(repo.flush());
    }

private slots:
    void everyColumnSortsInItsOrderEachWay()
    {
        Fixture fx;
        fill(fx);
        InteractionQuery query(*fx.ws.db);
        const QVector<InteractionRow> everything = *query.page({}, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 100);
        QCOMPARE(everything.size(), 14);
        for (const InteractionColumn column : Orders) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString expected = ids(sortedAsTheList(everything, column, order));
                const QString what = QStringLiteral("column %1, %2").arg(int(column)).arg(order == Qt::AscendingOrder ? "up" : "down");
                const QString whole = ids(*query.page({}, column, order, 0, 100));
                QVERIFY2(whole == expected, qPrintable(what + QStringLiteral(": ") + whole + QStringLiteral(" != ") + expected));
                QVector<InteractionRow> paged;
                for (int offset = 0; offset < 14; offset += 4)
                    paged += *query.page({}, column, order, offset, 4);
                QVERIFY2(ids(paged) == expected, qPrintable(what + QStringLiteral(" in pages: ") + ids(paged) + QStringLiteral(" != ") + expected));
                // Scrolled, each page after the row shown last, by ones, threes and fours: the
                // pages end among the known values, at their last and among the unknown ones.
                for (const int size : {1, 3, 4}) {
                    const QString read = ids(scrolled(query, {}, column, order, size));
                    QVERIFY2(read == expected, qPrintable(what + QStringLiteral(" scrolled by %1: ").arg(size) + read + QStringLiteral(" != ") + expected));
                }
            }
        }
        // The longest first: 4 minutes (I4 and I9), the three unknown (I3, I7, I11) last.
        const auto longest = *query.page({}, InteractionColumn::Duration, Qt::DescendingOrder, 0, 14);
        QCOMPARE(longest.first().durationSeconds, std::optional<int>(240));
        QStringList tail;
        for (int k = 11; k < 14; ++k)
            tail << (longest[k].durationSeconds ? QStringLiteral("known") : QStringLiteral("-"));
        QCOMPARE(tail.join(QLatin1Char(' ')), QStringLiteral("- - -"));
        // The unresolved first when sorted up, the resolved next, the unknown last, each by time.
        const auto resolved = *query.page({}, InteractionColumn::Resolved, Qt::AscendingOrder, 0, 14);
        QStringList marks;
        for (const InteractionRow &r : resolved)
            marks << (!r.resolved ? QStringLiteral("-") : *r.resolved ? QStringLiteral("y") : QStringLiteral("n"));
        QCOMPARE(marks.join(QString()), QStringLiteral("nnnnnyyyyy----"));

        if (fx.ws.db->dialect().kind() != SqlDialect::Kind::Sqlite)
            return;
        // Each order is read from an index, no interaction sorted (0.5-4.3 s on 1.5 M before).
        const QStringList orders = {QStringLiteral("i.channel %1, i.started_at %1, i.id %1"),
                                    QStringLiteral("i.customer_ref %1, i.id %1"),
                                    QStringLiteral("i.external_id %1, i.id %1")};
        const QStringList known = {QStringLiteral("i.duration_s IS NOT NULL ORDER BY i.duration_s %1, i.id %1"),
                                   QStringLiteral("i.first_response_s IS NOT NULL ORDER BY i.first_response_s %1, i.id %1"),
                                   QStringLiteral("i.resolved IS NOT NULL ORDER BY i.resolved %1, i.started_at %1, i.id %1"),
                                   QStringLiteral("i.duration_s IS NULL ORDER BY i.id %1"),
                                   QStringLiteral("i.resolved IS NULL ORDER BY i.started_at %1, i.id %1")};
        for (const char *direction : {"ASC", "DESC"}) {
            QStringList statements;
            const QString from = QStringLiteral("SELECT i.id FROM interactions i JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id ");
            for (const QString &o : orders)
                statements << from + QStringLiteral("ORDER BY ") + o.arg(QLatin1String(direction)) + QStringLiteral(" LIMIT 200");
            for (const QString &o : known)
                statements << from + QStringLiteral("WHERE ") + o.arg(QLatin1String(direction)) + QStringLiteral(" LIMIT 200");
            for (const QString &statement : statements) {
                const QString all = test::queryPlan(*fx.ws.db, statement);
                QVERIFY2(all.contains(QLatin1String("INDEX interactions_")), qPrintable(statement + QStringLiteral(": ") + all));
                QVERIFY2(!all.contains(QLatin1String("TEMP B-TREE")), qPrintable(statement + QStringLiteral(": ") + all));
            }
        }
    }

    // Filtered by period, site, channel or agent and sorted by a column of its own index: the same
    // rows in the same order whichever way the list reads them. Past 10,000 interactions that match
    // the order's index drives and the filters are checked on each row; below, their own indexes.
    void filtersKeepTheOrder()
    {
        Fixture fx;
        fill(fx);
        {
            // 10,500 more at Beta, emails, by Wang, a minute apart from 2024 on: written straight into
            // the table (the list reads the rows; its counts, from the daily sums, are not checked).
            QSqlQuery bulk(fx.ws.db->connection());
            QVERIFY(bulk.exec(QStringLiteral(
                "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 10500) "
                "INSERT INTO interactions (source, external_id, channel, site_id, staff_id, customer_ref, started_at, duration_s, "
                "first_response_s, resolved) "
                "SELECT 'bulk', 'B-' || k, 'email', %1, %2, 'R' || (k % 70), %3 + k * 60, "
                "CASE WHEN k % 9 = 0 THEN NULL ELSE k % 600 END, k % 45, CASE WHEN k % 4 = 0 THEN NULL ELSE k % 2 END FROM n")
                                  .arg(fx.beta)
                                  .arg(fx.wang)
                                  .arg(toStored(QDateTime(QDate(2024, 1, 1), QTime(0, 0))))));
        }
        InteractionQuery query(*fx.ws.db);
        const QVector<InteractionRow> everything = *query.page({}, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 20000);
        QCOMPARE(everything.size(), 10514);
        struct Case
        {
            const char *name;
            InteractionFilter filter;
            std::function<bool(const InteractionRow &)> keeps;
        };
        InteractionFilter alpha;
        alpha.siteId = fx.alpha;
        InteractionFilter beta;
        beta.siteId = fx.beta;
        InteractionFilter email;
        email.channel = Channel::Email;
        InteractionFilter chat;
        chat.channel = Channel::Chat;
        InteractionFilter wang;
        wang.staffId = fx.wang;
        InteractionFilter march; // the fixture's fourteen days alone
        march.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        march.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
        InteractionFilter since2024; // every row
        since2024.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
        InteractionFilter betaEmails;
        betaEmails.siteId = fx.beta;
        betaEmails.channel = Channel::Email;
        // Texts: a customer reference in 1,650 rows (read through the index of their keys, schema
        // 45), one in every bulk row (more than the list reads without trying the order's index
        // first), an agent's name (his interactions too), and one with a site.
        const auto hasText = [](const QString &text) {
            return [text](const InteractionRow &r) {
                return r.customerRef.contains(text, Qt::CaseInsensitive) || r.externalId.contains(text, Qt::CaseInsensitive)
                       || r.staffName.contains(text, Qt::CaseInsensitive);
            };
        };
        InteractionFilter r1;
        r1.text = QStringLiteral("r1");
        InteractionFilter r;
        r.text = QStringLiteral("R");
        InteractionFilter wangByName;
        wangByName.text = QStringLiteral("wang");
        // Three characters or more in no agent's name: on a server found through pg_trgm's index,
        // the matches sorted by a key of the list's (not that key's index walked), or by customer
        // and external id the page among that order's first entries where it fills.
        InteractionFilter r12;
        r12.text = QStringLiteral("r12");
        InteractionFilter b1;
        b1.text = QStringLiteral("b-1");
        InteractionFilter r1AtBeta = r1;
        r1AtBeta.siteId = fx.beta;
        const auto r1Kept = hasText(QStringLiteral("r1"));
        const Case cases[] = {
            {"text r1", r1, r1Kept},
            {"text R", r, hasText(QStringLiteral("R"))},
            {"text wang", wangByName, hasText(QStringLiteral("wang"))},
            {"text r12", r12, hasText(QStringLiteral("r12"))},
            {"text b-1", b1, hasText(QStringLiteral("b-1"))},
            {"text r1 at Beta", r1AtBeta, [r1Kept](const InteractionRow &row) { return r1Kept(row) && row.siteName == QLatin1String("Beta"); }},
            {"Alpha", alpha, [](const InteractionRow &r) { return r.siteName == QLatin1String("Alpha"); }},
            {"Beta", beta, [](const InteractionRow &r) { return r.siteName == QLatin1String("Beta"); }},
            {"email", email, [](const InteractionRow &r) { return r.channel == Channel::Email; }},
            {"chat", chat, [](const InteractionRow &r) { return r.channel == Channel::Chat; }},
            {"Wang", wang, [](const InteractionRow &r) { return r.staffName == QLatin1String("Wang"); }},
            {"March 2025", march, [](const InteractionRow &r) { return r.startedAt.date() >= QDate(2025, 3, 1); }},
            {"since 2024", since2024, [](const InteractionRow &) { return true; }},
            {"Beta's emails", betaEmails,
             [](const InteractionRow &r) { return r.siteName == QLatin1String("Beta") && r.channel == Channel::Email; }},
        };
        for (const Case &c : cases) {
            QVector<InteractionRow> kept;
            std::copy_if(everything.begin(), everything.end(), std::back_inserter(kept), c.keeps);
            QVERIFY(!kept.isEmpty());
            for (const InteractionColumn column : Orders) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QVector<InteractionRow> sorted = sortedAsTheList(kept, column, order);
                    const QString got = ids(*query.page(c.filter, column, order, 0, 50));
                    QVERIFY2(got == ids(sorted.mid(0, 50)),
                             qPrintable(QStringLiteral("%1 by column %2 %3").arg(QLatin1String(c.name)).arg(int(column)).arg(int(order))));
                    // A later page too, and the last one, which reaches those with no value.
                    QCOMPARE(ids(*query.page(c.filter, column, order, 50, 50)), ids(sorted.mid(50, 50)));
                    const int last = std::max(0, int(kept.size()) - 30);
                    QCOMPARE(ids(*query.page(c.filter, column, order, last, 50)), ids(sorted.mid(last, 50)));
                    // Scrolled to the end, each page after the row shown last.
                    QVERIFY2(ids(scrolled(query, c.filter, column, order, 700)) == ids(sorted),
                             qPrintable(QStringLiteral("%1 by column %2 %3, scrolled").arg(QLatin1String(c.name)).arg(int(column)).arg(int(order))));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestInteractionOrders)
#include "tst_interactionorders.moc"
