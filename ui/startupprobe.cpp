#include "startupprobe.h"

#include "afterpaint.h"
#include "dashboardspage.h"
#include "evaluationlistmodel.h"
#include "evaluationspage.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "mainwindow.h"
#include "resultspage.h"
#include "standardspage.h"

#include "pagedtablemodel.h"
#include "scorecard.h"
#include "screeningtab.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

namespace servqa {

namespace {

// Polls `done` every few milliseconds, then runs `next`.
void when(QObject *context, std::function<bool()> done, std::function<void()> next)
{
    auto *timer = new QTimer(context);
    timer->setInterval(2);
    QObject::connect(timer, &QTimer::timeout, context, [timer, done = std::move(done), next = std::move(next)] {
        if (!done())
            return;
        timer->stop();
        timer->deleteLater();
        next();
    });
    timer->start();
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// One thing the user waits for: `act` (show a page, change a filter), then `done` polled, then
// the window painted; printed as "KIND NAME MS".
struct Step
{
    QByteArray kind, name;
    std::function<void()> act;
    std::function<bool()> done;
};

// The first store of a page's site filter (index 0 is every site).
std::function<void()> firstStore(QComboBox *sites)
{
    return [sites] { sites->setCurrentIndex(std::min(1, sites->count() - 1)); };
}

QVector<Step> steps(MainWindow *w)
{
    const auto show = [w](MainWindow::Page page) { return [w, page] { w->showPage(page); }; };
    DashboardsPage *dashboards = w->dashboardsPage();
    // The numbers of the tab shown (the others follow while the user looks at it).
    const auto dashboardsDone = [dashboards] { return !dashboards->isComputingShownTab(); };
    QVector<Step> list{{"page", "dashboards", show(MainWindow::Page::Dashboards), dashboardsDone}};
    // Each tab of Dashboards: turned to right after a change on the tab before (before the page
    // has computed it in the background), its site filter to the first store, then back to all
    // sites.
    for (int tab = 0; tab < dashboards->tabs()->count(); ++tab) {
        const QByteArray name = "dashboards, tab " + QByteArray::number(tab + 1) + " ("
                                + dashboards->tabs()->tabText(tab).remove(QLatin1Char('&')).toUtf8() + "), ";
        if (tab > 0)
            list.push_back({"turn", name.chopped(2), [dashboards, tab] { dashboards->tabs()->setCurrentIndex(tab); }, dashboardsDone});
        list.push_back({"wait", name + "one store", firstStore(dashboards->siteBox()), dashboardsDone});
        list.push_back({"wait", name + "all sites", [dashboards] { dashboards->siteBox()->setCurrentIndex(0); }, dashboardsDone});
        // The Screening tab opens listing its rules and counts the agents when first listed by
        // agent: a wait of its own, until the table is filled.
        if (dashboards->tabs()->widget(tab) == dashboards->screeningTab()) {
            ScreeningTab *screening = dashboards->screeningTab();
            list.push_back({"wait", name + "listed by agent",
                            [screening] { screening->byBox()->setCurrentIndex(screening->byBox()->findData(ScreeningTab::ByAgent)); },
                            dashboardsDone});
        }
    }
    // The other pages are made when first shown, as for the user: their first reads are part of
    // their own wait, not done beforehand (nor during the waits before theirs).
    const auto resultsDone = [w] { return !w->resultsPage()->isComputing(); };
    list.push_back({"page", "results", show(MainWindow::Page::Results), resultsDone});
    const QDate month = QDate::fromString(qEnvironmentVariable("SERVQA_PROBE_MONTH"), QStringLiteral("yyyy-MM"));
    if (month.isValid()) {
        list.push_back({"wait", "results, " + month.toString(QStringLiteral("yyyy-MM")).toUtf8(),
                        [w, month] { w->resultsPage()->setPeriod({month, month.addMonths(1).addDays(-1)}); }, resultsDone});
    }
    const auto standardsDone = [w] { return !w->standardsPage()->isComputing(); };
    list.push_back({"page", "standards", show(MainWindow::Page::Standards), standardsDone});
    list.push_back({"wait", "standards, one store", [w] { firstStore(w->standardsPage()->siteBox())(); }, standardsDone});
    const auto evaluationsDone = [w] { return !w->evaluationsPage()->model()->isLoading(); };
    list.push_back({"page", "evaluations", show(MainWindow::Page::Evaluations), evaluationsDone});
    list.push_back({"wait", "evaluations, one store", [w] { firstStore(w->evaluationsPage()->siteBox())(); }, evaluationsDone});
    InteractionsPage *interactions = w->interactionsPage();
    const auto interactionsDone = [interactions] { return !interactions->model()->isLoading(); };
    list.push_back({"wait", "interactions, one store", [w, interactions] {
                        w->showPage(MainWindow::Page::Interactions);
                        firstStore(interactions->siteBox())();
                    }, interactionsDone});
    return list;
}

} // namespace

void startProbe(MainWindow &window)
{
    MainWindow *w = &window;
    // Usable: the window drawn with the first page of interactions in its list and their count
    // below it. The reader sends the rows, then the count; either may come after the first paint,
    // and only what changed is drawn again: usable after the paint of whichever is drawn once both
    // are in (watching the rows alone, a count that came later left the probe waiting for ever).
    auto said = std::make_shared<bool>(false);
    const auto usable = [w, said] {
        if (std::exchange(*said, true))
            return;
        say("usable");
        // As the user does when a workspace first opens here: confirm who is working. It is
        // remembered, so the next start is a returning user's, without the question.
        if (auto *ask = w->findChild<QDialog *>(QStringLiteral("workAsDialog")))
            ask->accept();
        auto list = std::make_shared<QVector<Step>>(steps(w));
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [w, list, next](int k) {
            if (k == list->size()) {
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                say("peak-rss " + QByteArray::number(qint64(usage.ru_maxrss)));
                // How much of the resident memory is the workspace file mapped (SQLite reads
                // through a memory map: the system's file cache, shared, not the program's
                // own) and how much the program's own, at the end.
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("RssAnon:") || line.startsWith("RssFile:"))
                            say((line.startsWith("RssAnon:") ? "rss-anon " : "rss-file ") + line.mid(8).trimmed().split(' ').value(0));
                    }
                }
                QCoreApplication::quit();
                return;
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            list->at(k).act();
            // A page starts computing when shown or filtered: give it one turn of the event loop.
            QTimer::singleShot(0, w, [w, list, next, k, timer] {
                when(w, list->at(k).done, [w, list, next, k, timer] {
                    w->repaint(); // the last numbers drawn
                    say(list->at(k).kind + ' ' + list->at(k).name + ' ' + QByteArray::number(timer->elapsed()));
                    (*next)(k + 1);
                });
            });
        };
        (*next)(0);
    };
    const auto rowsAndCountIn = [w] {
        return !w->interactionsPage()->model()->isLoading() && w->interactionsPage()->model()->rowCount() > 0;
    };
    afterNextPaint(w->interactionsPage()->view()->viewport(), usable, rowsAndCountIn, Qt::HighEventPriority);
    afterNextPaint(w->interactionsPage()->countLabel(), usable, rowsAndCountIn, Qt::HighEventPriority);
}

} // namespace servqa
