#include "demorecordings.h"

#include "database.h"
#include "outputfile.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>
#include <QtEndian>

namespace servqa {

namespace {

constexpr int SampleRate = 22050; // what espeak-ng writes: 16-bit mono PCM

// The PCM samples of a WAV file from espeak-ng (its "data" chunk), or empty.
QByteArray pcmOf(const QByteArray &wav)
{
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return {};
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
        if (id == "data")
            return wav.mid(at + 8, std::min<qsizetype>(size, wav.size() - at - 8));
        at += 8 + qsizetype(size) + (size & 1);
    }
    return {};
}

QByteArray wavFile(const QByteArray &pcm)
{
    QByteArray header(44, '\0');
    char *h = header.data();
    auto put32 = [&](int at, quint32 v) { qToLittleEndian<quint32>(v, h + at); };
    auto put16 = [&](int at, quint16 v) { qToLittleEndian<quint16>(v, h + at); };
    memcpy(h, "RIFF", 4);
    put32(4, quint32(36 + pcm.size()));
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1); // PCM
    put16(22, 1); // mono
    put32(24, SampleRate);
    put32(28, SampleRate * 2);
    put16(32, 2);
    put16(34, 16);
    memcpy(h + 36, "data", 4);
    put32(40, quint32(pcm.size()));
    return header + pcm;
}

bool isChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

// One line of a transcript, voiced: the agent in a woman's voice, the customer in a man's.
Result<QByteArray> voice(const QString &espeak, const QString &line, const QString &scratch)
{
    QString text = line;
    bool agent = true;
    for (const auto &[prefix, isAgent] : {std::pair{QStringLiteral("坐席："), true}, {QStringLiteral("客户："), false},
                                          {QStringLiteral("Agent:"), true}, {QStringLiteral("Customer:"), false}}) {
        if (text.startsWith(prefix)) {
            text = text.mid(prefix.size()).trimmed();
            agent = isAgent;
            break;
        }
    }
    const QString voiceName = (isChinese(text) ? QStringLiteral("cmn") : QStringLiteral("en-gb"))
                              + (agent ? QStringLiteral("+f3") : QStringLiteral("+m3"));
    QProcess p;
    p.start(espeak, {QStringLiteral("-v"), voiceName, QStringLiteral("-s"), QStringLiteral("165"), QStringLiteral("-w"), scratch,
                     QStringLiteral("--"), text});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{QCoreApplication::translate("Demo", "espeak-ng could not voice a demo call: %1")
                         .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed())};
    QFile f(scratch);
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.errorString()};
    return pcmOf(f.readAll());
}

} // namespace

Result<int> addDemoRecordings(Database &db, const QString &folder, int count)
{
    const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
    if (espeak.isEmpty())
        return Error{QCoreApplication::translate("Demo", "espeak-ng is not installed: the demo calls have no recordings "
                                                         "(scripts/setup-deps.sh installs it).")};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.external_id, i.transcript FROM interactions i WHERE i.channel = 'call' "
        "AND i.transcript IS NOT NULL AND i.recording_path IS NULL "
        "ORDER BY CASE WHEN EXISTS (SELECT 1 FROM assignments a WHERE a.interaction_id = i.id AND a.evaluation_id IS NULL) "
        "THEN 0 ELSE 1 END, i.started_at DESC LIMIT ?"));
    q.addBindValue(count);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    struct Call
    {
        qint64 id;
        QString externalId;
        QString transcript;
    };
    QVector<Call> calls;
    while (q.next())
        calls.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.finish();

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{scratch.errorString()};
    if (!QDir(folder).mkpath(QStringLiteral("recordings")))
        return Error{QCoreApplication::translate("Demo", "Cannot make the folder %1.").arg(QDir(folder).filePath(QStringLiteral("recordings")))};
    const QByteArray pause(SampleRate * 2 * 6 / 10, '\0'); // 0.6 s between turns
    QVector<std::pair<qint64, QString>> written;
    for (const Call &call : calls) {
        const QString relative = QStringLiteral("recordings/%1.wav").arg(call.externalId);
        if (QFileInfo::exists(QDir(folder).filePath(relative)))
            continue; // somebody's file, not the demo's: left alone
        QByteArray pcm;
        for (QString line : call.transcript.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // A timed transcript's times are read, not voiced.
            line = line.trimmed();
            if (line.startsWith(QLatin1Char('[')) && line.indexOf(QLatin1Char(']')) > 0)
                line = line.mid(line.indexOf(QLatin1Char(']')) + 1).trimmed();
            const auto turn = voice(espeak, line, scratch.filePath(QStringLiteral("turn.wav")));
            if (!turn)
                return Error{turn.error()};
            pcm += *turn + pause;
        }
        if (const Status s = writeWholeFile(QDir(folder).filePath(relative), wavFile(pcm)); !s)
            return Error{s.error()};
        written.push_back({call.id, relative});
    }
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    q.prepare(QStringLiteral("UPDATE interactions SET recording_path = ? WHERE id = ?"));
    for (const auto &[id, path] : written) {
        q.addBindValue(path);
        q.addBindValue(id);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return int(written.size());
}

} // namespace servqa
