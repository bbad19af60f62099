// Mystery-shop visits end to end against a workspace: planning with the lock-out rule, the life
// cycle, evidence hashing and duplicates, and visit packages (including tampered and foreign
// ones). The stores and checklist are those of scorecardfixture.h.

#include "exif.h"
#include "packagefile.h"
#include "scorecard.h"
#include "visitfixture.h"
#include "visitpackage.h"
#include "visits.h"
#include "workspacesettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>

using namespace servqa;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray fileData(const QString &relative)
{
    return test::readData(relative);
}

// What shopper A recorded in the store on 2 April 2025: the floor was dirty, with a photo.
FilledVisit aprilVisit()
{
    FilledVisit filled;
    filled.startedAt = QDateTime(QDate(2025, 4, 2), QTime(15, 0));
    filled.endedAt = QDateTime(QDate(2025, 4, 2), QTime(15, 25));
    filled.answers.insert(QStringLiteral("t1"), Answer::no());
    filled.answers[QStringLiteral("t1")].comment = QStringLiteral("地面有垃圾 litter on the floor");
    filled.answerTimes.insert(QStringLiteral("t1"), QDateTime(QDate(2025, 4, 2), QTime(15, 3)));
    filled.comment = QStringLiteral("<b>busy</b>");
    filled.evidence.push_back({QStringLiteral("t1"), QStringLiteral("floor.jpg"), EvidenceKind::Photo,
                               fileData(QStringLiteral("visits/photo_exif.jpg"))});
    return filled;
}

} // namespace

class TestVisits : public QObject
{
    Q_OBJECT

private slots:
    void lockOutKeepsAShopperAwayFromTheSameStore()
    {
        test::VisitFixture f;
        VisitService lead(*f.ws.db, f.lead);
        QCOMPARE(lead.lockoutDays(), 90);
        f.plan(f.east1, QDate(2025, 3, 1), QDate(2025, 3, 3), f.shopperA);
        // 10–12 April is 38 days after 3 March: within 90 days.
        const auto refused = lead.plan({f.east1, f.checklist.formId, QString(), QDate(2025, 4, 10), QDate(2025, 4, 12), f.shopperA});
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("马丽 Ma Li already visits 上海南京路店 <b>Nanjing Rd</b> from 2025-03-01 to "
                                                 "2025-03-03 (visit 1); the same shopper returns to a store after 90 days at the earliest."));
        QVERIFY(lead.plan({f.east1, f.checklist.formId, QString(), QDate(2025, 4, 10), QDate(2025, 4, 12), f.shopperB})); // another shopper
        QVERIFY(lead.setLockoutDays(30));
        QVERIFY(lead.plan({f.east1, f.checklist.formId, QString(), QDate(2025, 4, 10), QDate(2025, 4, 12), f.shopperA}));
        // 2 April is 30 days after 3 March: still locked out at 30 days.
        QVERIFY(!lead.checkLockout(f.shopperA, f.east1, QDate(2025, 4, 2), QDate(2025, 4, 2)));
        QVERIFY(lead.checkLockout(f.shopperA, f.east1, QDate(2025, 5, 20), QDate(2025, 5, 21)));

        // Staff who would know the shopper.
        QVERIFY(lead.excludeShopper(f.shopperA, f.east2, QStringLiteral("曾在该店工作 worked there")));
        const auto known = lead.plan({f.east2, f.checklist.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), f.shopperA});
        QVERIFY(!known);
        QCOMPARE(known.error(), QStringLiteral("马丽 Ma Li is not sent to 杭州西湖店 West Lake: the staff would know them "
                                               "(曾在该店工作 worked there)."));
        // Only shoppers visit; only leads plan; only checklists are visited.
        QVERIFY(!lead.plan({f.east2, f.checklist.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), f.inspector}));
        QVERIFY(!VisitService(*f.ws.db, f.inspector).plan({f.east2, f.checklist.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), {}}));
        QVERIFY(!lead.plan({f.east2, f.scorecard.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), {}}));
    }

    void bulkPlanningSpreadsStoresAndDealsShoppers()
    {
        test::VisitFixture f;
        VisitService lead(*f.ws.db, f.lead);
        QVERIFY(lead.excludeShopper(f.shopperA, f.east2, QStringLiteral("relative")));
        const auto ids = lead.planRegion({QStringLiteral("华东 East"), f.checklist.formId, QStringLiteral("咨询"), QDate(2025, 3, 1),
                                          QDate(2025, 3, 31), 3, {f.shopperA, f.shopperB}});
        QVERIFY2(ids, qPrintable(ids.ok() ? QString() : ids.error()));
        QCOMPARE(ids->size(), 3); // S1, S2, S3; the team is not visited
        const auto visits = lead.visits({});
        QCOMPARE(visits->size(), 3);
        QCOMPARE(visits->at(0).siteCode, QStringLiteral("S1"));
        QCOMPARE(visits->at(0).windowFrom, QDate(2025, 3, 1));
        QCOMPARE(visits->at(0).windowTo, QDate(2025, 3, 3));
        QCOMPARE(visits->at(1).windowFrom, QDate(2025, 3, 15));
        QCOMPARE(visits->at(2).windowFrom, QDate(2025, 3, 29));
        QCOMPARE(visits->at(2).windowTo, QDate(2025, 3, 31));
        QCOMPARE(visits->at(0).shopperId, std::optional<qint64>(f.shopperA));
        QCOMPARE(visits->at(1).shopperId, std::optional<qint64>(f.shopperB)); // A is known at S2
        QCOMPARE(visits->at(2).shopperId, std::optional<qint64>(f.shopperA));
        QCOMPARE(visits->at(0).status, VisitStatus::Assigned);
        // Once more in March: each shopper is locked out of the stores they visit already; S1
        // goes to B, S3 to B, and S2 (A known there, B there already) stays unassigned.
        const auto again = lead.planRegion({QStringLiteral("华东 East"), f.checklist.formId, QString(), QDate(2025, 3, 1),
                                            QDate(2025, 3, 31), 3, {f.shopperA, f.shopperB}});
        QVERIFY(again);
        VisitFilter planned;
        planned.status = VisitStatus::Planned;
        const auto unassigned = lead.visits(planned);
        QCOMPARE(unassigned->size(), 1);
        QCOMPARE(unassigned->first().siteCode, QStringLiteral("S2"));
        VisitFilter assigned;
        assigned.status = VisitStatus::Assigned;
        assigned.shopperId = f.shopperB;
        QCOMPARE(lead.visits(assigned)->size(), 3);
    }

    void lifeCycleAndOnlyValidatedVisitsCount()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east3, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        VisitService shopper(*f.ws.db, f.shopperA);
        QVERIFY(!VisitService(*f.ws.db, f.shopperB).start(id)); // not B's visit
        const QDateTime t0(QDate(2025, 4, 2), QTime(10, 0));
        const auto evaluation = shopper.start(id, t0);
        QVERIFY(evaluation);
        QCOMPARE(shopper.visit(id)->status, VisitStatus::InProgress);
        QCOMPARE(*shopper.visit(id)->startedAt, t0);
        // Issue 16 (19): in the Interactions list the visit names its shopper and scenario.
        const auto visitCall = InteractionRepository(*f.ws.db).find(*shopper.visit(id)->interactionId);
        QVERIFY(visitCall && *visitCall);
        QCOMPARE((*visitCall)->customerRef, shopper.visit(id)->shopperName);
        QVERIFY(!(*visitCall)->customerRef.isEmpty());
        QCOMPARE((*visitCall)->transcript, shopper.visit(id)->scenario);
        QVERIFY(!shopper.submit(id)); // t1 not answered
        QVERIFY(shopper.saveAnswers(id, {{QStringLiteral("t1"), Answer::no()}}, QString(), t0.addSecs(60)));
        QVERIFY(shopper.saveAnswers(id, {{QStringLiteral("t1"), Answer::no()}}, QStringLiteral("note"), t0.addSecs(90))); // unchanged
        QCOMPARE(shopper.answerTimes(id)->value(QStringLiteral("t1")), t0.addSecs(60));
        QVERIFY(shopper.saveAnswers(id, {{QStringLiteral("t1"), Answer::yes()}}, QString(), t0.addSecs(120)));
        QCOMPARE(shopper.answerTimes(id)->value(QStringLiteral("t1")), t0.addSecs(120));
        QVERIFY(shopper.submit(id, t0.addSecs(600)));
        QCOMPARE(*shopper.visit(id)->endedAt, t0.addSecs(600));
        QVERIFY(!shopper.saveAnswers(id, {{QStringLiteral("t1"), Answer::no()}}, QString())); // submitted: frozen

        // Submitted but not validated: the store has no score yet.
        ComparisonRequest april;
        april.region = QStringLiteral("华东 East");
        april.siteKind = QStringLiteral("store");
        april.period = {QDate(2025, 4, 1), QDate(2025, 4, 30)};
        april.formId = f.checklist.formId;
        auto ranking = compareSubjects(*f.ws.db, april);
        QVERIFY(std::none_of(ranking->cbegin(), ranking->cend(), [](const SubjectScores &s) { return s.overall.mean.has_value(); }));
        QVERIFY(!shopper.validate(id)); // shoppers do not review
        QVERIFY(VisitService(*f.ws.db, f.lead).validate(id));
        QCOMPARE(shopper.visit(id)->status, VisitStatus::Validated);
        QCOMPARE(shopper.visit(id)->reviewedByName, QStringLiteral("陈静"));
        ranking = compareSubjects(*f.ws.db, april);
        QCOMPARE(ranking->first().code, QStringLiteral("S3"));
        QCOMPARE(*ranking->first().overall.mean, 100.0);
        QCOMPARE(ranking->first().visits, 1);

        // Rejected with a reason: never counts.
        const qint64 other = f.plan(f.east2, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperB);
        VisitService b(*f.ws.db, f.shopperB);
        QVERIFY(b.start(other, t0));
        QVERIFY(b.saveAnswers(other, {{QStringLiteral("t1"), Answer::no()}}, QString(), t0));
        QVERIFY(b.submit(other, t0.addSecs(300)));
        QVERIFY(!VisitService(*f.ws.db, f.lead).reject(other, QStringLiteral("  ")));
        VisitService atTheOtherDesk(*f.ws.db, f.lead); // read the visit as submitted, as the lead's page did
        QVERIFY(VisitService(*f.ws.db, f.lead).reject(other, QStringLiteral("照片不是本店 photo from another store")));
        QCOMPARE(b.visit(other)->status, VisitStatus::Rejected);
        // A second review of the same visit is refused, naming the first: the rejection stays.
        const QString reviewedAt = b.visit(other)->reviewedAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const Status late = atTheOtherDesk.validate(other);
        QVERIFY(!late);
        QCOMPARE(late.error(), QStringLiteral("Visit %1 is Rejected (by 陈静 at %2); this step is not possible now.").arg(other).arg(reviewedAt));
        QCOMPARE(b.visit(other)->status, VisitStatus::Rejected);
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT status FROM evaluations WHERE id = %1").arg(*b.visit(other)->evaluationId)).toString(),
                 QStringLiteral("draft")); // a rejected visit's checklist never counts
        QCOMPARE(b.visit(other)->reviewReason, QStringLiteral("照片不是本店 photo from another store"));
        ranking = compareSubjects(*f.ws.db, april);
        QCOMPARE(ranking->size(), 3);
        QCOMPARE(ranking->at(1).total(), 0);
        QCOMPARE(ranking->at(2).total(), 0);
    }

    void itemsThatNeedEvidenceBlockSubmissionUntilAttached()
    {
        test::VisitFixture f;
        auto form = formFromJson(R"({"code": "CL-2", "name": "Receipt check", "kind": "checklist", "status": "active", "passMark": 80,
            "sections": [{"key": "c", "title": "Checkout", "kind": "standard", "weight": 1, "items": [
              {"key": "receipt", "text": "Offered a receipt", "type": "yesno_na", "weight": 1, "dimension": "reliability",
               "requiresEvidence": true},
              {"key": "smile", "text": "Smiled", "type": "yesno", "weight": 1, "dimension": "empathy"}]}]})",
                                 QStringLiteral("CL-2"));
        QVERIFY(form);
        QVERIFY(form->sections[0].items[0].requiresEvidence);
        const Form stored = *FormRepository(*f.ws.db).insertVersion(*form);
        QVERIFY(FormRepository(*f.ws.db).load(stored.versionId)->sections[0].items[0].requiresEvidence); // kept in the workspace
        QVERIFY(formToJson(stored).contains("\"requiresEvidence\": true"));
        const qint64 id = *VisitService(*f.ws.db, f.lead).plan({f.east1, stored.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), f.shopperA});
        VisitService shopper(*f.ws.db, f.shopperA);
        QVERIFY(shopper.start(id));
        QVERIFY(shopper.saveAnswers(id, {{QStringLiteral("receipt"), Answer::yes()}, {QStringLiteral("smile"), Answer::yes()}}, QString()));
        const auto refused = shopper.submit(id);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("Attach evidence to these items before submitting: Offered a receipt"));
        // Evidence for another item does not count; for this one it does.
        QVERIFY(shopper.addEvidence(id, QStringLiteral("smile"), test::dataPath(QStringLiteral("visits/photo_exif.jpg")), EvidenceKind::Photo));
        QVERIFY(!shopper.submit(id));
        QVERIFY(shopper.addEvidence(id, QStringLiteral("receipt"), test::dataPath(QStringLiteral("visits/receipt.png")), EvidenceKind::Receipt));
        QVERIFY(shopper.submit(id));
        // Not applicable needs no proof.
        const qint64 other = *VisitService(*f.ws.db, f.lead).plan({f.east2, stored.formId, QString(), QDate(2025, 6, 1), QDate(2025, 6, 2), f.shopperA});
        QVERIFY(shopper.start(other));
        QVERIFY(shopper.saveAnswers(other, {{QStringLiteral("receipt"), Answer::na()}, {QStringLiteral("smile"), Answer::no()}}, QString()));
        QVERIFY(shopper.submit(other));
    }

    void evidenceIsHashedKeptAndDuplicatesFound()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        VisitService shopper(*f.ws.db, f.shopperA);
        QVERIFY(!shopper.addEvidence(id, QString(), test::dataPath(QStringLiteral("visits/photo_exif.jpg")), EvidenceKind::Photo)); // not started
        QVERIFY(shopper.start(id));
        const auto photo = shopper.addEvidence(id, QStringLiteral("t1"), test::dataPath(QStringLiteral("visits/photo_exif.jpg")), EvidenceKind::Photo);
        QVERIFY2(photo, qPrintable(photo.ok() ? QString() : photo.error()));
        QVERIFY(photo->alsoInVisits.isEmpty());
        const auto receipt = shopper.addEvidence(id, QString(), test::dataPath(QStringLiteral("visits/receipt.png")), EvidenceKind::Receipt);
        QVERIFY(receipt);
        const auto again = shopper.addEvidenceData(id, QString(), fileData(QStringLiteral("visits/photo_exif.jpg")), QStringLiteral("IMG_2.jpg"),
                                                   EvidenceKind::Photo);
        QVERIFY(!again);
        QCOMPARE(again.error(), QStringLiteral("IMG_2.jpg is already attached to this visit (as photo_exif.jpg)."));

        const auto files = shopper.evidence(id, true);
        QCOMPARE(files->size(), 2);
        const EvidenceFile &p = files->at(0);
        QCOMPARE(p.sha256, QStringLiteral("0e460b3a9978d09feb32506dafa77323474b44d46d51d535c2a346153384b50a"));
        QCOMPARE(p.size, qint64(397));
        QCOMPARE(p.originalName, QStringLiteral("photo_exif.jpg"));
        QCOMPARE(p.itemKey, QStringLiteral("t1"));
        QCOMPARE(*p.capturedAt, QDateTime(QDate(2025, 4, 12), QTime(14, 35, 9))); // EXIF DateTimeOriginal
        QCOMPARE(p.data, fileData(QStringLiteral("visits/photo_exif.jpg")));
        QVERIFY(!files->at(1).capturedAt); // a PNG receipt has no EXIF
        QCOMPARE(files->at(1).kind, EvidenceKind::Receipt);

        // The same photo in another visit: attached, and the earlier visit is named.
        const qint64 other = f.plan(f.east2, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperB);
        QVERIFY(VisitService(*f.ws.db, f.shopperB).start(other));
        const auto reused = VisitService(*f.ws.db, f.shopperB).addEvidence(other, QString(), test::dataPath(QStringLiteral("visits/photo_exif.jpg")),
                                                                          EvidenceKind::Photo);
        QVERIFY(reused);
        QCOMPARE(reused->alsoInVisits, QVector<qint64>{id});

        // Kept in the workspace: a copy on another machine still has the bytes (on a server, another
        // connection has them).
        f.ws.db.reset();
        QString place = f.ws.path;
        if (!test::onServer()) {
            place = f.ws.dir.filePath(QStringLiteral("moved.servqa"));
            QVERIFY(QFile::copy(f.ws.path, place));
            QFile::remove(f.ws.path);
        }
        auto db = Database::open(place);
        QVERIFY(db);
        QCOMPARE(VisitService(**db, f.shopperA).evidence(id, true)->at(0).data, fileData(QStringLiteral("visits/photo_exif.jpg")));
    }

    void exifCaptureTime()
    {
        QCOMPARE(*servqa::exifCaptureTime(fileData(QStringLiteral("visits/photo_exif.jpg"))), QDateTime(QDate(2025, 4, 12), QTime(14, 35, 9)));
        QVERIFY(!servqa::exifCaptureTime(fileData(QStringLiteral("visits/receipt.png"))));
        QVERIFY(!servqa::exifCaptureTime(QByteArray("not an image")));
        // The demo's photos are stamped the way a phone stamps them, and read back to the second.
        // (The segment goes first, before the camera's own of 2025-04-12.)
        const QByteArray stamped = withExifCaptureTime(fileData(QStringLiteral("visits/photo_exif.jpg")), QDateTime(QDate(2026, 11, 3), QTime(15, 42, 7)));
        QCOMPARE(*servqa::exifCaptureTime(stamped), QDateTime(QDate(2026, 11, 3), QTime(15, 42, 7)));
        QVERIFY(withExifCaptureTime(fileData(QStringLiteral("visits/receipt.png")), QDateTime::currentDateTime()).isEmpty());
    }

    void packageRoundTripRefusesTamperedForeignAndReplayed()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        const QString exported = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(!exportVisitPackage(*f.ws.db, f.shopperA, id, exported)); // a lead sends packages
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, exported));
        const QString keyA = *shopperKey(*f.ws.db, f.lead, f.shopperA);
        const QString keyB = *shopperKey(*f.ws.db, f.lead, f.shopperB);
        QVERIFY(!shopperKey(*f.ws.db, f.shopperA, f.shopperA)); // only a lead sees a key
        QCOMPARE(keyA.size(), 29); // six groups of four
        QVERIFY(keyA != keyB);
        QVERIFY(!readAll(exported).contains(decodeShopperKey(keyA).toHex())); // the key never travels
        QVERIFY(!readAll(exported).contains(keyA.toLatin1()));

        const FilledVisit filled = aprilVisit();
        const QString done = f.ws.dir.filePath(QStringLiteral("visit-filled.servqa-visit"));
        // Another shopper's key does not fit the package.
        const Status wrongKey = fillVisitPackage(exported, filled, keyB, done);
        QVERIFY(!wrongKey);
        QCOMPARE(wrongKey.error(), QStringLiteral("This is not the key %1 was made for. Check the key with your QA lead.").arg(exported));
        QVERIFY(fillVisitPackage(exported, filled, keyA.toLower().remove(QLatin1Char('-')), done)); // typed any way

        // Tampered: an answer changed after signing, or a byte of a photo.
        const QByteArray original = readAll(done);
        const QString tampered = f.ws.dir.filePath(QStringLiteral("tampered.servqa-visit"));
        QByteArray changed = original;
        QVERIFY(changed.contains("\"value\":0"));
        changed.replace("\"value\":0", "\"value\":1");
        writeAll(tampered, changed);
        auto refused = importVisitPackage(*f.ws.db, f.lead, tampered);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), tampered + QStringLiteral(" has been changed since it was filled in, or was not filled in with the key of "
                                                            "马丽 Ma Li; it is refused."));
        // Read while tampered, then put back as filled before its signature is checked: the
        // signature checked is of another file than the manifest read, and is refused.
        const QString swapped = f.ws.dir.filePath(QStringLiteral("swapped.servqa-visit"));
        writeAll(swapped, changed);
        const auto readTampered = packagefile::read(swapped, 1 << 30, 1 << 30);
        QVERIFY(readTampered);
        writeAll(swapped, original);
        const auto signedOther = packagefile::verify(swapped, *readTampered, decodeShopperKey(keyA));
        QVERIFY(signedOther);
        QVERIFY(!*signedOther);
        const auto readGenuine = packagefile::read(swapped, 1 << 30, 1 << 30);
        QVERIFY(readGenuine);
        const auto signedThis = packagefile::verify(swapped, *readGenuine, decodeShopperKey(keyA));
        QVERIFY(signedThis);
        QVERIFY(*signedThis);
        changed = original;
        changed[changed.size() - 200] = char(changed[changed.size() - 200] ^ 0x55); // inside the photo
        writeAll(tampered, changed);
        QVERIFY(!importVisitPackage(*f.ws.db, f.lead, tampered));
        // Forged: a whole package signed with shopper B's key for shopper A's visit.
        const auto contents = packagefile::read(done, 1 << 30, 1 << 30);
        QVERIFY(contents);
        QVERIFY(packagefile::write(tampered, contents->manifest, {fileData(QStringLiteral("visits/photo_exif.jpg"))}, decodeShopperKey(keyB)));
        refused = importVisitPackage(*f.ws.db, f.lead, tampered);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("was not filled in with the key of 马丽 Ma Li")), qPrintable(refused.error()));
        QCOMPARE(VisitService(*f.ws.db, f.lead).visit(id)->status, VisitStatus::Assigned); // nothing applied

        // Foreign: the same visit number in another workspace.
        {
            test::VisitFixture other;
            const qint64 otherId = other.plan(other.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), other.shopperA);
            QCOMPARE(otherId, id);
            const auto foreign = importVisitPackage(*other.ws.db, other.lead, done);
            QVERIFY(!foreign);
            QCOMPARE(foreign.error(), done + QStringLiteral(" belongs to another workspace."));
        }

        const auto applied = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY2(applied, qPrintable(applied.ok() ? QString() : applied.error()));
        VisitService service(*f.ws.db, f.lead);
        const Visit v = *service.visit(id);
        QCOMPARE(v.status, VisitStatus::Submitted);
        QCOMPARE(*v.startedAt, filled.startedAt);
        QCOMPARE(*v.endedAt, filled.endedAt);
        QCOMPARE(*v.score, 0.0);
        QCOMPARE(service.answerTimes(id)->value(QStringLiteral("t1")), QDateTime(QDate(2025, 4, 2), QTime(15, 3)));
        const auto evidence = service.evidence(id, true);
        QCOMPARE(evidence->size(), 1);
        QCOMPARE(evidence->first().originalName, QStringLiteral("floor.jpg"));
        QCOMPARE(evidence->first().data, fileData(QStringLiteral("visits/photo_exif.jpg")));

        // Replayed: applied once only.
        const auto replay = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY(!replay);
        QCOMPARE(replay.error(), done + QStringLiteral(" has been applied to visit %1 already.").arg(id));

        // A package superseded by a newer export is refused.
        const qint64 second = f.plan(f.east2, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperB);
        const QString first = f.ws.dir.filePath(QStringLiteral("first.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, second, first));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, second, f.ws.dir.filePath(QStringLiteral("second.servqa-visit"))));
        const QString firstFilled = f.ws.dir.filePath(QStringLiteral("first-filled.servqa-visit"));
        QVERIFY(fillVisitPackage(first, filled, keyB, firstFilled));
        const auto stale = importVisitPackage(*f.ws.db, f.lead, firstFilled);
        QVERIFY(!stale);
        QCOMPARE(stale.error(), firstFilled + QStringLiteral(" is not the package last sent for visit %1.").arg(second));
        const auto png = importVisitPackage(*f.ws.db, f.lead, test::dataPath(QStringLiteral("visits/receipt.png")));
        QVERIFY(!png);
        QCOMPARE(png.error(), test::dataPath(QStringLiteral("visits/receipt.png")) + QStringLiteral(" is not a ServQA visit package."));
    }

    // A package signed with the right key is still refused when what it says cannot be: the
    // checklist's items, the kind of each answer, times inside the visit's window and not ahead.
    void aPackageTheWorkspaceCouldNotRecordReplacesNoFile()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        const QString exported = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, exported));
        const QByteArray sent = readAll(exported);

        // The workspace's commit fails: a trigger leaves a deferred foreign key broken (in a file),
        // or a deferred constraint trigger refuses it (on a server).
        QSqlQuery q(f.ws.db->connection());
        const bool server = f.ws.db->dialect().kind() == SqlDialect::Kind::Postgres;
        const QStringList breaking =
            server ? QStringList{QStringLiteral("CREATE FUNCTION breaks_commit() RETURNS trigger LANGUAGE plpgsql AS "
                                                "'BEGIN RAISE EXCEPTION ''FOREIGN KEY broken by the test''; END'"),
                                 QStringLiteral("CREATE CONSTRAINT TRIGGER breaks_commit AFTER UPDATE ON visits DEFERRABLE INITIALLY DEFERRED "
                                                "FOR EACH ROW EXECUTE FUNCTION breaks_commit()")}
                   : QStringList{QStringLiteral("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)"),
                                 QStringLiteral("CREATE TEMP TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"),
                                 QStringLiteral("CREATE TEMP TRIGGER breaks_commit AFTER UPDATE ON main.visits BEGIN INSERT INTO child VALUES (42); END")};
        for (const QString &sql : breaking)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const Status failed = exportVisitPackage(*f.ws.db, f.lead, id, exported);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("FOREIGN KEY")), qPrintable(failed.error()));
        QCOMPARE(readAll(exported), sent); // the package already sent is still the file
        QCOMPARE(QDir(f.ws.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("visit.servqa-visit")),
                 QStringList{QStringLiteral("visit.servqa-visit")}); // and no temporary file is left
        QVERIFY2(q.exec(server ? QStringLiteral("DROP TRIGGER breaks_commit ON visits") : QStringLiteral("DROP TRIGGER breaks_commit")),
                 qPrintable(q.lastError().text()));

        // It is still the one the visit takes back.
        const QString done = f.ws.dir.filePath(QStringLiteral("visit-filled.servqa-visit"));
        QVERIFY(fillVisitPackage(exported, aprilVisit(), *shopperKey(*f.ws.db, f.lead, f.shopperA), done));
        const auto applied = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error()));
    }

    void packageRefusesWhatTheVisitCannotHold_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("an item the checklist has not") << "answer zz" << "%1: the checklist has no item \"zz\".";
        QTest::newRow("a rating given as text") << "text value" << "%1, answer t1: the value is not a number.";
        QTest::newRow("yes/no given 3") << "value 3" << "%1, answer t1: item \"t1\" takes yes or no";
        QTest::newRow("before the window") << "start early" << "%1: the visit took place 2025-03-31 15:00 – 2025-04-02 15:25, outside its window 2025-04-01 – 2025-04-05.";
        QTest::newRow("an answer after the visit") << "late answer" << "%1, answer t1: answered at 2025-04-02T09:00:00Z, outside the visit (2025-04-02 15:00 – 2025-04-02 15:25).";
        QTest::newRow("evidence for no item") << "evidence zz" << "%1: evidence for an item the checklist does not have (\"zz\").";
        QTest::newRow("a NUL in the comment") << "nul" << "%1: the comment holds a NUL character.";
    }

    void packageRefusesWhatTheVisitCannotHold()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        test::VisitFixture f;
        const qint64 id = f.plan(f.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        const QString exported = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, exported));
        const QString key = *shopperKey(*f.ws.db, f.lead, f.shopperA);
        const QString done = f.ws.dir.filePath(QStringLiteral("filled.servqa-visit"));
        QVERIFY(fillVisitPackage(exported, aprilVisit(), key, done));
        auto contents = packagefile::read(done, 1 << 30, 1 << 30);
        QVERIFY(contents);
        QJsonObject manifest = contents->manifest;
        QJsonObject filledPart = manifest.value(QStringLiteral("filled")).toObject();
        QJsonObject answers = filledPart.value(QStringLiteral("answers")).toObject();
        QJsonObject times = filledPart.value(QStringLiteral("answerTimes")).toObject();
        QJsonArray evidence = filledPart.value(QStringLiteral("evidence")).toArray();
        if (change == QLatin1String("answer zz"))
            answers.insert(QStringLiteral("zz"), QJsonObject{{QStringLiteral("value"), 1}});
        else if (change == QLatin1String("text value"))
            answers.insert(QStringLiteral("t1"), QJsonObject{{QStringLiteral("value"), QStringLiteral("yes")}});
        else if (change == QLatin1String("value 3"))
            answers.insert(QStringLiteral("t1"), QJsonObject{{QStringLiteral("value"), 3}});
        else if (change == QLatin1String("start early"))
            filledPart.insert(QStringLiteral("startedAt"), QStringLiteral("2025-03-31T07:00:00Z"));
        else if (change == QLatin1String("late answer"))
            times.insert(QStringLiteral("t1"), QStringLiteral("2025-04-02T09:00:00Z"));
        else if (change == QLatin1String("evidence zz")) {
            QJsonObject e = evidence.at(0).toObject();
            e.insert(QStringLiteral("itemKey"), QStringLiteral("zz"));
            evidence.replace(0, e);
        } else if (change == QLatin1String("nul"))
            filledPart.insert(QStringLiteral("comment"), QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")));
        filledPart.insert(QStringLiteral("answers"), answers);
        filledPart.insert(QStringLiteral("answerTimes"), times);
        filledPart.insert(QStringLiteral("evidence"), evidence);
        manifest.insert(QStringLiteral("filled"), filledPart);
        QVERIFY(packagefile::write(done, manifest, {fileData(QStringLiteral("visits/photo_exif.jpg"))}, decodeShopperKey(key)));
        const auto refused = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), message.arg(done));
        QCOMPARE(VisitService(*f.ws.db, f.lead).visit(id)->status, VisitStatus::Assigned);
        QVERIFY(VisitService(*f.ws.db, f.lead).evidence(id)->isEmpty());
    }

    // Sizes: a photo over the limit is refused when attached and in a package, a package over its
    // limit before a byte of it is read.
    void evidenceAndPackagesHaveSizeLimits()
    {
        test::VisitFixture f;
        constexpr qint64 MiB = 1024 * 1024;
        QVERIFY(WorkspaceSettings(*f.ws.db).setEvidenceLimits(1 * MiB, 2 * MiB));
        const qint64 id = f.plan(f.east1, QDate(2025, 4, 1), QDate(2025, 4, 5), f.shopperA);
        const QString exported = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, exported));
        const QString key = *shopperKey(*f.ws.db, f.lead, f.shopperA);
        QByteArray photo(MiB * 3 / 2, 'x');
        photo.prepend("\xFF\xD8\xFF");

        FilledVisit big = aprilVisit();
        big.evidence = {{QStringLiteral("t1"), QStringLiteral("huge.jpg"), EvidenceKind::Photo, photo}};
        const QString done = f.ws.dir.filePath(QStringLiteral("big.servqa-visit"));
        QVERIFY(fillVisitPackage(exported, big, key, done));
        auto refused = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), done + QStringLiteral(" holds an evidence file of 1.5 MB, more than the 1.0 MB one may be (Settings ▸ Mystery-shop evidence)."));

        FilledVisit many = aprilVisit();
        many.evidence.clear();
        for (int i = 0; i < 3; ++i)
            many.evidence.push_back({QStringLiteral("t1"), QStringLiteral("p%1.jpg").arg(i), EvidenceKind::Photo, QByteArray(MiB * 9 / 10, char('a' + i))});
        QVERIFY(fillVisitPackage(exported, many, key, done));
        refused = importVisitPackage(*f.ws.db, f.lead, done);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), done + QStringLiteral(" is 2.7 MB, more than the 2.0 MB a visit package may be (Settings ▸ Mystery-shop evidence). "
                                                        "Ask the shopper for smaller photos, or raise the limit."));

        // A package of 300 MB is refused before it is read: memory does not grow with it.
        const QString huge = f.ws.dir.filePath(QStringLiteral("huge.servqa-visit"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(300 * MiB)); // sparse: no disk is used
        }
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        QVERIFY(WorkspaceSettings(*f.ws.db).setEvidenceLimits(400 * MiB, 400 * MiB));
        refused = importVisitPackage(*f.ws.db, f.lead, huge);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), huge + QStringLiteral(" is not a ServQA visit package."));
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        QVERIFY2(after.ru_maxrss - before.ru_maxrss < 20 * 1024, qPrintable(QString::number(after.ru_maxrss - before.ru_maxrss))); // KiB
        QVERIFY(WorkspaceSettings(*f.ws.db).setEvidenceLimits(1 * MiB, 2 * MiB));

        // Attaching: refused before the file is read.
        VisitService shopper(*f.ws.db, f.shopperA);
        QVERIFY(shopper.start(id, QDateTime(QDate(2025, 4, 2), QTime(15, 0))));
        const QString photoFile = f.ws.dir.filePath(QStringLiteral("IMG_0001.jpg"));
        writeAll(photoFile, photo);
        const auto attached = shopper.addEvidence(id, QStringLiteral("t1"), photoFile, EvidenceKind::Photo);
        QVERIFY(!attached);
        QCOMPARE(attached.error(), QStringLiteral("IMG_0001.jpg is 1.5 MB; an evidence file may be at most 1.0 MB (Settings ▸ Mystery-shop evidence). "
                                                  "Attach a smaller photo (most phones can send a reduced size)."));
    }

    void shopperFillsAPackageInItsOwnWorkspace()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east2, QDate(2025, 5, 6), QDate(2025, 5, 8), f.shopperB);
        const QString exported = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, exported));

        // On the shopper's laptop: a private workspace holding just this visit.
        QTemporaryDir laptop;
        const QString local = laptop.filePath(QStringLiteral("visit.servqa"));
        qint64 localVisit = 0;
        {
            auto db = Database::openSqlite(local, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY(!openPackageWorkspace(**db, exported)); // the shopper's key is needed
            QVERIFY(!openPackageWorkspace(**db, exported, *shopperKey(*f.ws.db, f.lead, f.shopperA))); // and only theirs
            {
                // The office's package is not signed: a window that is no range of dates is refused
                // (fuzz_visitpackage found one "202\f-03-28" opened into a visit never to be started).
                auto broken = packagefile::read(exported, qint64(1) << 30, qint64(1) << 30);
                QVERIFY(broken);
                QJsonObject manifest = broken->manifest;
                const QString damaged = laptop.filePath(QStringLiteral("damaged.servqa-visit"));
                for (auto [from, to] : {std::pair{"202\f-05-06", "2025-05-08"}, {"2025-05-09", "2025-05-08"}}) {
                    QJsonObject visit = manifest.value(QLatin1String("visit")).toObject();
                    visit.insert(QStringLiteral("windowFrom"), QString::fromLatin1(from));
                    visit.insert(QStringLiteral("windowTo"), QString::fromLatin1(to));
                    manifest.insert(QStringLiteral("visit"), visit);
                    QFile::remove(damaged);
                    QVERIFY(packagefile::write(damaged, manifest, {}, {}));
                    const auto refused = openPackageWorkspace(**db, damaged, *shopperKey(*f.ws.db, f.lead, f.shopperB));
                    QVERIFY(!refused);
                    QCOMPARE(refused.error(), QStringLiteral("%1 is damaged: the visit's window \"%2\" to \"%3\" is not a range of dates.")
                                                  .arg(damaged, QString::fromLatin1(from).replace(QLatin1Char('\f'), QChar(0xFFFD)),
                                                       QString::fromLatin1(to)));
                    QCOMPARE(packageSource(**db), QString()); // nothing kept
                }
            }
            const auto opened = openPackageWorkspace(**db, exported, *shopperKey(*f.ws.db, f.lead, f.shopperB));
            QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
            localVisit = *opened;
            QCOMPARE(packageSource(**db), exported);
            const Visit v = *VisitService(**db, 0).visit(localVisit);
            QCOMPARE(v.siteName, QStringLiteral("杭州西湖店 West Lake"));
            QCOMPARE(v.shopperName, QStringLiteral("周杰 Zhou Jie"));
            QCOMPARE(v.windowFrom, QDate(2025, 5, 6));
            QCOMPARE(v.status, VisitStatus::Assigned);
            VisitService shopper(**db, *v.shopperId);
            QVERIFY(shopper.start(localVisit, QDateTime(QDate(2025, 5, 7), QTime(16, 0))));
            QVERIFY(shopper.saveAnswers(localVisit, {{QStringLiteral("t1"), Answer::yes()}}, QStringLiteral("干净 clean"),
                                        QDateTime(QDate(2025, 5, 7), QTime(16, 2))));
        }
        {
            // The laptop crashed or was closed: opening the package again resumes the same visit.
            auto db = Database::openSqlite(local);
            QVERIFY(db);
            QCOMPARE(*openPackageWorkspace(**db, exported), localVisit); // the key is kept: not asked again
            const Visit v = *VisitService(**db, 0).visit(localVisit);
            QCOMPARE(v.status, VisitStatus::InProgress);
            VisitService shopper(**db, *v.shopperId);
            QVERIFY(shopper.addEvidence(localVisit, QStringLiteral("t1"), test::dataPath(QStringLiteral("visits/receipt.png")), EvidenceKind::Receipt));
            QVERIFY(!writeFilledPackage(**db, laptop.filePath(QStringLiteral("early.servqa-visit")))); // not submitted yet
            QVERIFY(shopper.submit(localVisit, QDateTime(QDate(2025, 5, 7), QTime(16, 15))));
            QVERIFY(writeFilledPackage(**db, laptop.filePath(QStringLiteral("filled.servqa-visit"))));
        }

        // Back at the office.
        QVERIFY(importVisitPackage(*f.ws.db, f.lead, laptop.filePath(QStringLiteral("filled.servqa-visit"))));
        VisitService lead(*f.ws.db, f.lead);
        const Visit v = *lead.visit(id);
        QCOMPARE(v.status, VisitStatus::Submitted);
        QCOMPARE(*v.startedAt, QDateTime(QDate(2025, 5, 7), QTime(16, 0)));
        QCOMPARE(*v.endedAt, QDateTime(QDate(2025, 5, 7), QTime(16, 15)));
        QCOMPARE(*v.score, 100.0);
        QCOMPARE(lead.answerTimes(id)->value(QStringLiteral("t1")), QDateTime(QDate(2025, 5, 7), QTime(16, 2)));
        QCOMPARE(lead.evidence(id)->size(), 1);
        QCOMPARE(lead.evidence(id)->first().sha256, QStringLiteral("e20ee07a518139b35431deaf91513051d5ddf71b85d1f9712d343eb06b56968d"));
        QVERIFY(packageSource(*f.ws.db).isEmpty()); // the office workspace is an ordinary one
    }
};

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
