// The Interactions list model: paging, filters and sorting, under QAbstractItemModelTester.

#include "demogenerator.h"
#include "interactionlistmodel.h"
#include "screening.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace servqa;

// Queries run on the model's loader thread: wait until the answers are in.
#define SETTLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), 20000)

class TestInteractionListModel : public QObject
{
    Q_OBJECT

    test::Workspace *m_ws = nullptr;
    qint64 m_total = 0;

private slots:
    void initTestCase()
    {
        m_ws = new test::Workspace;
        DemoOptions options;
        options.evaluations = 400;
        options.seed = 5;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(*m_ws->db, options));
        QSqlQuery q(m_ws->db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions"));
        q.next();
        m_total = q.value(0).toLongLong();
        QVERIFY(m_total > 2 * InteractionListModel::PageSize);
    }

    void cleanupTestCase() { delete m_ws; }

    // The tester checks every signal and fetches pages itself, so it runs through the whole
    // life of a model here; the page counts are checked without it below.
    void passesTheModelTester()
    {
        InteractionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            SETTLE(model);
        }
        QCOMPARE(model.rowCount(), int(m_total));
        model.sort(int(InteractionColumn::Site), Qt::AscendingOrder);
        SETTLE(model);
        InteractionFilter f;
        f.channel = Channel::Call;
        model.setFilter(f);
        SETTLE(model);
        model.fetchMore({});
        SETTLE(model);
        model.setWorkspace(QString());
        SETTLE(model);
        QCOMPARE(model.rowCount(), 0);
    }

    void pagesArriveAsTheViewScrolls()
    {
        InteractionListModel model;
        QSignalSpy totals(&model, &InteractionListModel::totalCountChanged);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        QCOMPARE(totals.size(), 2); // "counting" (-1), then the total
        QCOMPARE(totals.first().first().toLongLong(), -1);
        QCOMPARE(totals.last().first().toLongLong(), m_total);
        QCOMPARE(model.rowCount(), InteractionListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        SETTLE(model);
        QCOMPARE(model.rowCount(), 2 * InteractionListModel::PageSize);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            SETTLE(model);
        }
        QCOMPARE(model.rowCount(), int(m_total));
        // Newest first by default, each next page read after the last row shown (keyset paging):
        // every interaction once, in order of start and then id.
        for (int r = 1; r < model.rowCount(); ++r) {
            const InteractionRow &before = *model.rowAt(r - 1), &row = *model.rowAt(r);
            QVERIFY2(before.startedAt > row.startedAt || (before.startedAt == row.startedAt && before.id > row.id),
                     qPrintable(QStringLiteral("row %1").arg(r)));
        }
    }

    void filterByChannelAndText()
    {
        InteractionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        InteractionFilter f;
        f.channel = Channel::Visit;
        model.setFilter(f);
        SETTLE(model);
        QSqlQuery q(m_ws->db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel = 'visit'"));
        q.next();
        QCOMPARE(model.totalCount(), q.value(0).toLongLong());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, int(InteractionColumn::Channel)).data().toString(), QStringLiteral("Store visit"));

        f = {};
        f.text = QStringLiteral("D00000001"); // one external id
        model.setFilter(f);
        SETTLE(model);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, int(InteractionColumn::ExternalId)).data().toString(), QStringLiteral("D00000001"));
    }

    void sortByDurationAscending()
    {
        InteractionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        model.sort(int(InteractionColumn::Duration), Qt::AscendingOrder);
        SETTLE(model);
        QSqlQuery q(m_ws->db->connection());
        q.exec(QStringLiteral("SELECT MIN(duration_s) FROM interactions"));
        q.next();
        QCOMPARE(model.rowAt(0)->durationSeconds, std::optional<int>(q.value(0).toInt()));
        QVERIFY(*model.rowAt(0)->durationSeconds <= *model.rowAt(1)->durationSeconds);
    }

    // A filter chosen while the previous one is still loading wins; the older answers are
    // dropped, never mixed in.
    void newerFilterSupersedesPending()
    {
        InteractionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        InteractionFilter chats;
        chats.channel = Channel::Chat;
        model.setFilter(chats);
        InteractionFilter emails;
        emails.channel = Channel::Email;
        model.setFilter(emails); // before any answer has arrived
        SETTLE(model);
        QSqlQuery q(m_ws->db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel = 'email'"));
        q.next();
        QCOMPARE(model.totalCount(), q.value(0).toLongLong());
        QCOMPARE(model.rowCount(), int(std::min<qint64>(model.totalCount(), InteractionListModel::PageSize)));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowAt(r)->channel, Channel::Email);
    }

    void displayTexts()
    {
        InteractionListModel model;
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        QCOMPARE(model.headerData(int(InteractionColumn::StartedAt), Qt::Horizontal).toString(), QStringLiteral("Start time"));
        QCOMPARE(model.columnCount(), 10);
        const InteractionRow *row = model.rowAt(0);
        QCOMPARE(model.index(0, 0).data().toString(), row->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.index(0, 0).data(InteractionListModel::InteractionIdRole).toLongLong(), row->id);
    }

    // Screening's results in the list (issue 22): the risk column, and the filters by risk and by
    // rule, against counts of the stored results. Risk is not sorted by: the order stays by time.
    void screeningRiskIsShownAndFiltered()
    {
        const auto screened = screenImported(*m_ws->db, [this] {
            QVector<qint64> ids;
            QSqlQuery q(m_ws->db->connection());
            q.exec(QStringLiteral("SELECT id FROM interactions"));
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }());
        QVERIFY2(screened, qPrintable(screened ? QString() : screened.error()));
        auto count = [this](const QString &sql) { return test::scalar(*m_ws->db, sql).toLongLong(); };
        const qint64 flagged = count(QStringLiteral("SELECT COUNT(*) FROM screened_interactions WHERE risk >= 1"));
        const qint64 high = count(QStringLiteral("SELECT COUNT(*) FROM screened_interactions WHERE risk >= 3"));
        const qint64 greeted = count(QStringLiteral("SELECT COUNT(*) FROM screening_hits WHERE rule_key = 'greeting'"));
        QCOMPARE(flagged, screened->flagged);
        QVERIFY(high > 0 && high < flagged && greeted > 0);

        InteractionListModel model;
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        QCOMPARE(model.headerData(int(InteractionColumn::Risk), Qt::Horizontal).toString(), QStringLiteral("Risk"));
        InteractionFilter f;
        f.minRisk = 3;
        model.setFilter(f);
        SETTLE(model);
        QCOMPARE(model.totalCount(), high);
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(*model.rowAt(r)->risk >= 3);
            const QString text = model.index(r, int(InteractionColumn::Risk)).data().toString();
            QVERIFY2(text == QLatin1String("High") || text == QLatin1String("Critical"), qPrintable(text));
        }
        f.minRisk = 1;
        model.setFilter(f);
        SETTLE(model);
        QCOMPARE(model.totalCount(), flagged);
        f = {};
        f.ruleKey = QStringLiteral("greeting");
        model.setFilter(f);
        SETTLE(model);
        QCOMPARE(model.totalCount(), greeted);
        f = {};
        model.setFilter(f);
        SETTLE(model);
        const qint64 first = model.rowAt(0)->id;
        model.sort(int(InteractionColumn::Risk), Qt::AscendingOrder);
        SETTLE(model);
        QVERIFY(model.rowAt(0)->startedAt <= model.rowAt(model.rowCount() - 1)->startedAt); // oldest first, by time
        QVERIFY(model.rowAt(0)->id != first);
        // A visit has no conversation: screened, nothing raised, an empty cell that says so.
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.rowAt(r)->channel == Channel::Visit && model.rowAt(r)->risk == 0) {
                QCOMPARE(model.index(r, int(InteractionColumn::Risk)).data().toString(), QString());
                QCOMPARE(model.index(r, int(InteractionColumn::Risk)).data(Qt::ToolTipRole).toString(),
                         QStringLiteral("Screened: no rule raised a risk."));
                return;
            }
        }
        QFAIL("no screened visit on the first page");
    }

    void noWorkspaceMeansNoRows()
    {
        InteractionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        model.setWorkspace(QString());
        SETTLE(model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestInteractionListModel)
#include "tst_interactionlistmodel.moc"
