#include "complaints.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Complaints)
};

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStored(v.toLongLong());
}

const char *const SelectComplaint =
    "SELECT c.id, c.reference, c.customer_ref, c.channel, c.site_id, s.name, s.region, c.interaction_id, c.category, "
    "cat.name_en, cat.name_zh, c.severity, c.description, c.received_at, c.status, c.owner_id, u.name, c.first_response_due, "
    "c.resolution_due, c.first_response_at, c.resolved_at, c.closed_at, c.outcome, c.satisfaction, c.reopened, c.version "
    "FROM complaints c JOIN sites s ON s.id = c.site_id JOIN complaint_categories cat ON cat.key = c.category "
    "LEFT JOIN users u ON u.id = c.owner_id";

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.customerRef = q.value(2).toString();
    c.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Call);
    c.siteId = q.value(4).toLongLong();
    c.siteName = q.value(5).toString();
    c.region = q.value(6).toString();
    if (!q.value(7).isNull())
        c.interactionId = q.value(7).toLongLong();
    c.category = q.value(8).toString();
    ComplaintCategory category;
    category.nameEn = q.value(9).toString();
    category.nameZh = q.value(10).toString();
    c.categoryName = category.name();
    c.severity = complaintSeverityFromKey(q.value(11).toString()).value_or(ComplaintSeverity::Medium);
    c.description = q.value(12).toString();
    c.receivedAt = fromStored(q.value(13).toLongLong());
    c.status = complaintStatusFromKey(q.value(14).toString()).value_or(ComplaintStatus::Received);
    if (!q.value(15).isNull())
        c.ownerId = q.value(15).toLongLong();
    c.ownerName = q.value(16).toString();
    c.firstResponseDue = fromStored(q.value(17).toLongLong());
    c.resolutionDue = fromStored(q.value(18).toLongLong());
    c.firstResponseAt = readTime(q.value(19));
    c.resolvedAt = readTime(q.value(20));
    c.closedAt = readTime(q.value(21));
    c.outcome = q.value(22).toString();
    if (!q.value(23).isNull())
        c.satisfaction = q.value(23).toInt();
    c.reopened = q.value(24).toInt();
    c.version = q.value(25).toInt();
    return c;
}

// The time that matters next: the first response while there is none, then the resolution.
QDateTime nextDue(const Complaint &c)
{
    return c.firstResponseAt.isValid() ? c.resolutionDue : c.firstResponseDue;
}

} // namespace

Status ComplaintStore::mayTakeIn(qint64 userId)
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return Error{user.error()};
    if (user->role == UserRole::Shopper)
        return Error{Text::tr("A mystery shopper does not take in complaints; %1 is one.").arg(user->name)};
    return success();
}

Status ComplaintStore::mayHandle(qint64 userId)
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return Error{user.error()};
    if (!mayOwnComplaints(user->role))
        return Error{Text::tr("Complaints are dispatched, answered, resolved, closed and reopened by a store manager, a QA lead or an "
                              "administrator; %1 works as: %2.").arg(user->name, userRoleName(user->role))};
    return success();
}

Status ComplaintStore::append(qint64 id, std::optional<qint64> userId, const QString &action, const QDateTime &at, const QString &note,
                              const Step &step)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_log (complaint_id, at, user_id, action, site_id, owner_id, satisfaction, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(id);
    q.addBindValue(toStored(at));
    q.addBindValue(optionalId(userId));
    q.addBindValue(action);
    q.addBindValue(optionalId(step.siteId));
    q.addBindValue(optionalId(step.ownerId));
    q.addBindValue(step.satisfaction ? QVariant(*step.satisfaction) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(note);
    return execQuery(q, m_db);
}

Result<qint64> ComplaintStore::take(const ComplaintIntake &intake, std::optional<qint64> userId, const QDateTime &at, bool imported)
{
    if (userId) {
        if (const Status s = mayTakeIn(*userId); !s)
            return Error{s.error()};
    }
    if (intake.description.trimmed().isEmpty())
        return Error{Text::tr("Say what the customer complains about.")};
    if (!intake.receivedAt.isValid())
        return Error{Text::tr("Give the time the complaint was received.")};
    if (intake.receivedAt > at.addSecs(60))
        return Error{Text::tr("A complaint cannot be received later than now (%1).").arg(QLocale().toString(at, QLocale::ShortFormat))};
    const auto limit = timeLimitFor(intake.channel, intake.severity);
    if (!limit)
        return Error{limit.error()};

    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QString reference = intake.reference.trimmed();
    if (reference.isEmpty()) {
        // TS-20261203-0001: the day received and its next number.
        const QString prefix = QStringLiteral("TS-%1-").arg(intake.receivedAt.date().toString(QStringLiteral("yyyyMMdd")));
        // After the day's highest number: a reference typed or imported in the same shape
        // ("TS-20261203-abc") is no number, and sorted as text it would have come first.
        QSqlQuery day(m_db.connection());
        day.prepare(QStringLiteral("SELECT reference FROM complaints WHERE reference LIKE ?"));
        day.addBindValue(QString(prefix + QLatin1Char('%')));
        if (const Status s = execQuery(day, m_db); !s)
            return Error{s.error()};
        qint64 highest = 0;
        while (day.next()) {
            const QString digits = day.value(0).toString().mid(prefix.size());
            bool number = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            const qint64 n = number ? digits.toLongLong(&number) : 0;
            if (number)
                highest = std::max(highest, n);
        }
        reference = prefix + QStringLiteral("%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
    } else if (const auto existing = findReference(reference); !existing) {
        return Error{existing.error()};
    } else if (existing->has_value()) {
        return Error{Text::tr("There is a complaint %1 already.").arg(reference)};
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaints (reference, customer_ref, channel, site_id, interaction_id, category, severity, description, "
                             "received_at, status, first_response_due, resolution_due) VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?) RETURNING id"));
    q.addBindValue(reference);
    q.addBindValue(intake.customerRef.trimmed());
    q.addBindValue(channelKey(intake.channel));
    q.addBindValue(intake.siteId);
    q.addBindValue(optionalId(intake.interactionId));
    q.addBindValue(intake.category);
    q.addBindValue(complaintSeverityKey(intake.severity));
    q.addBindValue(intake.description.trimmed());
    q.addBindValue(toStored(intake.receivedAt));
    q.addBindValue(toStored(intake.receivedAt) + qint64(limit->firstResponseMinutes) * 60);
    q.addBindValue(toStored(intake.receivedAt) + qint64(limit->resolutionMinutes) * 60);
    const auto id = execScalar(q, m_db);
    if (!id)
        return Error{id.error()};
    if (const Status s = append(*id, userId, imported ? QStringLiteral("imported") : QStringLiteral("received"), at, QString(), {intake.siteId, {}, {}}); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Result<Complaint> ComplaintStore::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(SelectComplaint) + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{Text::tr("Complaint %1 is not in this workspace.").arg(id)};
    return readComplaint(q);
}

Result<std::optional<qint64>> ComplaintStore::findReference(const QString &reference)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM complaints WHERE reference = ?"));
    q.addBindValue(reference);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<Complaint> ComplaintStore::current(qint64 id, int version)
{
    auto c = find(id);
    if (!c)
        return c;
    if (c->version != version) {
        // Who changed it since the user looked, and when.
        const auto entries = log(id);
        if (entries && !entries->isEmpty()) {
            const ComplaintLogEntry &last = entries->constLast();
            return Error{Text::tr("Complaint %1 was changed by %2 at %3 (%4) since you opened it; look at it again before you change it.")
                             .arg(c->reference, last.userName.isEmpty() ? Text::tr("an import") : last.userName,
                                  QLocale().toString(last.at, QLocale::ShortFormat), complaintActionName(last.action))};
        }
        return Error{Text::tr("Complaint %1 was changed since you opened it; look at it again before you change it.").arg(c->reference)};
    }
    return c;
}

Status ComplaintStore::update(const Complaint &before, const QString &set, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE complaints SET ") + set + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(before.id);
    q.addBindValue(before.version);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("Complaint %1 was changed since you opened it; look at it again before you change it.").arg(before.reference)};
    return success();
}

Status ComplaintStore::change(qint64 id, int version, const std::function<Status(const Complaint &)> &apply)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto c = current(id, version);
    if (!c)
        return Error{c.error()};
    if (const Status s = apply(*c); !s)
        return s;
    return transaction.commit();
}

Status ComplaintStore::dispatch(qint64 id, int version, qint64 siteId, qint64 ownerId, const QString &note, qint64 userId, const QDateTime &at)
{
    if (const Status s = mayHandle(userId); !s)
        return s;
    const auto owner = UserRepository(m_db).find(ownerId);
    if (!owner)
        return Error{owner.error()};
    if (!mayOwnComplaints(owner->role))
        return Error{Text::tr("A complaint goes to a store manager, a QA lead or an administrator; %1 works as: %2.").arg(owner->name, userRoleName(owner->role))};
    return change(id, version, [&](const Complaint &c) -> Status {
        if (!c.open())
            return Error{Text::tr("Complaint %1 is %2: reopen it to dispatch it again.").arg(c.reference, complaintStatusName(c.status))};
        const QString status = c.status == ComplaintStatus::Received ? QStringLiteral("dispatched") : complaintStatusKey(c.status);
        if (const Status s = update(c, QStringLiteral("site_id = ?, owner_id = ?, status = ?"), {siteId, ownerId, status}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("dispatched"), at, note.trimmed(), {siteId, ownerId, {}}); !s)
            return s;
        return success();
    });
}

Status ComplaintStore::addNote(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error{Text::tr("Write the note.")};
    if (const Status s = mayTakeIn(userId); !s)
        return s;
    return change(id, version, [&](const Complaint &c) -> Status {
        // A note changes no field, but it is a step: the version moves so that a second editor sees it.
        if (const Status s = update(c, QStringLiteral("status = status"), {}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("note"), at, note.trimmed()); !s)
            return s;
        return success();
    });
}

Status ComplaintStore::respond(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error{Text::tr("Say what the customer was told.")};
    if (const Status s = mayHandle(userId); !s)
        return s;
    return change(id, version, [&](const Complaint &c) -> Status {
        if (c.status != ComplaintStatus::Dispatched)
            return Error{c.status == ComplaintStatus::Received
                             ? Text::tr("Dispatch complaint %1 to an owner first.").arg(c.reference)
                             : Text::tr("Complaint %1 has had its first response; add a note for a later contact.").arg(c.reference)};
        if (at < c.receivedAt)
            return Error{Text::tr("The customer cannot be contacted before the complaint was received.")};
        if (const Status s = update(c, QStringLiteral("status = 'responded', first_response_at = ?"), {toStored(at)}); !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("responded"), at, note.trimmed()); !s)
            return s;
        return success();
    });
}

Status ComplaintStore::resolve(qint64 id, int version, const QString &outcome, qint64 userId, const QDateTime &at)
{
    if (outcome.trimmed().isEmpty())
        return Error{Text::tr("Say how the complaint was resolved.")};
    if (const Status s = mayHandle(userId); !s)
        return s;
    return change(id, version, [&](const Complaint &c) -> Status {
        if (c.status == ComplaintStatus::Received)
            return Error{Text::tr("Dispatch complaint %1 to an owner first.").arg(c.reference)};
        if (!c.open())
            return Error{Text::tr("Complaint %1 is %2 already.").arg(c.reference, complaintStatusName(c.status))};
        if (at < c.receivedAt)
            return Error{Text::tr("A complaint cannot be resolved before it was received.")};
        const qint64 stamp = toStored(at);
        if (const Status s = update(c, QStringLiteral("status = 'resolved', resolved_at = ?, outcome = ?, first_response_at = COALESCE(first_response_at, ?)"),
                                    {stamp, outcome.trimmed(), stamp});
            !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("resolved"), at, outcome.trimmed()); !s)
            return s;
        return success();
    });
}

Status ComplaintStore::close(qint64 id, int version, std::optional<int> satisfaction, const QString &note, qint64 userId, const QDateTime &at)
{
    if (satisfaction && (*satisfaction < 1 || *satisfaction > 5))
        return Error{Text::tr("The customer's satisfaction is from 1 to 5.")};
    if (!satisfaction && note.trimmed().isEmpty())
        return Error{Text::tr("Say why the customer's word could not be had.")};
    if (const Status s = mayHandle(userId); !s)
        return s;
    return change(id, version, [&](const Complaint &c) -> Status {
        if (c.status != ComplaintStatus::Resolved)
            return Error{Text::tr("Complaint %1 is closed once it is resolved; it is %2.").arg(c.reference, complaintStatusName(c.status))};
        if (const Status s = update(c, QStringLiteral("status = 'closed', closed_at = ?, satisfaction = ?"),
                                    {toStored(at), satisfaction ? QVariant(*satisfaction) : QVariant(QMetaType(QMetaType::Int))});
            !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("closed"), at, note.trimmed(), {{}, {}, satisfaction}); !s)
            return s;
        return success();
    });
}

Status ComplaintStore::reopen(qint64 id, int version, const QString &reason, qint64 userId, const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("Say why the complaint is reopened.")};
    if (const Status s = mayHandle(userId); !s)
        return s;
    return change(id, version, [&](const Complaint &c) -> Status {
        if (c.open())
            return Error{Text::tr("Complaint %1 is still open.").arg(c.reference)};
        const auto limit = timeLimitFor(c.channel, c.severity);
        if (!limit)
            return Error{limit.error()};
        if (const Status s = update(c, QStringLiteral("status = 'responded', resolved_at = NULL, closed_at = NULL, satisfaction = NULL, outcome = '', "
                                                       "reopened = reopened + 1, resolution_due = ?"),
                                    {toStored(at) + qint64(limit->resolutionMinutes) * 60});
            !s)
            return s;
        if (const Status s = append(id, userId, QStringLiteral("reopened"), at, reason.trimmed()); !s)
            return s;
        return success();
    });
}

Result<QVector<Complaint>> ComplaintStore::list(const ComplaintFilter &filter, const QDateTime &now)
{
    SqlWhere w;
    if (filter.siteId)
        w.add("c.site_id = ?", *filter.siteId);
    if (!filter.region.isEmpty())
        w.add("s.region = ?", filter.region);
    if (filter.openOnly)
        w.add(QStringLiteral("c.status NOT IN ('resolved', 'closed')"), {});
    if (filter.received.from.isValid() && filter.received.to.isValid())
        w.add(QStringLiteral("c.received_at >= ? AND c.received_at < ?"), {toStored(filter.received.start()), toStored(filter.received.end())});
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = likePattern(text);
        w.add(m_db.dialect().caseless(QStringLiteral("(c.reference LIKE ? ESCAPE '\\' OR c.customer_ref LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\')"), text),
              {pattern, pattern, pattern});
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(SelectComplaint) + w.sql());
    w.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<Complaint> list;
    while (q.next()) {
        Complaint c = readComplaint(q);
        if (filter.overdueOnly && !(c.open() && c.overdue(now)))
            continue;
        list << c;
    }
    const auto rank = [&now](const Complaint &c) { return !c.open() ? 2 : c.overdue(now) ? 0 : 1; };
    std::stable_sort(list.begin(), list.end(), [&](const Complaint &a, const Complaint &b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (ra == 2)
            return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
        const QDateTime da = nextDue(a), db = nextDue(b);
        return da != db ? da < db : a.id < b.id;
    });
    return list;
}

Result<QVector<ComplaintLogEntry>> ComplaintStore::log(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.id, l.at, u.name, l.action, s.name, o.name, l.note, l.satisfaction FROM complaint_log l "
                             "LEFT JOIN users u ON u.id = l.user_id LEFT JOIN sites s ON s.id = l.site_id "
                             "LEFT JOIN users o ON o.id = l.owner_id WHERE l.complaint_id = ? ORDER BY l.id"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<ComplaintLogEntry> entries;
    while (q.next()) {
        ComplaintLogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStored(q.value(1).toLongLong());
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.siteName = q.value(4).toString();
        e.ownerName = q.value(5).toString();
        e.note = q.value(6).toString();
        if (!q.value(7).isNull())
            e.satisfaction = q.value(7).toInt();
        entries << e;
    }
    return entries;
}

Result<ScorecardComplaints> ComplaintStore::forScorecard(SubjectKind kind, qint64 id, const DayRange &period, const QDateTime &now)
{
    ScorecardComplaints result;
    QSqlQuery q(m_db.connection());
    q.prepare(kind == SubjectKind::Site ? QStringLiteral("SELECT id, name FROM sites WHERE id = ?")
                                        : QStringLiteral("SELECT s.id, s.name FROM staff m JOIN sites s ON s.id = m.site_id WHERE m.id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return result;
    result.siteId = q.value(0).toLongLong();
    result.siteName = q.value(1).toString();
    const auto figures = this->figures(result.siteId, QString(), period, now);
    if (!figures)
        return Error{figures.error()};
    result.figures = *figures;
    ComplaintFilter open;
    open.siteId = result.siteId;
    open.openOnly = true;
    const auto list = this->list(open, now);
    if (!list)
        return Error{list.error()};
    result.open = *list;
    return result;
}

Result<ComplaintFigures> ComplaintStore::figures(std::optional<qint64> siteId, const QString &region, const DayRange &days, const QDateTime &now)
{
    ComplaintFigures f;
    const qint64 from = toStored(days.start());
    const qint64 to = toStored(days.end());
    const qint64 nowStored = toStored(now);
    SqlWhere sites;
    sites.addSites(QStringLiteral("site_id"), siteId, region.isEmpty() ? std::nullopt : std::optional<QString>(region));
    const QString and_ = sites.sql().isEmpty() ? QString() : QStringLiteral(" AND ") + sites.sql().mid(7);
    // Received in the period; a clock is counted in the period its due time falls in, met when
    // its step was done by then, missed when done later or still not done with its time past.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT SUM(CASE WHEN received_at >= ? AND received_at < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_due >= ? AND first_response_due < ? AND first_response_due < ? OR "
        "  first_response_due >= ? AND first_response_due < ? AND first_response_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_due >= ? AND first_response_due < ? AND first_response_at <= first_response_due THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN resolution_due >= ? AND resolution_due < ? AND resolution_due < ? OR "
        "  resolution_due >= ? AND resolution_due < ? AND resolved_at IS NOT NULL THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN resolution_due >= ? AND resolution_due < ? AND resolved_at <= resolution_due THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN status NOT IN ('resolved', 'closed') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN status NOT IN ('resolved', 'closed') AND (first_response_at IS NULL AND first_response_due < ? OR resolution_due < ?) "
        "  THEN 1 ELSE 0 END) "
        "FROM complaints WHERE 1 = 1") + and_);
    for (const QVariant &v : QVariantList{from, to, from, to, nowStored, from, to, from, to, from, to, nowStored, from, to, from, to,
                                          nowStored, nowStored})
        q.addBindValue(v);
    sites.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (q.next()) {
        f.received = q.value(0).toLongLong();
        f.responseDue = q.value(1).toLongLong();
        f.respondedOnTime = q.value(2).toLongLong();
        f.resolutionDue = q.value(3).toLongLong();
        f.resolvedOnTime = q.value(4).toLongLong();
        f.open = q.value(5).toLongLong();
        f.overdue = q.value(6).toLongLong();
    }
    QSqlQuery n(m_db.connection());
    n.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE started_at >= ? AND started_at < ?") + and_);
    n.addBindValue(from);
    n.addBindValue(to);
    sites.bindTo(n);
    const auto interactions = execScalar(n, m_db);
    if (!interactions)
        return Error{interactions.error()};
    f.interactions = *interactions;
    if (f.interactions > 0)
        f.perThousand = 1000.0 * double(f.received) / double(f.interactions);
    return f;
}

} // namespace servqa
