#include "transcriptimport.h"

#include "database.h"
#include "importrow.h"
#include "transactionguard.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace servqa {

namespace {

const QString FormatName = QStringLiteral("servqa-transcripts");
// A JSON file is read whole: larger ones go as CSV, which is read as a stream.
constexpr qint64 LargestJsonFile = 256LL * 1024 * 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The speaker a file names: agent, customer, system or bot, or a word of the workspace's or the
// defaults (坐席, 客户 …), in any case. Empty: not said.
std::optional<Speaker> readSpeaker(const QString &text, const SpeakerWords &words)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Speaker::Unknown;
    if (const auto s = speakerFromKey(t.toLower()))
        return *s;
    if (t.compare(QLatin1String("bot"), Qt::CaseInsensitive) == 0)
        return Speaker::System;
    for (const SpeakerWords &w : {words, SpeakerWords::defaults()}) {
        for (const auto &[list, speaker] : {std::pair{&w.agent, Speaker::Agent}, std::pair{&w.customer, Speaker::Customer},
                                            std::pair{&w.system, Speaker::System}}) {
            if (list->contains(t, Qt::CaseInsensitive))
                return speaker;
        }
    }
    return std::nullopt;
}

// One line per turn in the stored transcript: a line break inside a turn would start a turn of its
// own where the next line begins with a speaker's word.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.trimmed();
}

} // namespace

bool looksLikeJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = f.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

TranscriptCollector::TranscriptCollector(Database &db, QString defaultSource)
    : m_db(db), m_defaultSource(std::move(defaultSource)), m_words(WorkspaceSettings(db).speakerWords())
{
}

TranscriptCollector::~TranscriptCollector() = default;

Result<qint64> TranscriptCollector::interactionId(const QString &source, const QString &externalId)
{
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(m_db.connection());
        m_find->prepare(QStringLiteral("SELECT id FROM interactions WHERE source = ? AND external_id = ?"));
    }
    m_find->bindValue(0, source);
    m_find->bindValue(1, externalId);
    if (!m_find->exec())
        return Error{m_db.describeError(*m_find)};
    const qint64 id = m_find->next() ? m_find->value(0).toLongLong() : 0;
    m_find->finish();
    return id;
}

Status TranscriptCollector::add(const QString &sourceText, const QString &externalId, const QString &speakerText,
                                const QString &startText, const QString &endText, const QString &text,
                                const FieldError &error)
{
    const QString source = sourceText.trimmed().isEmpty() ? m_defaultSource : sourceText.trimmed();
    const auto key = qMakePair(source, externalId.trimmed());
    if (key.second.isEmpty())
        return error(TInteraction, Text::tr("name the interaction (its external ID)"));
    int at = m_index.value(key, -1);
    if (at < 0) {
        const auto id = interactionId(key.first, key.second);
        if (!id)
            return Error{id.error()};
        if (*id == 0)
            return error(TInteraction, Text::tr("there is no interaction \"%1\" from \"%2\"; import the interactions first")
                                           .arg(clip(key.second), clip(key.first)));
        at = int(m_pending.size());
        m_index.insert(key, at);
        m_pending.append(Pending{*id, {}});
    }
    Pending &p = m_pending[at];

    Turn turn;
    const auto speaker = readSpeaker(speakerText, m_words);
    if (!speaker)
        return error(TSpeaker, Text::tr("\"%1\" is not a speaker (agent, customer or system, or a speaker word of this workspace: %2, %3, %4)")
                                   .arg(clip(speakerText.trimmed()), m_words.agent.value(0), m_words.customer.value(0),
                                        m_words.system.value(0)));
    turn.speaker = *speaker;
    const QString timeHint = Text::tr("use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days");
    if (!startText.trimmed().isEmpty()) {
        turn.at = parseTranscriptTime(startText);
        if (!turn.at)
            return error(TStart, Text::tr("\"%1\" is not a time (%2)").arg(clip(startText.trimmed()), timeHint));
    }
    if (!endText.trimmed().isEmpty()) {
        turn.end = parseTranscriptTime(endText);
        if (!turn.end)
            return error(TEnd, Text::tr("\"%1\" is not a time (%2)").arg(clip(endText.trimmed()), timeHint));
        if (!turn.at)
            return error(TEnd, Text::tr("a turn with an end needs its start too"));
        if (*turn.end < *turn.at)
            return error(TEnd, Text::tr("the turn ends at %1, before it starts (%2)").arg(transcriptTime(*turn.end), transcriptTime(*turn.at)));
    }
    // Turns in the order they were said: a turn may start before the one before it ends (an
    // interruption), never before it starts.
    if (turn.at) {
        for (auto t = p.turns.crbegin(); t != p.turns.crend(); ++t) {
            if (!t->at)
                continue;
            if (*turn.at < *t->at)
                return error(TStart, Text::tr("the turn starts at %1, before the turn before it in \"%2\" (%3); give the turns in the order they were said")
                                         .arg(transcriptTime(*turn.at), clip(key.second), transcriptTime(*t->at)));
            break;
        }
    }
    turn.text = oneLine(text);
    if (turn.text.isEmpty())
        return error(TText, Text::tr("a turn needs its words"));
    p.turns.append(turn);
    ++m_turns;
    return success();
}

Result<QVector<qint64>> TranscriptCollector::write()
{
    QSqlQuery q(m_db.connection());
    // The search index follows through its trigger on the transcript column.
    q.prepare(QStringLiteral("UPDATE interactions SET transcript = ? WHERE id = ?"));
    QVector<qint64> ids;
    for (const Pending &p : std::as_const(m_pending)) {
        q.bindValue(0, formatTranscript(p.turns, m_words));
        q.bindValue(1, p.interactionId);
        if (!q.exec())
            return Error{m_db.describeError(q)};
        ids.append(p.interactionId);
    }
    return ids;
}

namespace {

// The turns of one JSON file, checked as TranscriptCollector checks a CSV file's rows; a problem
// names the file and the field's path, e.g. "calls.json, transcripts[2].turns[5].start".
Status readJson(const QString &fileName, const QByteArray &bytes, TranscriptCollector &collector)
{
    auto at = [&](const QString &where, const QString &problem) { return Error{QStringLiteral("%1, %2: %3").arg(fileName, where, problem)}; };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return Error{Text::tr("%1, line %2: not JSON: %3.").arg(fileName).arg(line).arg(parseError.errorString())};
    }
    const QJsonObject top = doc.object();
    if (!doc.isObject() || top.value(QStringLiteral("format")).toString() != FormatName)
        return Error{Text::tr("%1 is not a ServQA transcripts file: its \"format\" is not \"%2\".").arg(fileName, FormatName)};
    auto onlyKeys = [&](const QJsonObject &o, const QStringList &allowed, const QString &where) -> Status {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return at(where, Text::tr("unknown field \"%1\"").arg(clip(it.key())));
        }
        return success();
    };
    if (const Status s = onlyKeys(top, {QStringLiteral("format"), QStringLiteral("transcripts")}, Text::tr("(top)")); !s)
        return s;
    const QJsonValue list = top.value(QStringLiteral("transcripts"));
    if (!list.isArray() || list.toArray().isEmpty())
        return at(QStringLiteral("transcripts"), Text::tr("a list of at least one transcript is needed"));
    const QJsonArray transcripts = list.toArray();
    for (int i = 0; i < transcripts.size(); ++i) {
        const QString where = QStringLiteral("transcripts[%1]").arg(i);
        if (!transcripts.at(i).isObject())
            return at(where, Text::tr("each transcript is an object with \"interaction\" and \"turns\""));
        const QJsonObject t = transcripts.at(i).toObject();
        if (const Status s = onlyKeys(t, {QStringLiteral("interaction"), QStringLiteral("source"), QStringLiteral("turns")}, where); !s)
            return s;
        const QJsonValue interaction = t.value(QStringLiteral("interaction"));
        const QJsonValue source = t.value(QStringLiteral("source"));
        if (!interaction.isString())
            return at(where + QStringLiteral(".interaction"), Text::tr("the interaction's external ID, as text"));
        if (!source.isUndefined() && !source.isString())
            return at(where + QStringLiteral(".source"), Text::tr("the interaction's source system, as text"));
        const QJsonValue turnsValue = t.value(QStringLiteral("turns"));
        if (!turnsValue.isArray() || turnsValue.toArray().isEmpty())
            return at(where + QStringLiteral(".turns"), Text::tr("a list of at least one turn is needed"));
        const QJsonArray turns = turnsValue.toArray();
        for (int n = 0; n < turns.size(); ++n) {
            const QString turnWhere = where + QStringLiteral(".turns[%1]").arg(n);
            if (!turns.at(n).isObject())
                return at(turnWhere, Text::tr("each turn is an object with \"speaker\", \"start\", \"end\" and \"text\""));
            const QJsonObject turn = turns.at(n).toObject();
            if (const Status s = onlyKeys(turn, {QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text")},
                                          turnWhere);
                !s)
                return s;
            // A time is a number of seconds or a text such as "1:05.5"; the collector reads both.
            QStringList texts;
            for (const char *name : {"speaker", "start", "end", "text"}) {
                const QJsonValue v = turn.value(QLatin1String(name));
                if (v.isUndefined() || v.isNull())
                    texts << QString();
                else if (v.isString())
                    texts << v.toString();
                else if (v.isDouble() && (qstrcmp(name, "start") == 0 || qstrcmp(name, "end") == 0))
                    texts << QString::number(v.toDouble(), 'g', 15);
                else
                    return at(turnWhere + QLatin1Char('.') + QLatin1String(name), Text::tr("a text or a number of seconds is needed here"));
            }
            static const char *const FieldNames[] = {"interaction", "source", "speaker", "start", "end", "text"};
            const Status added = collector.add(source.toString(), interaction.toString(), texts[0], texts[1], texts[2], texts[3],
                                               [&](int field, const QString &problem) {
                                                   const QString name = QLatin1String(FieldNames[field]);
                                                   return at((field <= TSource ? where : turnWhere) + QLatin1Char('.') + name, problem);
                                               });
            if (!added)
                return added;
        }
    }
    return success();
}

} // namespace

Result<ImportSummary> importTranscriptJson(Database &db, const QString &path, const ImportOptions &options,
                                           const ImportProgress &progress)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > LargestJsonFile)
        return Error{Text::tr("%1 is %2 MB; a JSON transcripts file is at most %3 MB (a CSV file of turns has no limit).")
                         .arg(fileName).arg(file.size() / (1024 * 1024)).arg(LargestJsonFile / (1024 * 1024))};
    const QByteArray bytes = file.read(LargestJsonFile + 1);
    if (file.error() != QFile::NoError)
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    TranscriptCollector collector(db, options.defaultSource);
    if (const Status s = readJson(fileName, bytes, collector); !s)
        return Error{s.error()};
    const auto ids = collector.write();
    if (!ids)
        return Error{ids.error()};
    if (progress && !progress(bytes.size(), bytes.size()))
        return Error{Text::tr("Import of %1 cancelled; nothing was written.").arg(fileName)};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    ImportSummary summary;
    summary.rows = collector.turns();
    summary.updated = ids->size();
    summary.interactionIds = *ids;
    return summary;
}

} // namespace servqa
