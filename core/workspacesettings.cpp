#include "workspacesettings.h"

#include "database.h"
#include "spc.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

QString WorkspaceSettings::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!execQuery(q, m_db) || !q.next())
        return {};
    return q.value(0).toString();
}

Status WorkspaceSettings::setValue(const QString &key, const QString &value)
{
    TransactionGuard guard(m_db.connection());
    if (!guard.active())
        return Error{guard.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM servqa_meta WHERE key = ?"));
    q.addBindValue(key);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (value.isEmpty())
        return guard.commit();
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    return guard.commit();
}

QString WorkspaceSettings::organisationName() const
{
    return value(QStringLiteral("organisation_name"));
}

Status WorkspaceSettings::setOrganisationName(const QString &name)
{
    return setValue(QStringLiteral("organisation_name"), name.trimmed());
}

QByteArray WorkspaceSettings::logo() const
{
    return QByteArray::fromBase64(value(QStringLiteral("organisation_logo")).toLatin1());
}

Status WorkspaceSettings::setLogo(const QByteArray &image)
{
    if (image.size() > MaxLogoBytes)
        return Error{QCoreApplication::translate("WorkspaceSettings", "The logo is %1 KB; at most %2 KB fits in a report header.")
                         .arg(image.size() / 1024)
                         .arg(MaxLogoBytes / 1024)};
    return setValue(QStringLiteral("organisation_logo"), QString::fromLatin1(image.toBase64()));
}

SpeakerWords WorkspaceSettings::speakerWords() const
{
    const QJsonObject o = QJsonDocument::fromJson(value(QStringLiteral("speaker_words")).toUtf8()).object();
    const auto list = [&o](const char *role) {
        QStringList words;
        for (const QJsonValue &v : o.value(QLatin1String(role)).toArray())
            words << v.toString();
        return words;
    };
    SpeakerWords words{list("agent"), list("customer"), list("system")};
    return words.agent.isEmpty() || words.customer.isEmpty() || words.system.isEmpty() ? SpeakerWords::defaults() : words;
}

Status WorkspaceSettings::setSpeakerWords(const SpeakerWords &words)
{
    QJsonObject o;
    QSet<QString> seen;
    const std::pair<const char *, const QStringList *> roles[] = {{"agent", &words.agent}, {"customer", &words.customer}, {"system", &words.system}};
    for (const auto &[role, list] : roles) {
        QJsonArray array;
        for (const QString &word : *list) {
            const QString w = word.trimmed();
            if (w.isEmpty())
                continue;
            if (w.contains(QLatin1Char(':')) || w.contains(QChar(0xFF1A)) || w.contains(QLatin1Char('\n')))
                return Error{QCoreApplication::translate("WorkspaceSettings", "\"%1\": a speaker's word is written without its colon.").arg(w)};
            if (seen.contains(w.toCaseFolded()))
                return Error{QCoreApplication::translate("WorkspaceSettings", "\"%1\" names two speakers: a word names one.").arg(w)};
            seen.insert(w.toCaseFolded());
            array.append(w);
        }
        if (array.isEmpty())
            return Error{QCoreApplication::translate("WorkspaceSettings", "Give at least one word for the agent, the customer and the system.")};
        o.insert(QLatin1String(role), array);
    }
    return setValue(QStringLiteral("speaker_words"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

unsigned WorkspaceSettings::runRules() const
{
    bool ok = false;
    const unsigned rules = value(QStringLiteral("spc_rules")).toUInt(&ok);
    return ok && rules != 0 && (rules & ~spc::allRules) == 0 ? rules : spc::ruleBit(1) | spc::ruleBit(2) | spc::ruleBit(3) | spc::ruleBit(4);
}

Status WorkspaceSettings::setRunRules(unsigned rules)
{
    if (rules == 0 || (rules & ~spc::allRules) != 0)
        return Error{QCoreApplication::translate("WorkspaceSettings", "Choose at least one run rule, from 1 to 8.")};
    return setValue(QStringLiteral("spc_rules"), QString::number(rules));
}

qint64 WorkspaceSettings::evidenceLimit() const
{
    bool ok = false;
    const qint64 bytes = value(QStringLiteral("evidence_max_bytes")).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : DefaultEvidenceLimit;
}

qint64 WorkspaceSettings::packageLimit() const
{
    bool ok = false;
    const qint64 bytes = value(QStringLiteral("package_max_bytes")).toLongLong(&ok);
    return ok && bytes > 0 ? bytes : DefaultPackageLimit;
}

Status WorkspaceSettings::setEvidenceLimits(qint64 evidenceBytes, qint64 packageBytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (evidenceBytes < MiB || evidenceBytes > 2048 * MiB)
        return Error{QCoreApplication::translate("WorkspaceSettings", "An evidence file may be limited to 1 MB at least and 2048 MB at most.")};
    if (packageBytes < evidenceBytes || packageBytes > 4096 * MiB)
        return Error{QCoreApplication::translate("WorkspaceSettings", "A visit package must be allowed at least one evidence file and at most 4096 MB.")};
    if (const Status s = setValue(QStringLiteral("evidence_max_bytes"), QString::number(evidenceBytes)); !s)
        return s;
    return setValue(QStringLiteral("package_max_bytes"), QString::number(packageBytes));
}

Result<QMap<QString, int>> WorkspaceSettings::responseTargets() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT channel, first_response_s FROM response_targets"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QMap<QString, int> targets;
    while (q.next())
        targets.insert(q.value(0).toString(), q.value(1).toInt());
    return targets;
}

Status WorkspaceSettings::setResponseTarget(const QString &channel, int seconds)
{
    if (seconds <= 0)
        return Error{QCoreApplication::translate("WorkspaceSettings", "A response target must be at least one second.")};
    TransactionGuard guard(m_db.connection());
    if (!guard.active())
        return Error{guard.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM response_targets WHERE channel = ?"));
    q.addBindValue(channel);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO response_targets (channel, first_response_s) VALUES (?, ?)"));
    q.addBindValue(channel);
    q.addBindValue(seconds);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    // The same time is the threshold of the channel's first-response indicator (docs/indicators.md).
    q.prepare(QStringLiteral("UPDATE indicator_targets SET threshold_s = ? WHERE indicator = 'first_response' AND channel = ? "
                             "AND region = '' AND site_id IS NULL"));
    q.addBindValue(seconds);
    q.addBindValue(channel);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    return guard.commit();
}

} // namespace servqa
