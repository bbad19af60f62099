#include "formrepository.h"

#include "auditlog.h"
#include "database.h"
#include "formjson.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

Result<Form> FormRepository::insertVersion(const Form &input)
{
    if (const Status valid = validateForm(input, input.code); !valid)
        return Error{valid.error()};
    Form form = input;
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO forms (code, kind, name) VALUES (?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id"));
    q.addBindValue(form.code);
    q.addBindValue(formKindKey(form.kind));
    q.addBindValue(form.name);
    const auto formId = execReturningId(q, m_db);
    if (!formId)
        return Error{formId.error()};
    form.formId = *formId;

    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM form_versions WHERE form_id = ?"));
    q.addBindValue(form.formId);
    const auto lastVersion = execScalar(q, m_db);
    if (!lastVersion)
        return Error{lastVersion.error()};
    form.version = int(*lastVersion) + 1;

    q.prepare(QStringLiteral(
        "INSERT INTO form_versions (form_id, version, status, pass_mark, bonus_cap, description, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(form.formId);
    q.addBindValue(form.version);
    q.addBindValue(formStatusKey(form.status));
    q.addBindValue(form.passMark);
    q.addBindValue(form.bonusCap ? 1 : 0);
    q.addBindValue(notNull(form.description));
    q.addBindValue(nowStored());
    const auto versionId = execReturningId(q, m_db);
    if (!versionId)
        return Error{versionId.error()};
    form.versionId = *versionId;
    form.rowVersion = 0;

    if (const Status s = insertSections(form); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return form;
}

Status FormRepository::insertSections(Form &form)
{
    QSqlQuery section(m_db.connection());
    section.prepare(QStringLiteral(
        "INSERT INTO form_sections (form_version_id, position, key, title, kind, weight) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery item(m_db.connection());
    item.prepare(QStringLiteral(
        "INSERT INTO form_items (section_id, position, key, text, type, weight, dimension, "
        "critical, allow_na, required, help, target_min, target_max, sla_seconds, requires_evidence, measure) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (int s = 0; s < form.sections.size(); ++s) {
        FormSection &fs = form.sections[s];
        section.addBindValue(form.versionId);
        section.addBindValue(s);
        section.addBindValue(fs.key);
        section.addBindValue(fs.title);
        section.addBindValue(sectionKindKey(fs.kind));
        section.addBindValue(fs.weight);
        const auto sectionId = execReturningId(section, m_db);
        if (!sectionId)
            return Error{sectionId.error()};
        fs.id = *sectionId;
        for (int i = 0; i < fs.items.size(); ++i) {
            FormItem &fi = fs.items[i];
            item.addBindValue(fs.id);
            item.addBindValue(i);
            item.addBindValue(fi.key);
            item.addBindValue(fi.text);
            item.addBindValue(itemTypeKey(fi.type));
            item.addBindValue(fi.weight);
            item.addBindValue(dimensionKey(fi.dimension));
            item.addBindValue(fi.critical ? 1 : 0);
            item.addBindValue(fi.allowNa ? 1 : 0);
            item.addBindValue(fi.required ? 1 : 0);
            item.addBindValue(notNull(fi.help));
            item.addBindValue(optionalReal(fi.targetMin));
            item.addBindValue(optionalReal(fi.targetMax));
            item.addBindValue(optionalReal(fi.slaSeconds));
            item.addBindValue(fi.requiresEvidence ? 1 : 0);
            item.addBindValue(fi.measure == ItemMeasure::None ? QVariant(QMetaType(QMetaType::QString))
                                                              : QVariant(itemMeasureKey(fi.measure)));
            const auto itemId = execReturningId(item, m_db);
            if (!itemId)
                return Error{itemId.error()};
            fi.id = *itemId;
        }
    }
    return success();
}

Result<Form> FormRepository::save(const Form &input, qint64 userId)
{
    if (const Status valid = validateForm(input, input.code); !valid)
        return Error{valid.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    bool inPlace = false;
    if (input.versionId != 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT v.status, (SELECT COUNT(*) FROM evaluations e WHERE e.form_version_id = v.id) "
            "FROM form_versions v WHERE v.id = ?"));
        q.addBindValue(input.versionId);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        inPlace = q.next() && q.value(0).toString() == formStatusKey(FormStatus::Draft) && q.value(1).toLongLong() == 0;
    }
    Form form = input;
    AuditEntry entry;
    if (userId != 0) // a new workspace may have no users yet
        entry.userId = userId;
    entry.entity = AuditEntity::Form;
    if (inPlace) {
        // Only over the save this edit began from: another desk's save meanwhile is not lost.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE form_versions SET pass_mark = ?, bonus_cap = ?, description = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
        q.addBindValue(form.passMark);
        q.addBindValue(form.bonusCap ? 1 : 0);
        q.addBindValue(notNull(form.description));
        q.addBindValue(form.versionId);
        q.addBindValue(form.rowVersion);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        if (q.numRowsAffected() != 1)
            return Error{savedMeanwhile(form)};
        ++form.rowVersion;
        q.prepare(QStringLiteral("UPDATE forms SET name = ? WHERE id = (SELECT form_id FROM form_versions WHERE id = ?)"));
        q.addBindValue(form.name);
        q.addBindValue(form.versionId);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        q.prepare(QStringLiteral("DELETE FROM form_sections WHERE form_version_id = ?"));
        q.addBindValue(form.versionId);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        if (const Status s = insertSections(form); !s)
            return Error{s.error()};
        entry.action = QStringLiteral("version_updated");
    } else {
        // A version in use (or no longer a draft) is never changed: the edit becomes a new draft.
        form.status = FormStatus::Draft;
        auto inserted = insertVersion(form);
        if (!inserted)
            return inserted;
        form = *inserted;
        entry.action = QStringLiteral("version_created");
    }
    entry.entityId = form.formId;
    entry.field = QStringLiteral("version");
    entry.newValue = QString::number(form.version);
    if (const Status s = AuditLog(m_db).append(entry); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return form;
}

Result<bool> FormRepository::changedSince(const Form &form)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT row_version FROM form_versions WHERE id = ?"));
    q.addBindValue(form.versionId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    return q.next() && q.value(0).toInt() != form.rowVersion;
}

// Why a draft's save in place was refused: who saved it last, and when (the form's audit trail).
QString FormRepository::savedMeanwhile(const Form &form)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.name, a.at FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                             "WHERE a.entity = 'form' AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1"));
    q.addBindValue(form.formId);
    if (execQuery(q, m_db) && q.next() && !q.value(0).isNull())
        return QCoreApplication::translate("FormRepository", "Version %1 of “%2” was saved by %3 at %4 after you opened it: your "
                                                             "changes were not saved over theirs.")
            .arg(form.version)
            .arg(form.name, q.value(0).toString(), changedAtText(q.value(1).toLongLong()));
    return QCoreApplication::translate("FormRepository", "Version %1 of “%2” was saved elsewhere after you opened it: your "
                                                         "changes were not saved over theirs.")
        .arg(form.version)
        .arg(form.name);
}

Status FormRepository::setStatus(qint64 versionId, FormStatus status, qint64 userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT form_id, version, status FROM form_versions WHERE id = ?"));
    q.addBindValue(versionId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (!q.next())
        return Error{QCoreApplication::translate("FormRepository", "Form version %1 does not exist.").arg(versionId)};
    const qint64 formId = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    const auto old = formStatusFromKey(q.value(2).toString()).value_or(FormStatus::Draft);
    if (old == status)
        return success();
    if (status == FormStatus::Draft)
        return Error{QCoreApplication::translate("FormRepository",
                                                 "A published version cannot become a draft again; save an edit as a new version.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    auto record = [&](qint64 id, int v, FormStatus from, FormStatus to) {
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE form_versions SET status = ? WHERE id = ?"));
        u.addBindValue(formStatusKey(to));
        u.addBindValue(id);
        if (const Status s = execQuery(u, m_db); !s)
            return s;
        AuditEntry entry;
        if (userId != 0) // a new workspace may have no users yet
            entry.userId = userId;
        entry.entity = AuditEntity::Form;
        entry.entityId = formId;
        entry.action = QStringLiteral("status");
        entry.field = QStringLiteral("v%1").arg(v);
        entry.oldValue = formStatusKey(from);
        entry.newValue = formStatusKey(to);
        return AuditLog(m_db).append(entry);
    };
    if (status == FormStatus::Active) {
        // One active version per form: inspectors always score with the same one.
        q.prepare(QStringLiteral("SELECT id, version FROM form_versions WHERE form_id = ? AND status = 'active' AND id <> ?"));
        q.addBindValue(formId);
        q.addBindValue(versionId);
        if (const Status s = execQuery(q, m_db); !s)
            return s;
        QVector<std::pair<qint64, int>> active;
        while (q.next())
            active.push_back({q.value(0).toLongLong(), q.value(1).toInt()});
        for (const auto &[id, v] : active) {
            if (const Status s = record(id, v, FormStatus::Active, FormStatus::Retired); !s)
                return s;
        }
    }
    if (const Status s = record(versionId, version, old, status); !s)
        return s;
    return transaction.commit();
}

Result<Form> FormRepository::load(qint64 versionId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT f.id, f.code, f.name, f.kind, v.version, v.status, v.pass_mark, v.bonus_cap, "
        "v.description, v.row_version FROM form_versions v JOIN forms f ON f.id = v.form_id WHERE v.id = ?"));
    q.addBindValue(versionId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("FormRepository", "Form version %1 does not exist.")
                         .arg(versionId)};
    Form form;
    form.versionId = versionId;
    form.formId = q.value(0).toLongLong();
    form.code = q.value(1).toString();
    form.name = q.value(2).toString();
    form.kind = formKindFromKey(q.value(3).toString()).value_or(FormKind::Scorecard);
    form.version = q.value(4).toInt();
    form.status = formStatusFromKey(q.value(5).toString()).value_or(FormStatus::Draft);
    form.passMark = q.value(6).toDouble();
    form.bonusCap = q.value(7).toBool();
    form.description = q.value(8).toString();
    form.rowVersion = q.value(9).toInt();

    q.prepare(QStringLiteral(
        "SELECT s.id, s.key, s.title, s.kind, s.weight, i.id, i.key, i.text, i.type, i.weight, "
        "i.dimension, i.critical, i.allow_na, i.required, i.help, i.target_min, i.target_max, "
        "i.sla_seconds, i.requires_evidence, i.measure FROM form_sections s LEFT JOIN form_items i ON i.section_id = s.id "
        "WHERE s.form_version_id = ? ORDER BY s.position, i.position"));
    q.addBindValue(versionId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        const qint64 sectionId = q.value(0).toLongLong();
        if (form.sections.isEmpty() || form.sections.constLast().id != sectionId) {
            FormSection section;
            section.id = sectionId;
            section.key = q.value(1).toString();
            section.title = q.value(2).toString();
            section.kind = sectionKindFromKey(q.value(3).toString()).value_or(SectionKind::Standard);
            section.weight = q.value(4).toDouble();
            form.sections.push_back(section);
        }
        if (q.value(5).isNull())
            continue; // a section without items
        FormItem item;
        item.id = q.value(5).toLongLong();
        item.key = q.value(6).toString();
        item.text = q.value(7).toString();
        item.type = itemTypeFromKey(q.value(8).toString()).value_or(ItemType::YesNo);
        item.weight = q.value(9).toDouble();
        item.dimension = dimensionFromKey(q.value(10).toString()).value_or(Dimension::Reliability);
        item.critical = q.value(11).toBool();
        item.allowNa = q.value(12).toBool();
        item.required = q.value(13).toBool();
        item.help = q.value(14).toString();
        item.targetMin = readOptional(q.value(15));
        item.targetMax = readOptional(q.value(16));
        item.slaSeconds = readOptional(q.value(17));
        item.requiresEvidence = q.value(18).toBool();
        item.measure = itemMeasureFromKey(q.value(19).toString()).value_or(ItemMeasure::None);
        form.sections.last().items.push_back(item);
    }
    return form;
}

Result<QVector<FormVersionSummary>> FormRepository::versions(Count count)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT v.id, f.code, f.name, f.kind, v.version, v.status, v.pass_mark, f.id, "
        "(SELECT COUNT(*) FROM form_items i JOIN form_sections s ON s.id = i.section_id "
        " WHERE s.form_version_id = v.id), ")
              + (count == Count::ItemsAndEvaluations ? QStringLiteral("(SELECT COUNT(*) FROM evaluations e WHERE e.form_version_id = v.id) ")
                                                      : QStringLiteral("0 "))
              + QStringLiteral("FROM form_versions v JOIN forms f ON f.id = v.form_id ORDER BY f.code, v.version DESC"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<FormVersionSummary> list;
    while (q.next()) {
        FormVersionSummary v;
        v.versionId = q.value(0).toLongLong();
        v.code = q.value(1).toString();
        v.name = q.value(2).toString();
        v.kind = formKindFromKey(q.value(3).toString()).value_or(FormKind::Scorecard);
        v.version = q.value(4).toInt();
        v.status = formStatusFromKey(q.value(5).toString()).value_or(FormStatus::Draft);
        v.passMark = q.value(6).toDouble();
        v.formId = q.value(7).toLongLong();
        v.itemCount = q.value(8).toInt();
        v.evaluationCount = q.value(9).toLongLong();
        list.push_back(v);
    }
    return list;
}

Result<std::optional<qint64>> FormRepository::activeVersionId(const QString &code)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT v.id FROM form_versions v JOIN forms f ON f.id = v.form_id "
        "WHERE f.code = ? AND v.status = 'active' ORDER BY v.version DESC LIMIT 1"));
    q.addBindValue(code);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace servqa
