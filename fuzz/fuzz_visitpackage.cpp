// servqa::importVisitPackage, as a QA lead takes a filled visit package back (docs/mystery-shopping.md,
// "Packages"), into one workspace per process: a QA lead, two mystery shoppers, a store, an
// active checklist with an item of every type (N/A, optional, bonus, critical and
// evidence-needing items among them) and one visit assigned to the first shopper for 28–31 March
// 2025 (across the night the clocks go forward in Europe/Berlin), exported once. The workspace
// id, the package id and both shoppers' keys are fixed (written into the workspace around the
// export), so that packages made by one process, the seeds among them, are valid in every other.
//
// Input: byte 0 = mode (bits 0–1) and flags, then
//   mode 0  the package file's bytes as they are: packagefile::read and verify, the early refusals;
//   mode 1  the "filled" object (JSON) of a manifest that is otherwise the exported one;
//   mode 2  the whole manifest (JSON);
//   mode 3  bytes that choose a filled visit: start and end in several ISO 8601 forms around the
//           window, an answer of some kind to each item (and to one the checklist has not),
//           answer times, evidence files with their names, kinds, sizes and hashes, a comment.
// Modes 1–3 are written with packagefile::write and signed with the shopper's key, so that the
// signature is valid and the import reaches its checks of answers, times and evidence. Each
// evidence file's bytes are made from the input, as long as the manifest says (a size equal to
// that of tests/data/visits/photo_exif.jpg gives that photo), 2 MiB in all at most.
// Flags: bit 2 (modes 1, 2) each evidence file's "sha256" set to that of its bytes;
//        bit 3 (mode 2) format, version, workspace, package, key check, visit id and form version
//        set to the exported package's;
//        bit 4 (modes 1–3) signed with the other shopper's key instead;
//        bit 5 (modes 0, 2) the shopper's side instead: the package (mode 2: written unsigned, as
//        the office sends it) opened with openPackageWorkspace into an empty workspace of the
//        shopper's laptop, with the shopper's key as typed.
//
// Every input is imported inside an outer transaction that is rolled back afterwards (the
// import's own becomes a savepoint), so each input meets the same assigned visit (the laptop the
// same empty workspace) and a crash reproduces alone. Findings besides memory errors and UB: a
// package signed with the other shopper's key that is taken; a package taken that leaves the visit
// not submitted, not marked applied, started or ended outside its window or in the future, with
// an answer the checklist does not have, the item does not take or the package did not give, a
// required item unanswered, an item that needs evidence without it, an answer time outside the
// visit (±1 minute), evidence that is not the package's or has no usable name, a NUL in the
// comment; on the laptop, a package opened into a visit that cannot be read back, is not assigned
// or has no valid window; a refusal without a message, or one that changed the workspace; a
// workspace changed after the rollback.

#include "database.h"
#include "formjson.h"
#include "formrepository.h"
#include "fuzzsupport.h"
#include "packagefile.h"
#include "scoreengine.h"
#include "siterepository.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"
#include "visitpackage.h"
#include "visits.h"
#include "workspacesettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace servqa;

extern const fuzz::Blob visitFiles[]; // tests/data/visits/photo_exif.jpg

namespace {

// Every item type; "y" and "x" need evidence, "n" and "r7" take N/A, "sc", "t" and "x" are optional.
const char FormJson[] = R"json({
  "code": "FZ-1", "name": "门店检查表 Fuzz checklist", "kind": "checklist", "status": "active", "passMark": 80,
  "sections": [
    {"key": "s", "title": "到店 Arrival", "kind": "standard", "weight": 1, "items": [
      {"key": "y", "text": "Storefront clean (photo)", "type": "yesno", "weight": 1, "dimension": "tangibles", "requiresEvidence": true},
      {"key": "n", "text": "Fitting room tidy", "type": "yesno_na", "weight": 1, "dimension": "tangibles"},
      {"key": "r5", "text": "Product knowledge", "type": "rating5", "weight": 2, "dimension": "assurance"},
      {"key": "r7", "text": "Friendliness", "type": "rating7", "weight": 1, "dimension": "empathy", "allowNa": true},
      {"key": "sc", "text": "Would recommend", "type": "scale10", "weight": 1, "dimension": "reliability", "required": false},
      {"key": "q", "text": "Queue time (s)", "type": "numeric", "targetMin": 0, "targetMax": 180, "weight": 1, "dimension": "responsiveness"},
      {"key": "g", "text": "Greeted within 30 s", "type": "elapsed", "slaSeconds": 30, "weight": 1, "dimension": "responsiveness"},
      {"key": "t", "text": "Notes", "type": "text", "weight": 1, "dimension": "empathy", "required": false}]},
    {"key": "b", "title": "Bonus", "kind": "bonus", "weight": 1, "items": [
      {"key": "x", "text": "Offered a drink (photo)", "type": "yesno", "weight": 1, "dimension": "empathy", "required": false, "requiresEvidence": true}]},
    {"key": "c", "title": "安全 Safety", "kind": "critical", "weight": 1, "items": [
      {"key": "e", "text": "Exits clear", "type": "yesno", "weight": 1, "dimension": "tangibles"}]}
  ]})json";
const char *const ItemKeys[] = {"y", "n", "r5", "r7", "sc", "q", "g", "t", "x", "e"};
constexpr int ItemCount = 10;

const QDate WindowFrom(2025, 3, 28), WindowTo(2025, 3, 31);
const QString WorkspaceUuid = QStringLiteral("0f022f02-2a11-4c1e-8e5e-5e7f0a2b0001");
const QString PackageUuid = QStringLiteral("0f022f02-2a11-4c1e-8e5e-5e7f0a2b0002");
const QByteArray ShopperSecret = "5a17c0ffee5a17c0ffee5a17c0ffee"; // 15 bytes
const QByteArray OtherSecret = "0b5e55ed0b0b5e55ed0b0b5e55ed0b";
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 MaxGenerated = 2 * MiB + 64 * 1024; // evidence bytes made per input

struct Workspace
{
    QTemporaryDir dir; // under $TMPDIR (scripts/fuzz.sh: build-fuzz/tmp)
    std::unique_ptr<Database> db;
    std::unique_ptr<Database> laptop; // the shopper's side: an empty workspace
    QString typedKey;                 // the shopper's key as the QA lead reads it out
    qint64 lead = 0, shopper = 0, other = 0, visit = 0;
    Form form;
    QJsonObject manifest; // the exported package's, with the fixed package id
    QByteArray key, otherKey; // raw
    QString rawPath, packagePath;
    QDateTime windowStart, windowEnd;
    QByteArray photo;
    QVariantList before;
};

Workspace *ws = nullptr;

[[noreturn]] void fail(const QString &what)
{
    qFatal("fuzz_visitpackage: %s", qPrintable(what));
}

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        fail(QString::fromUtf8(what) + QStringLiteral(": ") + r.error());
    return std::move(*r);
}

void must(const Status &s, const char *what)
{
    if (!s)
        fail(QString::fromUtf8(what) + QStringLiteral(": ") + s.error());
}

void exec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(sql + QStringLiteral(": ") + db.describeError(q));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write ") + path);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return f.readAll();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// What the import may change, and must not when it refuses or once rolled back.
QVariantList state(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT status, evaluation_id, interaction_id, started_at, ended_at, package_secret, package_applied, "
        "(SELECT COUNT(*) FROM interactions), (SELECT COUNT(*) FROM evaluations), (SELECT COUNT(*) FROM evaluation_answers), "
        "(SELECT COUNT(*) FROM visit_answer_times), (SELECT COUNT(*) FROM visit_evidence), (SELECT COUNT(*) FROM audit_log), "
        "(SELECT COUNT(*) FROM score_rollup), (SELECT COUNT(*) FROM interaction_rollup), (SELECT COUNT(*) FROM shopper_keys), "
        "(SELECT COUNT(*) FROM servqa_meta), (SELECT COUNT(*) FROM visits) FROM visits WHERE id = ?"));
    q.addBindValue(ws->visit);
    if (!q.exec() || !q.next())
        fail(QStringLiteral("reading the visit: ") + db.describeError(q));
    QVariantList values;
    for (int i = 0; i < 18; ++i)
        values << q.value(i);
    return values;
}

// Whether an item takes an answer, from docs/scoring.md rather than from checkAnswer().
bool takes(const FormItem &item, const Answer &a)
{
    if (a.text.contains(QChar(u'\0')) || a.comment.contains(QChar(u'\0')))
        return false;
    if (a.notApplicable)
        return item.allowNa || item.type == ItemType::YesNoNa;
    if (item.type == ItemType::Text)
        return true;
    if (!a.value || !std::isfinite(*a.value))
        return false;
    const double v = *a.value;
    const auto whole = [v](int lo, int hi) { return v == std::floor(v) && v >= lo && v <= hi; };
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa: return v == 0 || v == 1;
    case ItemType::Rating5: return whole(1, 5);
    case ItemType::Rating7: return whole(1, 7);
    case ItemType::Scale10: return whole(0, 10);
    case ItemType::Elapsed: return v >= 0;
    case ItemType::Numeric:
    case ItemType::Text: return true;
    }
    return false;
}

// A package was taken: the visit must now be what a valid package makes of it.
void checkTaken(Database &db, const QString &path)
{
    VisitService lead(db, ws->lead);
    const auto v = lead.visit(ws->visit);
    if (!v)
        fuzz::finding("importVisitPackage: taken, and the visit cannot be read");
    if (v->status != VisitStatus::Submitted)
        fuzz::finding("importVisitPackage: taken, and the visit is not submitted");
    if (state(db).at(6).toInt() != 1)
        fuzz::finding("importVisitPackage: taken, and the package is not marked applied");
    if (!v->startedAt || !v->endedAt || !v->startedAt->isValid() || !v->endedAt->isValid())
        fuzz::finding("importVisitPackage: taken, and the visit has no start or end");
    const qint64 started = toStored(*v->startedAt), ended = toStored(*v->endedAt);
    if (ended < started)
        fuzz::finding("importVisitPackage: taken, and the visit ends before it starts");
    if (started < toStored(ws->windowStart) || ended > toStored(ws->windowEnd))
        fuzz::finding("importVisitPackage: taken, and the visit took place outside its window");
    if (ended > QDateTime::currentSecsSinceEpoch() + 10 * 60)
        fuzz::finding("importVisitPackage: taken, and the visit ends in the future");

    const auto package = packagefile::read(path, qint64(1) << 40, qint64(1) << 40);
    if (!package)
        fuzz::finding("importVisitPackage: taken, and packagefile::read refuses it");
    const QJsonObject filled = package->manifest.value(QLatin1String("filled")).toObject();
    const QJsonObject sentAnswers = filled.value(QLatin1String("answers")).toObject();

    const auto checklist = lead.checklist(ws->visit);
    if (!checklist)
        fuzz::finding("importVisitPackage: taken, and the checklist cannot be read");
    const Answers &answers = checklist->evaluation.answers;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const FormItem *item = ws->form.findItem(it.key());
        if (!item)
            fuzz::finding("importVisitPackage: taken, with an answer to an item the checklist does not have");
        if (!takes(*item, *it))
            fuzz::finding("importVisitPackage: taken, with an answer the item does not take");
        const QJsonObject sent = sentAnswers.value(it.key()).toObject();
        const QJsonValue sentValue = sent.value(QLatin1String("value"));
        if (it->notApplicable != sent.value(QLatin1String("na")).toBool()
            || it->value.has_value() != sentValue.isDouble() || (it->value && *it->value != sentValue.toDouble()))
            fuzz::finding("importVisitPackage: taken, and an answer is not the one in the package");
    }
    if (checklist->evaluation.comment.contains(QChar(u'\0')))
        fuzz::finding("importVisitPackage: taken, with a NUL in the comment");
    const auto scored = scoreEvaluation(ws->form, answers);
    if (!scored)
        fuzz::finding("importVisitPackage: taken, with answers the score engine refuses");
    if (!scored->unansweredRequired.isEmpty())
        fuzz::finding("importVisitPackage: taken, with a required item unanswered");

    const auto times = lead.answerTimes(ws->visit);
    if (!times)
        fuzz::finding("importVisitPackage: taken, and the answer times cannot be read");
    for (auto it = times->cbegin(); it != times->cend(); ++it) {
        const qint64 at = toStored(*it);
        if (at < started - 60 || at > ended + 60)
            fuzz::finding("importVisitPackage: taken, with an answer time outside the visit");
    }

    const auto files = lead.evidence(ws->visit, true);
    if (!files)
        fuzz::finding("importVisitPackage: taken, and the evidence cannot be read");
    const QJsonArray sentFiles = filled.value(QLatin1String("evidence")).toArray();
    if (files->size() != sentFiles.size())
        fuzz::finding("importVisitPackage: taken, with another number of evidence files than the package holds");
    for (int i = 0; i < files->size(); ++i) {
        const EvidenceFile &f = files->at(i);
        const QJsonObject sent = sentFiles.at(i).toObject();
        if (f.originalName.trimmed().isEmpty() || f.originalName.contains(QChar(u'\0')) || f.originalName.size() > 255)
            fuzz::finding("importVisitPackage: taken, with an evidence file without a usable name");
        if (!f.itemKey.isEmpty() && !ws->form.findItem(f.itemKey))
            fuzz::finding("importVisitPackage: taken, with evidence for an item the checklist does not have");
        if (f.data.isEmpty() || sha256(f.data) != f.sha256 || f.sha256 != sent.value(QLatin1String("sha256")).toString()
            || f.size != f.data.size())
            fuzz::finding("importVisitPackage: taken, with evidence that is not the package's");
    }
    for (const FormSection &section : ws->form.sections) {
        for (const FormItem &item : section.items) {
            const Answer a = answers.value(item.key);
            if (!item.requiresEvidence || a.isEmpty() || a.notApplicable)
                continue;
            if (std::none_of(files->cbegin(), files->cend(), [&](const EvidenceFile &f) { return f.itemKey == item.key; }))
                fuzz::finding("importVisitPackage: taken, with an item that needs evidence without it");
        }
    }
}

// Imports one package file inside a transaction that is rolled back; whether it was taken.
bool importOnce(const QString &path, bool mustRefuse)
{
    Database &db = *ws->db;
    bool taken = false;
    {
        TransactionGuard outer(db.connection());
        if (!outer.active())
            fail(QStringLiteral("cannot begin a transaction"));
        const auto imported = importVisitPackage(db, ws->lead, path);
        if (imported) {
            taken = true;
            if (mustRefuse)
                fuzz::finding("importVisitPackage: took a package signed with another shopper's key");
            if (*imported != ws->visit)
                fuzz::finding("importVisitPackage: taken, and another visit's id returned");
            checkTaken(db, path);
        } else {
            if (getenv("SERVQA_FUZZ_VERBOSE"))
                fprintf(stderr, "refused: %s\n", qPrintable(imported.error()));
            if (imported.error().isEmpty())
                fuzz::finding("importVisitPackage: a refusal without a message");
            if (state(db) != ws->before)
                fuzz::finding("importVisitPackage: refused, and the workspace changed");
        }
    } // rolled back
    if (state(db) != ws->before)
        fuzz::finding("importVisitPackage: the workspace changed after the rollback");
    return taken;
}

// The shopper's side: opens an unfilled package into the laptop's workspace inside a
// transaction that is rolled back; whether it was opened.
bool openOnce(const QString &path)
{
    Database &db = *ws->laptop;
    bool opened = false;
    {
        TransactionGuard outer(db.connection());
        if (!outer.active())
            fail(QStringLiteral("cannot begin a transaction on the laptop"));
        const auto visit = openPackageWorkspace(db, path, ws->typedKey);
        if (visit) {
            opened = true;
            const auto v = VisitService(db, 0).visit(*visit);
            if (!v)
                fuzz::finding("openPackageWorkspace: opened, and the visit cannot be read");
            if (v->status != VisitStatus::Assigned)
                fuzz::finding("openPackageWorkspace: opened, and the visit is not assigned");
            if (!v->windowFrom.isValid() || !v->windowTo.isValid() || v->windowTo < v->windowFrom)
                fuzz::finding("openPackageWorkspace: opened, and the visit has no valid window");
            if (!packageWorkspaceHasKey(db) || packageSource(db) != path)
                fuzz::finding("openPackageWorkspace: opened, and the key or the package is not kept");
        } else if (visit.error().isEmpty()) {
            fuzz::finding("openPackageWorkspace: a refusal without a message");
        }
    } // rolled back
    if (!packageSource(db).isEmpty())
        fuzz::finding("openPackageWorkspace: the laptop's workspace changed after the rollback");
    return opened;
}

// --- making packages -------------------------------------------------------------------------

struct Reader
{
    const uint8_t *p;
    size_t n;
    quint8 u8()
    {
        if (!n)
            return 0;
        --n;
        return *p++;
    }
    quint16 u16() { return quint16(u8() | (u8() << 8)); }
    quint32 u32() { return quint32(u16()) | (quint32(u16()) << 16); }
};

// `size` bytes made from the input (copies of it, the first bytes telling the files apart), or
// the photo for its size. Copied, not made byte by byte: this code has coverage counters too.
QByteArray evidenceBytes(int index, qint64 size, const QByteArray &input)
{
    if (size == ws->photo.size())
        return ws->photo;
    const QByteArray unit = input.isEmpty() ? QByteArray("x") : input;
    QByteArray out = unit.repeated(int(size / unit.size() + 1)).left(size);
    const char mark[] = {char(0xF0 ^ index), char(index * 31), char(size), char(size >> 8)};
    memcpy(out.data(), mark, size_t(qMin<qint64>(size, 4)));
    return out;
}

// The evidence files a manifest's "filled" object lists, as long as it says; with `fixHashes`
// each "sha256" becomes the hash of its bytes. Stops at a size that is not one.
QVector<QByteArray> makeEvidence(QJsonObject &manifest, bool fixHashes, const QByteArray &input)
{
    QJsonObject filled = manifest.value(QLatin1String("filled")).toObject();
    QJsonArray list = filled.value(QLatin1String("evidence")).toArray();
    QVector<QByteArray> data;
    qint64 total = 0;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonValue size = list.at(i).toObject().value(QLatin1String("size"));
        const double d = size.toDouble(-1);
        if (!size.isDouble() || !(d >= 1 && d <= double(MaxGenerated)) || d != std::floor(d) || total + qint64(d) > MaxGenerated)
            break;
        total += qint64(d);
        data << evidenceBytes(i, qint64(d), input);
        if (fixHashes) {
            QJsonObject o = list.at(i).toObject();
            o.insert(QStringLiteral("sha256"), sha256(data.last()));
            list.replace(i, o);
        }
    }
    if (fixHashes && !data.isEmpty()) {
        filled.insert(QStringLiteral("evidence"), list);
        manifest.insert(QStringLiteral("filled"), filled);
    }
    return data;
}

QDateTime moment(Reader &r, const QDateTime &base)
{
    const quint8 how = r.u8();
    const quint16 v = r.u16();
    switch (how >> 6) {
    case 0: return base.addSecs(qint64(v % 8192) * 60 + (how & 63)); // mostly inside a 4-day window
    case 1: return base.addSecs(-(qint64(v % 8192) * 60 + (how & 63)));
    case 2: return base.addSecs(qint16(v)); // around it, to the second
    default: return base.addSecs(qint32(quint32(v) | (quint32(r.u16()) << 16)));
    }
}

const char *const SpecialTimes[] = {
    "", "now", "2025-03-30T02:30:00" /* in the gap */, "2025-03-30T02:30:00+01:00", "2025-02-29T10:00:00Z",
    "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "-2025-03-30T10:00:00Z", "2025-03-30T10:00:00+99:99",
    "2025-03-30T10:00:00.9999999Z", "2025-03-30T10:00:60Z", "2025-03-30t10:00:00z", " 2025-03-30T10:00:00Z",
    "2025-03-29T24:00:00", "2025-03-30T10:00:00+0200", "2025-03-30T10:00Z", "2025-W13-7T10:00:00Z", "2025-089T10:00:00Z",
    "20250330T100000Z", "2025-03-30T10:00:00+02", "2025-03-31T23:59:59.999", "2025-04-01T00:00:00", "2025-03-28T00:00:00",
    "2025-03-27T23:59:59", "2025-03-27T23:00:00Z"};

QString offsetText(const QDateTime &t, int offsetSeconds)
{
    const QDateTime shifted = t.toUTC().addSecs(offsetSeconds);
    const int a = std::abs(offsetSeconds);
    return shifted.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char(offsetSeconds < 0 ? '-' : '+')
           + QStringLiteral("%1:%2").arg(a / 3600, 2, 10, QLatin1Char('0')).arg(a / 60 % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue timeText(Reader &r, const QDateTime &t)
{
    const quint8 form = r.u8();
    switch (form % 16) {
    case 1: return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    case 2: return offsetText(t, 8 * 3600);
    case 3: return offsetText(t, -(5 * 3600 + 30 * 60));
    case 4: return t.addMSecs(r.u8() * 4).toUTC().toString(Qt::ISODateWithMs);
    case 5: return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    case 6: return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case 7: return offsetText(t, 14 * 3600);
    case 8: return offsetText(t, 23 * 3600 + 59 * 60);
    case 9: return offsetText(t, -(23 * 3600 + 59 * 60));
    case 10: return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    case 11: return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddT24:00:00"));
    case 12: return QString::fromLatin1(SpecialTimes[r.u8() % std::size(SpecialTimes)]);
    case 13: return r.u8() % 2 ? QJsonValue(double(t.toSecsSinceEpoch())) : QJsonValue(QJsonValue::Null);
    default: return t.toUTC().toString(Qt::ISODate);
    }
}

QString pickText(Reader &r)
{
    switch (r.u8() % 10) {
    case 1: return QString();
    case 2: return QStringLiteral("   ");
    case 3: return QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"));
    case 4: return QString(256, QLatin1Char('x'));
    case 5: return QString(255, QChar(u'店'));
    case 6: return QString(QChar(0xD800)) + QStringLiteral("x"); // a lone surrogate
    case 7: return QStringLiteral("<b>&amp;</b>\r\n\t\u202E");
    case 8: return QStringLiteral("../../x.jpg");
    case 9: return QString(4000, QLatin1Char('y'));
    default: return QStringLiteral("店员很热情 friendly");
    }
}

const double Values[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, -1, 0.5, 1e308, -1e308, 180, 181, 30, 31, -0.0, 9007199254740993.0, 1e-300, 4.5, 9.999999};

QJsonValue pickValue(Reader &r)
{
    return Values[r.u8() % std::size(Values)];
}

// A valid answer to each item, in ItemKeys' order.
QJsonObject defaultAnswer(int item)
{
    switch (item) {
    case 0: return {{QStringLiteral("value"), 1}};
    case 1: return {{QStringLiteral("na"), true}};
    case 2: return {{QStringLiteral("value"), 4}, {QStringLiteral("comment"), QStringLiteral("knew the fabrics")}};
    case 3: return {{QStringLiteral("value"), 6}};
    case 4: return {{QStringLiteral("value"), 9}};
    case 5: return {{QStringLiteral("value"), 45}};
    case 6: return {{QStringLiteral("value"), 12}};
    case 7: return {{QStringLiteral("text"), QStringLiteral("店员很热情 friendly")}};
    case 9: return {{QStringLiteral("value"), 1}};
    default: return {};
    }
}

QJsonValue pickAnswer(Reader &r, int item)
{
    const quint8 a = r.u8();
    QJsonObject o;
    switch (a & 15) {
    case 0:
        if (item >= ItemCount || item == 8)
            return QJsonValue::Undefined;
        o = defaultAnswer(item);
        break;
    case 1: return QJsonValue::Undefined;
    case 2: o.insert(QStringLiteral("value"), 1); break;
    case 3: o.insert(QStringLiteral("value"), 0); break;
    case 4: o.insert(QStringLiteral("value"), pickValue(r)); break;
    case 5: o.insert(QStringLiteral("na"), true); break;
    case 6: o.insert(QStringLiteral("text"), pickText(r)); break;
    case 7: break; // {}
    case 8: {
        const quint8 k = r.u8() % 5;
        return k == 0 ? QJsonValue(1) : k == 1 ? QJsonValue(QStringLiteral("yes")) : k == 2 ? QJsonValue(QJsonArray{1}) : k == 3 ? QJsonValue(true) : QJsonValue(QJsonValue::Null);
    }
    case 9: o.insert(QStringLiteral("value"), QStringLiteral("1")); break;
    case 10: o.insert(QStringLiteral("na"), r.u8() % 2 ? QJsonValue(1) : QJsonValue(QStringLiteral("true"))); break;
    case 11: o.insert(r.u8() % 2 ? QStringLiteral("text") : QStringLiteral("comment"), 5); break;
    case 12: o.insert(QStringLiteral("value"), pickValue(r)); o.insert(QStringLiteral("na"), true); break;
    case 13: o.insert(QStringLiteral("value"), pickValue(r)); o.insert(QStringLiteral("na"), false); break;
    case 14: o.insert(QStringLiteral("value"), pickValue(r)); o.insert(QStringLiteral("text"), pickText(r)); break;
    default: o.insert(QStringLiteral("value"), QJsonValue::Null); break;
    }
    if (a >> 4)
        o.insert(QStringLiteral("comment"), pickText(r));
    return o;
}

// Mode 3: the "filled" object the bytes choose (all zero bytes: a valid visit), and the
// evidence files' bytes.
QJsonObject chooseFilled(Reader &r, const QByteArray &input, QVector<QByteArray> &data)
{
    const QDateTime started = moment(r, ws->windowStart.addDays(2).addSecs(8 * 3600)); // 30 March, 09:00 CEST
    const QDateTime ended = moment(r, started);
    QJsonObject filled{{QStringLiteral("startedAt"), timeText(r, started)}, {QStringLiteral("endedAt"), timeText(r, ended)}};
    QJsonObject answers, times;
    for (int i = 0; i <= ItemCount; ++i) {
        const QString key = i < ItemCount ? QString::fromLatin1(ItemKeys[i]) : QStringLiteral("zz");
        const QJsonValue answer = pickAnswer(r, i);
        if (!answer.isUndefined())
            answers.insert(key, answer);
    }
    for (int i = 0; i <= ItemCount; ++i) {
        const quint8 t = r.u8();
        if (t == 0)
            continue;
        const QString key = i < ItemCount ? QString::fromLatin1(ItemKeys[i]) : QStringLiteral("zz");
        times.insert(key, timeText(r, moment(r, t & 1 ? ended : started)));
    }
    QJsonArray evidence;
    const quint8 count = r.u8() % 5;
    const int files = count == 0 ? 1 : count - 1;
    for (int i = 0; i < files; ++i) {
        static const char *const keys[] = {"y", "", "n", "r5", "r7", "sc", "q", "g", "t", "x", "e", "zz", "Y"};
        static const char *const kinds[] = {"photo", "receipt", "audio", "other", "", "Photo", "video"};
        QJsonObject f;
        f.insert(QStringLiteral("itemKey"), QString::fromLatin1(keys[count == 0 ? 0 : r.u8() % std::size(keys)]));
        const quint8 nameChoice = count == 0 ? 0 : r.u8();
        f.insert(QStringLiteral("name"), nameChoice % 3 == 0 ? QStringLiteral("IMG_%1.jpg").arg(i) : pickText(r));
        const quint8 kind = count == 0 ? 0 : r.u8() % (std::size(kinds) + 1);
        f.insert(QStringLiteral("kind"), kind < std::size(kinds) ? QJsonValue(QString::fromLatin1(kinds[kind])) : QJsonValue(1));
        qint64 size = ws->photo.size();
        if (count != 0) {
            switch (r.u8() % 16) {
            case 1: case 2: case 3: case 4: case 5: case 6: size = r.u8() + 1; break;
            case 7: case 8: case 9: size = r.u16() + 1; break;
            case 10: size = qint64(r.u8()) * 8192 + 1; break; // to 2 MiB: the limits
            default: break;
            }
        }
        data << evidenceBytes(i, size, input);
        f.insert(QStringLiteral("size"), double(size));
        const QString hash = sha256(data.last());
        switch (count == 0 ? 0 : r.u8() % 8) {
        case 1: f.insert(QStringLiteral("sha256"), hash.toUpper()); break;
        case 2: break;
        case 3: f.insert(QStringLiteral("sha256"), sha256(QByteArray("other"))); break;
        case 4: f.insert(QStringLiteral("sha256"), QString()); break;
        default: f.insert(QStringLiteral("sha256"), hash); break;
        }
        evidence.append(f);
    }
    filled.insert(QStringLiteral("answers"), answers);
    filled.insert(QStringLiteral("answerTimes"), times);
    filled.insert(QStringLiteral("evidence"), evidence);
    filled.insert(QStringLiteral("comment"), r.u8() % 4 == 3 ? pickText(r) : QStringLiteral("<b>busy</b>"));
    return filled;
}

// One input: the package file it makes, imported; whether it was taken.
bool runOne(const uint8_t *data, size_t size)
{
    if (size < 1)
        return false;
    const quint8 mode = data[0] & 3;
    const bool fixHashes = data[0] & 4, fixIdentity = data[0] & 8, otherKey = data[0] & 16;
    const bool laptop = (data[0] & 32) && (mode == 0 || mode == 2);
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (mode == 0) {
        writeFile(ws->rawPath, input);
        return laptop ? openOnce(ws->rawPath) : importOnce(ws->rawPath, false);
    }
    QJsonObject manifest = ws->manifest;
    QVector<QByteArray> evidence;
    if (mode == 3) {
        Reader r{data + 1, size - 1};
        manifest.insert(QStringLiteral("filled"), chooseFilled(r, input, evidence));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        if (mode == 1) {
            manifest.insert(QStringLiteral("filled"), doc.object());
        } else {
            manifest = doc.object();
            if (fixIdentity) {
                for (const char *name : {"format", "version", "workspace", "package", "formVersionId", "keyCheck"})
                    manifest.insert(QLatin1String(name), ws->manifest.value(QLatin1String(name)));
                QJsonObject visit = manifest.value(QLatin1String("visit")).toObject();
                visit.insert(QStringLiteral("id"), ws->visit);
                manifest.insert(QStringLiteral("visit"), visit);
            }
        }
        evidence = makeEvidence(manifest, fixHashes, input);
    }
    QFile::remove(ws->packagePath);
    if (laptop) { // a package as the office sends it: not signed
        must(packagefile::write(ws->packagePath, manifest, evidence, {}), "writing the package");
        return openOnce(ws->packagePath);
    }
    must(packagefile::write(ws->packagePath, manifest, evidence, otherKey ? ws->otherKey : ws->key), "writing the package");
    return importOnce(ws->packagePath, otherKey);
}

// --- the seeds -----------------------------------------------------------------------------

// What the shopper recorded on 30 March 2025 (the first day of summer time), with the photo.
QJsonObject goodFilled(bool twoFiles)
{
    QJsonObject answers;
    for (int i = 0; i < ItemCount; ++i) {
        if (!defaultAnswer(i).isEmpty())
            answers.insert(QString::fromLatin1(ItemKeys[i]), defaultAnswer(i));
    }
    QJsonArray evidence{QJsonObject{{QStringLiteral("itemKey"), QStringLiteral("y")},
                                    {QStringLiteral("name"), QStringLiteral("storefront.jpg")},
                                    {QStringLiteral("kind"), QStringLiteral("photo")},
                                    {QStringLiteral("size"), double(ws->photo.size())},
                                    {QStringLiteral("sha256"), sha256(ws->photo)}}};
    if (twoFiles) {
        answers.insert(QStringLiteral("x"), QJsonObject{{QStringLiteral("value"), 0}});
        evidence.append(QJsonObject{{QStringLiteral("itemKey"), QStringLiteral("x")},
                                    {QStringLiteral("name"), QStringLiteral("小票 receipt.png")},
                                    {QStringLiteral("kind"), QStringLiteral("receipt")},
                                    {QStringLiteral("size"), 100},
                                    {QStringLiteral("sha256"), QStringLiteral("to be set")}});
    }
    return {{QStringLiteral("startedAt"), QStringLiteral("2025-03-30T08:00:00Z")},
            {QStringLiteral("endedAt"), QStringLiteral("2025-03-30T10:25:00+02:00")},
            {QStringLiteral("comment"), QStringLiteral("<b>busy</b> 周日下午")},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("answerTimes"), QJsonObject{{QStringLiteral("y"), QStringLiteral("2025-03-30T08:01:00Z")},
                                                        {QStringLiteral("r5"), QStringLiteral("2025-03-30T10:05:00+02:00")},
                                                        {QStringLiteral("g"), QStringLiteral("2025-03-30T10:02:00")}}},
            {QStringLiteral("evidence"), evidence}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// SERVQA_FUZZ_WRITE_SEEDS=<folder>: writes the seeds (scripts/fuzz.sh) and checks that the
// valid ones are taken, then ends the process.
void writeSeeds(const QString &folder)
{
    QDir().mkpath(folder);
    QVector<std::pair<QString, QByteArray>> seeds;
    QJsonObject full = ws->manifest;
    full.insert(QStringLiteral("filled"), goodFilled(false));
    QJsonObject two = ws->manifest;
    two.insert(QStringLiteral("filled"), goodFilled(true));
    seeds << std::pair{QStringLiteral("raw-exported.servqa-visit"), QByteArray(1, '\0') + readFile(ws->dir.filePath(QStringLiteral("exported.servqa-visit")))};
    for (const auto &[name, manifest] : {std::pair{QStringLiteral("raw-filled.servqa-visit"), full},
                                         std::pair{QStringLiteral("raw-filled-two.servqa-visit"), two}}) {
        QJsonObject m = manifest;
        const QVector<QByteArray> evidence = makeEvidence(m, true, QByteArray());
        must(packagefile::write(ws->packagePath, m, evidence, ws->key), "writing a seed");
        seeds << std::pair{name, QByteArray(1, '\0') + readFile(ws->packagePath)};
    }
    seeds << std::pair{QStringLiteral("filled.json"), QByteArray(1, '\x05') + json(goodFilled(false))};
    seeds << std::pair{QStringLiteral("filled-two.json"), QByteArray(1, '\x05') + json(goodFilled(true))};
    seeds << std::pair{QStringLiteral("manifest.json"), QByteArray(1, '\x0e') + json(full)};
    seeds << std::pair{QStringLiteral("manifest-two.json"), QByteArray(1, '\x06') + json(two)};
    seeds << std::pair{QStringLiteral("manifest-exported.json"), QByteArray(1, '\x06') + json(ws->manifest)};
    // The shopper's side: the export opened on the laptop, as a file and as a manifest.
    seeds << std::pair{QStringLiteral("laptop-raw-exported.servqa-visit"),
                       QByteArray(1, '\x20') + readFile(ws->dir.filePath(QStringLiteral("exported.servqa-visit")))};
    seeds << std::pair{QStringLiteral("laptop-manifest.json"), QByteArray(1, '\x2a') + json(ws->manifest)};
    // Mode 3 (see chooseFilled): all zeros is a valid visit.
    seeds << std::pair{QStringLiteral("chosen-default"), QByteArray(1, '\x03') + QByteArray(80, '\0')};
    // Started 2 h 40 min after the default, 25 minutes long, written at +08:00 and -05:30; r7 N/A;
    // y answered a minute before the end, written in local time.
    seeds << std::pair{QStringLiteral("chosen-offsets"),
                       QByteArray::fromHex("03" "00a000" "001900" "02" "03" /* answers */ "0000000500000000000000"
                                           /* times */ "0180c4ff01" "00000000000000000000" /* evidence, comment */ "00" "00")};
    // x answered yes, so both y and x need evidence: the photo for y, 65 bytes for x.
    seeds << std::pair{QStringLiteral("chosen-two-files"),
                       QByteArray::fromHex("03" "000000" "001e00" "00" "00" /* answers */ "0000000000000000020000"
                                           /* times */ "0000000000000000000000" /* evidence */ "03" "0000000000" "0903010140" "00"
                                           /* comment */ "00")};
    for (const auto &[name, bytes] : seeds) {
        writeFile(folder + QLatin1Char('/') + name, bytes);
        // Every seed is a valid package but the export as it was sent, which only the laptop opens.
        const bool taken = runOne(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        if (taken != (!name.contains(QLatin1String("exported")) || name.startsWith(QLatin1String("laptop"))))
            fail(QStringLiteral("seed %1 is %2").arg(name, taken ? QStringLiteral("taken") : QStringLiteral("refused")));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    ws = new Workspace; // never freed: the process ends with the fuzzer
    if (!ws->dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    ws->db = must(Database::openSqlite(ws->dir.filePath(QStringLiteral("fuzz.servqa")), Database::OpenMode::CreateIfMissing),
                  "creating the workspace");
    Database &db = *ws->db;
    exec(db, QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES ('workspace_id', ?)"), {WorkspaceUuid});
    // The smallest limits there are, so that the fuzzer meets them.
    must(WorkspaceSettings(db).setEvidenceLimits(1 * MiB, 2 * MiB), "setting the limits");
    Site site;
    site.code = QStringLiteral("S1");
    site.name = QStringLiteral("上海南京路店 <b>Nanjing Rd</b>");
    site.kind = SiteKind::Store;
    site.region = QStringLiteral("华东 East");
    const qint64 siteId = must(SiteRepository(db).upsert(site), "adding the store");
    auto user = [&](const char *login, const char *name, UserRole role) {
        User u;
        u.login = QString::fromUtf8(login);
        u.name = QString::fromUtf8(name);
        u.role = role;
        return must(UserRepository(db).upsert(u), "adding a user");
    };
    ws->lead = user("chen", "陈静", UserRole::Lead);
    ws->shopper = user("ma", "马丽 Ma Li", UserRole::Shopper);
    ws->other = user("zhou", "周杰 Zhou Jie", UserRole::Shopper);
    for (const auto &[id, secret] : {std::pair{ws->shopper, ShopperSecret}, std::pair{ws->other, OtherSecret}})
        exec(db, QStringLiteral("INSERT INTO shopper_keys (user_id, secret, created_at) VALUES (?, ?, 0)"), {id, QString::fromLatin1(secret)});
    auto form = must(formFromJson(QByteArray(FormJson), QStringLiteral("FZ-1")), "reading the checklist");
    ws->form = must(FormRepository(db).insertVersion(form), "adding the checklist");
    ws->visit = must(VisitService(db, ws->lead).plan({siteId, ws->form.formId, QStringLiteral("买一件外套并退货"), WindowFrom, WindowTo, ws->shopper}),
                     "planning the visit");

    const QString exported = ws->dir.filePath(QStringLiteral("exported.servqa-visit"));
    must(exportVisitPackage(db, ws->lead, ws->visit, exported), "exporting the visit");
    // The package id fixed, as if this export had made it.
    exec(db, QStringLiteral("UPDATE visits SET package_secret = ? WHERE id = ?"), {PackageUuid, ws->visit});
    ws->manifest = must(packagefile::read(exported, qint64(1) << 30, qint64(1) << 30), "reading the export").manifest;
    ws->typedKey = must(shopperKey(db, ws->lead, ws->shopper), "reading the shopper's key");
    ws->key = decodeShopperKey(ws->typedKey);
    ws->otherKey = decodeShopperKey(must(shopperKey(db, ws->lead, ws->other), "reading the other shopper's key"));
    if (ws->key != QByteArray::fromHex(ShopperSecret) || ws->otherKey != QByteArray::fromHex(OtherSecret))
        fail(QStringLiteral("the shoppers' keys are not the ones written"));
    ws->manifest.insert(QStringLiteral("package"), PackageUuid);
    ws->manifest.insert(QStringLiteral("keyCheck"),
                        QString::fromLatin1(QMessageAuthenticationCode::hash((QStringLiteral("servqa-key-check:") + PackageUuid).toUtf8(),
                                                                             ws->key, QCryptographicHash::Sha256)
                                                .toHex()));
    if (ws->manifest.value(QLatin1String("workspace")).toString() != WorkspaceUuid)
        fail(QStringLiteral("the export does not carry the workspace id written"));
    must(packagefile::write(exported, ws->manifest, {}, {}), "writing the export again"); // a raw seed
    ws->rawPath = ws->dir.filePath(QStringLiteral("raw.servqa-visit"));
    ws->packagePath = ws->dir.filePath(QStringLiteral("package.servqa-visit"));
    ws->windowStart = QDateTime(WindowFrom, QTime(0, 0));
    ws->windowEnd = QDateTime(WindowTo.addDays(1), QTime(0, 0));
    ws->photo = visitFiles[0].bytes();
    ws->before = state(db);
    ws->laptop = must(Database::openSqlite(ws->dir.filePath(QStringLiteral("laptop.servqa")), Database::OpenMode::CreateIfMissing),
                      "creating the laptop's workspace");

    if (const char *folder = getenv("SERVQA_FUZZ_WRITE_SEEDS")) {
        writeSeeds(QString::fromLocal8Bit(folder));
        exit(0);
    }
    // A valid package is taken: else the target would test nothing but refusals.
    const QByteArray check = QByteArray(1, '\x05') + json(goodFilled(true));
    if (!runOne(reinterpret_cast<const uint8_t *>(check.constData()), size_t(check.size())))
        fail(QStringLiteral("a valid package is refused"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    runOne(data, size);
    return 0;
}
