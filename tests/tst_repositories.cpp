// Forms keep their versions; evaluations keep the score and answers they were saved with.

#include "evaluationquery.h"
#include "gaptrends.h"
#include "evaluationrepository.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
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
} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void formVersionsAreNumberedAndLoadedBack()
    {
        test::Workspace ws;
        FormRepository forms(*ws.db);
        const auto v1 = forms.insertVersion(exampleForm());
        QVERIFY2(v1, qPrintable(v1.ok() ? QString() : v1.error()));
        QCOMPARE(v1->version, 1);
        Form edited = exampleForm();
        edited.passMark = 90;
        const auto v2 = forms.insertVersion(edited);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->versionId != v1->versionId);

        const auto loaded = forms.load(v1->versionId);
        QVERIFY(loaded);
        QCOMPARE(loaded->passMark, 80.0);
        QCOMPARE(formToJson(*loaded), formToJson(*v1));
        QCOMPARE(loaded->sections[1].items[2].slaSeconds, std::optional<double>(30));

        const auto list = forms.versions();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).version, 2); // newest first
        QCOMPARE(list->at(0).itemCount, 9);
    }

    // Two leads edit the same draft version at two desks: the second save is refused with who saved
    // first and when, theirs is kept, and the second lead's edit can become the next draft version.
    void aDraftSavedAtTwoDesksKeepsBoth()
    {
        test::Workspace ws;
        User lead;
        lead.login = QStringLiteral("wang.fang");
        lead.name = QStringLiteral("王芳");
        lead.role = UserRole::Lead;
        const auto wang = UserRepository(*ws.db).upsert(lead);
        lead.login = QStringLiteral("li.na");
        lead.name = QStringLiteral("李娜");
        const auto li = UserRepository(*ws.db).upsert(lead);
        QVERIFY(wang && li);
        FormRepository forms(*ws.db);
        Form example = exampleForm();
        example.status = FormStatus::Draft;
        const auto draft = forms.insertVersion(example);
        QVERIFY(draft);
        auto atWang = forms.load(draft->versionId);
        auto atLi = forms.load(draft->versionId);
        QVERIFY(atWang && atLi);
        atWang->passMark = 85;
        const auto minute = [] { return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
        const QString before = minute();
        const auto first = forms.save(*atWang, *wang);
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        QCOMPARE(first->versionId, draft->versionId); // in place: nobody has used it
        QCOMPARE(*forms.changedSince(*atLi), true);
        QCOMPARE(*forms.changedSince(*first), false);
        atLi->passMark = 70;
        const auto second = forms.save(*atLi, *li);
        QVERIFY(!second);
        const auto refusal = [&](const QString &when) {
            return QStringLiteral("Version 1 of “%1” was saved by 王芳 at %2 after you opened it: your changes were not saved over "
                                  "theirs.").arg(atLi->name, when);
        };
        QVERIFY2(second.error() == refusal(before) || second.error() == refusal(minute()), qPrintable(second.error()));
        QCOMPARE(forms.load(draft->versionId)->passMark, 85.0);
        // The first desk saves again from what it saved: still in place.
        Form again = *first;
        again.passMark = 86;
        const auto third = forms.save(again, *wang);
        QVERIFY(third);
        QCOMPARE(third->versionId, draft->versionId);
        QCOMPARE(forms.load(draft->versionId)->passMark, 86.0);
        // The second lead's edit, kept as the next draft version.
        Form mine = *atLi;
        mine.versionId = 0;
        const auto asNew = forms.save(mine, *li);
        QVERIFY(asNew);
        QCOMPARE(asNew->version, 2);
        QCOMPARE(forms.load(asNew->versionId)->passMark, 70.0);
        QCOMPARE(forms.load(draft->versionId)->passMark, 86.0);
    }

    void evaluationStoresScoresAndAnswers()
    {
        test::Workspace ws;
        Site site;
        site.code = QStringLiteral("S1");
        site.name = QStringLiteral("上海店");
        const auto siteId = SiteRepository(*ws.db).upsert(site);
        QVERIFY(siteId);
        const auto form = FormRepository(*ws.db).insertVersion(exampleForm());
        QVERIFY(form);
        const auto answers = answersFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/answers.json")), *form, QStringLiteral("a"));
        QVERIFY(answers);

        Evaluation e;
        e.formVersionId = form->versionId;
        e.siteId = *siteId;
        e.occurredAt = QDateTime(QDate(2025, 5, 1), QTime(10, 0));
        e.createdAt = e.updatedAt = e.occurredAt.addSecs(3600);
        e.status = EvaluationStatus::Submitted;
        e.comment = QStringLiteral("<b>not bold</b>");
        e.answers = *answers;
        e.answers[QStringLiteral("b1")].comment = QStringLiteral("Quoted the old price");
        e.score = *scoreEvaluation(*form, e.answers);
        EvaluationRepository repo(*ws.db);
        const auto id = repo.insert(e, *form);
        QVERIFY(id);

        const auto loaded = repo.load(*id, *form);
        QVERIFY(loaded);
        QCOMPARE(*loaded->score.percent, 400.0 / 9.0);
        QCOMPARE(loaded->score.passed, std::optional<bool>(false));
        QCOMPARE(loaded->score.dimensions[dimensionIndex(Dimension::Tangibles)], std::optional<double>());
        QCOMPARE(loaded->score.dimensions[dimensionIndex(Dimension::Empathy)], std::optional<double>(50));
        QCOMPARE(loaded->answers.size(), 8);
        QCOMPARE(loaded->answers.value(QStringLiteral("a2")).notApplicable, true);
        QCOMPARE(loaded->answers.value(QStringLiteral("a2")).value, std::optional<double>());
        QCOMPARE(loaded->answers.value(QStringLiteral("b2")).value, std::optional<double>(90));
        QCOMPARE(loaded->answers.value(QStringLiteral("b1")).comment, QStringLiteral("Quoted the old price"));
        QCOMPARE(loaded->comment, QStringLiteral("<b>not bold</b>"));
        QCOMPARE(loaded->status, EvaluationStatus::Submitted);
    }

    // The list scrolled in time order reads each next page after the last row shown (its start,
    // then its id), not by skipping rows: the same rows, in the same order, as one long read —
    // interactions that start at the same moment included, in either direction, with a filter
    // and with text.
    void pagesReadAfterTheLastRowShownAreTheListInOrder()
    {
        test::Workspace ws;
        Site a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("Alpha");
        const qint64 siteA = *SiteRepository(*ws.db).upsert(a);
        InteractionRepository repo(*ws.db);
        const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0));
        for (int k = 0; k < 23; ++k) {
            Interaction i;
            i.externalId = QStringLiteral("K%1").arg(k, 2, 10, QLatin1Char('0'));
            i.channel = k % 3 == 0 ? Channel::Chat : Channel::Call;
            i.siteId = siteA;
            i.startedAt = t0.addSecs(60 * (k / 4)); // four at a time start at the same minute
            i.transcript = k % 2 ? QStringLiteral("客户：冷链商品到了吗？") : QStringLiteral("Customer: where is my parcel?");
            QVERIFY(repo.upsert(i));
        }
        InteractionQuery query(*ws.db);
        const auto ids = [](const QVector<InteractionRow> &rows) {
            QStringList list;
            for (const InteractionRow &r : rows)
                list << r.externalId;
            return list.join(QLatin1Char(' '));
        };
        InteractionFilter chats;
        chats.channel = Channel::Chat;
        InteractionFilter text;
        text.text = QStringLiteral("冷链商品");
        for (const InteractionFilter &f : {InteractionFilter(), chats, text}) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                for (const InteractionColumn column : {InteractionColumn::StartedAt, InteractionColumn::Risk}) {
                    const auto whole = query.page(f, column, order, 0, 100);
                    QVERIFY(whole && !whole->isEmpty());
                    QVector<InteractionRow> scrolled;
                    for (int pages = 0; pages < 30; ++pages) {
                        const auto next = query.page(f, column, order, int(scrolled.size()), 3, scrolled.isEmpty() ? nullptr : &scrolled.last());
                        QVERIFY2(next, qPrintable(next ? QString() : next.error()));
                        if (next->isEmpty())
                            break;
                        scrolled += *next;
                    }
                    QCOMPARE(ids(scrolled), ids(*whole));
                }
            }
        }
        // The newest first: K20-K22 started last, the highest id first among equals.
        QCOMPARE(ids(*query.page({}, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 5)), QStringLiteral("K22 K21 K20 K19 K18"));
        const auto first = query.page({}, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2);
        QCOMPARE(ids(*query.page({}, InteractionColumn::StartedAt, Qt::DescendingOrder, 2, 3, &first->last())), QStringLiteral("K20 K19 K18"));
        // The key decides where the page starts, not the offset (which the key replaces).
        QCOMPARE(ids(*query.page({}, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 3, &first->last())), QStringLiteral("K20 K19 K18"));
        QCOMPARE(query.page(text, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 100)->size(), 11);
    }

    void interactionQueryFiltersSortsAndPages()
    {
        test::Workspace ws;
        SiteRepository sites(*ws.db);
        Site a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("Alpha");
        Site b;
        b.code = QStringLiteral("B");
        b.name = QStringLiteral("Beta");
        const qint64 siteA = *sites.upsert(a);
        const qint64 siteB = *sites.upsert(b);
        StaffMember m;
        m.code = QStringLiteral("M1");
        m.name = QStringLiteral("王芳");
        m.siteId = siteA;
        const qint64 staffId = *StaffRepository(*ws.db).upsert(m);
        InteractionRepository repo(*ws.db);
        const QDateTime t0(QDate(2025, 1, 1), QTime(9, 0));
        for (int k = 0; k < 30; ++k) {
            Interaction i;
            i.externalId = QStringLiteral("X%1").arg(k, 2, 10, QLatin1Char('0'));
            i.channel = k % 3 == 0 ? Channel::Chat : Channel::Call;
            i.siteId = k % 2 ? siteB : siteA;
            if (k % 2 == 0)
                i.staffId = staffId;
            i.customerRef = k == 7 ? QStringLiteral("50%_off") : QStringLiteral("C%1").arg(k);
            i.startedAt = t0.addDays(k);
            if (k == 3)
                i.transcript = QStringLiteral("客户：收到的冷链商品已经化了。\n坐席：非常抱歉！");
            if (k == 4)
                i.transcript = QStringLiteral("Customer: I want a REFUND please.");
            QVERIFY(repo.upsert(i));
        }
        InteractionQuery query(*ws.db);
        InteractionFilter all;
        QCOMPARE(*query.count(all), 30);
        auto first = query.page(all, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 10);
        QVERIFY(first);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().externalId, QStringLiteral("X29"));
        auto third = query.page(all, InteractionColumn::StartedAt, Qt::DescendingOrder, 20, 10);
        QCOMPARE(third->last().externalId, QStringLiteral("X00"));

        InteractionFilter f;
        f.siteId = siteA;
        f.channel = Channel::Chat;
        QCOMPARE(*query.count(f), 5); // k = 0, 6, 12, 18, 24
        f = {};
        f.from = t0.addDays(10);
        f.to = t0.addDays(20);
        QCOMPARE(*query.count(f), 10);
        f = {};
        f.text = QStringLiteral("王芳");
        QCOMPARE(*query.count(f), 15);
        f.text = QStringLiteral("50%_"); // % and _ match literally
        QCOMPARE(*query.count(f), 1);
        // Substrings of transcripts and ids, Chinese or not, any case: on a file through the
        // substring index (tst_textsearch has every piece), on a server three characters or more
        // through pg_trgm's, shorter ones by reading the rows; the same answers.
        for (const auto &[text, expected] : {std::pair{"冷链商品", 1}, std::pair{"冷链", 1}, std::pair{"refund", 1}, std::pair{"ReFuNd", 1},
                                             std::pair{"X29", 1}, std::pair{"x29", 1},
                                             std::pair{"抱歉", 1}, std::pair{"he said \"hi\"", 0}, std::pair{"商品已经化了", 1}}) {
            f.text = QString::fromUtf8(text);
            QCOMPARE(*query.count(f), qint64(expected));
            QCOMPARE(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 10)->size(), expected);
        }
        f.text = QStringLiteral("冷链商品");
        QCOMPARE(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 10)->at(0).externalId, QStringLiteral("X03"));
        // A re-imported interaction is found by its new transcript, no longer by the old one.
        Interaction again = **repo.find(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 1)->at(0).id);
        again.transcript = QStringLiteral("客户：退款还没到账。");
        QVERIFY(repo.upsert(again));
        QCOMPARE(*query.count(f), 0);
        f.text = QStringLiteral("退款还没");
        QCOMPARE(*query.count(f), 1);
        if (ws.db->dialect().hasTextSearch()) { // a file's substring index agrees with its rows
            QSqlQuery check(ws.db->connection());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO interactions_search (interactions_search, rank) VALUES ('integrity-check', 1)")),
                     qPrintable(check.lastError().text()));
        }
        // By site: Alpha's interactions (even k) by time, then Beta's (odd k); reversed, Beta's
        // newest first. By agent: 王芳's (even k) by time, then those without an agent, by time in
        // either direction, a page crossing from the one to the other.
        const auto ids = [](const Result<QVector<InteractionRow>> &rows) {
            QStringList list;
            for (const InteractionRow &r : *rows)
                list << r.externalId;
            return list.join(QLatin1Char(' '));
        };
        all = {};
        QCOMPARE(ids(query.page(all, InteractionColumn::Site, Qt::AscendingOrder, 13, 4)), QStringLiteral("X26 X28 X01 X03"));
        QCOMPARE(ids(query.page(all, InteractionColumn::Site, Qt::DescendingOrder, 0, 2)), QStringLiteral("X29 X27"));
        QCOMPARE(ids(query.page(all, InteractionColumn::Staff, Qt::AscendingOrder, 12, 6)), QStringLiteral("X24 X26 X28 X01 X03 X05"));
        QCOMPARE(ids(query.page(all, InteractionColumn::Staff, Qt::AscendingOrder, 25, 10)), QStringLiteral("X21 X23 X25 X27 X29"));
        QCOMPARE(ids(query.page(all, InteractionColumn::Staff, Qt::DescendingOrder, 14, 3)), QStringLiteral("X00 X29 X27"));
        f = {};
        f.siteId = siteA;
        QCOMPARE(ids(query.page(f, InteractionColumn::Staff, Qt::AscendingOrder, 0, 3)), QStringLiteral("X00 X02 X04"));
        f = {};
        f.staffId = staffId;
        auto bySite = query.page(f, InteractionColumn::Customer, Qt::AscendingOrder, 0, 3);
        QCOMPARE(bySite->at(0).customerRef, QStringLiteral("C0"));
        QCOMPARE(bySite->at(0).staffName, QStringLiteral("王芳"));
        f = {};
        f.text = QStringLiteral("退款还没");
        QCOMPARE(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 10)->at(0).externalId, QStringLiteral("X03"));
        // A rare text (under one interaction in a hundred) is read through the index's matches,
        // a common one in time order: the same page either way.
        // `count` calls a minute apart from day `day`, named PREFIX0…; every `thanked`-th one's
        // transcript says thanks (0: none has a transcript).
        const auto addCalls = [&](const QString &prefix, int count, int day, int thanked) {
            for (int k = 0; k < count; ++k) {
                Interaction i;
                i.externalId = prefix + QString::number(k);
                i.channel = Channel::Call;
                i.siteId = siteA;
                i.startedAt = t0.addDays(day).addSecs(60 * k);
                if (thanked > 0 && k % thanked == 0)
                    i.transcript = QStringLiteral("Customer: thanks.");
                QVERIFY(repo.upsert(i));
            }
        };
        addCalls(QStringLiteral("F"), 300, 40, 3);
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, order, 0, 10)), QStringLiteral("X03"));
            QCOMPARE(ids(query.page(f, InteractionColumn::Customer, order, 0, 10)), QStringLiteral("X03"));
        }
        f.text = QStringLiteral("thanks");
        QCOMPARE(*query.count(f), 100);
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2)), QStringLiteral("F297 F294"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 98, 5)), QStringLiteral("F294 F297"));
        // The same text with a channel filter is matched row by row: the same page.
        f.channel = Channel::Call;
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2)), QStringLiteral("F297 F294"));
        f.channel.reset();
        // Newer interactions without a transcript (a year of imports) are not passed on the way:
        // a text in transcripts alone is paged along the transcribed ones.
        addCalls(QStringLiteral("G"), 200, 50, 0);
        QCOMPARE(*query.count(f), 100);
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2)), QStringLiteral("F297 F294"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 98, 5)), QStringLiteral("F3 F0"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 2)), QStringLiteral("F0 F3"));
        // The text in a newer customer reference without a transcript: that one comes first.
        Interaction vip;
        vip.externalId = QStringLiteral("H0");
        vip.channel = Channel::Email;
        vip.siteId = siteA;
        vip.customerRef = QStringLiteral("thanks-giving-01");
        vip.startedAt = t0.addDays(60);
        QVERIFY(repo.upsert(vip));
        QCOMPARE(*query.count(f), 101);
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2)), QStringLiteral("H0 F297"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 99, 5)), QStringLiteral("F297 H0"));
        // A common text that is also an agent's name (15 of 330) is matched row by row too, the
        // name included: 王芳's newest first.
        f.text = QStringLiteral("王芳");
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 2)), QStringLiteral("X28 X26"));
        // A text in one interaction in fifty (F29 and F290–F299) is paged through the set of its
        // matches, one in five or more ("thanks" above) by looking each row up: the same pages.
        f.text = QStringLiteral("F29");
        QCOMPARE(*query.count(f), 11);
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 3)), QStringLiteral("F299 F298 F297"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 2)), QStringLiteral("F29 F290"));
        QCOMPARE(ids(query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 10, 5)), QStringLiteral("F29"));
    }

    // Ten evaluations over two sites and two forms; every filter and sort is checked against
    // the numbers worked out by hand from the fixture.
    // Sorted by site or agent, the Evaluations list reads the names' order from their indexes:
    // a site's (or agent's) evaluations together, newest first within it when the names go
    // down; evaluations without an agent after every agent's, by time, in either direction —
    // the same whether read in one page, in pages across that boundary, or exported.
    void evaluationsSortedBySiteOrAgentGoByNameThenTime()
    {
        test::Workspace ws;
        SiteRepository sites(*ws.db);
        QVector<qint64> siteIds;
        for (const char *name : {"Beta", "Alpha"}) {
            Site site;
            site.code = QString::fromLatin1(name).left(1);
            site.name = QString::fromLatin1(name);
            siteIds << *sites.upsert(site);
        }
        QVector<qint64> staffIds;
        for (const char *name : {"赵伟", "Ann"}) {
            StaffMember m;
            m.code = QString::fromUtf8(name);
            m.name = QString::fromUtf8(name);
            m.siteId = siteIds[0];
            staffIds << *StaffRepository(*ws.db).upsert(m);
        }
        FormRepository forms(*ws.db);
        const auto form = forms.insertVersion(exampleForm());
        QVERIFY(form);
        EvaluationRepository repo(*ws.db);
        const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0));
        // E0-E8: sites Beta, Alpha in turn; agents 赵伟, Ann and none in turn; a day apart.
        for (int k = 0; k < 9; ++k) {
            Evaluation e;
            e.formVersionId = form->versionId;
            e.siteId = siteIds[k % 2];
            if (k % 3 < 2)
                e.staffId = staffIds[k % 3];
            e.occurredAt = t0.addDays(k);
            e.createdAt = e.updatedAt = e.occurredAt;
            e.status = EvaluationStatus::Submitted;
            e.score.percent = 50.0 + k;
            e.comment = QStringLiteral("E%1").arg(k);
            QVERIFY(repo.insert(e, *form));
        }
        // The rows' days stand for their names (E0 on day 0 …).
        const auto days = [&t0](const QVector<EvaluationRow> &rows) {
            QStringList list;
            for (const EvaluationRow &r : rows)
                list << QStringLiteral("E%1").arg(t0.daysTo(r.occurredAt));
            return list.join(QLatin1Char(' '));
        };
        EvaluationQuery query(*ws.db);
        const QString alphaUp = QStringLiteral("E1 E3 E5 E7"), betaUp = QStringLiteral("E0 E2 E4 E6 E8");
        QCOMPARE(days(*query.page({}, EvaluationColumn::Site, Qt::AscendingOrder, 0, 20)), alphaUp + QLatin1Char(' ') + betaUp);
        QCOMPARE(days(*query.page({}, EvaluationColumn::Site, Qt::DescendingOrder, 0, 20)), QStringLiteral("E8 E6 E4 E2 E0 E7 E5 E3 E1"));
        // Ann: E1 E4 E7; 赵伟: E0 E3 E6; none: E2 E5 E8.
        const QString byAgentUp = QStringLiteral("E1 E4 E7 E0 E3 E6 E2 E5 E8");
        const QString byAgentDown = QStringLiteral("E6 E3 E0 E7 E4 E1 E8 E5 E2");
        QCOMPARE(days(*query.page({}, EvaluationColumn::Staff, Qt::AscendingOrder, 0, 20)), byAgentUp);
        QCOMPARE(days(*query.page({}, EvaluationColumn::Staff, Qt::DescendingOrder, 0, 20)), byAgentDown);
        for (const int size : {1, 2, 4, 5}) {
            QVector<EvaluationRow> up, down;
            for (int offset = 0; offset < 9; offset += size) {
                up += *query.page({}, EvaluationColumn::Staff, Qt::AscendingOrder, offset, size);
                down += *query.page({}, EvaluationColumn::Staff, Qt::DescendingOrder, offset, size);
            }
            QCOMPARE(days(up), byAgentUp);
            QCOMPARE(days(down), byAgentDown);
        }
        EvaluationFilter alpha;
        alpha.siteId = siteIds[1];
        QCOMPARE(days(*query.page(alpha, EvaluationColumn::Staff, Qt::AscendingOrder, 2, 5)), QStringLiteral("E3 E5"));
        // The export writes the list's order: by agent, those without one last.
        const QString path = QDir::temp().filePath(QStringLiteral("servqa-by-agent-%1.csv").arg(QCoreApplication::applicationPid()));
        const auto written = query.exportCsv({}, EvaluationColumn::Staff, Qt::AscendingOrder, path);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
        QCOMPARE(*written, 9);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.remove();
        QStringList agents;
        for (int l = 1; l <= 9; ++l)
            agents << QString::fromUtf8(lines[l]).section(QLatin1Char(','), 3, 3);
        QCOMPARE(agents.join(QLatin1Char(' ')), QStringLiteral("Ann Ann Ann 赵伟 赵伟 赵伟   "));
    }

    void evaluationQueryFiltersSortsAndPages()
    {
        test::Workspace ws;
        SiteRepository sites(*ws.db);
        Site a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("Alpha");
        Site b;
        b.code = QStringLiteral("B");
        b.name = QStringLiteral("Beta");
        const qint64 siteA = *sites.upsert(a);
        const qint64 siteB = *sites.upsert(b);
        FormRepository forms(*ws.db);
        const auto call = forms.insertVersion(exampleForm());
        QVERIFY(call);
        Form visitForm = exampleForm();
        visitForm.code = QStringLiteral("VISIT");
        const auto visit = forms.insertVersion(visitForm);
        QVERIFY(visit);
        const auto callV2 = forms.insertVersion(exampleForm()); // same form, second version
        QVERIFY(callV2);
        QCOMPARE(callV2->formId, call->formId);

        StaffMember zhou;
        zhou.code = QStringLiteral("Z1");
        zhou.name = QStringLiteral("Zhou");
        zhou.siteId = siteA;
        const qint64 zhouId = *StaffRepository(*ws.db).upsert(zhou);
        EvaluationRepository repo(*ws.db);
        const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0));
        // k: score 50 + 5k; k = 3 auto-failed (score 0); k >= 6 pass (mark 80); site A for even k;
        // k = 8, 9 use the visit form, k = 4, 5 version 2 of the call form; k = 0 is a draft; Zhou
        // the agent of k = 4 and 8; reliability 60 + k for even k, none for odd.
        for (int k = 0; k < 10; ++k) {
            const Form &form = k >= 8 ? *visit : (k == 4 || k == 5) ? *callV2 : *call;
            Evaluation e;
            e.formVersionId = form.versionId;
            e.siteId = k % 2 == 0 ? siteA : siteB;
            e.occurredAt = t0.addDays(k);
            e.createdAt = e.updatedAt = e.occurredAt;
            e.status = k == 0 ? EvaluationStatus::Draft : EvaluationStatus::Submitted;
            e.score.autoFailed = k == 3;
            e.score.percent = k == 3 ? 0.0 : 50.0 + 5 * k;
            e.score.passed = *e.score.percent >= 80;
            e.score.dimensions[dimensionIndex(Dimension::Empathy)] = 100.0 - k;
            if (k % 2 == 0)
                e.score.dimensions[dimensionIndex(Dimension::Reliability)] = 60.0 + k;
            if (k % 4 == 0)
                e.staffId = zhouId;
            QVERIFY(repo.insert(e, form));
        }

        // The forms' list counts each version's evaluations when asked (the forms page), not for a
        // chooser or filter.
        const auto counted = forms.versions(FormRepository::Count::ItemsAndEvaluations);
        const auto listed = forms.versions();
        QVERIFY(counted && listed);
        QHash<qint64, qint64> made;
        for (const FormVersionSummary &v : *counted)
            made[v.versionId] = v.evaluationCount;
        QCOMPARE(made, (QHash<qint64, qint64>{{call->versionId, 6}, {callV2->versionId, 2}, {visit->versionId, 2}}));
        QCOMPARE(listed->size(), 3);
        for (const FormVersionSummary &v : *listed)
            QCOMPARE(v.evaluationCount, 0);

        EvaluationQuery query(*ws.db);
        EvaluationFilter f;
        // The draft (k = 0) is work in progress, not a result: listed only when asked for.
        QCOMPARE(*query.count(f), 9);
        EvaluationFilter drafts;
        drafts.status = EvaluationStatus::Draft;
        QCOMPARE(*query.count(drafts), 1);
        auto newest = query.page(f, EvaluationColumn::OccurredAt, Qt::DescendingOrder, 0, 4);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 4);
        QCOMPARE(newest->first().occurredAt, t0.addDays(9));
        QCOMPARE(newest->first().formCode, QStringLiteral("VISIT"));
        QCOMPARE(newest->first().siteName, QStringLiteral("Beta"));
        QCOMPARE(newest->first().formVersionId, visit->versionId);
        auto last = query.page(f, EvaluationColumn::OccurredAt, Qt::DescendingOrder, 8, 4);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->last().status, EvaluationStatus::Submitted);

        auto byScore = query.page(f, EvaluationColumn::Score, Qt::AscendingOrder, 0, 3);
        QCOMPARE(byScore->at(0).score, std::optional<double>(0));
        QVERIFY(byScore->at(0).autoFailed);
        QCOMPARE(byScore->at(1).score, std::optional<double>(55)); // the draft's 50 is not a result
        QCOMPARE(byScore->at(2).score, std::optional<double>(60));
        if (ws.db->dialect().kind() == SqlDialect::Kind::Sqlite) {
            // Sorted by score, the page is read from the score's index (schema 42), in either
            // direction, not sorted from every evaluation (0.5-1.1 s on a million).
            for (const char *direction : {"ASC", "DESC"}) {
                const QString plan = test::queryPlan(*ws.db, QStringLiteral("SELECT e.id FROM evaluations e JOIN sites s ON s.id = e.site_id "
                                                                            "WHERE e.status <> 'draft' ORDER BY e.score %1, e.id %1 LIMIT 200")
                                                                 .arg(QLatin1String(direction)));
                QVERIFY2(plan.contains(QLatin1String("USING INDEX evaluations_score")), qPrintable(plan));
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
            }
        }
        // By form: each form's versions in order, each version's evaluations by time, read through
        // the forms' and versions' keys rather than sorted; in one page or in pages of four.
        const auto evaluationIds = [](const QVector<EvaluationRow> &rows) {
            QStringList list;
            for (const EvaluationRow &r : rows)
                list << QString::number(r.id);
            return list.join(QLatin1Char(' '));
        };
        const QVector<EvaluationRow> everything = *query.page(f, EvaluationColumn::OccurredAt, Qt::AscendingOrder, 0, 100);
        QCOMPARE(everything.size(), 9);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QVector<EvaluationRow> expected = everything;
            std::sort(expected.begin(), expected.end(), [order](const EvaluationRow &x, const EvaluationRow &y) {
                const auto kx = std::make_tuple(x.formCode, x.formVersion, x.occurredAt, x.id);
                const auto ky = std::make_tuple(y.formCode, y.formVersion, y.occurredAt, y.id);
                return order == Qt::AscendingOrder ? kx < ky : ky < kx;
            });
            QCOMPARE(evaluationIds(*query.page(f, EvaluationColumn::Form, order, 0, 100)), evaluationIds(expected));
            QVector<EvaluationRow> paged;
            for (int offset = 0; offset < 9; offset += 4)
                paged += *query.page(f, EvaluationColumn::Form, order, offset, 4);
            QCOMPARE(evaluationIds(paged), evaluationIds(expected));
        }
        // Scrolled in time order, each next page is read after the last row shown (keyset
        // paging): the same rows, in the same order, as one long read, both ways.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QVector<EvaluationRow> scrolled;
            for (int pages = 0; pages < 20; ++pages) {
                const auto next = query.page(f, EvaluationColumn::OccurredAt, order, int(scrolled.size()), 2,
                                             scrolled.isEmpty() ? nullptr : &scrolled.last());
                QVERIFY(next);
                if (next->isEmpty())
                    break;
                scrolled += *next;
            }
            QCOMPARE(evaluationIds(scrolled), evaluationIds(*query.page(f, EvaluationColumn::OccurredAt, order, 0, 100)));
            // The key decides where the page starts, not the offset (which the key replaces).
            const auto two = query.page(f, EvaluationColumn::OccurredAt, order, 0, 2);
            QCOMPARE(evaluationIds(*query.page(f, EvaluationColumn::OccurredAt, order, 0, 2, &two->last())),
                     evaluationIds(*query.page(f, EvaluationColumn::OccurredAt, order, 2, 2)));
        }
        // Scrolled in every other order the same (keyset paging in every order): by site, agent,
        // inspector (none here: all after the named ones) or form, the rest of one then the next
        // ones; by a column, after its value, those with none where the server sorts them.
        for (const EvaluationColumn column :
             {EvaluationColumn::Site, EvaluationColumn::Staff, EvaluationColumn::Form, EvaluationColumn::Inspector, EvaluationColumn::Status,
              EvaluationColumn::Score, EvaluationColumn::Result, EvaluationColumn::Tangibles, EvaluationColumn::Reliability,
              EvaluationColumn::Responsiveness, EvaluationColumn::Assurance, EvaluationColumn::Empathy}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const int size : {1, 2, 4}) {
                    QVector<EvaluationRow> scrolled;
                    for (int pages = 0; pages < 20; ++pages) {
                        const auto next = query.page(f, column, order, int(scrolled.size()), size, scrolled.isEmpty() ? nullptr : &scrolled.last());
                        QVERIFY(next);
                        scrolled += *next;
                        if (next->size() < size)
                            break;
                    }
                    QVERIFY2(evaluationIds(scrolled) == evaluationIds(*query.page(f, column, order, 0, 100)),
                             qPrintable(QStringLiteral("column %1 order %2 by %3").arg(int(column)).arg(int(order)).arg(size)));
                }
            }
        }
        auto byEmpathy = query.page(f, EvaluationColumn::Empathy, Qt::AscendingOrder, 0, 1);
        QCOMPARE(byEmpathy->at(0).dimensions[dimensionIndex(Dimension::Empathy)], std::optional<double>(91));

        f.siteId = siteA;
        QCOMPARE(*query.count(f), 4); // k = 2, 4, 6, 8 (k = 0 is the draft)
        f = {};
        f.formId = call->formId; // both versions
        QCOMPARE(*query.count(f), 7);
        f.siteId = siteB;
        QCOMPARE(*query.count(f), 4); // k = 1, 3, 5, 7
        f = {};
        f.status = EvaluationStatus::Draft;
        QCOMPARE(*query.count(f), 1);
        f = {};
        f.passed = true;
        QCOMPARE(*query.count(f), 4); // k = 6..9
        f.passed = false;
        QCOMPARE(*query.count(f), 5); // k = 1..5
        f = {};
        f.autoFailed = true;
        QCOMPARE(*query.count(f), 1);
        f = {};
        f.from = t0.addDays(2);
        f.to = t0.addDays(5); // exclusive
        QCOMPARE(*query.count(f), 3);
        auto period = query.page(f, EvaluationColumn::Site, Qt::AscendingOrder, 0, 10);
        QCOMPARE(period->at(0).siteName, QStringLiteral("Alpha"));
        QCOMPARE(period->at(2).siteName, QStringLiteral("Beta"));
        // Whole days are counted from the daily sums: the same numbers, with a site and a result.
        f.from = QDateTime(t0.date().addDays(2), QTime(0, 0));
        f.to = QDateTime(t0.date().addDays(9), QTime(0, 0));
        QCOMPARE(*query.count(f), 7); // k = 2..8
        f.siteId = siteA;
        QCOMPARE(*query.count(f), 4); // k = 2, 4, 6, 8
        f.passed = true;
        QCOMPARE(*query.count(f), 2); // k = 6, 8
        f.passed.reset();
        f.autoFailed = true;
        QCOMPARE(*query.count(f), 0);
        f.siteId = siteB;
        QCOMPARE(*query.count(f), 1); // k = 3

        f = {};
        f.scoreMin = 60;
        f.scoreMax = 75; // k = 2, 4, 5: 60, 70, 75 (inclusive both ends; k = 3 auto-failed at 0)
        QCOMPARE(*query.count(f), 3);
        // Counted in the score's index (schema 45), which holds the status: the draft's 50 is not
        // a result, and neither it nor the auto-failed 0 is in 40-59.
        f = {};
        f.scoreMin = 40;
        f.scoreMax = 59.9;
        QCOMPARE(*query.count(f), 1); // k = 1: 55
        f.scoreMax.reset();
        QCOMPARE(*query.count(f), 8); // k = 1..9 but the auto-failed k = 3
        f.status = EvaluationStatus::Draft;
        QCOMPARE(*query.count(f), 1);
        f = {};
        f.inspectorId = 1;
        QCOMPARE(*query.count(f), 0); // none has an inspector in this fixture

        // CSV export of what the list shows, in its order.
        f = {};
        f.siteId = siteB;
        f.passed = true; // k = 7, 9
        const QString path = QDir::temp().filePath(QStringLiteral("servqa-export-%1.csv").arg(QCoreApplication::applicationPid()));
        const auto written = query.exportCsv(f, EvaluationColumn::Score, Qt::DescendingOrder, path);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.error()));
        QCOMPARE(*written, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.remove();
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF" "Evaluation ID,Interaction time,Site,Agent / employee,Form,Version,"));
        QVERIFY(lines[1].endsWith(",2025-03-10 09:00,Beta,,VISIT,1,,Submitted,95.0,Passed,,,,,91.0\r"));
        QVERIFY(lines[2].endsWith(",2025-03-08 09:00,Beta,,EX-1,1,,Submitted,85.0,Passed,,,,,93.0\r"));

        // Dimension score trend: the draft (k = 0) never counts; empathy 99 … 91 in March.
        const auto monthly = evaluationScoreTrend(*ws.db, {}, Granularity::Month, 1);
        QVERIFY2(monthly, qPrintable(monthly.ok() ? QString() : monthly.error()));
        QCOMPARE(monthly->size(), 1);
        QCOMPARE(monthly->first().period, QDate(2025, 3, 1));
        const Estimate &empathy = monthly->first().values[dimensionIndex(Dimension::Empathy)];
        QCOMPARE(empathy.n, 9);
        QCOMPARE(*empathy.mean, 95.0);
        QVERIFY(std::abs((*empathy.high - *empathy.mean) - 2.306004135204166 * std::sqrt(7.5 / 9)) < 1e-9);
        QVERIFY(monthly->first().values[dimensionIndex(Dimension::Tangibles)].tooFew); // none stored
        const auto weekly = evaluationScoreTrend(*ws.db, {}, Granularity::Week, 1);
        QCOMPARE(weekly->size(), 3); // 1 March 2025 is a Saturday
        QCOMPARE(weekly->at(0).period, QDate(2025, 2, 24));
        QCOMPARE(weekly->at(0).values[dimensionIndex(Dimension::Empathy)].n, 1); // 2 March
        QCOMPARE(weekly->at(1).values[dimensionIndex(Dimension::Empathy)].n, 7); // 3–9 March
        QCOMPARE(weekly->at(2).values[dimensionIndex(Dimension::Empathy)].n, 1); // 10 March
        ScoreTrendFilter alphaOnly;
        alphaOnly.siteId = siteA;
        QCOMPARE(evaluationScoreTrend(*ws.db, alphaOnly, Granularity::Month, 1)->first().values[dimensionIndex(Dimension::Empathy)].n, 4);
        QVERIFY(evaluationScoreTrend(*ws.db, {}, Granularity::Month, 10)->first().values[dimensionIndex(Dimension::Empathy)].tooFew);

        // A cancelled export writes nothing, not even an empty file.
        const auto cancelled = query.exportCsv({}, EvaluationColumn::OccurredAt, Qt::AscendingOrder, path,
                                               [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error(), QStringLiteral("Export cancelled; %1 was not written.").arg(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
