#include "standards.h"

#include "database.h"
#include "interactionrepository.h"
#include "rollups.h"
#include "surveysums.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {
QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

QString promiseMeasureKey(PromiseMeasure measure)
{
    switch (measure) {
    case PromiseMeasure::FirstResponse: return QStringLiteral("first_response");
    case PromiseMeasure::Resolution: return QStringLiteral("resolution");
    case PromiseMeasure::Standard: return QStringLiteral("standard");
    }
    return {};
}

std::optional<PromiseMeasure> promiseMeasureFromKey(const QString &key)
{
    for (PromiseMeasure m : {PromiseMeasure::FirstResponse, PromiseMeasure::Resolution, PromiseMeasure::Standard}) {
        if (promiseMeasureKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString promiseMeasureName(PromiseMeasure measure)
{
    switch (measure) {
    case PromiseMeasure::FirstResponse: return QCoreApplication::translate("Standards", "First response within the time promised");
    case PromiseMeasure::Resolution: return QCoreApplication::translate("Standards", "Resolved at first contact");
    case PromiseMeasure::Standard: return QCoreApplication::translate("Standards", "Compliance with a standard");
    }
    return {};
}

Status StandardsRepository::check(const ServiceStandard &s)
{
    if (s.code.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Standards", "Standard: the code is empty.")};
    if (s.title.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Standards", "Standard %1: the title is empty.").arg(s.code)};
    if (s.level < 1 || s.level > 7)
        return Error{QCoreApplication::translate("Standards", "Standard %1: the level must be 1–7, not %2.").arg(s.code).arg(s.level)};
    if (!(s.complianceTarget > 0 && s.complianceTarget <= 100))
        return Error{QCoreApplication::translate("Standards", "Standard %1: the compliance target must be above 0 % and at most 100 %, not %2.")
                         .arg(s.code)
                         .arg(s.complianceTarget)};
    for (int item : s.surveyItems) {
        if (item < 0 || item >= 22)
            return Error{QCoreApplication::translate("Standards", "Standard %1: there is no SERVQUAL item %2.").arg(s.code).arg(item + 1)};
    }
    return success();
}

Status StandardsRepository::check(const ExternalPromise &p)
{
    if (p.code.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Standards", "Promise: the code is empty.")};
    if (p.text.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Standards", "Promise %1: the text is empty.").arg(p.code)};
    if (p.channel && !channelFromKey(*p.channel))
        return Error{QCoreApplication::translate("Standards", "Promise %1: unknown channel \"%2\".").arg(p.code, *p.channel)};
    if (p.measure == PromiseMeasure::FirstResponse && !(p.thresholdSeconds && *p.thresholdSeconds > 0))
        return Error{QCoreApplication::translate("Standards", "Promise %1: a first-response promise needs the time promised.").arg(p.code)};
    if (p.measure == PromiseMeasure::Standard && !p.standardId)
        return Error{QCoreApplication::translate("Standards", "Promise %1: choose the standard that checks it.").arg(p.code)};
    if (!(p.promisedRate > 0 && p.promisedRate <= 100))
        return Error{QCoreApplication::translate("Standards", "Promise %1: the share promised must be above 0 % and at most 100 %, not %2.").arg(p.code).arg(p.promisedRate)};
    return success();
}

Result<QVector<ServiceStandard>> StandardsRepository::standards()
{
    QVector<ServiceStandard> result;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, title, target, dimension, level, compliance_target FROM service_standards ORDER BY code"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        ServiceStandard s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.title = q.value(2).toString();
        s.target = q.value(3).toString();
        s.dimension = dimensionFromKey(q.value(4).toString()).value_or(Dimension::Reliability);
        s.level = q.value(5).toInt();
        s.complianceTarget = q.value(6).toDouble();
        index.insert(s.id, int(result.size()));
        result << s;
    }
    q.prepare(QStringLiteral("SELECT standard_id, item FROM standard_survey_items ORDER BY standard_id, item"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            result[*it].surveyItems << q.value(1).toInt() - 1;
    }
    q.prepare(QStringLiteral("SELECT standard_id, form_id, item_key FROM standard_form_items ORDER BY standard_id, form_id, item_key"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            result[*it].formItems << FormItemRef{q.value(1).toLongLong(), q.value(2).toString()};
    }
    return result;
}

Result<ServiceStandard> StandardsRepository::standard(qint64 id)
{
    const auto all = standards();
    if (!all)
        return Error{all.error()};
    for (const ServiceStandard &s : *all) {
        if (s.id == id)
            return s;
    }
    return Error{QCoreApplication::translate("Standards", "Standard %1 does not exist.").arg(id)};
}

Result<qint64> StandardsRepository::saveStandard(const ServiceStandard &standard)
{
    if (const Status s = check(standard); !s)
        return Error{s.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    qint64 id = standard.id;
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO service_standards (code, title, target, dimension, level, compliance_target) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE service_standards SET code = ?, title = ?, target = ?, dimension = ?, level = ?, "
                                 "compliance_target = ? WHERE id = ?"));
    }
    q.addBindValue(standard.code.trimmed());
    q.addBindValue(standard.title.trimmed());
    q.addBindValue(notNull(standard.target.trimmed()));
    q.addBindValue(dimensionKey(standard.dimension));
    q.addBindValue(standard.level);
    q.addBindValue(standard.complianceTarget);
    // Another standard with the same code: say so rather than show the database's words.
    QSqlQuery same(m_db.connection());
    same.prepare(QStringLiteral("SELECT COUNT(*) FROM service_standards WHERE code = ? AND id <> ?"));
    same.addBindValue(standard.code.trimmed());
    same.addBindValue(id);
    const auto clash = execScalar(same, m_db);
    if (!clash)
        return Error{clash.error()};
    if (*clash > 0)
        return Error{QCoreApplication::translate("Standards", "Standard %1: another standard has this code.").arg(standard.code.trimmed())};
    if (id == 0) {
        const auto inserted = execReturningId(q, m_db);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
    } else {
        q.addBindValue(id);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        if (q.numRowsAffected() != 1)
            return Error{QCoreApplication::translate("Standards", "Standard %1 does not exist.").arg(id)};
    }
    for (const char *sql : {"DELETE FROM standard_survey_items WHERE standard_id = ?", "DELETE FROM standard_form_items WHERE standard_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
    }
    q.prepare(QStringLiteral("INSERT INTO standard_survey_items (standard_id, item) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (int item : standard.surveyItems) {
        q.addBindValue(id);
        q.addBindValue(item + 1);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
    }
    q.prepare(QStringLiteral("INSERT INTO standard_form_items (standard_id, form_id, item_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const FormItemRef &ref : standard.formItems) {
        q.addBindValue(id);
        q.addBindValue(ref.formId);
        q.addBindValue(ref.itemKey);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
    }
    // Gap 2's sums depend on the standards: rebuilt here, in this transaction (a reader never
    // rebuilds: it must not need the write lock).
    if (const Status s = m_deferred ? success() : refreshRollups(); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return id;
}

Status StandardsRepository::removeStandard(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM external_promises WHERE standard_id = ? ORDER BY code"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    QStringList promises;
    while (q.next())
        promises << q.value(0).toString();
    if (!promises.isEmpty())
        return Error{QCoreApplication::translate("Standards", "The standard checks promise %1: change or remove the promise first.").arg(promises.join(QStringLiteral(", ")))};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    q.prepare(QStringLiteral("DELETE FROM service_standards WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s) // its links go with it (ON DELETE CASCADE)
        return s;
    if (const Status s = m_deferred ? success() : refreshRollups(); !s)
        return s;
    return transaction.commit();
}

Result<QVector<StandardsRepository::LinkableItem>> StandardsRepository::linkableItems()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.id, f.name, f.kind, i.key, i.text, i.dimension FROM forms f "
                             "JOIN form_versions v ON v.form_id = f.id "
                             "AND v.version = (SELECT MAX(version) FROM form_versions WHERE form_id = f.id) "
                             "JOIN form_sections s ON s.form_version_id = v.id JOIN form_items i ON i.section_id = s.id "
                             "WHERE i.type <> 'text' ORDER BY f.kind DESC, f.name, f.id, s.position, i.position"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<LinkableItem> items;
    while (q.next()) {
        LinkableItem item;
        item.formId = q.value(0).toLongLong();
        item.formName = q.value(1).toString();
        item.checklist = q.value(2).toString() == QLatin1String("checklist");
        item.itemKey = q.value(3).toString();
        item.itemText = q.value(4).toString();
        item.dimension = dimensionFromKey(q.value(5).toString()).value_or(Dimension::Reliability);
        items << item;
    }
    return items;
}

Result<QVector<ExternalPromise>> StandardsRepository::promises()
{
    QVector<ExternalPromise> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, text, dimension, channel, measure, threshold_s, standard_id, promised_rate "
                             "FROM external_promises ORDER BY code"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        ExternalPromise p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.text = q.value(2).toString();
        p.dimension = dimensionFromKey(q.value(3).toString()).value_or(Dimension::Responsiveness);
        if (!q.value(4).isNull())
            p.channel = q.value(4).toString();
        p.measure = promiseMeasureFromKey(q.value(5).toString()).value_or(PromiseMeasure::FirstResponse);
        if (!q.value(6).isNull())
            p.thresholdSeconds = q.value(6).toInt();
        if (!q.value(7).isNull())
            p.standardId = q.value(7).toLongLong();
        p.promisedRate = q.value(8).toDouble();
        result << p;
    }
    return result;
}

Result<qint64> StandardsRepository::savePromise(const ExternalPromise &promise)
{
    if (const Status s = check(promise); !s)
        return Error{s.error()};
    QSqlQuery same(m_db.connection());
    same.prepare(QStringLiteral("SELECT COUNT(*) FROM external_promises WHERE code = ? AND id <> ?"));
    same.addBindValue(promise.code.trimmed());
    same.addBindValue(promise.id);
    const auto clash = execScalar(same, m_db);
    if (!clash)
        return Error{clash.error()};
    if (*clash > 0)
        return Error{QCoreApplication::translate("Standards", "Promise %1: another promise has this code.").arg(promise.code.trimmed())};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    if (promise.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO external_promises (code, text, dimension, channel, measure, threshold_s, standard_id, "
                                 "promised_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE external_promises SET code = ?, text = ?, dimension = ?, channel = ?, measure = ?, "
                                 "threshold_s = ?, standard_id = ?, promised_rate = ? WHERE id = ?"));
    }
    q.addBindValue(promise.code.trimmed());
    q.addBindValue(promise.text.trimmed());
    q.addBindValue(dimensionKey(promise.dimension));
    q.addBindValue(promise.channel ? QVariant(*promise.channel) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(promiseMeasureKey(promise.measure));
    // Only the field the measure uses is kept.
    q.addBindValue(promise.measure == PromiseMeasure::FirstResponse ? QVariant(*promise.thresholdSeconds) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(promise.measure == PromiseMeasure::Standard ? optionalValue(promise.standardId) : optionalValue(std::nullopt));
    q.addBindValue(promise.promisedRate);
    qint64 id = promise.id;
    if (id == 0) {
        const auto inserted = execReturningId(q, m_db);
        if (!inserted)
            return inserted;
        id = *inserted;
    } else {
        q.addBindValue(id);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        if (q.numRowsAffected() != 1)
            return Error{QCoreApplication::translate("Standards", "Promise %1 does not exist.").arg(promise.id)};
    }
    // Gap 4's counts depend on the promises: rebuilt here, in this transaction.
    if (const Status s = m_deferred ? success() : refreshRollups(); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return id;
}

Status StandardsRepository::removePromise(qint64 id)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM external_promises WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (const Status s = m_deferred ? success() : refreshRollups(); !s)
        return s;
    return transaction.commit();
}

Status StandardsRepository::refreshRollups()
{
    const auto standards = this->standards();
    if (!standards)
        return Error{standards.error()};
    const auto promises = this->promises();
    if (!promises)
        return Error{promises.error()};
    if (const Status s = rollups::ensureSurveySums(m_db, *standards); !s)
        return s;
    if (const Status s = rollups::ensureGapClusters(m_db, *standards); !s)
        return s;
    return rollups::ensurePromiseRollup(m_db, *promises);
}

} // namespace servqa
