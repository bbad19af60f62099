#include "surveyrepository.h"

#include "rollups.h"
#include "sqlitestatement.h"
#include "surveysums.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

QString kindKey(SurveyKind kind)
{
    return kind == SurveyKind::Customer ? QStringLiteral("customer") : QStringLiteral("management");
}

SqlWhere buildWhere(const SurveyFilter &f)
{
    SqlWhere w;
    if (f.waveId)
        w.add("r.wave_id = ?", *f.waveId);
    if (f.kind)
        w.add("r.wave_id IN (SELECT id FROM survey_waves WHERE kind = ?)", kindKey(*f.kind));
    if (f.siteId)
        w.add("r.site_id = ?", *f.siteId);
    if (f.region)
        w.add("r.site_id IN (SELECT id FROM sites WHERE region = ?)", *f.region);
    if (f.from)
        w.add("r.responded_at >= ?", toStored(*f.from));
    if (f.to)
        w.add("r.responded_at < ?", toStored(*f.to));
    if (f.responseId)
        w.add("r.id = ?", *f.responseId);
    return w;
}

QVariant nullableInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

QDate periodStart(const QDate &day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week: return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month: return QDate(day.year(), day.month(), 1);
    case Granularity::Quarter: return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate nextPeriod(const QDate &start, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week: return start.addDays(7);
    case Granularity::Month: return start.addMonths(1);
    case Granularity::Quarter: return start.addMonths(3);
    }
    return start;
}

SurveyRepository::SurveyRepository(Database &db) : m_db(db) {}
SurveyRepository::~SurveyRepository() = default;

Result<qint64> SurveyRepository::wave(const QString &name, SurveyKind kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO survey_waves (name, kind) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(kindKey(kind));
    return execReturningId(q, m_db);
}

Result<QVector<SurveyWave>> SurveyRepository::waves()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, kind FROM survey_waves ORDER BY name"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<SurveyWave> list;
    while (q.next())
        list.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                        q.value(2).toString() == kindKey(SurveyKind::Customer) ? SurveyKind::Customer : SurveyKind::Management});
    return list;
}

Result<bool> SurveyRepository::hasRespondent(qint64 waveId, const QString &respondentRef)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM survey_responses WHERE wave_id = ? AND respondent_ref = ?"));
    q.addBindValue(waveId);
    q.addBindValue(respondentRef);
    const auto n = execScalar(q, m_db);
    if (!n)
        return Error{n.error()};
    return *n > 0;
}

Result<qint64> SurveyRepository::upsert(qint64 waveId, const SurveyRecord &record)
{
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(m_db.connection());
        m_upsert->prepare(QStringLiteral(
            "INSERT INTO survey_responses (wave_id, respondent_ref, site_id, responded_at, imp_tangibles, "
            "imp_reliability, imp_responsiveness, imp_assurance, imp_empathy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (wave_id, respondent_ref) DO UPDATE SET site_id = excluded.site_id, "
            "responded_at = excluded.responded_at, imp_tangibles = excluded.imp_tangibles, "
            "imp_reliability = excluded.imp_reliability, imp_responsiveness = excluded.imp_responsiveness, "
            "imp_assurance = excluded.imp_assurance, imp_empathy = excluded.imp_empathy RETURNING id"));
        m_clear = std::make_unique<QSqlQuery>(m_db.connection());
        m_clear->prepare(QStringLiteral("DELETE FROM survey_answers WHERE response_id = ?"));
        // 22 answers a respondent, millions for a large survey (the demo writes 5 M): on SQLite
        // bound through its C API, as the evaluations' answers are.
        const QString answerSql = QStringLiteral("INSERT INTO survey_answers (response_id, item, expectation, perception) VALUES (?, ?, ?, ?)");
        m_fastAnswer = SqliteStatement::prepare(m_db, answerSql);
        m_answer = std::make_unique<QSqlQuery>(m_db.connection());
        m_answer->prepare(answerSql);
    }
    if (!m_rollups) {
        m_rollups = std::make_unique<rollups::Writer>(m_db);
        m_sums = std::make_unique<rollups::SurveySumsWriter>(m_db);
        m_existing = std::make_unique<QSqlQuery>(m_db.connection());
        m_existing->prepare(QStringLiteral("SELECT id FROM survey_responses WHERE wave_id = ? AND respondent_ref = ?"));
    }
    // A respondent answering again: the daily sums lose their earlier answers first.
    m_existing->addBindValue(waveId);
    m_existing->addBindValue(record.respondentRef);
    if (const Status s = execQuery(*m_existing, m_db); !s)
        return Error{s.error()};
    const std::optional<qint64> earlier = m_existing->next() ? std::optional<qint64>(m_existing->value(0).toLongLong()) : std::nullopt;
    m_existing->finish();
    // A respondent written earlier in the batch is not in the daily sums yet; flush() adds them.
    const auto pending = [this](qint64 id) { return m_pending && id >= m_pending->first && id <= m_pending->second; };
    if (earlier) {
        if (!pending(*earlier)) {
            if (const Status s = m_rollups->addSurveyResponse(*earlier, -1); !s)
                return Error{s.error()};
        }
        if (const Status s = m_sums->add(*earlier, -1); !s)
            return Error{s.error()};
    }
    QSqlQuery &q = *m_upsert;
    q.addBindValue(waveId);
    q.addBindValue(record.respondentRef);
    q.addBindValue(record.siteId);
    q.addBindValue(toStored(record.respondedAt));
    for (int d = 0; d < DimensionCount; ++d)
        q.addBindValue(record.answers.importance ? QVariant((*record.answers.importance)[d]) : QVariant(QMetaType(QMetaType::Double)));
    const auto id = execReturningId(q, m_db);
    if (!id)
        return id;
    m_clear->addBindValue(*id);
    if (const Status s = execQuery(*m_clear, m_db); !s)
        return Error{s.error()};
    for (int i = 0; i < ServqualItemCount; ++i) {
        const auto &e = record.answers.expectation[i];
        const auto &p = record.answers.perception[i];
        if (!e && !p)
            continue;
        if (m_fastAnswer) {
            const auto value = [](const std::optional<int> &v) { return v ? std::optional<qint64>(*v) : std::nullopt; };
            m_fastAnswer->bind(1, *id);
            m_fastAnswer->bind(2, i + 1);
            m_fastAnswer->bind(3, value(e));
            m_fastAnswer->bind(4, value(p));
            if (const auto changed = m_fastAnswer->run(); !changed)
                return Error{changed.error()};
            continue;
        }
        m_answer->addBindValue(*id);
        m_answer->addBindValue(i + 1);
        m_answer->addBindValue(nullableInt(e));
        m_answer->addBindValue(nullableInt(p));
        if (const Status s = execQuery(*m_answer, m_db); !s)
            return Error{s.error()};
    }
    // New ids are above every stored one, so a batch's new respondents are one range.
    if (m_batch && (!earlier || pending(*id))) {
        m_pending = m_pending ? std::pair{m_pending->first, std::max(m_pending->second, *id)} : std::pair{*id, *id};
    } else if (const Status s = m_rollups->addSurveyResponse(*id, +1); !s) {
        return Error{s.error()};
    }
    if (const Status s = m_sums->add(*id, +1); !s)
        return Error{s.error()};
    return id;
}

Status SurveyRepository::flush()
{
    if (!m_pending)
        return success();
    const auto [first, last] = *m_pending;
    m_pending.reset();
    return m_rollups->addSurveyResponses(first, last);
}

Result<QVector<SurveyRepository::ItemAnswer>> SurveyRepository::itemAnswers(const SurveyFilter &filter, int item)
{
    SqlWhere where = buildWhere(filter);
    where.add("a.item = ?", item + 1);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.respondent_ref, s.name, r.responded_at, a.expectation, a.perception "
                             "FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id JOIN sites s ON s.id = r.site_id")
              + where.sql()
              + QStringLiteral(" ORDER BY CASE WHEN a.perception IS NULL OR a.expectation IS NULL THEN 1 ELSE 0 END, "
                               "a.perception - a.expectation, r.responded_at DESC, r.id"));
    where.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<ItemAnswer> answers;
    while (q.next()) {
        ItemAnswer a;
        a.respondentRef = q.value(0).toString();
        a.siteName = q.value(1).toString();
        a.respondedAt = fromStored(q.value(2).toLongLong());
        if (!q.value(3).isNull())
            a.expectation = q.value(3).toInt();
        if (!q.value(4).isNull())
            a.perception = q.value(4).toInt();
        answers << a;
    }
    return answers;
}

Status SurveyRepository::read(const SurveyFilter &filter, const std::function<void(const SurveyRecord &)> &visit)
{
    const SqlWhere where = buildWhere(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.responded_at, r.imp_tangibles, r.imp_reliability, r.imp_responsiveness, "
                             "r.imp_assurance, r.imp_empathy, a.item, a.expectation, a.perception, r.respondent_ref, r.site_id, "
                             "r.wave_id FROM survey_responses r "
                             "LEFT JOIN survey_answers a ON a.response_id = r.id")
              + where.sql() + QStringLiteral(" ORDER BY r.id"));
    where.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    qint64 current = -1;
    SurveyRecord record;
    SurveyResponse &r = record.answers;
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            if (current >= 0)
                visit(record);
            current = q.value(0).toLongLong();
            record.respondedAt = fromStored(q.value(1).toLongLong());
            record.respondentRef = q.value(10).toString();
            record.siteId = q.value(11).toLongLong();
            record.waveId = q.value(12).toLongLong();
            r = SurveyResponse();
            if (!q.value(2).isNull()) {
                std::array<double, DimensionCount> points{};
                for (int d = 0; d < DimensionCount; ++d)
                    points[d] = q.value(2 + d).toDouble();
                r.importance = points;
            }
        }
        if (q.value(7).isNull())
            continue;
        const int item = q.value(7).toInt() - 1;
        if (!q.value(8).isNull())
            r.expectation[item] = q.value(8).toInt();
        if (!q.value(9).isNull())
            r.perception[item] = q.value(9).toInt();
    }
    if (current >= 0)
        visit(record);
    return success();
}

Result<QVector<SurveyResponse>> SurveyRepository::responses(const SurveyFilter &filter)
{
    QVector<SurveyResponse> list;
    if (const Status s = read(filter, [&](const SurveyRecord &r) { list.push_back(r.answers); }); !s)
        return Error{s.error()};
    return list;
}

Result<QVector<SurveyRecord>> SurveyRepository::records(const SurveyFilter &filter)
{
    QVector<SurveyRecord> list;
    if (const Status s = read(filter, [&](const SurveyRecord &r) { list.push_back(r); }); !s)
        return Error{s.error()};
    return list;
}

Result<QMap<QDate, QVector<SurveyResponse>>> SurveyRepository::responsesByPeriod(const SurveyFilter &filter,
                                                                                Granularity granularity)
{
    QMap<QDate, QVector<SurveyResponse>> periods;
    const Status s = read(filter, [&](const SurveyRecord &r) {
        periods[periodStart(r.respondedAt.toLocalTime().date(), granularity)].push_back(r.answers);
    });
    if (!s)
        return Error{s.error()};
    return periods;
}

Result<qint64> SurveyRepository::count(const SurveyFilter &filter)
{
    const SqlWhere where = buildWhere(filter);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM survey_responses r") + where.sql());
    where.bindTo(q);
    return execScalar(q, m_db);
}

} // namespace servqa
