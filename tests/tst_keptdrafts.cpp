// The drafts an inspector's desk keeps on disk while the server cannot be reached (core/keptdrafts.h).

#include "keptdrafts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace servqa;

class TestKeptDrafts : public QObject
{
    Q_OBJECT

private slots:
    // A draft kept before the server made it, then again once it has: the second file replaces the
    // first only once it is written, so a write that fails leaves the answers where they were.
    void aDraftMadeOnTheServerReplacesItsFileOnlyWhenKept()
    {
        QTemporaryDir dir;
        KeptDrafts kept(QStringLiteral("postgresql://inspector@server/team"), dir.path());
        KeptDraft draft;
        draft.interactionId = 41;
        draft.formVersionId = 3;
        Answer greeted;
        greeted.value = 1.0;
        draft.answers.insert(QStringLiteral("greeting"), greeted);
        QVERIFY(kept.keep(draft));
        const QString before = draft.file;
        QVERIFY(QFile::exists(before));

        draft.evaluationId = 7; // made on the server meanwhile
        QVERIFY(QDir().mkpath(kept.fileFor(draft))); // and its file cannot be written: a folder holds the name
        const Status failed = kept.keep(draft);
        QVERIFY(!failed);
        QVERIFY2(failed.error().startsWith(QStringLiteral("Cannot keep the draft in %1: ").arg(kept.fileFor(draft))), qPrintable(failed.error()));
        QVERIFY(QFile::exists(before));
        const auto all = kept.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().interactionId, qint64(41));
        QCOMPARE(all->first().answers.value(QStringLiteral("greeting")).value, std::optional<double>(1.0));

        QVERIFY(QDir(kept.fileFor(draft)).removeRecursively());
        QVERIFY(kept.keep(draft));
        QVERIFY(!QFile::exists(before));
        QCOMPARE(kept.all()->size(), 1);
        QCOMPARE(kept.all()->first().evaluationId, qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestKeptDrafts)
#include "tst_keptdrafts.moc"
