#include "visitpackage.h"

#include "database.h"
#include "formjson.h"
#include "evaluationrepository.h"
#include "formrepository.h"
#include "packagefile.h"
#include "scoreengine.h"
#include "workspacesettings.h"
#include "siterepository.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cstring>

namespace servqa {

namespace {

const QString Format = QStringLiteral("servqa-visit-package");
constexpr int FormatVersion = 2;

// Sentences for the user, translated in the "VisitPackage" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VisitPackage)
};

// The package's header and manifest, within the limits of the workspace reading it.
Result<packagefile::Contents> readPackage(const QString &path, qint64 maxBytes, qint64 maxEvidenceBytes)
{
    auto contents = packagefile::read(path, maxBytes, maxEvidenceBytes);
    if (!contents)
        return contents;
    const QJsonObject &m = contents->manifest;
    if (m.value(QLatin1String("format")).toString() != Format)
        return Error{Text::tr("%1 is not a ServQA visit package.").arg(path)};
    if (m.value(QLatin1String("version")).toInt() != FormatVersion)
        return Error{Text::tr("%1 was made by a newer version of ServQA.").arg(path)};
    return contents;
}

// A shopper's key: 15 random bytes, read out as 24 symbols in groups of four — base32 without the
// symbols people confuse (no 0, O, 1 or I).
constexpr int KeyBytes = 15;
const char KeySymbols[33] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString formatKey(const QByteArray &raw)
{
    QString out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char byte : raw) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(KeySymbols[(buffer >> bits) & 31]);
        }
    }
    return out;
}

// The key as typed back: dashes, spaces and case do not matter, and I or 1 (not in the key) are
// read as L. Empty when it is not a key.
QByteArray decodeKey(QString typed)
{
    typed = typed.toUpper();
    typed.remove(QLatin1Char('-'));
    typed.remove(QLatin1Char(' '));
    typed.replace(QLatin1Char('I'), QLatin1Char('L'));
    typed.replace(QLatin1Char('1'), QLatin1Char('L'));
    if (typed.size() != KeyBytes * 8 / 5)
        return {};
    QByteArray raw;
    quint64 buffer = 0;
    int bits = 0;
    for (const QChar c : typed) {
        const char *at = c.unicode() < 128 ? std::strchr(KeySymbols, char(c.unicode())) : nullptr;
        if (!at || c.unicode() == 0)
            return {};
        buffer = (buffer << 5) | quint64(at - KeySymbols);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            raw += char((buffer >> bits) & 0xff);
        }
    }
    return raw;
}

// Proves a typed key is the package's without the package holding the key.
QString keyCheck(const QByteArray &key, const QString &packageId)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash((QStringLiteral("servqa-key-check:") + packageId).toUtf8(), key,
                                                                 QCryptographicHash::Sha256)
                                   .toHex());
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

QJsonObject answerToJson(const Answer &a)
{
    QJsonObject o;
    if (a.value)
        o.insert(QStringLiteral("value"), *a.value);
    if (a.notApplicable)
        o.insert(QStringLiteral("na"), true);
    if (!a.text.isEmpty())
        o.insert(QStringLiteral("text"), a.text);
    if (!a.comment.isEmpty())
        o.insert(QStringLiteral("comment"), a.comment);
    return o;
}

} // namespace

Result<QString> workspaceId(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'workspace_id'"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (q.next())
        return q.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES ('workspace_id', ?)"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    return id;
}

namespace {

Result<QString> meta(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = ?"));
    q.addBindValue(key);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    return q.next() ? q.value(0).toString() : QString();
}

Status setMeta(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execQuery(q, db);
}

// The raw key of a shopper, or empty when none was made yet.
Result<QByteArray> storedShopperKey(Database &db, qint64 shopperId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT secret FROM shopper_keys WHERE user_id = ?"));
    q.addBindValue(shopperId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    return q.next() ? QByteArray::fromHex(q.value(0).toString().toLatin1()) : QByteArray();
}

bool isLead(Database &db, qint64 userId)
{
    const auto user = UserRepository(db).find(userId);
    return user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
}

// Reads one answer of a filled package, refusing what the item cannot take: a key the checklist
// does not have, a value of the wrong type, text with a NUL.
Result<Answer> answerFromPackage(const Form &form, const QString &key, const QJsonValue &json, const QString &path)
{
    const FormItem *item = form.findItem(key);
    if (!item)
        return Error{Text::tr("%1: the checklist has no item \"%2\".").arg(path, key.left(60))};
    if (!json.isObject())
        return Error{Text::tr("%1, answer %2: not an answer.").arg(path, key)};
    const QJsonObject o = json.toObject();
    Answer a;
    if (o.contains(QLatin1String("value"))) {
        if (!o.value(QLatin1String("value")).isDouble())
            return Error{Text::tr("%1, answer %2: the value is not a number.").arg(path, key)};
        a.value = o.value(QLatin1String("value")).toDouble();
    }
    for (const char *name : {"na"}) {
        if (o.contains(QLatin1String(name)) && !o.value(QLatin1String(name)).isBool())
            return Error{Text::tr("%1, answer %2: \"na\" is not true or false.").arg(path, key)};
    }
    for (const char *name : {"text", "comment"}) {
        if (o.contains(QLatin1String(name)) && !o.value(QLatin1String(name)).isString())
            return Error{Text::tr("%1, answer %2: \"%3\" is not text.").arg(path, key, QLatin1String(name))};
    }
    a.notApplicable = o.value(QLatin1String("na")).toBool();
    a.text = o.value(QLatin1String("text")).toString();
    a.comment = o.value(QLatin1String("comment")).toString();
    if (hasNul(a.text) || hasNul(a.comment))
        return Error{Text::tr("%1, answer %2: the text holds a NUL character.").arg(path, key)};
    if (const QString problem = checkAnswer(*item, a); !problem.isEmpty())
        return Error{Text::tr("%1, answer %2: %3").arg(path, key, problem)};
    return a;
}

} // namespace

QByteArray decodeShopperKey(const QString &typed)
{
    return decodeKey(typed);
}

Status ensureShopperKey(Database &db, qint64 shopperId)
{
    const auto stored = storedShopperKey(db, shopperId);
    if (!stored)
        return Error{stored.error()};
    if (!stored->isEmpty())
        return success();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::system()->bounded(256));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO shopper_keys (user_id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO NOTHING"));
    q.addBindValue(shopperId);
    q.addBindValue(QString::fromLatin1(key.toHex()));
    q.addBindValue(nowStored());
    return execQuery(q, db);
}

Result<QString> shopperKey(Database &db, qint64 leadId, qint64 shopperId)
{
    if (!isLead(db, leadId))
        return Error{Text::tr("Only a QA lead sees a shopper's key.")};
    const auto user = UserRepository(db).find(shopperId);
    if (!user || user->role != UserRole::Shopper)
        return Error{Text::tr("User %1 is not a mystery shopper.").arg(shopperId)};
    if (const Status s = ensureShopperKey(db, shopperId); !s)
        return Error{s.error()};
    const auto key = storedShopperKey(db, shopperId);
    if (!key)
        return Error{key.error()};
    return formatKey(*key);
}

Status exportVisitPackage(Database &db, qint64 userId, qint64 visitId, const QString &path)
{
    if (!isLead(db, userId))
        return Error{Text::tr("Only a QA lead sends visit packages.")};
    VisitService visits(db, userId);
    const auto v = visits.visit(visitId);
    if (!v)
        return Error{v.error()};
    if (v->status != VisitStatus::Assigned || !v->shopperId)
        return Error{Text::tr("Only an assigned visit that has not started can be sent as a package; visit %1 is %2.")
                         .arg(visitId)
                         .arg(visitStatusName(v->status))};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM form_versions WHERE form_id = ? AND status = 'active' ORDER BY version DESC LIMIT 1"));
    q.addBindValue(v->formId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    if (!q.next())
        return Error{Text::tr("%1 has no active version.").arg(v->formName)};
    const qint64 versionId = q.value(0).toLongLong();
    q.finish();
    const auto form = FormRepository(db).load(versionId);
    if (!form)
        return Error{form.error()};
    const auto workspace = workspaceId(db);
    if (!workspace)
        return Error{workspace.error()};
    const auto shopper = UserRepository(db).find(*v->shopperId);
    if (!shopper)
        return Error{shopper.error()};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = ensureShopperKey(db, *v->shopperId); !s)
        return s;
    const auto key = storedShopperKey(db, *v->shopperId);
    if (!key)
        return Error{key.error()};
    // A new id per export: a package exported earlier for this visit is refused from now on.
    const QString packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const WorkspaceSettings settings(db);
    const QJsonObject visit{{QStringLiteral("id"), visitId},
                            {QStringLiteral("siteCode"), v->siteCode},
                            {QStringLiteral("siteName"), v->siteName},
                            {QStringLiteral("scenario"), v->scenario},
                            {QStringLiteral("windowFrom"), v->windowFrom.toString(Qt::ISODate)},
                            {QStringLiteral("windowTo"), v->windowTo.toString(Qt::ISODate)},
                            {QStringLiteral("shopper"), v->shopperName},
                            {QStringLiteral("shopperLogin"), shopper->login}};
    const QJsonObject manifest{{QStringLiteral("format"), Format},
                               {QStringLiteral("version"), FormatVersion},
                               {QStringLiteral("workspace"), *workspace},
                               {QStringLiteral("package"), packageId},
                               {QStringLiteral("visit"), visit},
                               {QStringLiteral("formVersionId"), versionId},
                               {QStringLiteral("form"), QJsonDocument::fromJson(formToJson(*form)).object()},
                               {QStringLiteral("keyCheck"), keyCheck(*key, packageId)},
                               {QStringLiteral("limits"), QJsonObject{{QStringLiteral("evidenceBytes"), double(settings.evidenceLimit())},
                                                                      {QStringLiteral("packageBytes"), double(settings.packageLimit())}}}};
    q.prepare(QStringLiteral("UPDATE visits SET package_secret = ?, package_applied = 0 WHERE id = ?"));
    q.addBindValue(packageId);
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    // The visit records the package's id only with the whole file written, and the file takes
    // its name only once the id is recorded: a failed commit leaves an earlier package there.
    return packagefile::write(path, manifest, {}, {}, [&] { return transaction.commit(); });
}

Status fillVisitPackage(const QString &packagePath, const FilledVisit &filled, const QString &typedKey, const QString &outPath)
{
    auto package = readPackage(packagePath, WorkspaceSettings::DefaultPackageLimit * 20, WorkspaceSettings::DefaultPackageLimit * 20);
    if (!package)
        return Error{package.error()};
    QJsonObject manifest = package->manifest;
    const QByteArray key = decodeKey(typedKey);
    if (key.isEmpty() || keyCheck(key, manifest.value(QLatin1String("package")).toString()) != manifest.value(QLatin1String("keyCheck")).toString())
        return Error{Text::tr("This is not the key %1 was made for. Check the key with your QA lead.").arg(packagePath)};
    QJsonObject answers, times;
    for (auto it = filled.answers.cbegin(); it != filled.answers.cend(); ++it)
        answers.insert(it.key(), answerToJson(*it));
    for (auto it = filled.answerTimes.cbegin(); it != filled.answerTimes.cend(); ++it)
        times.insert(it.key(), it->toUTC().toString(Qt::ISODate));
    QJsonArray evidence;
    QVector<QByteArray> data;
    for (const FilledVisit::File &f : filled.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("itemKey"), f.itemKey},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("kind"), evidenceKindKey(f.kind)},
                                    {QStringLiteral("size"), double(f.data.size())},
                                    {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex())}});
        data << f.data;
    }
    manifest.insert(QStringLiteral("filled"), QJsonObject{{QStringLiteral("startedAt"), filled.startedAt.toUTC().toString(Qt::ISODate)},
                                                          {QStringLiteral("endedAt"), filled.endedAt.toUTC().toString(Qt::ISODate)},
                                                          {QStringLiteral("comment"), filled.comment},
                                                          {QStringLiteral("answers"), answers},
                                                          {QStringLiteral("answerTimes"), times},
                                                          {QStringLiteral("evidence"), evidence}});
    return packagefile::write(outPath, manifest, data, key);
}

Result<qint64> importVisitPackage(Database &db, qint64 userId, const QString &path)
{
    if (!isLead(db, userId))
        return Error{Text::tr("Only a QA lead takes visit packages back.")};
    const WorkspaceSettings settings(db);
    const auto package = readPackage(path, settings.packageLimit(), settings.evidenceLimit());
    if (!package)
        return Error{package.error()};
    const QJsonObject &manifest = package->manifest;
    const auto workspace = workspaceId(db);
    if (!workspace)
        return Error{workspace.error()};
    if (manifest.value(QLatin1String("workspace")).toString() != *workspace)
        return Error{Text::tr("%1 belongs to another workspace.").arg(path)};
    const qint64 visitId = manifest.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toInteger();
    VisitService lead(db, userId);
    const auto visit = lead.visit(visitId);
    if (!visit)
        return Error{Text::tr("%1 is for visit %2, which this workspace does not have.").arg(path).arg(visitId)};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT package_secret, package_applied FROM visits WHERE id = ?"));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, db); !s || !q.next())
        return Error{s ? Text::tr("%1 is for visit %2, which this workspace does not have.").arg(path).arg(visitId) : s.error()};
    const QString sent = q.value(0).toString();
    const bool applied = q.value(1).toBool();
    q.finish();
    if (sent.isEmpty() || sent != manifest.value(QLatin1String("package")).toString())
        return Error{Text::tr("%1 is not the package last sent for visit %2.").arg(path).arg(visitId)};
    if (applied)
        return Error{Text::tr("%1 has been applied to visit %2 already.").arg(path).arg(visitId)};
    const QJsonObject filled = manifest.value(QLatin1String("filled")).toObject();
    if (filled.isEmpty())
        return Error{Text::tr("%1 has not been filled in yet.").arg(path)};
    if (!visit->shopperId)
        return Error{Text::tr("Visit %1 has no shopper any more.").arg(visitId)};

    // Signed with the key of the shopper the visit is assigned to, and unchanged since.
    const auto key = storedShopperKey(db, *visit->shopperId);
    if (!key)
        return Error{key.error()};
    const auto genuine = packagefile::verify(path, *package, *key);
    if (!genuine)
        return Error{genuine.error()};
    if (key->isEmpty() || !*genuine)
        return Error{Text::tr("%1 has been changed since it was filled in, or was not filled in with the key of %2; it is refused.")
                         .arg(path, visit->shopperName)};

    QSqlQuery active(db.connection());
    active.prepare(QStringLiteral("SELECT id FROM form_versions WHERE form_id = ? AND status = 'active' ORDER BY version DESC LIMIT 1"));
    active.addBindValue(visit->formId);
    if (const Status s = execQuery(active, db); !s)
        return Error{s.error()};
    if (!active.next() || active.value(0).toLongLong() != manifest.value(QLatin1String("formVersionId")).toInteger())
        return Error{Text::tr("The checklist has changed since %1 was sent; export the visit again.").arg(path)};
    const qint64 versionId = active.value(0).toLongLong();
    active.finish();
    const auto form = FormRepository(db).load(versionId);
    if (!form)
        return Error{form.error()};

    // The times: the visit inside its window, nothing in the future, each answer during the visit.
    const QDateTime started = QDateTime::fromString(filled.value(QLatin1String("startedAt")).toString(), Qt::ISODate);
    const QDateTime ended = QDateTime::fromString(filled.value(QLatin1String("endedAt")).toString(), Qt::ISODate);
    if (!started.isValid() || !ended.isValid() || ended < started)
        return Error{Text::tr("%1 has no valid start and end time.").arg(path)};
    const QDateTime windowStart(visit->windowFrom, QTime(0, 0));
    const QDateTime windowEnd(visit->windowTo.addDays(1), QTime(0, 0));
    if (started < windowStart || ended > windowEnd)
        return Error{Text::tr("%1: the visit took place %2 – %3, outside its window %4 – %5.")
                         .arg(path, started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              ended.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), visit->windowFrom.toString(Qt::ISODate),
                              visit->windowTo.toString(Qt::ISODate))};
    const QDateTime latest = QDateTime::currentDateTime().addSecs(10 * 60); // clocks a few minutes apart
    if (ended > latest)
        return Error{Text::tr("%1: the visit ends in the future (%2). Check the clock of the shopper's computer.")
                         .arg(path, ended.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    Answers answers;
    const QJsonObject answerObject = filled.value(QLatin1String("answers")).toObject();
    for (auto it = answerObject.begin(); it != answerObject.end(); ++it) {
        const auto answer = answerFromPackage(*form, it.key(), it.value(), path);
        if (!answer)
            return Error{answer.error()};
        answers.insert(it.key(), *answer);
    }
    QHash<QString, QDateTime> times;
    const QJsonObject timeObject = filled.value(QLatin1String("answerTimes")).toObject();
    for (auto it = timeObject.begin(); it != timeObject.end(); ++it) {
        const QDateTime at = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (!form->findItem(it.key()))
            return Error{Text::tr("%1: the checklist has no item \"%2\".").arg(path, it.key().left(60))};
        if (!at.isValid() || at < started.addSecs(-60) || at > ended.addSecs(60))
            return Error{Text::tr("%1, answer %2: answered at %3, outside the visit (%4 – %5).")
                             .arg(path, it.key(), it.value().toString().left(40), started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  ended.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
        times.insert(it.key(), at);
    }
    const QJsonArray evidence = filled.value(QLatin1String("evidence")).toArray();
    for (const QJsonValue &value : evidence) {
        const QJsonObject f = value.toObject();
        const QString itemKey = f.value(QLatin1String("itemKey")).toString();
        const QString name = f.value(QLatin1String("name")).toString();
        if (!itemKey.isEmpty() && !form->findItem(itemKey))
            return Error{Text::tr("%1: evidence for an item the checklist does not have (\"%2\").").arg(path, itemKey.left(60))};
        if (name.trimmed().isEmpty() || hasNul(name) || name.size() > 255)
            return Error{Text::tr("%1: an evidence file has no usable name.").arg(path)};
        if (!evidenceKindFromKey(f.value(QLatin1String("kind")).toString()))
            return Error{Text::tr("%1: evidence %2 is of no known kind.").arg(path, name)};
    }
    const QString comment = filled.value(QLatin1String("comment")).toString();
    if (hasNul(comment))
        return Error{Text::tr("%1: the comment holds a NUL character.").arg(path)};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    VisitService shopper(db, *visit->shopperId);
    if (const auto started_ = shopper.start(visitId, started); !started_)
        return Error{started_.error()};
    if (const Status s = shopper.saveAnswers(visitId, answers, comment, ended); !s)
        return Error{s.error()};
    // The times the shopper recorded replace the time of import.
    q.prepare(QStringLiteral("UPDATE visit_answer_times SET answered_at = ? WHERE visit_id = ? AND item_key = ?"));
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        q.addBindValue(toStored(*it));
        q.addBindValue(visitId);
        q.addBindValue(it.key());
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
    }
    // The evidence, one file in memory at a time, each checked against its SHA-256.
    const Status stored = packagefile::forEachEvidence(path, *package, [&](int i, const QByteArray &data) -> Status {
        const QJsonObject f = evidence.at(i).toObject();
        const QString name = f.value(QLatin1String("name")).toString();
        if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != f.value(QLatin1String("sha256")).toString())
            return Error{Text::tr("Evidence %1 in %2 does not match its SHA-256.").arg(name, path)};
        const auto added = shopper.addEvidenceData(visitId, f.value(QLatin1String("itemKey")).toString(), data, name,
                                                   *evidenceKindFromKey(f.value(QLatin1String("kind")).toString()));
        if (!added)
            return Error{added.error()};
        return success();
    });
    if (!stored)
        return Error{stored.error()};
    if (const Status s = shopper.submit(visitId, ended); !s)
        return Error{s.error()};
    q.prepare(QStringLiteral("UPDATE visits SET package_applied = 1 WHERE id = ?"));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return visitId;
}

QString packageSource(Database &workspace)
{
    const auto source = meta(workspace, QStringLiteral("package_source"));
    return source ? *source : QString();
}

bool packageWorkspaceHasKey(Database &workspace)
{
    const auto key = meta(workspace, QStringLiteral("package_key"));
    return key && !key->isEmpty();
}

Result<qint64> openPackageWorkspace(Database &workspace, const QString &packagePath, const QString &typedKey)
{
    const auto package = readPackage(packagePath, WorkspaceSettings::DefaultPackageLimit * 20, WorkspaceSettings::DefaultPackageLimit * 20);
    if (!package)
        return Error{package.error()};
    const QJsonObject &manifest = package->manifest;
    if (!manifest.value(QLatin1String("filled")).toObject().isEmpty())
        return Error{Text::tr("%1 has been filled in already.").arg(packagePath)};
    const auto existing = meta(workspace, QStringLiteral("package_visit"));
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty() && packageWorkspaceHasKey(workspace))
        return existing->toLongLong(); // resume

    // The shopper's key, checked against the package before anything is kept.
    const QByteArray key = decodeKey(typedKey);
    if (key.isEmpty() || keyCheck(key, manifest.value(QLatin1String("package")).toString()) != manifest.value(QLatin1String("keyCheck")).toString())
        return Error{typedKey.trimmed().isEmpty() ? Text::tr("Type the shopper key your QA lead gave you to open %1.").arg(packagePath)
                                                  : Text::tr("This is not the key %1 was made for. Check the key with your QA lead.").arg(packagePath)};
    const QJsonObject visit = manifest.value(QLatin1String("visit")).toObject();
    const QJsonObject limits = manifest.value(QLatin1String("limits")).toObject();
    // The office's package is not signed: what it says of the visit is checked before it is kept
    // (a window that is no date would make a visit that can never be started).
    const QDate windowFrom = QDate::fromString(visit.value(QLatin1String("windowFrom")).toString(), Qt::ISODate);
    const QDate windowTo = QDate::fromString(visit.value(QLatin1String("windowTo")).toString(), Qt::ISODate);
    if (!windowFrom.isValid() || !windowTo.isValid() || windowTo < windowFrom) {
        auto shown = [&](const char *field) { // bounded, and with no control characters
            QString text = visit.value(QLatin1String(field)).toString().left(40);
            for (QChar &c : text)
                c = c.isPrint() ? c : QChar(0xFFFD);
            return text;
        };
        return Error{Text::tr("%1 is damaged: the visit's window \"%2\" to \"%3\" is not a range of dates.")
                         .arg(packagePath, shown("windowFrom"), shown("windowTo"))};
    }
    for (const char *field : {"siteCode", "siteName", "shopper", "scenario"}) {
        if (visit.value(QLatin1String(field)).toString().contains(QChar(0)))
            return Error{Text::tr("%1 is damaged: the visit's %2 holds a NUL character.").arg(packagePath, QLatin1String(field))};
    }
    TransactionGuard transaction(workspace.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    qint64 visitId = existing->toLongLong();
    if (existing->isEmpty()) {
        Site site;
        site.code = visit.value(QLatin1String("siteCode")).toString();
        site.name = visit.value(QLatin1String("siteName")).toString();
        site.kind = SiteKind::Store;
        const auto siteId = SiteRepository(workspace).upsert(site);
        if (!siteId)
            return Error{siteId.error()};
        User shopper;
        shopper.login = QStringLiteral("shopper");
        shopper.name = visit.value(QLatin1String("shopper")).toString();
        shopper.role = UserRole::Shopper;
        const auto shopperId = UserRepository(workspace).upsert(shopper);
        if (!shopperId)
            return Error{shopperId.error()};
        auto form = formFromJson(QJsonDocument(manifest.value(QLatin1String("form")).toObject()).toJson(), packagePath);
        if (!form)
            return Error{form.error()};
        form->status = FormStatus::Active;
        const auto stored = FormRepository(workspace).insertVersion(*form);
        if (!stored)
            return Error{stored.error()};
        QSqlQuery q(workspace.connection());
        q.prepare(QStringLiteral("INSERT INTO visits (site_id, form_id, scenario, window_from, window_to, shopper_id, status, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'assigned', ?) RETURNING id"));
        q.addBindValue(*siteId);
        q.addBindValue(stored->formId);
        q.addBindValue(visit.value(QLatin1String("scenario")).toString());
        q.addBindValue(windowFrom.toString(Qt::ISODate));
        q.addBindValue(windowTo.toString(Qt::ISODate));
        q.addBindValue(*shopperId);
        q.addBindValue(nowStored());
        const auto inserted = execReturningId(q, workspace);
        if (!inserted)
            return Error{inserted.error()};
        visitId = *inserted;
    }
    // The office's limits travel with the package, so a photo too large is refused when attached.
    const double evidenceBytes = limits.value(QLatin1String("evidenceBytes")).toDouble(double(WorkspaceSettings::DefaultEvidenceLimit));
    const double packageBytes = limits.value(QLatin1String("packageBytes")).toDouble(double(WorkspaceSettings::DefaultPackageLimit));
    for (const auto &[name, value] : {std::pair{QStringLiteral("package_source"), packagePath},
                                      std::pair{QStringLiteral("package_visit"), QString::number(visitId)},
                                      std::pair{QStringLiteral("package_key"), QString::fromLatin1(key.toHex())},
                                      std::pair{QStringLiteral("evidence_max_bytes"), QString::number(qint64(evidenceBytes))},
                                      std::pair{QStringLiteral("package_max_bytes"), QString::number(qint64(packageBytes))}}) {
        if (const Status s = setMeta(workspace, name, value); !s)
            return Error{s.error()};
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return visitId;
}

Status writeFilledPackage(Database &workspace, const QString &outPath)
{
    const QString source = packageSource(workspace);
    const auto visitKey = meta(workspace, QStringLiteral("package_visit"));
    const auto key = meta(workspace, QStringLiteral("package_key"));
    if (source.isEmpty() || !visitKey || visitKey->isEmpty() || !key || key->isEmpty())
        return Error{Text::tr("This workspace was not made from a visit package.")};
    const qint64 visitId = visitKey->toLongLong();
    VisitService visits(workspace, 0);
    const auto v = visits.visit(visitId);
    if (!v)
        return Error{v.error()};
    if (v->status != VisitStatus::Submitted || !v->evaluationId)
        return Error{Text::tr("Submit the visit before saving the filled package.")};
    const auto loaded = visits.checklist(visitId);
    if (!loaded)
        return Error{loaded.error()};
    const Evaluation *evaluation = &loaded->evaluation;
    const auto times = visits.answerTimes(visitId);
    const auto evidence = visits.evidence(visitId, true);
    if (!times || !evidence)
        return Error{times ? evidence.error() : times.error()};
    FilledVisit filled;
    filled.startedAt = v->startedAt.value_or(QDateTime());
    filled.endedAt = v->endedAt.value_or(QDateTime());
    filled.answers = evaluation->answers;
    filled.comment = evaluation->comment;
    filled.answerTimes = *times;
    for (const EvidenceFile &f : *evidence)
        filled.evidence.push_back({f.itemKey, f.originalName, f.kind, f.data});
    return fillVisitPackage(source, filled, formatKey(QByteArray::fromHex(key->toLatin1())), outPath);
}

} // namespace servqa
