#pragma once

#include "result.h"
#include "servqual.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QSqlQuery;

namespace servqa {

namespace rollups {
class Writer;
class SurveySumsWriter;
}

class Database;
class SqliteStatement;

enum class SurveyKind { Customer, Management };

// How trends are bucketed: ISO weeks (Monday first), calendar months or quarters, local time.
enum class Granularity { Week, Month, Quarter };
QDate periodStart(const QDate &day, Granularity granularity);
// The first day of the period after the one that starts on `start`.
QDate nextPeriod(const QDate &start, Granularity granularity);

// One stored respondent of a wave.
struct SurveyRecord
{
    QString respondentRef;
    qint64 waveId = 0; // as read (upsert() takes the wave separately)
    qint64 siteId = 0;
    QDateTime respondedAt;
    SurveyResponse answers;
};

// Which responses to read. Empty fields do not filter.
struct SurveyFilter
{
    std::optional<qint64> waveId;
    std::optional<SurveyKind> kind;
    std::optional<qint64> siteId;
    std::optional<QString> region; // every site of the region
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> responseId; // one stored respondent
};

// A wave, for choosing one.
struct SurveyWave
{
    qint64 id = 0;
    QString name;
    SurveyKind kind = SurveyKind::Customer;
};

class SurveyRepository
{
public:
    explicit SurveyRepository(Database &db);
    ~SurveyRepository();

    // The wave with this name, created with `kind` if it does not exist yet.
    Result<qint64> wave(const QString &name, SurveyKind kind);
    Result<QVector<SurveyWave>> waves();
    // Whether the wave already holds this respondent (saving again replaces their answers).
    Result<bool> hasRespondent(qint64 waveId, const QString &respondentRef);
    // Stores a respondent, replacing an earlier import of the same respondent in the wave (so
    // re-importing a file never duplicates). The caller owns the transaction.
    Result<qint64> upsert(qint64 waveId, const SurveyRecord &record);
    // A bulk writer's (the demo's 5 M answers): new respondents' daily sums are added by flush()
    // in one statement, not one each. Call flush() before the transaction commits.
    void setBatchRollups(bool batch) { m_batch = batch; }
    Status flush();
    Result<QVector<SurveyResponse>> responses(const SurveyFilter &filter);
    // Every response the filter selects, one at a time in id order, without keeping them: what
    // computations on millions of answers use.
    Status forEach(const SurveyFilter &filter, const std::function<void(const SurveyRecord &)> &visit) { return read(filter, visit); }
    // The same with who answered, where and when, in id order.
    Result<QVector<SurveyRecord>> records(const SurveyFilter &filter);
    // The same, bucketed by the period each response was given in (key: the period's first day).
    Result<QMap<QDate, QVector<SurveyResponse>>> responsesByPeriod(const SurveyFilter &filter, Granularity granularity);
    Result<qint64> count(const SurveyFilter &filter);

    // The answers to one item (0-based) behind a gap: each respondent who answered it, with
    // site, time, E and P; the largest shortfall (P − E) first.
    struct ItemAnswer
    {
        QString respondentRef;
        QString siteName;
        QDateTime respondedAt;
        std::optional<int> expectation;
        std::optional<int> perception;
    };
    Result<QVector<ItemAnswer>> itemAnswers(const SurveyFilter &filter, int item);

private:
    // Every response the filter selects, with the time it was given, in id order.
    Status read(const SurveyFilter &filter, const std::function<void(const SurveyRecord &)> &visit);

    Database &m_db;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_clear;
    std::unique_ptr<QSqlQuery> m_answer;
    std::unique_ptr<SqliteStatement> m_fastAnswer; // SQLite: m_answer's statement through its C API
    std::unique_ptr<QSqlQuery> m_existing;
    std::unique_ptr<rollups::Writer> m_rollups; // the daily sums, kept in step
    std::unique_ptr<rollups::SurveySumsWriter> m_sums;
    bool m_batch = false;
    std::optional<std::pair<qint64, qint64>> m_pending; // new respondents' ids not yet in the daily sums
};

} // namespace servqa
