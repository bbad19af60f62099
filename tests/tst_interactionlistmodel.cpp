// The Interactions list model: paging, filters and sorting, under QAbstractItemModelTester.

#include "demogenerator.h"
#include "interactionlistmodel.h"
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
        // Newest first by default.
        QVERIFY(model.rowAt(0)->startedAt >= model.rowAt(1)->startedAt);
        QVERIFY(model.rowAt(0)->startedAt >= model.rowAt(int(m_total) - 1)->startedAt);
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
        QCOMPARE(model.columnCount(), 9);
        const InteractionRow *row = model.rowAt(0);
        QCOMPARE(model.index(0, 0).data().toString(), row->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(model.index(0, 0).data(InteractionListModel::InteractionIdRole).toLongLong(), row->id);
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
