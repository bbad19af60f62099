#include "keptdrafts.h"

#include "database.h"
#include "evaluationworkflow.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

namespace servqa {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> number(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QByteArray toJson(const KeptDraft &d)
{
    QJsonObject answers;
    for (auto it = d.answers.cbegin(); it != d.answers.cend(); ++it) {
        const Answer &a = it.value();
        answers.insert(it.key(), QJsonObject{{QStringLiteral("value"), number(a.value)},
                                             {QStringLiteral("na"), a.notApplicable},
                                             {QStringLiteral("text"), a.text},
                                             {QStringLiteral("comment"), a.comment},
                                             {QStringLiteral("measured"), number(a.measured)},
                                             {QStringLiteral("measuredBy"), a.measuredBy}});
    }
    const QJsonObject o{{QStringLiteral("servqa_kept_draft"), 1},
                        {QStringLiteral("evaluation"), d.evaluationId},
                        {QStringLiteral("interaction"), d.interactionId},
                        {QStringLiteral("form_version"), d.formVersionId},
                        {QStringLiteral("kept_at"), d.keptAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("comment"), d.comment},
                        {QStringLiteral("answers"), answers}};
    return QJsonDocument(o).toJson();
}

// A file of ours, whole, or nothing: anything else in the folder is left alone.
std::optional<KeptDraft> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("servqa_kept_draft")).toInt() != 1 || !o.value(QLatin1String("answers")).isObject())
        return std::nullopt;
    KeptDraft d;
    d.evaluationId = o.value(QLatin1String("evaluation")).toInteger();
    d.interactionId = o.value(QLatin1String("interaction")).toInteger();
    d.formVersionId = o.value(QLatin1String("form_version")).toInteger();
    d.keptAt = QDateTime::fromString(o.value(QLatin1String("kept_at")).toString(), Qt::ISODate);
    d.comment = o.value(QLatin1String("comment")).toString();
    if (d.evaluationId <= 0 && (d.interactionId <= 0 || d.formVersionId <= 0))
        return std::nullopt;
    const QJsonObject answers = o.value(QLatin1String("answers")).toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QJsonObject a = it.value().toObject();
        Answer answer;
        answer.value = number(a.value(QLatin1String("value")));
        answer.notApplicable = a.value(QLatin1String("na")).toBool();
        answer.text = a.value(QLatin1String("text")).toString();
        answer.comment = a.value(QLatin1String("comment")).toString();
        answer.measured = number(a.value(QLatin1String("measured")));
        answer.measuredBy = a.value(QLatin1String("measuredBy")).toString();
        d.answers.insert(it.key(), answer);
    }
    return d;
}

// Whether the server's draft was saved after the second `d` was kept (by this editor once the
// server was back, or at another desk): then the kept one is older and must not replace it.
bool newerOnServer(Database &db, const KeptDraft &d)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT updated_at FROM evaluations WHERE id = ?"));
    q.addBindValue(d.evaluationId);
    return execQuery(q, db) && q.next() && q.value(0).toLongLong() > toStored(d.keptAt);
}

} // namespace

KeptDrafts::KeptDrafts(const QString &serverAddress, const QString &folder)
{
    // One folder per address and account (the address names the account; never its password).
    const QString base = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kept-drafts")
                                          : folder;
    const QByteArray key = QCryptographicHash::hash(serverAddress.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_folder = base + QLatin1Char('/') + QString::fromLatin1(key);
}

QString KeptDrafts::fileFor(const KeptDraft &draft) const
{
    return draft.evaluationId > 0 ? m_folder + QStringLiteral("/evaluation-%1.json").arg(draft.evaluationId) : newDraftFile(draft);
}

// Where the draft was kept before the server had made it (by its interaction and form).
QString KeptDrafts::newDraftFile(const KeptDraft &draft) const
{
    return m_folder + QStringLiteral("/new-%1-%2.json").arg(draft.interactionId).arg(draft.formVersionId);
}

Status KeptDrafts::keep(KeptDraft &draft)
{
    if (!QDir().mkpath(m_folder))
        return Error{QCoreApplication::translate("KeptDrafts", "Cannot make the folder %1 to keep the draft in.").arg(m_folder)};
    draft.keptAt = QDateTime::currentDateTimeUtc();
    draft.file = fileFor(draft);
    QSaveFile file(draft.file);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("KeptDrafts", "Cannot keep the draft in %1: %2").arg(draft.file, file.errorString())};
    const QByteArray json = toJson(draft);
    if (file.write(json) != json.size())
        file.cancelWriting();
    if (!file.commit())
        return Error{QCoreApplication::translate("KeptDrafts", "Cannot keep the draft in %1: %2").arg(draft.file, file.errorString())};
    // Made on the server meanwhile: the file of the new draft is replaced, once this one is kept
    // (removed first, a failed write would have left the answers nowhere).
    if (draft.evaluationId > 0 && draft.file != newDraftFile(draft))
        QFile::remove(newDraftFile(draft));
    return success();
}

Status KeptDrafts::forget(const KeptDraft &draft)
{
    for (const QString &path : {fileFor(draft), newDraftFile(draft)}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{QCoreApplication::translate("KeptDrafts", "Cannot remove %1.").arg(path)};
    }
    return success();
}

Result<QVector<KeptDraft>> KeptDrafts::all() const
{
    QVector<KeptDraft> drafts;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QCoreApplication::translate("KeptDrafts", "Cannot read %1: %2").arg(file.fileName(), file.errorString())};
        auto draft = fromJson(file.read(16 * 1024 * 1024));
        if (!draft)
            continue;
        draft->file = file.fileName();
        drafts << *draft;
    }
    return drafts;
}

bool KeptDrafts::isEmpty() const
{
    return QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

KeptDraftsSaved KeptDrafts::saveAll(Database &db, qint64 userId)
{
    KeptDraftsSaved result;
    const auto drafts = all();
    if (!drafts) {
        result.problems << drafts.error();
        return result;
    }
    EvaluationWorkflow workflow(db, userId);
    for (const KeptDraft &d : *drafts) {
        Status s = success();
        if (d.evaluationId > 0)
            s = newerOnServer(db, d) ? Status(Error{QCoreApplication::translate("KeptDrafts", "the draft on the server was saved after it, "
                                                                                              "and is not overwritten.")})
                                     : workflow.saveDraft(d.evaluationId, d.answers, d.comment);
        else if (const auto made = workflow.createDraft(d.interactionId, d.formVersionId, d.answers, d.comment); !made)
            s = Error{made.error()};
        if (!s) {
            result.problems << QCoreApplication::translate("KeptDrafts", "A draft kept on this computer on %1 was not saved: %2\nIt stays in %3.")
                                   .arg(d.keptAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.error(), d.file);
            continue;
        }
        if (const Status f = forget(d); !f)
            result.problems << f.error();
        ++result.saved;
    }
    return result;
}

} // namespace servqa
