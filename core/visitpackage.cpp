#include "visitpackage.h"

#include "database.h"
#include "formjson.h"
#include "evaluationrepository.h"
#include "formrepository.h"
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
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace servqa {

namespace {

const QString Format = QStringLiteral("servqa-visit-package");

Result<QJsonObject> readPackage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("VisitPackage", "Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != Format)
        return Error{QCoreApplication::translate("VisitPackage", "%1 is not a ServQA visit package.").arg(path)};
    if (doc.object().value(QStringLiteral("version")).toInt() != 1)
        return Error{QCoreApplication::translate("VisitPackage", "%1 was written by a newer ServQA.").arg(path)};
    return doc.object();
}

Status writeJson(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{QCoreApplication::translate("VisitPackage", "Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

// The signature covers the filled part exactly as written (QJsonObject orders its keys).
QString signature(const QByteArray &key, const QJsonObject &filled)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(QJsonDocument(filled).toJson(QJsonDocument::Compact), key,
                                                                 QCryptographicHash::Sha256)
                                   .toHex());
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

Answer answerFromJson(const QJsonObject &o)
{
    Answer a;
    if (o.contains(QStringLiteral("value")))
        a.value = o.value(QStringLiteral("value")).toDouble();
    a.notApplicable = o.value(QStringLiteral("na")).toBool();
    a.text = o.value(QStringLiteral("text")).toString();
    a.comment = o.value(QStringLiteral("comment")).toString();
    return a;
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

Status exportVisitPackage(Database &db, qint64 userId, qint64 visitId, const QString &path)
{
    const auto user = UserRepository(db).find(userId);
    if (!user || (user->role != UserRole::Lead && user->role != UserRole::Admin))
        return Error{QCoreApplication::translate("VisitPackage", "Only a QA lead sends visit packages.")};
    VisitService visits(db, userId);
    const auto v = visits.visit(visitId);
    if (!v)
        return Error{v.error()};
    if (v->status != VisitStatus::Assigned)
        return Error{QCoreApplication::translate("VisitPackage", "Only an assigned visit that has not started can be sent as a package; visit %1 is %2.")
                         .arg(visitId)
                         .arg(visitStatusName(v->status))};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM form_versions WHERE form_id = ? AND status = 'active' ORDER BY version DESC LIMIT 1"));
    q.addBindValue(v->formId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    if (!q.next())
        return Error{QCoreApplication::translate("VisitPackage", "%1 has no active version.").arg(v->formName)};
    const qint64 versionId = q.value(0).toLongLong();
    q.finish();
    const auto form = FormRepository(db).load(versionId);
    if (!form)
        return Error{form.error()};
    const auto workspace = workspaceId(db);
    if (!workspace)
        return Error{workspace.error()};
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()), reinterpret_cast<quint32 *>(key.data() + key.size()));

    QJsonObject visit{{QStringLiteral("id"), visitId},
                      {QStringLiteral("siteCode"), v->siteCode},
                      {QStringLiteral("siteName"), v->siteName},
                      {QStringLiteral("scenario"), v->scenario},
                      {QStringLiteral("windowFrom"), v->windowFrom.toString(Qt::ISODate)},
                      {QStringLiteral("windowTo"), v->windowTo.toString(Qt::ISODate)},
                      {QStringLiteral("shopper"), v->shopperName}};
    const QJsonObject package{{QStringLiteral("format"), Format},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("workspace"), *workspace},
                              {QStringLiteral("visit"), visit},
                              {QStringLiteral("formVersionId"), versionId},
                              {QStringLiteral("form"), QJsonDocument::fromJson(formToJson(*form)).object()},
                              {QStringLiteral("key"), QString::fromLatin1(key.toHex())}};
    // The key is remembered first: a package whose key the workspace does not hold is refused.
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    q.prepare(QStringLiteral("UPDATE visits SET package_secret = ?, package_applied = 0 WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(key.toHex()));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    if (const Status s = writeJson(path, package); !s)
        return s;
    return transaction.commit();
}

Status fillVisitPackage(const QString &packagePath, const FilledVisit &filled, const QString &outPath)
{
    auto package = readPackage(packagePath);
    if (!package)
        return Error{package.error()};
    QJsonObject answers, times;
    for (auto it = filled.answers.cbegin(); it != filled.answers.cend(); ++it)
        answers.insert(it.key(), answerToJson(*it));
    for (auto it = filled.answerTimes.cbegin(); it != filled.answerTimes.cend(); ++it)
        times.insert(it.key(), it->toUTC().toString(Qt::ISODate));
    QJsonArray evidence;
    for (const FilledVisit::File &f : filled.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("itemKey"), f.itemKey},
                                    {QStringLiteral("name"), f.name},
                                    {QStringLiteral("kind"), evidenceKindKey(f.kind)},
                                    {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex())},
                                    {QStringLiteral("data"), QString::fromLatin1(f.data.toBase64())}});
    }
    const QJsonObject filledObject{{QStringLiteral("startedAt"), filled.startedAt.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("endedAt"), filled.endedAt.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("comment"), filled.comment},
                                   {QStringLiteral("answers"), answers},
                                   {QStringLiteral("answerTimes"), times},
                                   {QStringLiteral("evidence"), evidence}};
    const QByteArray key = QByteArray::fromHex(package->value(QStringLiteral("key")).toString().toLatin1());
    package->insert(QStringLiteral("filled"), filledObject);
    package->insert(QStringLiteral("signature"), signature(key, filledObject));
    return writeJson(outPath, *package);
}

Result<qint64> importVisitPackage(Database &db, qint64 userId, const QString &path)
{
    const auto user = UserRepository(db).find(userId);
    if (!user || (user->role != UserRole::Lead && user->role != UserRole::Admin))
        return Error{QCoreApplication::translate("VisitPackage", "Only a QA lead takes visit packages back.")};
    const auto package = readPackage(path);
    if (!package)
        return Error{package.error()};
    const auto workspace = workspaceId(db);
    if (!workspace)
        return Error{workspace.error()};
    if (package->value(QStringLiteral("workspace")).toString() != *workspace)
        return Error{QCoreApplication::translate("VisitPackage", "%1 belongs to another workspace.").arg(path)};
    const qint64 visitId = package->value(QStringLiteral("visit")).toObject().value(QStringLiteral("id")).toInteger();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT package_secret, package_applied, shopper_id FROM visits WHERE id = ?"));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("VisitPackage", "%1 is for visit %2, which this workspace does not have.").arg(path).arg(visitId)};
    const QString secret = q.value(0).toString();
    const bool applied = q.value(1).toBool();
    const qint64 shopperId = q.value(2).toLongLong();
    q.finish();
    if (secret.isEmpty() || secret != package->value(QStringLiteral("key")).toString())
        return Error{QCoreApplication::translate("VisitPackage", "%1 is not the package last sent for visit %2.").arg(path).arg(visitId)};
    if (applied)
        return Error{QCoreApplication::translate("VisitPackage", "%1 has been applied to visit %2 already.").arg(path).arg(visitId)};
    const QJsonObject filled = package->value(QStringLiteral("filled")).toObject();
    if (filled.isEmpty())
        return Error{QCoreApplication::translate("VisitPackage", "%1 has not been filled in yet.").arg(path)};
    if (package->value(QStringLiteral("signature")).toString() != signature(QByteArray::fromHex(secret.toLatin1()), filled))
        return Error{QCoreApplication::translate("VisitPackage", "%1 has been changed since the shopper filled it in; it is refused.").arg(path)};

    QSqlQuery active(db.connection());
    active.prepare(QStringLiteral("SELECT v.id FROM form_versions v JOIN visits s ON s.form_id = v.form_id "
                                  "WHERE s.id = ? AND v.status = 'active' ORDER BY v.version DESC LIMIT 1"));
    active.addBindValue(visitId);
    if (const Status s = execQuery(active, db); !s)
        return Error{s.error()};
    if (!active.next() || active.value(0).toLongLong() != package->value(QStringLiteral("formVersionId")).toInteger())
        return Error{QCoreApplication::translate("VisitPackage", "The checklist has changed since %1 was sent; export the visit again.").arg(path)};
    active.finish();

    Answers answers;
    const QJsonObject answerObject = filled.value(QStringLiteral("answers")).toObject();
    for (auto it = answerObject.begin(); it != answerObject.end(); ++it)
        answers.insert(it.key(), answerFromJson(it.value().toObject()));
    const QDateTime started = QDateTime::fromString(filled.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    const QDateTime ended = QDateTime::fromString(filled.value(QStringLiteral("endedAt")).toString(), Qt::ISODate);
    if (!started.isValid() || !ended.isValid() || ended < started)
        return Error{QCoreApplication::translate("VisitPackage", "%1 has no valid start and end time.").arg(path)};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    VisitService shopper(db, shopperId);
    if (const auto started_ = shopper.start(visitId, started); !started_)
        return Error{started_.error()};
    if (const Status s = shopper.saveAnswers(visitId, answers, filled.value(QStringLiteral("comment")).toString(), ended); !s)
        return Error{s.error()};
    // The times the shopper recorded replace the time of import.
    const QJsonObject times = filled.value(QStringLiteral("answerTimes")).toObject();
    q.prepare(QStringLiteral("UPDATE visit_answer_times SET answered_at = ? WHERE visit_id = ? AND item_key = ?"));
    for (auto it = times.begin(); it != times.end(); ++it) {
        const QDateTime at = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (!at.isValid())
            continue;
        q.addBindValue(toStored(at));
        q.addBindValue(visitId);
        q.addBindValue(it.key());
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
    }
    const QJsonArray evidence = filled.value(QStringLiteral("evidence")).toArray();
    for (const QJsonValue &value : evidence) {
        const QJsonObject f = value.toObject();
        const QByteArray data = QByteArray::fromBase64(f.value(QStringLiteral("data")).toString().toLatin1());
        const QString name = f.value(QStringLiteral("name")).toString();
        if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != f.value(QStringLiteral("sha256")).toString())
            return Error{QCoreApplication::translate("VisitPackage", "Evidence %1 in %2 does not match its SHA-256.").arg(name, path)};
        const auto added = shopper.addEvidenceData(visitId, f.value(QStringLiteral("itemKey")).toString(), data, name,
                                                   evidenceKindFromKey(f.value(QStringLiteral("kind")).toString()).value_or(EvidenceKind::Other));
        if (!added)
            return Error{added.error()};
    }
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

} // namespace

QString packageSource(Database &workspace)
{
    const auto source = meta(workspace, QStringLiteral("package_source"));
    return source ? *source : QString();
}

Result<qint64> openPackageWorkspace(Database &workspace, const QString &packagePath)
{
    const auto package = readPackage(packagePath);
    if (!package)
        return Error{package.error()};
    if (!package->value(QStringLiteral("filled")).toObject().isEmpty())
        return Error{QCoreApplication::translate("VisitPackage", "%1 has been filled in already.").arg(packagePath)};
    const auto existing = meta(workspace, QStringLiteral("package_visit"));
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty())
        return existing->toLongLong(); // resume

    const QJsonObject visit = package->value(QStringLiteral("visit")).toObject();
    TransactionGuard transaction(workspace.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    Site site;
    site.code = visit.value(QStringLiteral("siteCode")).toString();
    site.name = visit.value(QStringLiteral("siteName")).toString();
    site.kind = SiteKind::Store;
    const auto siteId = SiteRepository(workspace).upsert(site);
    if (!siteId)
        return Error{siteId.error()};
    User shopper;
    shopper.login = QStringLiteral("shopper");
    shopper.name = visit.value(QStringLiteral("shopper")).toString();
    shopper.role = UserRole::Shopper;
    const auto shopperId = UserRepository(workspace).upsert(shopper);
    if (!shopperId)
        return Error{shopperId.error()};
    auto form = formFromJson(QJsonDocument(package->value(QStringLiteral("form")).toObject()).toJson(), packagePath);
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
    q.addBindValue(visit.value(QStringLiteral("scenario")).toString());
    q.addBindValue(visit.value(QStringLiteral("windowFrom")).toString());
    q.addBindValue(visit.value(QStringLiteral("windowTo")).toString());
    q.addBindValue(*shopperId);
    q.addBindValue(nowStored());
    const auto visitId = execReturningId(q, workspace);
    if (!visitId)
        return Error{visitId.error()};
    for (const auto &[key, value] : {std::pair{QStringLiteral("package_source"), packagePath},
                                     std::pair{QStringLiteral("package_visit"), QString::number(*visitId)}}) {
        if (const Status s = setMeta(workspace, key, value); !s)
            return Error{s.error()};
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *visitId;
}

Status writeFilledPackage(Database &workspace, const QString &outPath)
{
    const QString source = packageSource(workspace);
    const auto visitKey = meta(workspace, QStringLiteral("package_visit"));
    if (source.isEmpty() || !visitKey || visitKey->isEmpty())
        return Error{QCoreApplication::translate("VisitPackage", "This workspace was not made from a visit package.")};
    const qint64 visitId = visitKey->toLongLong();
    VisitService visits(workspace, 0);
    const auto v = visits.visit(visitId);
    if (!v)
        return Error{v.error()};
    if (v->status != VisitStatus::Submitted || !v->evaluationId)
        return Error{QCoreApplication::translate("VisitPackage", "Submit the visit before saving the filled package.")};
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
    return fillVisitPackage(source, filled, outPath);
}

} // namespace servqa
