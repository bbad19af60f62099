#include "surveysums.h"

#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cstring>
#include <unordered_map>

namespace servqa {

namespace {

// A respondent's mean expectation over some items; none if they answered none of them.
std::optional<double> meanExpectation(const SurveyResponse &r, const QVector<int> &items)
{
    double sum = 0;
    int n = 0;
    for (int item : items) {
        if (r.expectation[item]) {
            sum += *r.expectation[item];
            ++n;
        }
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

int sumCount(int standards)
{
    return ServqualAccumulator::SumCount + 3 * (2 * standards + DimensionCount);
}

// A list of sums as stored: doubles in the machine's order (every platform ServQA builds for is
// little-endian), read back only by the same layout.
QByteArray toBlob(const QVector<double> &sums)
{
    return QByteArray(reinterpret_cast<const char *>(sums.constData()), qsizetype(sums.size() * sizeof(double)));
}

bool addBlob(QVector<double> &sums, const QByteArray &blob, double sign = 1)
{
    if (blob.size() != qsizetype(sums.size() * sizeof(double)))
        return false;
    const char *bytes = blob.constData();
    for (qsizetype k = 0; k < sums.size(); ++k) {
        double v;
        std::memcpy(&v, bytes + k * sizeof(double), sizeof v);
        sums[k] += sign * v;
    }
    return true;
}

QString kindKey(SurveyKind kind)
{
    return kind == SurveyKind::Customer ? QStringLiteral("customer") : QStringLiteral("management");
}

} // namespace

Status SurveySums::add(const SurveyResponse &r, const QVector<ServiceStandard> &standards)
{
    if (const Status s = servqual.add(r); !s)
        return s;
    // Gap 2: per respondent and standard, level − the respondent's mean E over its items; a
    // dimension's gap per respondent is the mean over the dimension's standards they have an E
    // for, then the mean over respondents.
    std::array<double, DimensionCount> sum{};
    std::array<int, DimensionCount> count{};
    for (int k = 0; k < standards.size(); ++k) {
        const ServiceStandard &st = standards[k];
        if (const auto e = meanExpectation(r, st.surveyItems)) {
            standardE[k].add(*e);
            standardGap[k].add(st.level - *e);
            sum[dimensionIndex(st.dimension)] += st.level - *e;
            ++count[dimensionIndex(st.dimension)];
        }
    }
    for (int d = 0; d < DimensionCount; ++d) {
        if (count[d] > 0)
            dimensionGap2[d].add(sum[d] / count[d]);
    }
    return success();
}

QVector<double> SurveySums::toSums() const
{
    QVector<double> sums;
    sums.reserve(sumCount(int(standardE.size())));
    servqual.appendSums(sums);
    for (int k = 0; k < standardE.size(); ++k) {
        standardE[k].appendSums(sums);
        standardGap[k].appendSums(sums);
    }
    for (const Moments &m : dimensionGap2)
        m.appendSums(sums);
    return sums;
}

std::optional<SurveySums> SurveySums::fromSums(const QVector<double> &sums, int standards)
{
    if (sums.size() != sumCount(standards))
        return std::nullopt;
    SurveySums s(standards);
    s.servqual = ServqualAccumulator::fromSums(sums.constData());
    const double *next = sums.constData() + ServqualAccumulator::SumCount;
    for (int k = 0; k < standards; ++k) {
        s.standardE[k] = Moments::fromSums(next);
        s.standardGap[k] = Moments::fromSums(next + 3);
        next += 6;
    }
    for (Moments &m : s.dimensionGap2) {
        m = Moments::fromSums(next);
        next += 3;
    }
    return s;
}

namespace {

// The sums read from every answer in the filter, summed as they are read.
Result<QMap<QDate, SurveySums>> sumsFromAnswers(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards,
                                                std::optional<Granularity> granularity, bool whole)
{
    const int n = int(standards.size());
    QMap<QDate, SurveySums> periods;
    Status invalid = success();
    const Status read = SurveyRepository(db).forEach(filter, [&](const SurveyRecord &r) {
        QVector<QDate> keys;
        if (granularity)
            keys << periodStart(r.respondedAt.toLocalTime().date(), *granularity);
        if (whole)
            keys << QDate();
        for (const QDate &key : keys) {
            auto it = periods.find(key);
            if (it == periods.end())
                it = periods.insert(key, SurveySums(n));
            if (const Status s = it->add(r.answers, standards); !s && invalid)
                invalid = s;
        }
    });
    if (!read)
        return Error{read.error()};
    if (!invalid)
        return Error{invalid.error()};
    return periods;
}

} // namespace

Result<QMap<QDate, SurveySums>> readSurveySums(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards,
                                               std::optional<Granularity> granularity, bool withWhole)
{
    const int n = int(standards.size());
    const bool whole = !granularity || withWhole;
    QMap<QDate, SurveySums> periods;
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};

    // A reader never rebuilds the sums (it must not need the write lock): sums built for another
    // register of standards are passed over for the answers themselves, as are bounds inside a
    // day. The register's writers rebuild them in their own transaction, so only a workspace of
    // an older ServQA that has not been upgraded reads the answers here.
    const auto current = rollups::isCurrent(db, "survey_sums", rollups::surveySumsStamp(standards));
    if (!current)
        return Error{current.error()};
    if (!*current || !rollups::onDayBounds(filter.from, filter.to, *days) || filter.responseId)
        return sumsFromAnswers(db, filter, standards, granularity, whole);

    SqlWhere where;
    if (filter.waveId)
        where.add("wave_id = ?", *filter.waveId);
    if (filter.kind)
        where.add("wave_id IN (SELECT id FROM survey_waves WHERE kind = ?)", kindKey(*filter.kind));
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    rollups::addSpanRange(where, rollups::dayBound(filter.from, *days), rollups::dayBound(filter.to, *days), granularity);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, sums FROM survey_sums") + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QMap<QDate, QVector<double>> sums;
    const QVector<double> zero(sumCount(n), 0.0);
    while (q.next()) {
        const QDate day = rollups::dateOfDay(q.value(0).toLongLong()); // a day, or the first of a week or month
        const QByteArray blob = q.value(1).toByteArray();
        QVector<QDate> keys;
        if (granularity)
            keys << periodStart(day, *granularity);
        if (whole)
            keys << QDate();
        for (const QDate &key : keys) {
            auto it = sums.find(key);
            if (it == sums.end())
                it = sums.insert(key, zero);
            if (!addBlob(*it, blob)) {
                // Sums that do not fit the register they are stamped with: read the answers.
                q.finish();
                return sumsFromAnswers(db, filter, standards, granularity, whole);
            }
        }
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        periods.insert(it.key(), *SurveySums::fromSums(*it, n));
    if (whole && !periods.contains(QDate()))
        periods.insert(QDate(), SurveySums(n));
    return periods;
}

Result<ServqualSides> servqualSides(Database &db, const SurveyFilter &filter, std::optional<Granularity> granularity)
{
    const auto standards = StandardsRepository(db).standards();
    if (!standards)
        return Error{standards.error()};
    SurveyFilter customerFilter = filter;
    customerFilter.kind = SurveyKind::Customer;
    const auto customers = readSurveySums(db, customerFilter, *standards, granularity, true);
    if (!customers)
        return Error{customers.error()};
    const auto managers = managerSums(db, filter, *standards);
    if (!managers)
        return Error{managers.error()};
    ServqualSides sides{customers->value(QDate()).servqual, *managers, {}};
    for (auto it = customers->cbegin(); it != customers->cend(); ++it) {
        if (!it.key().isNull() && it->servqual.respondents() > 0) // none: every respondent answered again elsewhere
            sides.periods.insert(it.key(), it->servqual);
    }
    return sides;
}

Result<ServqualAccumulator> managerSums(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards)
{
    SurveyFilter managerFilter;
    managerFilter.kind = SurveyKind::Management;
    managerFilter.siteId = filter.siteId;
    managerFilter.region = filter.region;
    const auto managers = readSurveySums(db, managerFilter, standards, std::nullopt);
    if (!managers)
        return Error{managers.error()};
    return managers->value(QDate()).servqual;
}

namespace rollups {

QString surveySumsStamp(const QVector<ServiceStandard> &standards)
{
    // What the sums depend on: each standard's place, id, dimension, level and items.
    QStringList parts{QStringLiteral("v1")};
    for (const ServiceStandard &s : standards) {
        QStringList items;
        for (int i : s.surveyItems)
            items << QString::number(i);
        parts << QStringLiteral("%1:%2:%3:%4").arg(s.id).arg(dimensionIndex(s.dimension)).arg(s.level).arg(items.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(';'));
}

Status invalidateSurveySums(Database &db)
{
    return storeStamp(db, "survey_sums", QString());
}

Status ensureSurveySums(Database &db, const QVector<ServiceStandard> &standards)
{
    return rebuildIfStale(db, "survey_sums", surveySumsStamp(standards), QCoreApplication::translate("Rollups", "the survey sums"),
                          [&db, &standards](const LocalDays &days) -> Status {
        if (const Status s = db.exec(QStringLiteral("DELETE FROM survey_sums")); !s)
            return s;
        struct Key
        {
            int span;
            qint64 day, site, wave;
            bool operator==(const Key &o) const { return span == o.span && day == o.day && site == o.site && wave == o.wave; }
        };
        struct KeyHash
        {
            size_t operator()(const Key &k) const { return qHashMulti(0, k.span, k.day, k.site, k.wave); }
        };
        std::unordered_map<Key, SurveySums, KeyHash> cells;
        Status invalid = success();
        const Status read = SurveyRepository(db).forEach({}, [&](const SurveyRecord &r) {
            for (const auto &[span, first] : rollups::spansOf(days.dayOf(toStored(r.respondedAt)))) {
                auto it = cells.try_emplace(Key{span, first, r.siteId, r.waveId}, int(standards.size())).first;
                if (const Status s = it->second.add(r.answers, standards); !s && invalid)
                    invalid = s;
            }
        });
        if (!read)
            return read;
        if (!invalid)
            return invalid;
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO survey_sums (span, day, site_id, wave_id, sums) VALUES (?, ?, ?, ?, ?)"));
        for (const auto &[key, sums] : cells) {
            insert.addBindValue(key.span);
            insert.addBindValue(key.day);
            insert.addBindValue(key.site);
            insert.addBindValue(key.wave);
            insert.addBindValue(toBlob(sums.toSums()));
            if (const Status s = execQuery(insert, db); !s)
                return s;
        }
        return success();
    });
}

SurveySumsWriter::SurveySumsWriter(Database &db) : m_db(db) {}

Status SurveySumsWriter::add(qint64 responseId, int sign)
{
    const auto stored = rollups::storedStamp(m_db, "survey_sums");
    if (!stored)
        return Error{stored.error()};
    if (stored->isEmpty())
        return success(); // stale: the rebuild counts this respondent
    if (*stored != m_stamp) {
        const auto standards = StandardsRepository(m_db).standards();
        if (!standards)
            return Error{standards.error()};
        if (surveySumsStamp(*standards) != *stored)
            return success(); // built for another register: the next reader rebuilds them
        m_standards = *standards;
        m_stamp = *stored;
    }
    if (!m_days) {
        auto days = LocalDays::load(m_db);
        if (!days)
            return Error{days.error()};
        m_days = std::make_unique<LocalDays>(std::move(*days));
    }
    SurveyFilter one;
    one.responseId = responseId;
    const auto records = SurveyRepository(m_db).records(one);
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return success();
    const SurveyRecord &r = records->first();
    SurveySums contribution(int(m_standards.size()));
    if (const Status s = contribution.add(r.answers, m_standards); !s)
        return s;
    const QByteArray added = toBlob(contribution.toSums());

    // The respondent's day, week and month.
    for (const auto &[span, first] : rollups::spansOf(m_days->dayOf(toStored(r.respondedAt)))) {
        const auto bindKey = [&, span = span, first = first](QSqlQuery &query) {
            for (const QVariant &v : {QVariant(span), QVariant(r.waveId), QVariant(r.siteId), QVariant(first)})
                query.addBindValue(v);
        };
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT sums FROM survey_sums WHERE span = ? AND wave_id = ? AND site_id = ? AND day = ?"));
        bindKey(q);
        if (const Status s = execQuery(q, m_db); !s)
            return s;
        QVector<double> sums(sumCount(int(m_standards.size())), 0.0);
        const bool existed = q.next();
        if (existed && !addBlob(sums, q.value(0).toByteArray())) {
            // Sums that do not fit the register they are stamped with: marked stale, so readers
            // read the answers until the next change to the register rebuilds them.
            q.finish();
            return invalidateSurveySums(m_db);
        }
        q.finish();
        addBlob(sums, added, sign);
        QSqlQuery write(m_db.connection());
        if (sums[0] < 0.5) { // no respondent left that day (week, month)
            write.prepare(QStringLiteral("DELETE FROM survey_sums WHERE span = ? AND wave_id = ? AND site_id = ? AND day = ?"));
        } else {
            write.prepare(existed ? QStringLiteral("UPDATE survey_sums SET sums = ? WHERE span = ? AND wave_id = ? AND site_id = ? AND day = ?")
                                  : QStringLiteral("INSERT INTO survey_sums (sums, span, wave_id, site_id, day) VALUES (?, ?, ?, ?, ?)"));
            write.addBindValue(toBlob(sums));
        }
        bindKey(write);
        if (const Status s = execQuery(write, m_db); !s)
            return s;
    }
    return success();
}

} // namespace rollups
} // namespace servqa
