#include "workspacesettings.h"

#include "database.h"
#include "transactionguard.h"

#include <QCoreApplication>
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
    return guard.commit();
}

} // namespace servqa
