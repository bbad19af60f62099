#include "startupprobe.h"

#include "dashboardspage.h"
#include "evaluationlistmodel.h"
#include "evaluationspage.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "mainwindow.h"
#include "resultspage.h"
#include "standardspage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

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

} // namespace

void startProbe(MainWindow &window)
{
    MainWindow *w = &window;
    when(
        w, [w] { return !w->interactionsPage()->model()->isLoading() && w->interactionsPage()->model()->rowCount() > 0; },
        [w] {
            say("usable");
            struct Step
            {
                const char *name;
                MainWindow::Page page;
                std::function<bool()> done;
            };
            auto steps = std::make_shared<QVector<Step>>(QVector<Step>{
                {"dashboards", MainWindow::Page::Dashboards, [w] { return !w->dashboardsPage()->isComputing(); }},
                {"results", MainWindow::Page::Results, [w] { return !w->resultsPage()->isComputing(); }},
                {"standards", MainWindow::Page::Standards, [w] { return !w->standardsPage()->isComputing(); }},
                {"evaluations", MainWindow::Page::Evaluations, [w] { return !w->evaluationsPage()->model()->isLoading(); }},
            });
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [w, steps, next](int k) {
                if (k == steps->size()) {
                    rusage usage{};
                    getrusage(RUSAGE_SELF, &usage);
                    say("peak-rss " + QByteArray::number(qint64(usage.ru_maxrss)));
                    QCoreApplication::quit();
                    return;
                }
                auto timer = std::make_shared<QElapsedTimer>();
                timer->start();
                w->showPage(steps->at(k).page);
                // A page starts computing when shown: give it one turn of the event loop.
                QTimer::singleShot(0, w, [w, steps, next, k, timer] {
                    when(w, steps->at(k).done, [steps, next, k, timer] {
                        say(QByteArray("page ") + steps->at(k).name + ' ' + QByteArray::number(timer->elapsed()));
                        (*next)(k + 1);
                    });
                });
            };
            (*next)(0);
        });
}

} // namespace servqa
