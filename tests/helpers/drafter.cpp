// Test helper for tst_editorcrash: opens an evaluation of a yes/no form in the real editor
// and answers one item every 300 ms from the keyboard ("N" answers and moves on), printing
// "typed <n> <epoch ms>" after each, until it is killed.
//   servqa_test_drafter WORKSPACE EVALUATION_ID USER_ID

#include "answerview.h"
#include "database.h"
#include "evaluationeditor.h"
#include "session.h"

#include <QApplication>
#include <QDateTime>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 4)
        return 2;
    servqa::Session session;
    if (!session.open(QString::fromLocal8Bit(argv[1]), servqa::Database::OpenMode::OpenExisting))
        return 3;
    servqa::EvaluationEditor editor(session);
    editor.show();
    if (!editor.open(QByteArray(argv[2]).toLongLong(), QByteArray(argv[3]).toLongLong()))
        return 4;
    int typed = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QTest::keyClick(editor.tree(), Qt::Key_N);
        std::printf("typed %d %lld\n", ++typed, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    timer.start(300);
    return app.exec();
}
