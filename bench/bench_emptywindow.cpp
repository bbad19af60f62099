// The baselines for ServQA's cold start (bench_scale): a Qt Widgets process that shows a main
// window, lets the event loop paint it once, prints "usable" and quits.
//   (no option)  an empty main window;
//   --text       the window showing one line of text (English and Chinese): what drawing any text
//                adds (fontconfig, the font database, glyphs), the least any real window pays;
//   --list       the window ServQA's start draws, in plain Qt and nothing else: the navigation's
//                13 pages, the Interactions page's two rows of filters, a screenful of rows (the
//                list's 10 columns, Chinese names included, made in memory) beside the details
//                pane, the menus and the status bar. No workspace, no thread, no icon, none of
//                ServQA's libraries: the least Qt itself takes to draw that window.
#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <cstdio>

namespace {

// The rows of the first page, as the Interactions list shows them.
class Rows : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 50; } // the start's first page
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 10; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        static const char *const names[] = {"Started", "Channel", "Risk", "Site", "Agent", "Customer", "Duration", "First response",
                                            "Resolved", "External id"};
        return orientation == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(QString::fromLatin1(names[section])) : QVariant();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const int r = index.row();
        switch (index.column()) {
        case 0: return QStringLiteral("2026-10-31 18:%1").arg(59 - r % 60, 2, 10, QLatin1Char('0'));
        case 1: return r % 3 == 0 ? QStringLiteral("Chat") : QStringLiteral("Call");
        case 2: return r % 4 == 0 ? QStringLiteral("Risk") : QString();
        case 3: return r % 2 == 0 ? QStringLiteral("上海徐汇店") : QStringLiteral("Contact centre — Team 2");
        case 4: return r % 2 == 0 ? QStringLiteral("王芳") : QStringLiteral("Li Wei");
        case 5: return QStringLiteral("C-%1").arg(700000 + r * 37);
        case 6: return QStringLiteral("%1:%2").arg(3 + r % 7).arg(r * 7 % 60, 2, 10, QLatin1Char('0'));
        case 7: return QStringLiteral("0:%1").arg(r * 3 % 60, 2, 10, QLatin1Char('0'));
        case 8: return r % 5 == 0 ? QStringLiteral("No") : QStringLiteral("Yes");
        default: return QStringLiteral("EXT-%1").arg(r * 7919);
        }
    }
};

// The window of ServQA's start (ui/mainwindow.cpp, ui/interactionspage.cpp), made of the same Qt
// widgets in the same layout.
QWidget *buildListWindow(QMainWindow &window)
{
    auto *navigation = new QListWidget(&window);
    navigation->setFixedWidth(190);
    navigation->setSpacing(2);
    for (const char *page : {"Interactions", "Work queue", "Evaluations", "Visits", "Dashboards", "Results", "Scorecards", "Standards",
                             "Calibration", "Alerts", "Complaints", "Actions", "Settings"})
        new QListWidgetItem(QString::fromLatin1(page), navigation);
    auto *page = new QWidget(&window);
    auto *filters = new QHBoxLayout;
    for (const char *name : {"Period", "Site", "Agent", "Channel"}) {
        filters->addWidget(new QLabel(QString::fromLatin1(name), page));
        auto *choice = new QComboBox(page);
        choice->addItem(QStringLiteral("All"));
        filters->addWidget(choice, 1);
    }
    auto *second = new QHBoxLayout;
    second->addWidget(new QLabel(QStringLiteral("Screening"), page));
    auto *screening = new QComboBox(page);
    screening->addItem(QStringLiteral("All"));
    second->addWidget(screening, 1);
    second->addWidget(new QLineEdit(page), 2);
    second->addWidget(new QPushButton(QStringLiteral("Reset"), page));

    auto *list = new QTableView(page);
    list->setModel(new Rows(list));
    list->setSortingEnabled(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAlternatingRowColors(true);
    list->verticalHeader()->hide();
    list->verticalHeader()->setDefaultSectionSize(list->fontMetrics().height() + 8);
    list->horizontalHeader()->setStretchLastSection(true);
    list->setWordWrap(false);
    auto *details = new QWidget(page);
    auto *title = new QLabel(QStringLiteral("Chat with C-700000"), details);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *form = new QFormLayout;
    for (const char *name : {"Channel", "Site", "Agent", "Customer", "Times", "Source", "Screening"})
        form->addRow(new QLabel(QString::fromLatin1(name), details), new QLabel(QStringLiteral("上海徐汇店"), details));
    auto *transcript = new QPlainTextEdit(details);
    transcript->setReadOnly(true);
    transcript->setPlainText(QStringLiteral("顾客：您好，请问冷链商品什么时候发货？\n客服：您好，今天下午发货。"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(title);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(transcript, 1);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(filters);
    pageLayout->addLayout(second);
    pageLayout->addWidget(splitter, 1);
    pageLayout->addWidget(new QLabel(QStringLiteral("150,016 interactions"), page));

    auto *central = new QWidget(&window);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(navigation);
    layout->addWidget(page, 1);
    window.setCentralWidget(central);
    for (const char *menu : {"&File", "&Go", "&Help"}) {
        QMenu *m = window.menuBar()->addMenu(QString::fromLatin1(menu));
        for (int i = 0; i < 6; ++i)
            m->addAction(QStringLiteral("Action %1").arg(i + 1));
    }
    window.statusBar()->showMessage(QStringLiteral("/home/inspector/shops.servqa"));
    // Sized as ServQA sizes its first window: the screen's room when it is smaller than 1280×800.
    const QSize available = window.screen()->availableGeometry().size();
    const bool small = available.width() < 1280 + 40 || available.height() < 800 + 60;
    window.resize(small ? available : QSize(1280, 800));
    if (small)
        window.setWindowState(window.windowState() | Qt::WindowMaximized);
    return list->viewport();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QWidget *drawn = &window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--list"))) {
        drawn = buildListWindow(window);
    } else {
        if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
            drawn = new QLabel(QStringLiteral("Interactions 客户交互"), &window);
            window.setCentralWidget(drawn);
        }
        window.resize(1280, 800);
    }
    // Usable once drawn, as ServQA's start is (ui/startupprobe.cpp): after the paint of the
    // list's rows, of the text, or of the window when it has neither.
    struct AfterPaint : QObject
    {
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QMetaObject::invokeMethod(this, [] {
                    std::puts("usable");
                    std::fflush(stdout);
                    QCoreApplication::quit();
                }, Qt::QueuedConnection);
            }
            return false;
        }
    } afterPaint;
    drawn->installEventFilter(&afterPaint);
    window.show();
    return app.exec();
}
